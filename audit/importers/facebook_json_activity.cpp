// Activity: comments (on posts, in groups), groups joined, pages liked or followed, events,
// custom audience lists, and search history.
#include "audit/importers/facebook_json_internal.hpp"

namespace audit::facebook {

namespace {

// comments_v2[] / group_comments_v2[]: {timestamp, title, data[].comment{comment, author,
// group, timestamp}}.
RecordHandler comment_records(Context& ctx, std::string prefix, bool group_as_context) {
    return [&ctx, prefix = std::move(prefix), group_as_context](const std::string& file,
                                                                const JsonValue& record) {
        if (!record.is_object()) return;
        Comment c;
        c.time = record_time(record);
        std::string group;
        for (const JsonValue& data : record.get("data").items()) {
            const JsonValue comment = data.get("comment");
            if (c.time == 0) c.time = seconds(comment.get("timestamp"));
            std::string text = strip_mentions(comment.get("comment").str());
            if (!text.empty()) c.text += (c.text.empty() ? "" : "\n") + text;
            if (group.empty()) group = comment.get("group").str();
        }
        if (c.text.empty() && has_label_values(record))
            c.text = strip_mentions(first_text_value(record).value_or(""));
        c.context = group_as_context && !group.empty() ? group : record.get("title").str();
        c.source = source(ctx, file, prefix + time_label(c.time));
        ctx.out.comments.push_back(std::move(c));
    };
}

void add_group(Context& ctx, const std::string& file, GroupKind kind, std::string prefix,
               std::string name, Timestamp time, std::string url = {}) {
    if (name.empty()) return;
    Group g;
    g.kind = kind;
    g.source = source(ctx, file, prefix + name, std::move(url));
    g.name = std::move(name);
    g.time = time;
    ctx.out.groups.push_back(std::move(g));
}

// The name of a group or page: data[].name (2022), "name", a label_values value, or the title.
std::string name_of(const JsonValue& record) {
    for (const JsonValue& data : record.get("data").items())
        if (std::string name = data.get("name").str(); !name.empty()) return name;
    if (std::string name = record.get("name").str(); !name.empty()) return name;
    if (has_label_values(record)) {
        if (auto name = label_value(record, "Name")) return *name;
        if (auto name = first_text_value(record)) return *name;
    }
    return record.get("title").str();
}

FileHandler group_list(Context& ctx, std::vector<std::string_view> keys, GroupKind kind,
                       std::string prefix) {
    return [&ctx, keys = std::move(keys), kind, prefix = std::move(prefix)](
               const std::string& file, const JsonValue& root) -> Result<void> {
        JsonValue list = record_list(root, keys);
        if (!list.exists()) return unexpected_shape("\"" + std::string(keys.front()) + "\"");
        for (const JsonValue& record : list.items())
            add_group(ctx, file, kind, prefix, name_of(record), record_time(record),
                      record.get("url").str());
        return {};
    };
}

// event_responses_v2.{events_joined, events_interested}[]: {name, start_timestamp}.
Result<void> import_events(Context& ctx, const std::string& file, const JsonValue& root) {
    const JsonValue responses = root.get("event_responses_v2").exists()
                                    ? root.get("event_responses_v2")
                                    : root.get("event_responses");
    if (!responses.is_object()) return unexpected_shape("\"event_responses_v2\"");
    for (std::string_view key : {"events_joined", "events_interested"})
        for (const JsonValue& event : responses.get(key).items())
            add_group(ctx, file, GroupKind::event, "event ", event.get("name").str(),
                      seconds(event.get("start_timestamp")));
    return {};
}

// your_post_audiences.json: custom friend lists as label_values records.
Result<void> import_audiences(Context& ctx, const std::string& file, const JsonValue& root) {
    JsonValue list = record_list(root, {"custom_lists_v2"});
    if (!list.exists()) return unexpected_shape("a list of audience records");
    for (const JsonValue& record : list.items()) {
        std::optional<std::string> name = label_value(record, "Name");
        if (!name) name = first_text_value(record);
        if (!name) name = record.get("name").opt_str();
        add_group(ctx, file, GroupKind::list, "audience list ", name.value_or(""),
                  record_time(record));
    }
    return {};
}

// Meta writes queries quoted: "\"riverside primary\"".
std::string unquote(std::string text) {
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = text.substr(1, text.size() - 2);
    return text;
}

std::string query_of(const JsonValue& record) {
    for (const JsonValue& data : record.get("data").items())
        if (std::string text = data.get("text").str(); !text.empty()) return unquote(text);
    for (const JsonValue& attachment : record.get("attachments").items())
        for (const JsonValue& data : attachment.get("data").items())
            if (std::string text = data.get("text").str(); !text.empty()) return unquote(text);
    if (has_label_values(record)) return unquote(first_text_value(record).value_or(""));
    return {};
}

Result<void> import_searches(Context& ctx, const std::string& file, const JsonValue& root) {
    JsonValue list = record_list(root, {"searches_v2", "searches"});
    if (!list.exists()) return unexpected_shape("\"searches_v2\"");
    for (const JsonValue& record : list.items()) {
        Search s;
        s.time = record_time(record);
        s.query = query_of(record);
        if (s.query.empty()) continue;
        s.source = source(ctx, file, "search " + time_label(s.time));
        ctx.out.searches.push_back(std::move(s));
    }
    return {};
}

} // namespace

void import_activity(Context& ctx) {
    for_each_record(ctx, {"comments"}, {{"comments_v2", "comments"}, "\"comments_v2\""},
                    comment_records(ctx, "comment ", false));
    for_each_record(ctx, {"your_comments_in_groups"},
                    {{"group_comments_v2", "group_comments"}, "\"group_comments_v2\""},
                    comment_records(ctx, "group comment ", true));
    for_each_file(
        ctx, {"your_group_membership_activity", "group_membership_activity"},
        group_list(ctx, {"groups_joined_v2", "groups_joined"}, GroupKind::group, "group "));
    for_each_file(ctx, {"pages_you've_liked", "pages_you_ve_liked"},
                  group_list(ctx, {"page_likes_v2", "page_likes"}, GroupKind::page, "page liked "));
    for_each_file(ctx, {"pages_you_follow", "pages_and_profiles_you_follow"},
                  group_list(ctx, {"pages_followed_v2", "pages_followed"}, GroupKind::page,
                             "page followed "));
    for_each_file(ctx, {"your_event_responses", "event_responses"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_events(ctx, file, root);
                  });
    for_each_file(ctx, {"your_post_audiences"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_audiences(ctx, file, root);
                  });
    for_each_file(ctx, {"your_search_history", "search_history"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_searches(ctx, file, root);
                  });
}

} // namespace audit::facebook
