#include "audit/vision/face_detector.hpp"
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>
#include <cstdlib>
#include <filesystem>

namespace audit {

namespace {

constexpr const char* k_cascade = "lbpcascade_frontalface_improved.xml";
// Faces are looked for at up to this long side: at 640 px the LBP cascade misses the small faces
// of a group (tests/unit/test_media_faces.cpp), so the analysis image (800-1024 px) is used.
constexpr int k_face_long_side = 1024;

} // namespace

std::optional<std::string> FaceDetector::cascade_path() {
    std::vector<std::filesystem::path> dirs;
    if (const char* dir = std::getenv("SA_CASCADE_DIR")) dirs.emplace_back(dir);
    for (const char* d : {"/usr/share/opencv4/lbpcascades", "/usr/share/opencv/lbpcascades",
                          "/usr/local/share/opencv4/lbpcascades"})
        dirs.emplace_back(d);
    std::error_code ec;
    for (const auto& dir : dirs)
        if (std::filesystem::is_regular_file(dir / k_cascade, ec)) return (dir / k_cascade).string();
    return std::nullopt;
}

FaceDetector::FaceDetector() : m_cascade(std::make_unique<cv::CascadeClassifier>()) {}
FaceDetector::~FaceDetector() = default;

std::unique_ptr<FaceDetector> FaceDetector::create() {
    auto path = cascade_path();
    if (!path) return nullptr;
    std::unique_ptr<FaceDetector> out(new FaceDetector());
    try {
        if (!out->m_cascade->load(*path)) return nullptr;
    } catch (const cv::Exception&) {
        return nullptr;
    }
    return out;
}

std::vector<Face> FaceDetector::detect(const cv::Mat& grey) {
    if (grey.empty()) return {};
    cv::Mat small = grey;
    double scale = 1.0;
    const int long_side = std::max(grey.cols, grey.rows);
    if (long_side > k_face_long_side) {
        scale = static_cast<double>(long_side) / k_face_long_side;
        cv::resize(grey, small, cv::Size(), 1 / scale, 1 / scale, cv::INTER_AREA);
    }
    cv::Mat equalised;
    cv::equalizeHist(small, equalised);
    std::vector<cv::Rect> boxes;
    m_cascade->detectMultiScale(equalised, boxes, 1.2, 3, 0, cv::Size(24, 24));
    std::vector<Face> out;
    for (const cv::Rect& r : boxes)
        out.push_back(Face{static_cast<int>(r.x * scale), static_cast<int>(r.y * scale),
                           static_cast<int>(r.width * scale), static_cast<int>(r.height * scale)});
    // Detection order is not guaranteed; sorted boxes keep reports identical run to run.
    std::sort(out.begin(), out.end(), [](const Face& a, const Face& b) {
        return std::tie(a.y, a.x, a.width) < std::tie(b.y, b.x, b.width);
    });
    return out;
}

} // namespace audit
