#pragma once
#include "audit/model/source_ref.hpp"
#include <optional>
#include <string>

namespace audit {

enum class MediaKind { photo, video, other };

// A photo or video referenced by the export, with the metadata the export's JSON carries about
// it. The file itself is read later (image facts), through the archive, by `entry`.
struct Media {
    MediaKind kind = MediaKind::photo;
    std::string uri;   // as written in the export (prefixes vary)
    std::string entry; // the archive entry it resolves to, or empty when not in the export
    SourceRef source;  // the JSON item that mentions it
    std::string caption;
    std::string album;
    Timestamp created = 0;
    Timestamp taken = 0; // from the export's EXIF sidecar when given
    std::optional<GeoPoint> gps;
    std::string camera_make;
    std::string camera_model;
    std::string upload_ip;
};

} // namespace audit
