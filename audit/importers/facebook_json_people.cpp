// People lists: {"<key>": [{"name", "timestamp", "contact_info"?}]} for friends, requests,
// removed, following and followers (2022 and 2024+ names), and label_values suggestions.
#include "audit/importers/facebook_json_internal.hpp"

namespace audit::facebook {

namespace {

struct PeopleList {
    std::vector<std::string_view> stems; // 2022 and 2024+ base names
    std::vector<std::string_view> keys;  // ≤2019, 2022 and 2024+ top keys
    Relation relation;
};

const std::vector<PeopleList>& people_lists() {
    static const std::vector<PeopleList> lists = {
        {{"friends", "your_friends"}, {"friends_v2", "friends"}, Relation::friend_},
        {{"friend_requests_received", "received_friend_requests"},
         {"received_requests_v2", "received_requests"},
         Relation::request_received},
        {{"friend_requests_sent", "sent_friend_requests"},
         {"sent_requests_v2", "sent_requests"},
         Relation::request_sent},
        {{"rejected_friend_requests"},
         {"rejected_requests_v2", "rejected_requests"},
         Relation::rejected},
        {{"removed_friends"}, {"deleted_friends_v2", "deleted_friends"}, Relation::removed},
        {{"who_you_follow", "who_you've_followed", "who_you_ve_followed", "following"},
         {"following_v3", "following_v2", "following"},
         Relation::following},
        {{"people_who_follow_you", "people_who_followed_you", "followers"},
         {"followers_v3", "followers_v2", "followers"},
         Relation::follower},
    };
    return lists;
}

// A list key present but not an array is a broken file; an object without any of the keys
// is one, too (an empty list is written as "key": []).
JsonValue people_of(const JsonValue& root, const std::vector<std::string_view>& keys) {
    for (std::string_view key : keys)
        if (JsonValue list = root.get(key); list.is_array()) return list;
    return {};
}

void add_connection(Context& ctx, const std::string& file, Relation relation, std::string name,
                    Timestamp since, std::string contact = {}) {
    if (name.empty()) return;
    Connection c;
    c.relation = relation;
    c.source = source(ctx, file, std::string(describe(relation)) + " " + name);
    c.display_name = std::move(name);
    c.since = since;
    c.contact = std::move(contact);
    ctx.out.connections.push_back(std::move(c));
}

Result<void> import_people_file(Context& ctx, const std::string& file, const JsonValue& root,
                                const PeopleList& list) {
    JsonValue people = people_of(root, list.keys);
    if (!people.exists())
        return unexpected_shape("an object with \"" + std::string(list.keys.front()) + "\"");
    std::size_t unnamed = 0;
    const std::vector<JsonValue> items = people.items();
    for (const JsonValue& person : items) {
        std::string name = person.is_string() ? person.str() : person.get("name").str();
        if (name.empty()) {
            ++unnamed; // missing, or not text: said once for the file, below
            continue;
        }
        if (person.is_string()) {
            add_connection(ctx, file, list.relation, std::move(name), 0);
            continue;
        }
        add_connection(ctx, file, list.relation, std::move(name), seconds(person.get("timestamp")),
                       person.get("contact_info").str());
    }
    if (unnamed > 0)
        ctx.out.problems.push_back({file, std::to_string(unnamed) + " of " +
                                              std::to_string(items.size()) +
                                              " entries have no name as text and were skipped"});
    return {};
}

// suggested_friends.json: [{label_values: [{label: "Name", value}, {timestamp_value}…]}];
// people_you_may_know.json: {label_values: [{label, vec: [{value}]}]}.
void import_suggestion_record(Context& ctx, const std::string& file, const JsonValue& record) {
    bool listed = false;
    for (const JsonValue& entry : record.get("label_values").items()) {
        for (const JsonValue& value : entry.get("vec").items()) {
            add_connection(ctx, file, Relation::suggested, value.get("value").str(), 0);
            listed = true;
        }
    }
    if (listed) return;
    std::optional<std::string> name = label_value(record, "Name");
    if (!name) name = first_text_value(record);
    if (name) add_connection(ctx, file, Relation::suggested, *name, record_time(record));
}

Result<void> import_suggestions(Context& ctx, const std::string& file, const JsonValue& root) {
    if (root.is_object() && has_label_values(root)) {
        import_suggestion_record(ctx, file, root);
        return {};
    }
    JsonValue list = record_list(root, {"suggested_friends_v2", "people_you_may_know_v2"});
    if (!list.exists()) return unexpected_shape("label_values records");
    for (const JsonValue& record : list.items()) {
        if (has_label_values(record))
            import_suggestion_record(ctx, file, record);
        else
            add_connection(ctx, file, Relation::suggested, record.get("name").str(),
                           seconds(record.get("timestamp")));
    }
    return {};
}

bool any_undated_follower(const Export& out) {
    for (const Connection& c : out.connections)
        if (c.relation == Relation::follower && c.since == 0) return true;
    return false;
}

} // namespace

void import_people(Context& ctx) {
    for (const PeopleList& list : people_lists()) {
        for_each_file_where(
            ctx,
            [&list](std::string_view name) {
                for (std::string_view stem : list.stems)
                    if (matches_stem(basename_of(name), stem)) return true;
                return false;
            },
            [&ctx, &list](const std::string& file, const JsonValue& root) {
                return import_people_file(ctx, file, root, list);
            });
    }
    for_each_file(ctx, {"people_you_may_know", "suggested_friends"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_suggestions(ctx, file, root);
                  });
    if (any_undated_follower(ctx.out))
        ctx.out.skipped.push_back({"follower dates", "followers have no dates"});
}

} // namespace audit::facebook
