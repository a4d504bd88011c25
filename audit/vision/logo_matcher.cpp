// ORB keypoints of every reference logo at several scales, matched into the photo with a ratio
// test and verified by a RANSAC homography whose projected outline must be a plausible view of
// the logo. Thresholds were chosen by measurement (tests/unit/test_media_logo_matcher.cpp
// regenerates the figures; SA_PRINT_MEASUREMENT=1 prints them).
#include "audit/vision/logo_matcher.hpp"

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <cmath>
#include <filesystem>
#include <optional>

namespace audit {

namespace {

// The photo's keypoints: enough that a logo 80 px wide in a busy 1024-px photo still gets
// some (with 1500 it was missed in 2 of 18 cases).
constexpr int k_scene_features = 2000;
// Per reference scale. A logo is a small, high-contrast image: 300 keypoints cover it.
constexpr int k_logo_features = 300;
// Reference copies from this long side down, each 1/3 of the one before (ORB's own pyramid
// of 8 levels at 1.2 spans 3.6x, so the copies overlap), until the copy would be smaller
// than k_smallest_copy: a logo 60 px wide in the photo still meets keypoints of its size.
constexpr int k_largest_copy = 480;
constexpr int k_smallest_copy = 40;
constexpr double k_copy_step = 3.0;
constexpr float k_ratio = 0.85f;      // Lowe's ratio test
constexpr int k_min_good = 10;        // good matches before a homography is tried
constexpr int k_min_inliers = 12;     // no negative in the tests (12 photos, 3 logos) reaches it
constexpr double k_min_inlier_share = 0.2;
constexpr double k_reprojection_px = 5.0;
constexpr double k_min_side_px = 12;  // a projected outline smaller than this is no view
constexpr double k_max_side_ratio = 6;
// Whole-image repost: 64-bit pHash distance at or under this. The tests check a resized q60
// repost at <= 4 and an unrelated image at >= 18; 10 sits between (not yet measured on a
// larger set).
constexpr int k_repost_distance = 10;

// One ORB descriptor (256 bits) as four words, for the popcount search below.
using OrbDescriptor = std::array<std::uint64_t, 4>;

struct Copy {
    std::vector<cv::KeyPoint> points; // in the reference's base coordinates
    std::vector<OrbDescriptor> descriptors;
};

// ORB's descriptor matrix (32 bytes a row) as words, once per image.
std::vector<OrbDescriptor> packed(const cv::Mat& descriptors) {
    std::vector<OrbDescriptor> out;
    if (descriptors.type() != CV_8U || descriptors.cols != static_cast<int>(sizeof(OrbDescriptor))) return out;
    out.resize(static_cast<std::size_t>(descriptors.rows));
    for (int r = 0; r < descriptors.rows; ++r)
        std::memcpy(out[static_cast<std::size_t>(r)].data(), descriptors.ptr(r), sizeof(OrbDescriptor));
    return out;
}

struct Reference {
    std::string path;
    cv::Size size; // base size (long side <= k_largest_copy)
    std::vector<Copy> copies;
    std::uint64_t hash = 0;
};

cv::Ptr<cv::ORB> make_orb(int features) {
    // FAST threshold 12 instead of 20: low-contrast prints (a crest on a jumper) keep corners.
    return cv::ORB::create(features, 1.2f, 8, 31, 0, 2, cv::ORB::HARRIS_SCORE, 31, 12);
}

cv::Mat resized_to_long_side(const cv::Mat& image, int long_side) {
    const int current = std::max(image.cols, image.rows);
    if (current == long_side) {
        return image;
    }
    const double f = static_cast<double>(long_side) / current;
    cv::Mat out;
    cv::resize(image, out, cv::Size(), f, f, f < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    return out;
}

// A white border so that keypoints near the logo's edge (ORB skips 31 px) still exist, as they
// do when the logo sits inside a larger photo.
Copy make_copy(const cv::Mat& base, double scale) {
    cv::Mat small;
    cv::resize(base, small, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const int border = 32;
    cv::Mat padded;
    cv::copyMakeBorder(small, padded, border, border, border, border, cv::BORDER_REPLICATE);
    Copy copy;
    cv::Mat descriptors;
    make_orb(k_logo_features)->detectAndCompute(padded, cv::noArray(), copy.points, descriptors);
    copy.descriptors = packed(descriptors);
    for (auto& p : copy.points) {
        p.pt = (p.pt - cv::Point2f(border, border)) * static_cast<float>(1.0 / scale);
    }
    return copy;
}

// The nearest and second-nearest scene descriptor (Hamming distance) of one reference
// descriptor: what cv::BFMatcher::knnMatch with k = 2 finds. OpenCV's own loop (Debian's
// baseline-SSE2 build, with its per-call tracing) was a sixth of the whole image stage; this
// one is a popcount over four 64-bit words, with the POPCNT instruction where the CPU has it.
struct TwoNearest {
    int best = -1;
    unsigned best_distance = ~0u;
    unsigned second_distance = ~0u;
};

template <typename Popcount>
inline std::vector<TwoNearest> two_nearest_with(const std::vector<OrbDescriptor>& query,
                                                const std::vector<OrbDescriptor>& scene, Popcount popcount) {
    std::vector<TwoNearest> out(query.size());
    for (std::size_t q = 0; q < query.size(); ++q) {
        const OrbDescriptor& a = query[q];
        TwoNearest& n = out[q];
        for (std::size_t t = 0; t < scene.size(); ++t) {
            const OrbDescriptor& b = scene[t];
            const unsigned d = popcount(a[0] ^ b[0]) + popcount(a[1] ^ b[1]) + popcount(a[2] ^ b[2]) +
                               popcount(a[3] ^ b[3]);
            if (d < n.best_distance) {
                n.second_distance = n.best_distance;
                n.best_distance = d;
                n.best = static_cast<int>(t);
            } else if (d < n.second_distance) {
                n.second_distance = d;
            }
        }
    }
    return out;
}

__attribute__((target("popcnt"))) std::vector<TwoNearest> two_nearest_popcnt(const std::vector<OrbDescriptor>& query,
                                                                              const std::vector<OrbDescriptor>& scene) {
    return two_nearest_with(query, scene, [](std::uint64_t x) { return static_cast<unsigned>(__builtin_popcountll(x)); });
}

std::vector<TwoNearest> two_nearest(const std::vector<OrbDescriptor>& query, const std::vector<OrbDescriptor>& scene) {
    static const bool has_popcnt = __builtin_cpu_supports("popcnt");
    if (has_popcnt) return two_nearest_popcnt(query, scene);
    return two_nearest_with(query, scene, [](std::uint64_t x) { return static_cast<unsigned>(std::popcount(x)); });
}

bool plausible_outline(const std::vector<cv::Point2f>& quad, cv::Size scene) {
    std::vector<cv::Point2f> q(quad);
    if (!cv::isContourConvex(q)) {
        return false;
    }
    double shortest = 1e9, longest = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const double side = cv::norm(q[i] - q[(i + 1) % 4]);
        shortest = std::min(shortest, side);
        longest = std::max(longest, side);
    }
    if (shortest < k_min_side_px || longest > shortest * k_max_side_ratio) {
        return false;
    }
    // The outline keeps the logo's orientation (a mirror image is a false match) and is not
    // many times larger than the photo.
    const double area = cv::contourArea(q, true);
    return area > 0 && std::abs(area) < 4.0 * scene.area();
}

class OrbLogoMatcher final : public LogoMatcher {
public:
    explicit OrbLogoMatcher(std::vector<Reference> refs) : m_refs(std::move(refs)) {}

    std::vector<LogoHit> find(const cv::Mat& grey, std::uint64_t hash) const override {
        std::vector<LogoHit> hits;
        if (grey.empty() || m_refs.empty()) {
            return hits;
        }
        std::vector<cv::KeyPoint> points;
        cv::Mat orb_descriptors;
        make_orb(k_scene_features)->detectAndCompute(grey, cv::noArray(), points, orb_descriptors);
        const std::vector<OrbDescriptor> descriptors = packed(orb_descriptors);
        for (const auto& ref : m_refs) {
            if (hash_distance(hash, ref.hash) <= k_repost_distance) {
                LogoHit hit;
                hit.logo = ref.path;
                hit.whole_image = true;
                hit.score = 1.0 - hash_distance(hash, ref.hash) / 32.0;
                hit.box = Box{0, 0, static_cast<float>(grey.cols), static_cast<float>(grey.rows)};
                hits.push_back(std::move(hit));
                continue;
            }
            if (auto hit = match(ref, points, descriptors, grey.size())) {
                hits.push_back(std::move(*hit));
            }
        }
        return hits;
    }

private:
    std::optional<LogoHit> match(const Reference& ref, const std::vector<cv::KeyPoint>& points,
                                 const std::vector<OrbDescriptor>& descriptors, cv::Size scene) const {
        if (descriptors.size() < 2) {
            return std::nullopt;
        }
        std::vector<cv::Point2f> from, to;
        for (const auto& copy : ref.copies) {
            if (copy.descriptors.empty()) {
                continue;
            }
            const std::vector<TwoNearest> nearest = two_nearest(copy.descriptors, descriptors);
            for (std::size_t i = 0; i < nearest.size(); ++i) {
                const TwoNearest& n = nearest[i];
                if (n.second_distance != ~0u &&
                    static_cast<float>(n.best_distance) < k_ratio * static_cast<float>(n.second_distance)) {
                    from.push_back(copy.points[i].pt);
                    to.push_back(points[static_cast<std::size_t>(n.best)].pt);
                }
            }
        }
        if (static_cast<int>(from.size()) < k_min_good) {
            return std::nullopt;
        }
        std::vector<unsigned char> mask;
        const cv::Mat h = cv::findHomography(from, to, cv::RANSAC, k_reprojection_px, mask, 2000, 0.995);
        if (h.empty()) {
            return std::nullopt;
        }
        const int inliers = cv::countNonZero(mask);
        if (inliers < k_min_inliers || inliers < k_min_inlier_share * static_cast<double>(from.size())) {
            return std::nullopt;
        }
        const auto w = static_cast<float>(ref.size.width), hgt = static_cast<float>(ref.size.height);
        const std::vector<cv::Point2f> corners = {{0, 0}, {w, 0}, {w, hgt}, {0, hgt}};
        std::vector<cv::Point2f> quad;
        cv::perspectiveTransform(corners, quad, h);
        if (!plausible_outline(quad, scene)) {
            return std::nullopt;
        }
        LogoHit hit;
        hit.logo = ref.path;
        hit.inliers = inliers;
        // 12 inliers (the minimum) gives 0.45, 30 gives 0.78, 60 and more 0.95.
        hit.score = 1.0 - std::exp(-inliers / 20.0);
        const cv::Rect2f bounds = cv::boundingRect(quad);
        const cv::Rect2f inside = bounds & cv::Rect2f(0, 0, static_cast<float>(scene.width), static_cast<float>(scene.height));
        hit.box = Box{inside.x, inside.y, inside.width, inside.height};
        return hit;
    }

    std::vector<Reference> m_refs;
};

} // namespace

Result<std::unique_ptr<LogoMatcher>> LogoMatcher::load(const std::vector<std::string>& logo_paths) {
    std::vector<Reference> refs;
    for (const auto& path : logo_paths) {
        cv::Mat image;
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) {
            return fail("logo " + path + ": file not found");
        }
        try {
            image = cv::imread(path, cv::IMREAD_GRAYSCALE);
        } catch (const cv::Exception& e) {
            return fail("logo " + path + ": cannot be read (" + e.what() + ")");
        }
        if (image.empty()) {
            return fail("logo " + path + ": missing, unreadable or not an image");
        }
        if (std::min(image.cols, image.rows) < 16) {
            return fail("logo " + path + ": too small to match (" + std::to_string(image.cols) + "x" +
                        std::to_string(image.rows) + " px; use an image at least 100 px across)");
        }
        Reference ref;
        ref.path = path;
        ref.hash = perceptual_hash(image);
        const cv::Mat base = resized_to_long_side(image, std::min(k_largest_copy, std::max(image.cols, image.rows)));
        ref.size = base.size();
        for (double scale = 1.0; scale * std::max(base.cols, base.rows) >= k_smallest_copy; scale /= k_copy_step) {
            ref.copies.push_back(make_copy(base, scale));
        }
        refs.push_back(std::move(ref));
    }
    return std::unique_ptr<LogoMatcher>(std::make_unique<OrbLogoMatcher>(std::move(refs)));
}

std::uint64_t perceptual_hash(const cv::Mat& grey) {
    if (grey.empty()) {
        return 0;
    }
    cv::Mat small, f, dct;
    cv::resize(grey, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    small.convertTo(f, CV_32F);
    cv::dct(f, dct);
    // The 8x8 lowest frequencies without the DC term's row and column bias: bits say whether
    // each coefficient is above the median of the 64.
    const cv::Mat low = dct(cv::Rect(0, 0, 8, 8)).clone();
    std::vector<float> values(low.begin<float>(), low.end<float>());
    std::vector<float> sorted(values.begin() + 1, values.end()); // DC left out of the median
    std::nth_element(sorted.begin(), sorted.begin() + 31, sorted.end());
    const float median = sorted[31];
    std::uint64_t hash = 0;
    for (std::size_t i = 0; i < 64; ++i) {
        if (values[i] > median) {
            hash |= std::uint64_t{1} << i;
        }
    }
    return hash;
}

int hash_distance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

} // namespace audit
