#pragma once
#include <cstdint>
#include <string>

namespace audit {

// Seconds since the Unix epoch, UTC. 0 means "unknown" (as in Meta's exports).
using Timestamp = std::int64_t;

// Where an item came from: the export-relative file, a human-readable identity of the item in it
// ("post 2025-03-14T16:02:11Z", "friend Jane Doe"), and a direct link when the export gives one.
// The identity must not depend on the item's position in the file, so that findings keep their
// ids when an export is downloaded again.
struct SourceRef {
    std::string file;
    std::string item;
    std::string url;
};

struct GeoPoint {
    double lat = 0;
    double lon = 0;
};

} // namespace audit
