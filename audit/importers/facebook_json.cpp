// Facebook "Download Your Information" in JSON, 2020–2026 layouts (EXPORT-FORMATS.md §1).
#include "audit/importers/facebook_json_internal.hpp"
#include "audit/importers/importer.hpp"
#include <algorithm>
#include <set>

namespace audit {

namespace {

using facebook::basename_of;
using facebook::matches_stem;

// Base names only Facebook exports hold (Instagram's lists are followers_1.json, following.json,
// personal_information.json), with or without "_N".
constexpr std::string_view k_marker_stems[] = {
    "profile_information",
    "your_posts",
    "your_posts__check_ins__photos_and_videos",
    "your_uncategorized_photos",
    "friends",
    "your_friends",
    "friend_requests_received",
    "received_friend_requests",
    "friend_requests_sent",
    "sent_friend_requests",
    "removed_friends",
    "rejected_friend_requests",
    "who_you_follow",
    "who_you've_followed",
    "people_who_follow_you",
    "people_who_followed_you",
    "people_you_may_know",
    "suggested_friends",
    "your_post_audiences",
    "your_group_membership_activity",
    "pages_you've_liked",
};

// Small files whose top key settles the question, best first.
constexpr std::pair<std::string_view, std::string_view> k_confirming[] = {
    {"profile_information", "profile_v2"},
    {"your_friends", "friends_v2"},
    {"friends", "friends_v2"},
};
constexpr std::uint64_t k_max_confirm_bytes = 4u << 20;

bool has_folder(std::string_view name, std::string_view folder) {
    return name.starts_with(folder) ||
           name.find("/" + std::string(folder)) != std::string_view::npos;
}

bool looks_instagram(std::string_view name) {
    const std::string_view base = basename_of(name);
    return has_folder(name, "your_instagram_activity/") || base == "followers_1.json" ||
           base == "personal_information.json";
}

struct Evidence {
    std::set<std::string_view> markers;
    bool instagram = false;
    std::optional<ViewEntry> confirm;
    std::size_t confirm_rank = std::size(k_confirming);
};

void note_entry(const ViewEntry& entry, Evidence& ev) {
    const std::string& name = entry.name();
    if (name.starts_with("__MACOSX/")) return;
    const std::string_view base = basename_of(name);
    ev.instagram = ev.instagram || looks_instagram(name);
    // The HTML format shares the folders; only JSON files speak for this importer.
    if (!base.ends_with(".json")) return;
    if (has_folder(name, "your_facebook_activity/") ||
        has_folder(name, "your_activity_across_facebook/"))
        ev.markers.insert("activity folder");
    for (std::string_view stem : k_marker_stems)
        if (matches_stem(base, stem)) ev.markers.insert(stem);
    for (std::size_t rank = 0; rank < ev.confirm_rank; ++rank) {
        if (base != std::string(k_confirming[rank].first) + ".json") continue;
        if (entry.entry->size > k_max_confirm_bytes) continue;
        ev.confirm = entry;
        ev.confirm_rank = rank;
    }
}

// true / false when the file says yes or no; nullopt when it cannot be read.
std::optional<bool> confirmed(const ExportView& view, const Evidence& ev) {
    if (!ev.confirm) return std::nullopt;
    Result<std::string> bytes = view.read(*ev.confirm);
    if (!bytes) return std::nullopt;
    JsonParser parser;
    Result<JsonValue> root = parser.parse(*bytes, ev.confirm->name());
    if (!root) return std::nullopt;
    return root->get(k_confirming[ev.confirm_rank].second).is_object() ||
           root->get(k_confirming[ev.confirm_rank].second).is_array();
}

double detect(const ExportView& view) {
    Evidence ev;
    for (const ViewEntry& entry : view.entries())
        note_entry(entry, ev);
    if (ev.markers.empty()) return 0.0;
    double score = std::min(0.7, 0.3 + 0.1 * static_cast<double>(ev.markers.size()));
    if (auto yes = confirmed(view, ev)) score = *yes ? 0.95 : std::min(score, 0.3);
    if (ev.instagram) score -= 0.4;
    return std::clamp(score, 0.0, 1.0);
}

void import_export(const ExportView& view, Export& out) {
    out.platform = Platform::facebook;
    out.format = Format::json;
    if (out.path.empty()) out.path = view.display_name();
    facebook::Context ctx(view, out);
    // The profile comes first (messages need the owner's name), posts before albums and
    // loose photos (a media's source is the first post that shows it).
    facebook::import_profile(ctx);
    facebook::import_posts(ctx);
    facebook::import_people(ctx);
    facebook::import_activity(ctx);
    facebook::import_messages(ctx);
    facebook::import_account(ctx);
}

} // namespace

extern const Importer facebook_json;
const Importer facebook_json{"facebook_json", Platform::facebook, Format::json, detect,
                             import_export};

} // namespace audit
