// Follow lists: [{title, string_list_data: [{href, value, timestamp}]}], bare (followers_1.json)
// or under a relationships_* key; since late 2024 some lists put the username in "title" with no
// "value" and an href through /_u/; the 2026 blocked_profiles.json is one label_values object.
#include "audit/importers/instagram_json_internal.hpp"
#include <vector>

namespace audit::instagram {

namespace {

struct PeopleList {
    std::vector<std::string_view> stems; // 2022 and 2024+ base names
    std::vector<std::string_view> keys;  // wrapper keys; followers_1.json is a bare list
    Relation relation;
    std::string_view item; // identity prefix
};

const std::vector<PeopleList>& people_lists() {
    static const std::vector<PeopleList> lists = {
        {{"followers"}, {"relationships_followers"}, Relation::follower, "follower"},
        {{"following"}, {"relationships_following"}, Relation::following, "following"},
        {{"close_friends"}, {"relationships_close_friends"}, Relation::close_friend,
         "close friend"},
        {{"pending_follow_requests"},
         {"relationships_follow_requests_sent"},
         Relation::request_sent,
         "follow request sent"},
        {{"recent_follow_requests", "follow_requests_you've_received",
          "follow_requests_you_ve_received"},
         {"relationships_permanent_follow_requests", "relationships_follow_requests_received"},
         Relation::request_received,
         "follow request received"},
        {{"blocked_accounts", "blocked_profiles"},
         {"relationships_blocked_users"},
         Relation::blocked,
         "blocked"},
        {{"recently_unfollowed_accounts", "recently_unfollowed_profiles"},
         {"relationships_unfollowed_users"},
         Relation::removed,
         "unfollowed"},
    };
    return lists;
}

struct Account {
    std::string username;
    std::string name;
    std::string url;
    Timestamp since = 0;
};

void add_connection(Context& ctx, const std::string& file, const PeopleList& list, Account p) {
    if (p.username.empty() && p.name.empty()) return;
    if (p.url.empty() && !p.username.empty()) p.url = profile_url(p.username);
    Connection c;
    c.relation = list.relation;
    const std::string& who = p.username.empty() ? p.name : p.username;
    c.source = source(ctx, file, std::string(list.item) + " " + who, std::move(p.url));
    c.username = std::move(p.username);
    c.display_name = std::move(p.name);
    c.since = p.since;
    ctx.out.connections.push_back(std::move(c));
}

Account person_of(const JsonValue& record) {
    Account p;
    p.username = username_of(record);
    p.url = first_string_list(record).get("href").str();
    p.since = record_time(record);
    return p;
}

// {"timestamp", "label_values": [{"label": "URL"|"Name"|"Username", "value"}], "fbid"}; the
// labels follow the account's language, so an unknown label's value is not guessed at.
Account person_of_label_values(const JsonValue& record) {
    Account p;
    p.username = facebook::label_value(record, "Username").value_or("");
    p.name = facebook::label_value(record, "Name").value_or("");
    p.url = facebook::label_value(record, "URL").value_or("");
    if (p.username.empty()) p.username = username_from_href(p.url);
    p.since = seconds(record.get("timestamp"));
    return p;
}

Result<void> import_people_file(Context& ctx, const std::string& file, const JsonValue& root,
                                const PeopleList& list) {
    if (root.is_object() && facebook::has_label_values(root)) {
        add_connection(ctx, file, list, person_of_label_values(root));
        return {};
    }
    const JsonValue records = record_list(root, list.keys);
    if (!records.exists())
        return unexpected_shape("a list of accounts or \"" + std::string(list.keys.front()) + "\"");
    for (const JsonValue& record : records.items()) {
        if (!record.is_object()) continue;
        add_connection(ctx, file, list,
                       facebook::has_label_values(record) ? person_of_label_values(record)
                                                          : person_of(record));
    }
    return {};
}

} // namespace

void import_people(Context& ctx) {
    for (const PeopleList& list : people_lists())
        for_each_file_where(
            ctx, [&list](std::string_view name) { return matches_any_stem(name, list.stems); },
            [&ctx, &list](const std::string& file, const JsonValue& root) {
                return import_people_file(ctx, file, root, list);
            });
}

} // namespace audit::instagram
