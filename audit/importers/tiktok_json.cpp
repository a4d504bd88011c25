// TikTok's data download in JSON: one file, user_data_tiktok.json (2024+) or user_data.json
// (older), in a zip or on its own in a folder (EXPORT-FORMATS.md §4).
#include "audit/importers/importer.hpp"
#include "audit/importers/tiktok_json_internal.hpp"
#include <algorithm>

namespace audit {

namespace {

constexpr std::string_view k_current_name = "user_data_tiktok.json";
constexpr std::string_view k_older_name = "user_data.json";
// Large accounts' files run to hundreds of megabytes; above this, detection trusts the name.
constexpr std::uint64_t k_max_confirm_bytes = 64u << 20;

// Top-level sections of every era; a file with none of them is someone else's user_data.json.
constexpr std::string_view k_sections[] = {
    "Profile",
    "Activity",
    "Your Activity",
    "Likes and Favorites",
    "Profile And Settings",
    "App Settings",
    "Video",
    "Post",
    "Comment",
    "Direct Message",
    "Direct Messages",
    "Tiktok Live",
    "TikTok Shop",
    "Ads and data",
};

std::string_view basename_of(std::string_view name) {
    auto slash = name.rfind('/');
    return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

bool is_export_file(std::string_view name) {
    if (name.starts_with("__MACOSX/")) return false;
    const std::string_view base = basename_of(name);
    return base == k_current_name || base == k_older_name;
}

bool has_tiktok_sections(const JsonValue& root) {
    return std::any_of(std::begin(k_sections), std::end(k_sections),
                       [&root](std::string_view key) { return root.get(key).is_object(); });
}

double detect_entry(const ExportView& view, const ViewEntry& entry) {
    const bool current = basename_of(entry.name()) == k_current_name;
    const double by_name = current ? 0.7 : 0.3;
    if (entry.entry->size > k_max_confirm_bytes) return by_name;
    Result<std::string> bytes = view.read(entry);
    if (!bytes) return by_name;
    JsonParser parser;
    Result<JsonValue> root = parser.parse(*bytes, entry.name());
    if (!root) return by_name;
    return has_tiktok_sections(*root) ? 0.95 : 0.1;
}

double detect(const ExportView& view) {
    double best = 0.0;
    for (const ViewEntry& entry : view.entries())
        if (is_export_file(entry.name())) best = std::max(best, detect_entry(view, entry));
    return best;
}

// What the file cannot tell, for the report's coverage section.
void note_coverage(const tiktok::Context& ctx, std::size_t posts_before) {
    Export& out = ctx.out;
    if (ctx.bad_dates > 0)
        out.problems.push_back({ctx.file, std::to_string(ctx.bad_dates) +
                                              " dates not in the form YYYY-MM-DD HH:MM:SS were "
                                              "left undated (first: '" +
                                              ctx.first_bad_date + "')"});
    if (ctx.dated_items > 0)
        out.skipped.push_back({"times", "TikTok writes dates without a time zone; they were read "
                                        "as UTC"});
    if (out.posts.size() > posts_before)
        out.skipped.push_back({"video content", "the export links to the videos on TikTok's "
                                                "servers: what they show was not checked"});
}

void import_file(const ExportView& view, const ViewEntry& entry, JsonParser& parser, Export& out) {
    const std::string& file = entry.name();
    Result<std::string> bytes = view.read(entry);
    if (!bytes) {
        out.problems.push_back({file, bytes.error().message});
        return;
    }
    ++out.files_read;
    Result<JsonValue> root = parser.parse(*bytes, file);
    if (!root) {
        out.problems.push_back({file, root.error().message});
        return;
    }
    if (!root->is_object()) {
        out.problems.push_back({file, "unexpected shape: expected an object of sections"});
        return;
    }
    tiktok::Context ctx(out, file);
    const std::size_t posts_before = out.posts.size();
    tiktok::import_profile(ctx, *root);
    tiktok::import_content(ctx, *root);
    tiktok::import_activity(ctx, *root);
    note_coverage(ctx, posts_before);
}

void import_export(const ExportView& view, Export& out) {
    out.platform = Platform::tiktok;
    out.format = Format::json;
    if (out.path.empty()) out.path = view.display_name();
    JsonParser parser;
    std::vector<std::string> done;
    for (const ViewEntry& entry : view.entries()) {
        if (!is_export_file(entry.name())) continue;
        // Several parts given together may hold the same file; import it once.
        if (std::find(done.begin(), done.end(), entry.name()) != done.end()) continue;
        done.push_back(entry.name());
        import_file(view, entry, parser, out);
    }
    if (done.empty())
        out.problems.push_back({out.path, "no user_data_tiktok.json or user_data.json in the "
                                          "export (TikTok's TXT format is not read: download "
                                          "your data again choosing JSON)"});
}

} // namespace

extern const Importer tiktok_json;
const Importer tiktok_json{"tiktok_json", Platform::tiktok, Format::json, detect, import_export};

} // namespace audit
