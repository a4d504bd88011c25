#pragma once
// The image engines behind one narrow interface. The engines themselves (audit/vision: OpenCV,
// tesseract, libheif, libav, exiv2 — some two hundred shared libraries) are built as a module of
// their own, staff-audit-vision.so, that is loaded only when a scan runs an image check: the
// loading alone costs more than 100 ms, which `staff-audit checks`, `--help` and text-only scans
// do not pay.
#include "audit/core/result.hpp"
#include "audit/media/media_facts.hpp"
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

// Which analyses the selected checks need; nothing heavy loads for what is not needed.
struct MediaNeeds {
    bool pixels = false; // decode at all (false: metadata only)
    bool faces = false;
    bool logos = false;
    bool text = false;
};

// How a thumbnail in the HTML report looks (`--thumbnails`, `--thumbnails=sharp`).
enum class ThumbnailStyle { blurred, sharp };

// One worker's engines (the face cascade and tesseract are not thread-safe): one per thread.
class MediaWorker {
public:
    virtual ~MediaWorker() = default;
    // `bytes` is the whole file, or nullopt when it is not in the export (the export's own
    // metadata is still used). Never throws for bad input: the problem is in MediaFacts::problem.
    virtual MediaFacts analyse(const Export& ex, const Media& media, std::optional<std::string_view> bytes) = 0;
};

// What one scan's media stage analyses with: the parts every worker shares (the school's logos,
// prepared once) and a worker per thread.
class MediaAnalysis {
public:
    virtual ~MediaAnalysis() = default;
    virtual std::unique_ptr<MediaWorker> worker() = 0;
};

class MediaEngine {
public:
    virtual ~MediaEngine() = default;
    // Prepares what `needs` asks for; `notes` get what cannot be done here and why (no face
    // cascade, an unreadable logo, no OCR data), and the rest still runs.
    virtual std::unique_ptr<MediaAnalysis> prepare(const MediaNeeds& needs, const std::vector<std::string>& logo_paths,
                                                   std::vector<Skipped>& notes) = 0;
    // A JPEG of the file's first picture for the report (see audit/vision/thumbnail.hpp).
    virtual Result<std::string> thumbnail(std::string_view file_bytes, ThumbnailStyle style) = 0;
};

// The engines, loaded once on first use from staff-audit-vision.so beside the program (or in
// ../lib/staff-audit, or the build folder); an Error says where it looked and why it failed.
Result<MediaEngine*> media_engine();

} // namespace audit

// The module's one exported symbol.
extern "C" audit::MediaEngine* sa_vision_engine();
