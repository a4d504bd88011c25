// "Your Activity" (≤2023 "Activity"; 2026 some lists under "Profile And Settings"): followers,
// following, the block list, searches and log-ins; likes and favourites are only counted.
#include "audit/importers/tiktok_json_internal.hpp"

namespace audit::tiktok {

namespace {

struct PeopleList {
    Step parents;  // top-level sections
    Step sections; // the list's section in them
    std::string_view key;
    Relation relation;
    std::string_view item_prefix;
};

const PeopleList k_people_lists[] = {
    {{"Your Activity", "Activity", "Profile And Settings"},
     {"Follower", "Follower List"},
     "FansList",
     Relation::follower,
     "follower "},
    {{"Your Activity", "Activity", "Profile And Settings"},
     {"Following", "Following List"},
     "Following",
     Relation::following,
     "following "},
    {{"App Settings", "Profile And Settings"},
     {"Block List"},
     "BlockList",
     Relation::blocked,
     "blocked "},
};

void import_people_list(Context& ctx, const JsonValue& root, const PeopleList& list) {
    std::string path;
    const JsonValue people = walk(root, {list.parents, list.sections, {list.key}}, path);
    for (const JsonValue& record : records(ctx, people, path)) {
        auto username = field(record, {"UserName", "User Name", "Username", "userName"});
        if (!username) continue;
        Connection c;
        c.relation = list.relation;
        c.since = record_time(ctx, record);
        c.source = source(ctx, std::string(list.item_prefix) + *username,
                          "https://www.tiktok.com/@" + *username);
        c.username = std::move(*username);
        ctx.out.connections.push_back(std::move(c));
    }
}

void import_searches(Context& ctx, const JsonValue& root) {
    std::string path;
    const JsonValue list =
        walk(root, {{"Your Activity", "Activity"}, {"Searches", "Search History"}, {"SearchList"}},
             path);
    for (const JsonValue& record : records(ctx, list, path)) {
        Search s;
        s.time = record_time(ctx, record);
        s.query = field_or_empty(record, {"SearchTerm", "Search Term"});
        if (s.query.empty()) continue;
        s.source = source(ctx, "search " + time_label(s.time));
        ctx.out.searches.push_back(std::move(s));
    }
}

void import_logins(Context& ctx, const JsonValue& root) {
    std::string path;
    const JsonValue list =
        walk(root, {{"Your Activity", "Activity"}, {"Login History"}, {"LoginHistoryList"}}, path);
    for (const JsonValue& record : records(ctx, list, path)) {
        Login login;
        login.time = record_time(ctx, record);
        login.ip = field_or_empty(record, {"IP"});
        login.device = field_or_empty(record, {"DeviceModel"});
        if (auto system = field(record, {"DeviceSystem"}))
            login.device += (login.device.empty() ? "" : " ") + ("(" + *system + ")");
        if (login.time == 0 && login.ip.empty()) continue;
        login.source = source(ctx, "login " + time_label(login.time));
        ctx.out.logins.push_back(std::move(login));
    }
}

// Liked and favourite videos: the export gives links only, so they are counted for the
// coverage note, not imported.
std::size_t count_likes(Context& ctx, const JsonValue& root) {
    std::size_t count = 0;
    for (Step section : {Step{"Like List"}, Step{"Favorite Videos"}}) {
        std::string path;
        const JsonValue list = walk(root,
                                    {{"Likes and Favorites", "Your Activity", "Activity"},
                                     section,
                                     {"ItemFavoriteList", "FavoriteVideoList"}},
                                    path);
        count += records(ctx, list, path).size();
    }
    return count;
}

} // namespace

void import_activity(Context& ctx, const JsonValue& root) {
    for (const PeopleList& list : k_people_lists)
        import_people_list(ctx, root, list);
    import_searches(ctx, root);
    import_logins(ctx, root);
    if (std::size_t likes = count_likes(ctx, root); likes > 0)
        ctx.out.skipped.push_back(
            {"likes and favourites", std::to_string(likes) +
                                         " liked or favourite videos: the export gives only links "
                                         "to them, so what they show was not checked"});
}

} // namespace audit::tiktok
