// The MediaEngine of audit/media/media_engine.hpp, made of this folder's engines. Built twice:
// into the staff-audit-vision.so module the program loads when an image check runs, and into
// the sa_vision library that tests and bench_media link directly.
#include "audit/media/media_engine.hpp"
#include "audit/vision/media_analyser.hpp"
#include "audit/vision/thumbnail.hpp"
#include <opencv2/core/utility.hpp>

namespace audit {

namespace {

class VisionWorker final : public MediaWorker {
public:
    VisionWorker(const MediaNeeds& needs, const LogoMatcher* logos) {
        m_limits.metadata_only = !needs.pixels;
        if (!needs.pixels) return;
        if (needs.faces) m_faces = FaceDetector::create();
        if (needs.text) m_text = TextReader::create();
        m_tools = MediaTools{m_faces.get(), logos, m_text.get()};
    }

    MediaFacts analyse(const Export& ex, const Media& media, std::optional<std::string_view> bytes) override {
        return analyse_media(ex, media, bytes, m_tools, m_limits);
    }

private:
    std::unique_ptr<FaceDetector> m_faces;
    std::unique_ptr<TextReader> m_text;
    MediaTools m_tools;
    DecodeLimits m_limits;
};

class VisionAnalysis final : public MediaAnalysis {
public:
    VisionAnalysis(const MediaNeeds& needs, std::unique_ptr<LogoMatcher> logos)
        : m_needs(needs), m_logos(std::move(logos)) {}

    std::unique_ptr<MediaWorker> worker() override { return std::make_unique<VisionWorker>(m_needs, m_logos.get()); }

private:
    MediaNeeds m_needs;
    std::unique_ptr<LogoMatcher> m_logos; // shared by every worker: find() is thread-safe
};

class VisionEngine final : public MediaEngine {
public:
    std::unique_ptr<MediaAnalysis> prepare(const MediaNeeds& wanted, const std::vector<std::string>& logo_paths,
                                           std::vector<Skipped>& notes) override {
        MediaNeeds needs = wanted;
        if (needs.faces && !FaceDetector::cascade_path()) {
            needs.faces = false;
            notes.push_back({"faces in photos", "skipped: OpenCV's face cascade "
                                                "(lbpcascade_frontalface_improved.xml, Debian package "
                                                "opencv-data) is not installed"});
        }
        std::unique_ptr<LogoMatcher> logos;
        if (needs.logos) {
            auto loaded = LogoMatcher::load(logo_paths);
            if (loaded) logos = std::move(*loaded);
            else notes.push_back({"logos in photos", "skipped: " + loaded.error().message});
        }
        // The stage's workers are the parallelism: OpenCV's own thread pool would fight them for
        // the cores (and make --jobs 1 use them all).
        cv::setNumThreads(1);
        return std::make_unique<VisionAnalysis>(needs, std::move(logos));
    }

    Result<std::string> thumbnail(std::string_view file_bytes, ThumbnailStyle style) override {
        return make_thumbnail(file_bytes, style);
    }
};

} // namespace

} // namespace audit

extern "C" __attribute__((visibility("default"))) audit::MediaEngine* sa_vision_engine() {
    static audit::VisionEngine engine;
    return &engine;
}
