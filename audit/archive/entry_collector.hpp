#pragma once
// Internal to the archive layer: builds an archive's entry list under the ArchiveLimits, the
// same way for zips and folders, recording every refusal with its reason.
#include "audit/archive/archive.hpp"
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace audit::archive_detail {

using Rejection = std::pair<std::string, std::string>;

class EntryCollector {
public:
    EntryCollector(std::string display_name, const ArchiveLimits& limits);

    // Counts one item of the container (file, folder, link...). Returns false once more than
    // max_entries items were seen, after recording that listing stopped: the caller stops.
    bool admit_item();
    // The normalised name when `name` is acceptable; otherwise nullopt, after recording the
    // rejection (skipped names are dropped silently). `raw_bytes`: the name as stored.
    std::optional<std::string> accept_name(std::string_view name, std::string_view raw_bytes);
    std::optional<std::string> accept_name(std::string_view name) {
        return accept_name(name, name);
    }
    // Adds an entry whose name passed accept_name, unless it is a duplicate, looks like a zip
    // bomb or would take the total past max_total_bytes (each recorded as a rejection).
    void add(std::string name, std::uint64_t size, std::uint64_t compressed, std::uint64_t index);
    void reject(std::string_view name, std::string reason);

    // The accepted entries sorted by name, and the rejections in the order they were found.
    std::vector<Entry> take_entries();
    std::vector<Rejection> take_rejected() { return std::move(m_rejected); }

private:
    std::string m_display_name;
    ArchiveLimits m_limits;
    std::uint64_t m_items = 0;
    std::uint64_t m_total_bytes = 0;
    std::vector<Entry> m_entries;
    std::unordered_set<std::string> m_names;
    std::vector<Rejection> m_rejected;
};

// "512 bytes", "12 KB", "3.5 MB", "1 GB": sizes for messages.
std::string format_bytes(std::uint64_t bytes);

// The message prefix for one entry: "export.zip: posts/1.json".
std::string entry_label(const std::string& display_name, std::string_view entry_name);

// nullopt when an entry of `size` bytes may be read whole; otherwise the error message.
std::optional<std::string> read_size_error(const std::string& display_name,
                                           std::string_view entry_name, std::uint64_t size,
                                           const ArchiveLimits& limits);

} // namespace audit::archive_detail
