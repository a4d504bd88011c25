#pragma once
// What the image stage learns about one photo or video, computed once (one read, one metadata
// parse, one decode at analysis scale) and shared by every image check.
#include "audit/model/export.hpp"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace audit {

struct Face {
    int x = 0, y = 0, width = 0, height = 0; // in analysis-image pixels
};

// A rectangle in analysis-image pixels.
struct Box {
    float x = 0, y = 0, width = 0, height = 0;
    bool contains(float px, float py) const { return px >= x && py >= y && px < x + width && py < y + height; }
};

struct LogoHit {
    std::string logo;   // the reference image's path, as written in the profile
    int inliers = 0;    // homography inliers (0 for a whole-image hash match)
    double score = 0;   // 0..1, how sure the match is
    bool whole_image = false; // the photo is (a repost of) the logo itself, by perceptual hash
    Box box;            // where in the analysis image
};

// Where one item's analysis went, in thread CPU seconds (`--timings` adds them up by kind).
struct MediaCost {
    double metadata = 0;     // EXIF / XMP (exiv2)
    double decode_photo = 0; // one decode at analysis scale
    double decode_video = 0; // container, keyframes and their metadata (libav)
    double faces = 0;
    double logos = 0;        // ORB matching and the perceptual hash
    double text = 0;         // the text detector, and OCR where it sees text
};

struct MediaFacts {
    const Export* source = nullptr; // the export holding the media item
    const Media* media = nullptr;   // the model item (caption, album, sidecar metadata)

    bool decoded = false;  // false: not in the export, unreadable or refused (see problem)
    std::string problem;   // why it was not decoded, for coverage
    int width = 0, height = 0;                   // original pixels (after EXIF orientation)
    int analysis_width = 0, analysis_height = 0; // the decode the analyses ran on

    // Metadata: from the file (EXIF / container) or else from the export's JSON sidecar.
    std::optional<GeoPoint> gps;
    bool gps_malformed = false; // GPS present but out of range or unparsable: not trusted
    std::string gps_source;     // "file EXIF", "export metadata"
    std::string camera_make, camera_model;
    Timestamp taken = 0; // UTC seconds when known, else 0
    // `taken` is the camera's own wall clock stored as if UTC (EXIF without OffsetTime): read
    // it as local time, never shift it again.
    bool taken_wall_clock = false;
    std::string format;       // "JPEG", "HEIC", "video", …
    int frames = 0;           // video keyframes analysed (1 for a photo)
    bool faces_checked = false; // the face detector ran on it
    bool text_checked = false;  // an OCR engine was there for it (it reads only what looks like text)

    std::vector<Face> faces;     // no face is identified or kept beyond its box
    std::vector<LogoHit> logos;  // the school's logo found in frame
    std::string text;            // OCR text, when the text detector saw text
    std::uint64_t phash = 0;     // perceptual hash of the analysis image
    MediaCost cost;
};

} // namespace audit
