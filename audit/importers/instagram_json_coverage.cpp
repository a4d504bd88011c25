// What an Instagram export cannot tell, for the report's coverage section: Instagram strips GPS
// from most uploads, gives photo times without a zone and followers without names, and an export
// of a limited date range leaves the people lists partial.
#include "audit/importers/instagram_json_internal.hpp"
#include <algorithm>

namespace audit::instagram {

namespace {

std::size_t count_relation(const Export& out, Relation relation) {
    return static_cast<std::size_t>(
        std::count_if(out.connections.begin(), out.connections.end(),
                      [relation](const Connection& c) { return c.relation == relation; }));
}

void note_media(Export& out) {
    if (out.media.empty()) return;
    const auto without_gps = std::count_if(out.media.begin(), out.media.end(),
                                           [](const Media& m) { return !m.gps; });
    if (without_gps > 0)
        out.skipped.push_back(
            {"photo locations",
             "Instagram removes GPS from most uploads: " + std::to_string(without_gps) + " of " +
                 std::to_string(out.media.size()) +
                 " photos and videos carry no coordinates, so where they were taken cannot be "
                 "checked from the export"});
    const bool any_taken = std::any_of(out.media.begin(), out.media.end(),
                                       [](const Media& m) { return m.taken != 0; });
    if (any_taken)
        out.skipped.push_back({"photo times", "Instagram gives the camera's local time without a "
                                              "time zone; the time a photo was taken is read as "
                                              "UTC and may be an hour out in summer"});
}

// "Some of your information" or a date range other than "All time" leaves the follow lists
// short or empty while posts are there (EXPORT-FORMATS.md §2.1).
void note_people(Export& out) {
    const bool has_content = !out.posts.empty() || !out.comments.empty();
    const bool no_followers = count_relation(out, Relation::follower) == 0;
    const bool no_following = count_relation(out, Relation::following) == 0;
    if (has_content && (no_followers || no_following))
        out.skipped.push_back(
            {std::string(no_followers && no_following ? "followers and following"
                                                      : no_followers ? "followers" : "following"),
             "the export holds posts but no such list: it may cover a limited date range or "
             "only some of your information, so people lists may be partial (download again "
             "choosing All time and JSON)"});
    const bool usernames_only =
        std::any_of(out.connections.begin(), out.connections.end(),
                    [](const Connection& c) { return c.display_name.empty(); });
    if (usernames_only)
        out.skipped.push_back({"names of followers and accounts followed",
                               "Instagram lists give usernames only: pupils and parents are "
                               "matched by username, which finds fewer of them than names do"});
}

} // namespace

void note_coverage(Context& ctx) {
    note_media(ctx.out);
    note_people(ctx.out);
    if (!ctx.out.posts.empty())
        ctx.out.skipped.push_back({"post audience", "Instagram exports do not say who could see "
                                                    "each post: the account's public or private "
                                                    "setting applies to all of them"});
}

} // namespace audit::instagram
