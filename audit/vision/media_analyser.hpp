#pragma once
// One media item in, its MediaFacts out: sniff, parse metadata once, decode once at analysis
// scale, then every analysis on that one image (faces, logos, text, hash). Metadata falls back
// to the export's JSON sidecar (Media::gps, taken, camera) when the file has none.
#include "audit/vision/face_detector.hpp"
#include "audit/vision/image_decoder.hpp"
#include "audit/vision/logo_matcher.hpp"
#include "audit/vision/media_metadata.hpp"
#include "audit/media/media_facts.hpp"
#include "audit/vision/text_reader.hpp"
#include <optional>
#include <string_view>

namespace audit {

// The engines one worker uses; any may be null (that analysis is skipped).
struct MediaTools {
    FaceDetector* faces = nullptr;
    const LogoMatcher* logos = nullptr; // shared by all workers, thread-safe
    TextReader* text = nullptr;         // this worker's own
};

// `bytes` is the whole file, or nullopt when it is not in the export (the sidecar's metadata
// is still used). Never throws for bad input: the problem is in MediaFacts::problem.
MediaFacts analyse_media(const Export& ex, const Media& media, std::optional<std::string_view> bytes,
                         MediaTools& tools, const DecodeLimits& limits = {});

// Metadata only (no decode): file metadata where present, else the sidecar's.
void merge_metadata(const Media& media, const FileMetadata* file, MediaFacts& facts);

// How many keyframes of a video are analysed.
constexpr int k_video_keyframes = 3;

} // namespace audit
