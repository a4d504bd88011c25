#pragma once
// Several archives (zip parts of one export, or a folder) seen as one: the importers' only
// window on the files. Looks entries up by exact name, by base name and by path suffix, since
// media paths in the JSON carry prefixes that do not always match where the files are.
#include "audit/archive/archive.hpp"
#include "audit/core/stopwatch.hpp"
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace audit {

struct ViewEntry {
    const Entry* entry = nullptr;
    const Archive* archive = nullptr;
    const std::string& name() const { return entry->name; }
};

class ExportView {
public:
    explicit ExportView(std::vector<std::unique_ptr<Archive>> parts);
    // Parts shared with other views (detection looks at each part alone first).
    explicit ExportView(std::vector<std::shared_ptr<const Archive>> parts);

    // "a.zip, b.zip": for the report's sources.
    std::string display_name() const;
    const std::vector<ViewEntry>& entries() const { return m_entries; }
    // Entries whose base name matches exactly, in name order.
    std::vector<ViewEntry> by_basename(std::string_view basename) const;
    // Entries whose base name satisfies `pred`, in name order.
    std::vector<ViewEntry> matching(const std::function<bool(std::string_view name)>& pred) const;
    // The entry with this exact name, or the one sharing the longest '/'-aligned suffix with
    // `uri` (at least the base name); nullopt when none.
    std::optional<ViewEntry> resolve(std::string_view uri) const;
    Result<std::string> read(const ViewEntry& e) const;
    // Time spent in read() so far, summed over every thread that read (--timings).
    Elapsed read_time() const;
    // Called after each read() (progress); empty to stop. Set it only while one thread reads.
    void set_read_observer(std::function<void(const ViewEntry&)> observer) {
        m_read_observer = std::move(observer);
    }
    // Entries refused by any part, (name, reason).
    std::vector<std::pair<std::string, std::string>> rejected() const;

private:
    void index_entries();

    std::vector<std::shared_ptr<const Archive>> m_parts;
    std::vector<ViewEntry> m_entries;
    std::unordered_multimap<std::string, std::size_t> m_by_basename;
    // Nanoseconds of wall and CPU time in read(); shared so that the view stays copyable.
    struct ReadMeter {
        std::atomic<std::uint64_t> wall_ns{0};
        std::atomic<std::uint64_t> cpu_ns{0};
    };
    std::shared_ptr<ReadMeter> m_read_meter = std::make_shared<ReadMeter>();
    std::function<void(const ViewEntry&)> m_read_observer;
};

} // namespace audit
