// Finding and reading the archive's data files: the manifest (2020+), base names (2019), part
// files, and the `window.YTD.<type>.partN = [ … ]` records inside them.
#include "audit/importers/x_archive_internal.hpp"
#include "audit/parse/js_wrapper.hpp"
#include <algorithm>
#include <tuple>

namespace audit::x {

namespace {

constexpr std::string_view k_manifest = "data/manifest.js";

std::string_view basename_of(std::string_view name) {
    const auto slash = name.rfind('/');
    return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

// macOS re-zips carry "__MACOSX/…/._name" resource forks beside the real files.
bool is_macos_metadata(std::string_view name) {
    return name.starts_with("__MACOSX/") || name.find("/__MACOSX/") != std::string_view::npos ||
           basename_of(name).starts_with("._");
}

bool all_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The part number when `basename` is <stem>.js (0) or <stem>-part<N>.js (N); also
// <stem>.part<N>.js, which some re-packers write.
std::optional<int> part_of(std::string_view basename, std::string_view stem) {
    constexpr std::string_view k_ext = ".js";
    if (!basename.starts_with(stem) || !basename.ends_with(k_ext)) return std::nullopt;
    std::string_view rest = basename.substr(stem.size());
    rest.remove_suffix(k_ext.size());
    if (rest.empty()) return 0;
    if (!rest.starts_with("-part") && !rest.starts_with(".part")) return std::nullopt;
    rest.remove_prefix(5);
    if (!all_digits(rest) || rest.size() > 6) return std::nullopt;
    int n = 0;
    for (char c : rest)
        n = n * 10 + (c - '0');
    return n;
}

std::optional<ViewEntry> find_manifest(const ExportView& view) {
    for (const ViewEntry& entry : view.by_basename("manifest.js")) {
        const std::string& name = entry.name();
        if (is_macos_metadata(name)) continue;
        if (name == k_manifest || name.ends_with("/" + std::string(k_manifest))) return entry;
    }
    return std::nullopt;
}

void copy_manifest(const JsonValue& root, Manifest& m) {
    const JsonValue user = root.get("userInfo");
    m.account_id = text_of(user.get("accountId"));
    m.username = text_of(user.get("userName"));
    m.display_name = text_of(user.get("displayName"));
    for (const JsonMember& type : root.get("dataTypes").members()) {
        if (std::string dir = text_of(type.value.get("mediaDirectory")); !dir.empty())
            m.media_dirs[type.key] = std::move(dir);
        if (!type.value.get("files").is_array()) continue;
        std::vector<ManifestFile>& files = m.files[type.key];
        for (const JsonValue& file : type.value.get("files").items()) {
            std::string name = text_of(file.get("fileName"));
            if (name.empty()) continue;
            files.push_back({std::move(name), file.get("count").i64().value_or(-1)});
        }
    }
}

std::optional<ViewEntry> listed_entry(const Context& ctx, const std::string& name) {
    const std::string wanted = ctx.manifest.root + name;
    std::optional<ViewEntry> entry = ctx.view.resolve(wanted);
    // resolve() falls back to any entry sharing the base name; only the listed path will do.
    if (entry && (entry->name() == wanted || entry->name().ends_with("/" + name))) return entry;
    return std::nullopt;
}

std::vector<ViewEntry> listed_files(Context& ctx, const std::vector<ManifestFile>& files) {
    std::vector<ViewEntry> out;
    for (const ManifestFile& file : files) {
        if (auto entry = listed_entry(ctx, file.name)) {
            out.push_back(*entry);
        } else if (file.count != 0) {
            std::string why = "listed in " + ctx.manifest.file;
            if (file.count > 0) why += " with " + std::to_string(file.count) + " records";
            ctx.out.skipped.push_back({file.name, why + " but missing from the export; not read"});
        }
    }
    return out;
}

std::vector<ViewEntry> files_by_stem(const Context& ctx, const DataType& type) {
    std::vector<std::tuple<std::size_t, int, ViewEntry>> found; // (stem rank, part, entry)
    for (const ViewEntry& entry : ctx.view.entries()) {
        if (is_macos_metadata(entry.name())) continue;
        const std::string_view base = basename_of(entry.name());
        for (std::size_t rank = 0; rank < type.stems.size(); ++rank) {
            if (auto part = part_of(base, type.stems[rank])) {
                found.emplace_back(rank, *part, entry);
                break;
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
    });
    std::vector<ViewEntry> out;
    for (const auto& f : found)
        out.push_back(std::get<2>(f));
    return out;
}

} // namespace

void read_manifest(Context& ctx) {
    std::optional<ViewEntry> entry = find_manifest(ctx.view);
    if (!entry) return;
    const std::string& file = entry->name();
    ctx.files_done.insert(file);
    Result<std::string> bytes = ctx.view.read(*entry);
    if (!bytes) {
        ctx.out.problems.push_back({file, bytes.error().message});
        return;
    }
    ++ctx.out.files_read;
    Result<JsonValue> root = parse_js_wrapped(ctx.parser, *bytes, file);
    if (!root) {
        ctx.out.problems.push_back({file, root.error().message});
        return;
    }
    if (!root->is_object() || !root->get("dataTypes").is_object()) {
        ctx.out.problems.push_back(
            {file, "unexpected shape: expected an object with \"dataTypes\"; files were found by "
                   "name instead"});
        return;
    }
    ctx.manifest.present = true;
    ctx.manifest.file = file;
    ctx.manifest.root = file.substr(0, file.size() - k_manifest.size());
    copy_manifest(*root, ctx.manifest);
}

std::vector<ViewEntry> files_of(Context& ctx, const DataType& type) {
    if (ctx.manifest.present) {
        for (std::string_view key : type.manifest_keys) {
            auto listed = ctx.manifest.files.find(key);
            if (listed != ctx.manifest.files.end()) return listed_files(ctx, listed->second);
        }
    }
    return files_by_stem(ctx, type);
}

std::size_t for_each_record(Context& ctx, const DataType& type, const RecordHandler& handle) {
    std::size_t read = 0;
    for (const ViewEntry& entry : files_of(ctx, type)) {
        const std::string& file = entry.name();
        // Several parts of one export may hold the same file; import it once.
        if (!ctx.files_done.insert(file).second) continue;
        Result<std::string> bytes = ctx.view.read(entry);
        if (!bytes) {
            ctx.out.problems.push_back({file, bytes.error().message});
            continue;
        }
        ++ctx.out.files_read;
        ++read;
        Result<JsonValue> root = parse_js_wrapped(ctx.parser, *bytes, file);
        if (!root) {
            ctx.out.problems.push_back({file, root.error().message});
            continue;
        }
        if (!root->is_array()) {
            ctx.out.problems.push_back({file, "unexpected shape: expected a list of records"});
            continue;
        }
        for (const JsonValue& element : root->items()) {
            if (JsonValue record = element.get(type.record_key); record.is_object())
                handle(file, record);
            else if (type.bare_records && element.is_object())
                handle(file, element);
        }
    }
    return read;
}

std::string media_dir(const Context& ctx, std::initializer_list<std::string_view> keys,
                      std::string_view fallback) {
    std::string dir(fallback);
    for (std::string_view key : keys) {
        auto it = ctx.manifest.media_dirs.find(key);
        if (it != ctx.manifest.media_dirs.end()) {
            dir = it->second;
            break;
        }
    }
    if (!dir.ends_with('/')) dir += '/';
    return ctx.manifest.root + dir;
}

SourceRef source(Context& ctx, const std::string& file, std::string item, std::string url) {
    return SourceRef{file, ctx.identities.unique(file, std::move(item)), std::move(url)};
}

} // namespace audit::x
