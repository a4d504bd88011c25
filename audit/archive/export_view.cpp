#include "audit/archive/export_view.hpp"
#include <algorithm>

namespace audit {

namespace {

std::string_view basename_of(std::string_view name) {
    auto slash = name.rfind('/');
    return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

// Number of whole trailing path components `a` and `b` share.
std::size_t shared_suffix_components(std::string_view a, std::string_view b) {
    std::size_t count = 0;
    while (!a.empty() && !b.empty()) {
        auto sa = a.rfind('/'), sb = b.rfind('/');
        std::string_view ca = sa == std::string_view::npos ? a : a.substr(sa + 1);
        std::string_view cb = sb == std::string_view::npos ? b : b.substr(sb + 1);
        if (ca != cb) break;
        ++count;
        a = sa == std::string_view::npos ? std::string_view{} : a.substr(0, sa);
        b = sb == std::string_view::npos ? std::string_view{} : b.substr(0, sb);
    }
    return count;
}

} // namespace

ExportView::ExportView(std::vector<std::unique_ptr<Archive>> parts) {
    for (auto& part : parts) m_parts.push_back(std::move(part));
    index_entries();
}

ExportView::ExportView(std::vector<std::shared_ptr<const Archive>> parts) : m_parts(std::move(parts)) {
    index_entries();
}

void ExportView::index_entries() {
    for (const auto& part : m_parts)
        for (const Entry& e : part->entries()) m_entries.push_back(ViewEntry{&e, part.get()});
    // A stable order across parts; the same name in two parts keeps the first part's copy first.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const ViewEntry& a, const ViewEntry& b) { return a.name() < b.name(); });
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_by_basename.emplace(std::string(basename_of(m_entries[i].name())), i);
}

std::string ExportView::display_name() const {
    std::string out;
    for (const auto& part : m_parts) {
        if (!out.empty()) out += ", ";
        out += part->display_name();
    }
    return out;
}

std::vector<ViewEntry> ExportView::by_basename(std::string_view basename) const {
    // Sorted by position in m_entries (name order, then part order), not by name alone: the
    // same name in two parts must keep the first part's copy first.
    std::vector<std::size_t> positions;
    auto [first, last] = m_by_basename.equal_range(std::string(basename));
    for (auto it = first; it != last; ++it) positions.push_back(it->second);
    std::sort(positions.begin(), positions.end());
    std::vector<ViewEntry> out;
    out.reserve(positions.size());
    for (std::size_t position : positions) out.push_back(m_entries[position]);
    return out;
}

std::vector<ViewEntry>
ExportView::matching(const std::function<bool(std::string_view name)>& pred) const {
    std::vector<ViewEntry> out;
    for (const ViewEntry& e : m_entries)
        if (pred(basename_of(e.name()))) out.push_back(e);
    return out;
}

std::optional<ViewEntry> ExportView::resolve(std::string_view uri) const {
    std::optional<ViewEntry> best;
    std::size_t best_shared = 0;
    for (const ViewEntry& candidate : by_basename(basename_of(uri))) {
        if (candidate.name() == uri) return candidate;
        std::size_t shared = shared_suffix_components(candidate.name(), uri);
        if (shared > best_shared) {
            best = candidate;
            best_shared = shared;
        }
    }
    return best;
}

Result<std::string> ExportView::read(const ViewEntry& e) const {
    const Stopwatch watch;
    Result<std::string> bytes = e.archive->read(*e.entry);
    const Elapsed spent = watch.elapsed();
    m_read_meter->wall_ns += static_cast<std::uint64_t>(spent.wall_s * 1e9);
    m_read_meter->cpu_ns += static_cast<std::uint64_t>(spent.cpu_s * 1e9);
    if (m_read_observer) m_read_observer(e);
    return bytes;
}

Elapsed ExportView::read_time() const {
    return {static_cast<double>(m_read_meter->wall_ns.load()) * 1e-9,
            static_cast<double>(m_read_meter->cpu_ns.load()) * 1e-9};
}

std::vector<std::pair<std::string, std::string>> ExportView::rejected() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& part : m_parts)
        out.insert(out.end(), part->rejected().begin(), part->rejected().end());
    return out;
}

} // namespace audit
