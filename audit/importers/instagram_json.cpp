// Instagram "Download your information" in JSON: the 2021–2023 flat layout, the 2024+ nested
// layout and the 2026 changes (EXPORT-FORMATS.md §2). Files are matched by base name only.
#include "audit/importers/importer.hpp"
#include "audit/importers/instagram_json_internal.hpp"
#include <algorithm>
#include <array>

namespace audit {

namespace {

using instagram::basename_of;
using instagram::matches_stem;

// Base names whose contents settle the question, best first.
constexpr std::array<std::string_view, 14> k_confirming_stems = {
    "personal_information", "followers",       "following",
    "posts",                "close_friends",   "blocked_profiles",
    "blocked_accounts",     "pending_follow_requests", "recent_follow_requests",
    "stories",              "profile_photos",  "post_comments",
    "account_privacy_changes", "comments_allowed_from",
};
// Of those, the names other exports use too: on their own, without a confirming shape, they are
// weak evidence.
constexpr std::string_view k_generic_stems[] = {"followers", "following", "posts", "stories"};
constexpr std::uint64_t k_max_confirm_bytes = 4u << 20;
constexpr std::size_t k_max_confirm_reads = 4;

// Base names and folders only Facebook exports hold; profile_information.json is the one every
// Facebook export has (profile_v2).
constexpr std::string_view k_facebook_stems[] = {"profile_information", "your_friends", "friends",
                                                 "your_posts"};
constexpr std::string_view k_facebook_folders[] = {"your_facebook_activity/",
                                                   "your_activity_across_facebook/"};

bool has_folder(std::string_view name, std::string_view folder) {
    return name.starts_with(folder) ||
           name.find("/" + std::string(folder)) != std::string_view::npos;
}

bool is_instagram_key(std::string_view key) {
    constexpr std::string_view k_keys[] = {"profile_user", "settings_allow_comments_from",
                                           "account_history_account_privacy_history",
                                           "comments_media_comments", "comments_reels_comments"};
    for (std::string_view prefix : {"relationships_", "ig_", "text_post_app_"})
        if (key.starts_with(prefix)) return true;
    return std::find(std::begin(k_keys), std::end(k_keys), key) != std::end(k_keys);
}

// A bare list in Instagram's shapes: follow-list records, posts ({media: [{uri}]}) or comments.
bool is_instagram_list(const JsonValue& root) {
    const std::vector<JsonValue> items = root.items();
    if (items.empty()) return false;
    const JsonValue& first = items.front();
    if (first.get("string_list_data").is_array() || first.get("string_map_data").is_object())
        return true;
    const std::vector<JsonValue> media = first.get("media").items();
    return !media.empty() && media.front().get("uri").is_string();
}

bool is_instagram_root(const JsonValue& root) {
    if (root.is_array()) return is_instagram_list(root);
    for (const JsonMember& member : root.members())
        if (is_instagram_key(member.key)) return true;
    return false;
}

struct Evidence {
    std::array<std::optional<ViewEntry>, k_confirming_stems.size()> confirm;
    bool instagram_names = false; // a name only Instagram uses
    bool generic_names = false;   // a name Instagram shares with others
    bool facebook = false;
};

void note_entry(const ViewEntry& entry, Evidence& ev) {
    const std::string& name = entry.name();
    if (name.starts_with("__MACOSX/")) return;
    for (std::string_view folder : k_facebook_folders)
        ev.facebook = ev.facebook || has_folder(name, folder);
    ev.instagram_names = ev.instagram_names || has_folder(name, "your_instagram_activity/");
    const std::string_view base = basename_of(name);
    if (!base.ends_with(".json")) return;
    for (std::string_view stem : k_facebook_stems)
        ev.facebook = ev.facebook || matches_stem(base, stem);
    for (std::size_t rank = 0; rank < k_confirming_stems.size(); ++rank) {
        const std::string_view stem = k_confirming_stems[rank];
        if (!matches_stem(base, stem)) continue;
        const bool generic = std::find(std::begin(k_generic_stems), std::end(k_generic_stems),
                                       stem) != std::end(k_generic_stems);
        (generic ? ev.generic_names : ev.instagram_names) = true;
        if (!ev.confirm[rank] && entry.entry->size <= k_max_confirm_bytes) ev.confirm[rank] = entry;
    }
}

// Reads the best few candidates; true when one of them has an Instagram shape.
bool confirmed(const ExportView& view, const Evidence& ev) {
    JsonParser parser;
    std::size_t reads = 0;
    for (const auto& candidate : ev.confirm) {
        if (!candidate || reads == k_max_confirm_reads) continue;
        ++reads;
        Result<std::string> bytes = view.read(*candidate);
        if (!bytes) continue;
        Result<JsonValue> root = parser.parse(*bytes, candidate->name());
        if (root && is_instagram_root(*root)) return true;
    }
    return false;
}

double detect(const ExportView& view) {
    Evidence ev;
    for (const ViewEntry& entry : view.entries())
        note_entry(entry, ev);
    if (!ev.instagram_names && !ev.generic_names) return 0.0;
    double score = confirmed(view, ev) ? 0.95 : ev.instagram_names ? 0.5 : 0.25;
    // A Facebook export, or Facebook and Instagram exports mixed in one folder: not ours to take.
    if (ev.facebook) score -= 0.5;
    return std::clamp(score, 0.0, 1.0);
}

void import_export(const ExportView& view, Export& out) {
    out.platform = Platform::instagram;
    out.format = Format::json;
    if (out.path.empty()) out.path = view.display_name();
    instagram::Context ctx(view, out);
    // The profile first: its photo's source is the profile, not profile_photos.json.
    instagram::import_profile(ctx);
    instagram::import_content(ctx);
    instagram::import_people(ctx);
    instagram::import_activity(ctx);
    instagram::note_coverage(ctx);
}

} // namespace

extern const Importer instagram_json;
const Importer instagram_json{"instagram_json", Platform::instagram, Format::json, detect,
                              import_export};

} // namespace audit
