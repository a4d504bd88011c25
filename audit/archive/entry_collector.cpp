#include "audit/archive/entry_collector.hpp"
#include "audit/archive/entry_names.hpp"
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace audit::archive_detail {

namespace {

// Exports never hold zips of their own; one inside is another export, or a trap (a nested bomb).
bool is_nested_zip(std::string_view name) {
    if (name.size() < 4) return false;
    std::string ext(name.substr(name.size() - 4));
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".zip";
}

} // namespace

EntryCollector::EntryCollector(std::string display_name, const ArchiveLimits& limits)
    : m_display_name(std::move(display_name)), m_limits(limits) {}

bool EntryCollector::admit_item() {
    if (m_items > m_limits.max_entries) return false;
    if (++m_items <= m_limits.max_entries) return true;
    const std::string limit = std::to_string(m_limits.max_entries);
    m_rejected.emplace_back(m_display_name, "has more than " + limit + " entries; only the first " +
                                                limit + " were listed");
    return false;
}

std::optional<std::string> EntryCollector::accept_name(std::string_view name,
                                                       std::string_view raw_bytes) {
    CheckedName checked = check_entry_name(name, raw_bytes);
    if (checked.verdict == NameVerdict::accept) return std::move(checked.name);
    if (checked.verdict == NameVerdict::reject) reject(raw_bytes, std::move(checked.reason));
    return std::nullopt;
}

void EntryCollector::add(std::string name, std::uint64_t size, std::uint64_t compressed,
                         std::uint64_t index) {
    if (m_names.count(name) != 0) return reject(name, "duplicate entry");
    if (is_nested_zip(name))
        return reject(name,
                      "a zip inside the export is not opened; unzip it and scan it on its own");
    if (size > m_limits.ratio_floor_bytes) {
        // Stored bytes of 0 with a large size is the extreme case of the same trick.
        const double ratio =
            static_cast<double>(size) / static_cast<double>(std::max<std::uint64_t>(compressed, 1));
        if (ratio > m_limits.max_ratio) {
            char text[64];
            std::snprintf(text, sizeof text, "%.0f", std::floor(ratio));
            return reject(name,
                          std::string("compression ratio ") + text + ":1 looks like a zip bomb");
        }
    }
    if (size > m_limits.max_total_bytes - std::min(m_total_bytes, m_limits.max_total_bytes))
        return reject(name, "the export's total size would pass the " +
                                format_bytes(m_limits.max_total_bytes) + " limit");
    m_total_bytes += size;
    m_names.insert(name);
    m_entries.push_back(Entry{std::move(name), size, compressed, index});
}

void EntryCollector::reject(std::string_view name, std::string reason) {
    m_rejected.emplace_back(printable(name), std::move(reason));
}

std::vector<Entry> EntryCollector::take_entries() {
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return std::move(m_entries);
}

std::string format_bytes(std::uint64_t bytes) {
    static constexpr const char* k_units[] = {"KB", "MB", "GB", "TB"};
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    double value = static_cast<double>(bytes) / 1024.0;
    std::size_t unit = 0;
    while (value >= 1024.0 && unit + 1 < std::size(k_units)) {
        value /= 1024.0;
        ++unit;
    }
    char text[64];
    const bool whole = value >= 10.0 || std::floor(value) == value;
    std::snprintf(text, sizeof text, whole ? "%.0f %s" : "%.1f %s", value, k_units[unit]);
    return text;
}

std::string entry_label(const std::string& display_name, std::string_view entry_name) {
    return display_name + ": " + printable(entry_name);
}

std::optional<std::string> read_size_error(const std::string& display_name,
                                           std::string_view entry_name, std::uint64_t size,
                                           const ArchiveLimits& limits) {
    if (size <= limits.max_entry_bytes) return std::nullopt;
    return entry_label(display_name, entry_name) + ": too large to read (" + format_bytes(size) +
           "; limit " + format_bytes(limits.max_entry_bytes) + ")";
}

} // namespace audit::archive_detail
