#include "audit/pipeline/thumbnails.hpp"
#include <sodium.h>
#include <map>

namespace audit {

namespace {

std::string data_uri(const std::string& jpeg) {
    std::string base64(sodium_base64_encoded_len(jpeg.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(base64.data(), base64.size(), reinterpret_cast<const unsigned char*>(jpeg.data()),
                      jpeg.size(), sodium_base64_VARIANT_ORIGINAL);
    base64.pop_back(); // the terminating NUL
    return "data:image/jpeg;base64," + base64;
}

// The file at `path` in an export of `platform`, read from the archive it was scanned from.
Result<std::string> read_media(Platform platform, const std::string& path, const std::vector<Export>& exports,
                               const std::vector<DetectedExport>& detected) {
    Result<std::string> bytes = fail("not found in the export");
    for (std::size_t i = 0; i < exports.size() && i < detected.size(); ++i) {
        if (exports[i].platform != platform || !detected[i].view) continue;
        bytes = read_media_file(*detected[i].view, path);
        if (bytes) break;
    }
    return bytes;
}

class Thumbnailer {
public:
    Thumbnailer(const std::vector<Export>& exports, const std::vector<DetectedExport>& detected,
                MediaEngine& engine, ThumbnailStyle style)
        : m_exports(exports), m_detected(detected), m_engine(engine), m_style(style) {}

    // The picture for one media path ("" when it cannot be made); each file is made once.
    std::string picture(Platform platform, const std::string& path) {
        if (path.empty()) return {};
        const auto key = std::make_pair(platform, path);
        if (auto found = m_made.find(key); found != m_made.end()) return found->second;
        if (m_made.size() >= k_max_thumbnails) {
            ++m_over_limit;
            return {};
        }
        std::string& uri = m_made[key];
        auto jpeg = read_media(platform, path, m_exports, m_detected).and_then([&](const std::string& bytes) {
            return m_engine.thumbnail(bytes, m_style);
        });
        if (jpeg) uri = data_uri(*jpeg);
        else m_failed.push_back({path, jpeg.error().message});
        return uri;
    }

    void note_in(Coverage& coverage) const {
        for (const auto& [path, why] : m_failed)
            coverage.skipped.push_back({"thumbnail of " + path, why});
        if (m_over_limit > 0)
            coverage.skipped.push_back({"thumbnails of " + std::to_string(m_over_limit) + " more photos",
                                        "a report holds at most " + std::to_string(k_max_thumbnails) +
                                            " pictures; the others are listed by path"});
    }

private:
    const std::vector<Export>& m_exports;
    const std::vector<DetectedExport>& m_detected;
    MediaEngine& m_engine;
    ThumbnailStyle m_style;
    std::map<std::pair<Platform, std::string>, std::string> m_made;
    std::vector<std::pair<std::string, std::string>> m_failed;
    std::size_t m_over_limit = 0;
};

} // namespace

void add_thumbnails(Report& report, const std::vector<Export>& exports,
                    const std::vector<DetectedExport>& detected, MediaEngine& engine, ThumbnailStyle style) {
    Thumbnailer thumbnailer(exports, detected, engine, style);
    for (Finding& f : report.findings) {
        f.thumbnail = thumbnailer.picture(f.platform, f.location.media);
        for (Instance& instance : f.instances)
            instance.thumbnail = thumbnailer.picture(f.platform, instance.location.media);
    }
    thumbnailer.note_in(report.coverage);
    report.thumbnails = style == ThumbnailStyle::blurred ? "blurred" : "sharp";
}

} // namespace audit
