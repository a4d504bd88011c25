// Facebook "Download Your Information" in HTML, 2022+ (EXPORT-FORMATS.md §1.3 item 5): the JSON
// export's files as .html pages. Claimed only when the pages hold Meta's records and no JSON
// twin is there: a JSON export is facebook_json's.
#include "audit/importers/facebook_html_internal.hpp"
#include "audit/importers/importer.hpp"
#include <algorithm>

namespace audit {

namespace {

using facebook::basename_of;

// Base names only Facebook exports hold, with or without "_N" (as facebook_json's markers).
const std::vector<std::string_view> k_marker_stems = {
    "profile_information",      "your_posts",
    "your_posts__check_ins__photos_and_videos",
    "friends",                  "your_friends",
    "friend_requests_received", "received_friend_requests",
    "friend_requests_sent",     "sent_friend_requests",
    "removed_friends",          "rejected_friend_requests",
    "who_you_follow",           "who_you've_followed",
    "people_who_follow_you",    "people_who_followed_you",
    "your_group_membership_activity",
};

bool has_folder(std::string_view name, std::string_view folder) {
    return name.starts_with(folder) ||
           name.find("/" + std::string(folder)) != std::string_view::npos;
}

bool looks_instagram(const ExportView& view) {
    return std::any_of(view.entries().begin(), view.entries().end(), [](const ViewEntry& e) {
        const std::string_view base = basename_of(e.name());
        return has_folder(e.name(), "your_instagram_activity/") ||
               meta_html::matches_html_stem(base, "followers") ||
               meta_html::matches_html_stem(base, "personal_information");
    });
}

double detect(const ExportView& view) {
    const meta_html::HtmlEvidence ev = meta_html::gather_evidence(view, k_marker_stems);
    // JSON files of the same names: a JSON export (perhaps with stray pages) is not ours.
    if (ev.markers == 0 || ev.json_twins > 0) return 0.0;
    double score = ev.confirmed ? 0.9 : std::min(0.5, 0.2 + 0.1 * static_cast<double>(ev.markers));
    if (looks_instagram(view)) score -= 0.5;
    return std::clamp(score, 0.0, 1.0);
}

bool any_undated_follower(const Export& out) {
    return std::any_of(out.connections.begin(), out.connections.end(), [](const Connection& c) {
        return c.relation == Relation::follower && c.since == 0;
    });
}

void note_coverage(Export& out) {
    if (!out.posts.empty())
        out.skipped.push_back(
            {"post audience", "Facebook exports do not say who can see each post"});
    if (any_undated_follower(out))
        out.skipped.push_back({"follower dates", "followers have no dates"});
    if (!out.posts.empty())
        out.skipped.push_back({"people tagged in posts",
                               "the HTML export names tagged people only in a post's title "
                               "line, which is not read (a JSON download lists them)"});
}

void import_export(const ExportView& view, Export& out) {
    out.platform = Platform::facebook;
    out.format = Format::html;
    if (out.path.empty()) out.path = view.display_name();
    meta_html::Context ctx(view, out);
    html_facebook::import_profile(ctx);
    html_facebook::import_posts(ctx);
    html_facebook::import_people(ctx);
    html_facebook::import_activity(ctx);
    html_facebook::import_messages(ctx);
    note_coverage(out);
}

} // namespace

extern const Importer facebook_html;
const Importer facebook_html{"facebook_html", Platform::facebook, Format::html, detect,
                             import_export};

} // namespace audit
