// X (Twitter) "Download an archive of your data", 2019–2026 (EXPORT-FORMATS.md §3): a zip of
// `Your archive.html`, `assets/` and `data/*.js`, each data file a JavaScript assignment of JSON.
#include "audit/importers/importer.hpp"
#include "audit/importers/x_archive_internal.hpp"
#include "audit/parse/js_wrapper.hpp"
#include <algorithm>

namespace audit {

namespace {

// Detection reads a few small files whole; these bounds keep it quick on any archive.
constexpr std::uint64_t k_max_probe_bytes = 4u << 20;
constexpr std::size_t k_max_probes = 3;

bool in_data_folder(std::string_view name) {
    const auto slash = name.rfind('/');
    if (slash == std::string_view::npos) return false;
    const std::string_view folder = name.substr(0, slash + 1);
    return folder == "data/" || folder.ends_with("/data/");
}

bool is_data_js(std::string_view name) {
    return in_data_folder(name) && name.ends_with(".js") && !name.starts_with("__MACOSX/") &&
           name.find("/._") == std::string_view::npos;
}

bool is_manifest(std::string_view name) {
    return name == "data/manifest.js" || name.ends_with("/data/manifest.js");
}

bool has_prefix(const ExportView& view, const ViewEntry& entry) {
    Result<std::string> bytes = view.read(entry);
    return bytes && has_x_archive_prefix(*bytes);
}

// Up to k_max_probes of the smallest data/*.js files, manifest first.
std::vector<ViewEntry> probes(const ExportView& view) {
    std::vector<ViewEntry> candidates;
    for (const ViewEntry& entry : view.entries())
        if (is_data_js(entry.name()) && entry.entry->size <= k_max_probe_bytes)
            candidates.push_back(entry);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const ViewEntry& a, const ViewEntry& b) {
                         const bool am = is_manifest(a.name()), bm = is_manifest(b.name());
                         if (am != bm) return am;
                         return a.entry->size < b.entry->size;
                     });
    if (candidates.size() > k_max_probes) candidates.resize(k_max_probes);
    return candidates;
}

double detect(const ExportView& view) {
    const std::vector<ViewEntry> candidates = probes(view);
    if (candidates.empty()) return 0.0;
    for (const ViewEntry& entry : candidates) {
        if (!has_prefix(view, entry)) continue;
        return is_manifest(entry.name()) ? 0.95 : 0.9;
    }
    return 0.0;
}

void import_export(const ExportView& view, Export& out) {
    out.platform = Platform::x;
    out.format = Format::js;
    if (out.path.empty()) out.path = view.display_name();
    x::Context ctx(view, out);
    // The manifest says where every file is; the account names the holder, whose handle the
    // tweets' links and whose id the messages' senders need.
    x::read_manifest(ctx);
    x::import_account(ctx);
    x::import_tweets(ctx);
    x::import_people(ctx);
    x::import_messages(ctx);
}

} // namespace

extern const Importer x_archive;
const Importer x_archive{"x_archive", Platform::x, Format::js, detect, import_export};

} // namespace audit
