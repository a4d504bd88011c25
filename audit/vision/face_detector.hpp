#pragma once
// Finds frontal faces with OpenCV's LBP cascade (lbpcascade_frontalface_improved.xml from
// Debian's opencv-data, found at run time). Only boxes are kept: no face is identified.
#include "audit/media/media_facts.hpp"
#include <opencv2/core.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cv {
class CascadeClassifier;
}

namespace audit {

class FaceDetector {
public:
    // The cascade file, or nullopt when opencv-data is not installed.
    static std::optional<std::string> cascade_path();
    // nullptr when the cascade is absent or unreadable (face checks then say "skipped").
    static std::unique_ptr<FaceDetector> create();
    ~FaceDetector();
    FaceDetector(const FaceDetector&) = delete;
    FaceDetector& operator=(const FaceDetector&) = delete;

    // Faces in a greyscale analysis image, in its pixels. Not thread-safe: one per worker.
    std::vector<Face> detect(const cv::Mat& grey);

private:
    FaceDetector();
    std::unique_ptr<cv::CascadeClassifier> m_cascade;
};

} // namespace audit
