#pragma once
// Metadata a photo or video carries itself: GPS, when it was taken, the camera, orientation.
// Parsed once, from memory (exiv2 for images, BMFF enabled for HEIC; libavformat's container
// tags for videos). Malformed GPS is reported as such, never trusted.
#include "audit/vision/media_format.hpp"
#include "audit/model/source_ref.hpp"
#include <optional>
#include <string>
#include <string_view>

namespace audit {

struct FileMetadata {
    std::optional<GeoPoint> gps;
    bool gps_malformed = false;
    std::string gps_problem; // why it is not trusted ("latitude 123.4 out of range")
    std::string camera_make, camera_model;
    // EXIF DateTimeOriginal: with OffsetTimeOriginal it is UTC; without, the camera's own wall
    // clock stored as if UTC (`taken_wall_clock`).
    Timestamp taken = 0;
    bool taken_wall_clock = false;
    int orientation = 1; // EXIF 1..8
    std::string problem; // the metadata could not be read at all (not fatal for the photo)
};

// Image metadata via exiv2 (JPEG from its first bytes; PNG, WebP, HEIC from the whole file).
FileMetadata read_image_metadata(std::string_view bytes, MediaFormat format);

// Checks a GPS pair: nullopt-with-reason when out of range, not finite, or the (0, 0)
// placeholder some phones write without a fix.
std::string gps_problem(double lat, double lon);

// ISO 6709 as QuickTime writes it ("+51.3811-002.3590+012.000/"), nullopt when unreadable.
std::optional<GeoPoint> parse_iso6709(std::string_view text);

// "2025:03:06 10:47:00" (EXIF) or "2025-03-06T10:47:00" with an optional "Z"/"+01:00" offset,
// as seconds; `zoned` says whether an offset was given (else it is a wall-clock time).
std::optional<Timestamp> parse_exif_time(std::string_view text, std::string_view offset, bool& zoned);

} // namespace audit
