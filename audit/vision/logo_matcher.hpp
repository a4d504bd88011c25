#pragma once
// Finds the school's logo or crest (the profile's reference images) inside a photo: ORB
// keypoints matched against each logo, kept only when a homography with enough inliers exists
// (survives scale, rotation, partial view), plus a perceptual hash for whole-image reposts.
#include "audit/core/result.hpp"
#include "audit/media/media_facts.hpp"
#include <opencv2/core.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace audit {

// 64-bit perceptual hash (DCT of a 32x32 INTER_AREA shrink), and the Hamming distance of two.
std::uint64_t perceptual_hash(const cv::Mat& grey);
int hash_distance(std::uint64_t a, std::uint64_t b);

class LogoMatcher {
public:
    // Loads and prepares every reference image; an unreadable one is an Error naming it.
    static Result<std::unique_ptr<LogoMatcher>> load(const std::vector<std::string>& logo_paths);
    virtual ~LogoMatcher() = default;
    // Logos found in a greyscale analysis image (long side ≤ 1024 px) whose perceptual hash is
    // `grey_hash` (the analyser has it already: no step is done twice). Thread-safe.
    virtual std::vector<LogoHit> find(const cv::Mat& grey, std::uint64_t grey_hash) const = 0;
    std::vector<LogoHit> find(const cv::Mat& grey) const { return find(grey, perceptual_hash(grey)); }
};

} // namespace audit
