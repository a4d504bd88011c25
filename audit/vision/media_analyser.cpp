#include "audit/vision/media_analyser.hpp"
#include "audit/vision/media_metadata.hpp"
#include "audit/core/stopwatch.hpp"
#include <exception>

namespace audit {

namespace {

// Adds the thread CPU time from construction to destruction to one MediaCost field.
class CostTimer {
public:
    explicit CostTimer(double& slot) : m_slot(slot) {}
    ~CostTimer() { m_slot += m_watch.elapsed().cpu_s; }
    CostTimer(const CostTimer&) = delete;
    CostTimer& operator=(const CostTimer&) = delete;

private:
    double& m_slot;
    Stopwatch m_watch{Stopwatch::Cpu::thread};
};

// Faces, logos, text and hash on one analysis image; video frames add up.
void analyse_image(const AnalysisImage& image, MediaTools& tools, MediaFacts& facts) {
    ++facts.frames;
    if (facts.analysis_width == 0) {
        facts.width = image.original.width;
        facts.height = image.original.height;
        facts.analysis_width = image.grey.cols;
        facts.analysis_height = image.grey.rows;
    }
    if (tools.faces) {
        const CostTimer timer(facts.cost.faces);
        facts.faces_checked = true;
        auto faces = tools.faces->detect(image.grey);
        // A video's frames show the same people again: keep the frame with the most faces.
        if (faces.size() > facts.faces.size()) facts.faces = std::move(faces);
    }
    {
        const CostTimer timer(facts.cost.logos);
        const std::uint64_t hash = perceptual_hash(image.grey);
        if (facts.frames == 1) facts.phash = hash;
        if (tools.logos)
            for (LogoHit& hit : tools.logos->find(image.grey, hash)) facts.logos.push_back(std::move(hit));
    }
    facts.text_checked = tools.text != nullptr;
    if (tools.text && facts.text.empty()) {
        const CostTimer timer(facts.cost.text);
        if (likely_has_text(image.grey)) facts.text = tools.text->read(image.grey);
    }
}

void set_gps(const std::optional<GeoPoint>& gps, std::string_view source, MediaFacts& facts) {
    if (!gps || facts.gps) return;
    if (!gps_problem(gps->lat, gps->lon).empty()) {
        facts.gps_malformed = true;
        return;
    }
    facts.gps = gps;
    facts.gps_source = std::string(source);
}

void analyse_video(std::string_view bytes, MediaTools& tools, const DecodeLimits& limits, MediaFacts& facts) {
    auto video = [&] {
        const CostTimer timer(facts.cost.decode_video);
        return decode_video(bytes, limits.metadata_only ? 0 : k_video_keyframes, limits);
    }();
    if (!video) {
        facts.problem = video.error().message;
        return;
    }
    if (!video->gps_text.empty()) {
        facts.gps_malformed = true;
        facts.problem = "video location '" + video->gps_text + "' is malformed: not trusted";
    }
    set_gps(video->gps, "video container", facts);
    if (facts.camera_make.empty()) facts.camera_make = video->camera_make;
    if (facts.camera_model.empty()) facts.camera_model = video->camera_model;
    if (!facts.taken && video->created) facts.taken = video->created;
    for (const AnalysisImage& frame : video->frames) analyse_image(frame, tools, facts);
    facts.decoded = !video->frames.empty();
}

void analyse_bytes(std::string_view bytes, const Media& media, MediaTools& tools,
                   const DecodeLimits& limits, MediaFacts& facts) {
    const MediaFormat format = sniff_format(bytes);
    facts.format = std::string(format_name(format));
    if (format == MediaFormat::unknown) {
        facts.problem = "not a photo or video format it can read";
        merge_metadata(media, nullptr, facts);
        return;
    }
    if (format == MediaFormat::video) {
        analyse_video(bytes, tools, limits, facts);
        merge_metadata(media, nullptr, facts);
        return;
    }
    const FileMetadata meta = [&] {
        const CostTimer timer(facts.cost.metadata);
        return read_image_metadata(bytes, format);
    }();
    merge_metadata(media, &meta, facts);
    if (meta.gps_malformed) facts.problem = meta.gps_problem + ": GPS not trusted";
    if (limits.metadata_only) return;
    auto image = [&] {
        const CostTimer timer(facts.cost.decode_photo);
        return decode_image(bytes, format, meta.orientation, limits);
    }();
    if (!image) {
        facts.problem = image.error().message; // a refused or corrupt file outranks its GPS
        return;
    }
    analyse_image(*image, tools, facts);
    facts.decoded = true;
}

} // namespace

void merge_metadata(const Media& media, const FileMetadata* file, MediaFacts& facts) {
    if (file) {
        if (file->gps_malformed) facts.gps_malformed = true;
        set_gps(file->gps, "file EXIF", facts);
        if (facts.camera_make.empty()) facts.camera_make = file->camera_make;
        if (facts.camera_model.empty()) facts.camera_model = file->camera_model;
        if (!facts.taken && file->taken) {
            facts.taken = file->taken;
            facts.taken_wall_clock = file->taken_wall_clock;
        }
    }
    // The export's sidecar (Facebook/Instagram exif_data) fills what the file lacks: platforms
    // strip EXIF from the copies in the export but keep it in the JSON.
    set_gps(media.gps, "export metadata", facts);
    if (facts.camera_make.empty()) facts.camera_make = media.camera_make;
    if (facts.camera_model.empty()) facts.camera_model = media.camera_model;
    if (!facts.taken && media.taken) facts.taken = media.taken;
}

MediaFacts analyse_media(const Export& ex, const Media& media, std::optional<std::string_view> bytes,
                         MediaTools& tools, const DecodeLimits& limits) {
    MediaFacts facts;
    facts.source = &ex;
    facts.media = &media;
    if (!bytes) {
        facts.problem = "not in the export";
        merge_metadata(media, nullptr, facts);
        return facts;
    }
    try {
        analyse_bytes(*bytes, media, tools, limits, facts);
    } catch (const std::exception& e) {
        // OpenCV and the codecs throw on some broken files: one photo, never the whole scan.
        facts.decoded = false;
        facts.problem = std::string("could not be analysed: ") + e.what();
    }
    return facts;
}

} // namespace audit
