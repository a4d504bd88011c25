// Instagram "Download your information" in HTML (EXPORT-FORMATS.md §2.3: the structure of §1.3
// item 5). Claimed only when the pages hold Meta's records or tables and no JSON twin is there.
#include "audit/importers/importer.hpp"
#include "audit/importers/instagram_html_internal.hpp"
#include <algorithm>

namespace audit {

namespace {

using facebook::basename_of;

// Base names of Instagram's pages, with or without "_N" (as instagram_json's).
const std::vector<std::string_view> k_marker_stems = {
    "personal_information",    "followers",
    "following",               "posts",
    "close_friends",           "blocked_profiles",
    "blocked_accounts",        "pending_follow_requests",
    "recent_follow_requests",  "stories",
    "profile_photos",          "post_comments",
    "account_privacy_changes", "comments_allowed_from",
};

bool has_folder(std::string_view name, std::string_view folder) {
    return name.starts_with(folder) ||
           name.find("/" + std::string(folder)) != std::string_view::npos;
}

// Folders and pages only Facebook exports hold.
bool looks_facebook(const ExportView& view) {
    return std::any_of(view.entries().begin(), view.entries().end(), [](const ViewEntry& e) {
        const std::string_view base = basename_of(e.name());
        return has_folder(e.name(), "your_facebook_activity/") ||
               has_folder(e.name(), "your_activity_across_facebook/") ||
               meta_html::matches_html_stem(base, "profile_information") ||
               meta_html::matches_html_stem(base, "your_friends") ||
               meta_html::matches_html_stem(base, "your_posts__check_ins__photos_and_videos");
    });
}

double detect(const ExportView& view) {
    const meta_html::HtmlEvidence ev = meta_html::gather_evidence(view, k_marker_stems);
    // JSON files of the same names: a JSON export is instagram_json's.
    if (ev.markers == 0 || ev.json_twins > 0) return 0.0;
    double score = ev.confirmed ? 0.9 : std::min(0.5, 0.2 + 0.1 * static_cast<double>(ev.markers));
    if (looks_facebook(view)) score -= 0.5;
    return std::clamp(score, 0.0, 1.0);
}

void import_export(const ExportView& view, Export& out) {
    out.platform = Platform::instagram;
    out.format = Format::html;
    if (out.path.empty()) out.path = view.display_name();
    meta_html::Context ctx(view, out);
    html_instagram::import_profile(ctx);
    html_instagram::import_content(ctx);
    html_instagram::import_people(ctx);
    html_instagram::import_activity(ctx);
    // The same notes as the JSON import: GPS stripped, usernames only, partial lists.
    instagram::note_coverage(ctx);
}

} // namespace

extern const Importer instagram_html;
const Importer instagram_html{"instagram_html", Platform::instagram, Format::html, detect,
                              import_export};

} // namespace audit
