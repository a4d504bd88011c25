#pragma once
// An export as a set of named entries, whatever holds them: a zip file, several zip parts, an
// unpacked folder, or memory (tests). Entries are read in place: nothing is extracted to disk.
#include "audit/core/result.hpp"
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct Entry {
    std::string name;             // '/'-separated, relative, never absolute nor with ".."
    std::uint64_t size = 0;       // uncompressed bytes
    std::uint64_t compressed = 0; // bytes stored (== size for folders)
    std::uint64_t index = 0;      // position inside its container
};

// Limits that keep a hostile or broken archive from exhausting the machine.
struct ArchiveLimits {
    std::uint64_t max_entries = 500'000;
    std::uint64_t max_total_bytes = 200ull << 30;   // sum of uncompressed sizes
    std::uint64_t max_entry_bytes = 1ull << 30;     // largest entry read whole into memory
    double max_ratio = 200.0;                       // uncompressed / compressed, per entry
    std::uint64_t ratio_floor_bytes = 1ull << 20;   // ratio checked only above this size
};

class Archive {
public:
    virtual ~Archive() = default;
    // The path the user gave (for messages).
    virtual const std::string& display_name() const = 0;
    // Entries that passed validation, in a stable order.
    virtual const std::vector<Entry>& entries() const = 0;
    // Whole contents of one entry, or an error naming the entry and the reason.
    virtual Result<std::string> read(const Entry& entry) const = 0;
    // Entries refused while listing (unsafe names, limits), each with the reason.
    virtual const std::vector<std::pair<std::string, std::string>>& rejected() const = 0;
};

// Opens a .zip file (libzip), or a folder; fails with a message naming the path when it cannot.
Result<std::unique_ptr<Archive>> open_archive(const std::string& path,
                                              const ArchiveLimits& limits = {});
// An in-memory archive for tests: (name, contents) pairs.
std::unique_ptr<Archive> memory_archive(std::string name,
                                        std::vector<std::pair<std::string, std::string>> files);

} // namespace audit
