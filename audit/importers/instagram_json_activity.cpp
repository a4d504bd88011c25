// Comments the account holder wrote (post_comments_1.json, reels_comments.json), the history of
// switching between public and private, and who may comment.
#include "audit/importers/instagram_json_internal.hpp"
#include <vector>

namespace audit::instagram {

namespace {

struct CommentList {
    std::vector<std::string_view> stems;
    std::vector<std::string_view> keys; // post_comments_1.json (2023+) is a bare list
    std::string_view item;
};

const std::vector<CommentList>& comment_lists() {
    static const std::vector<CommentList> lists = {
        {{"post_comments"}, {"comments_media_comments"}, "comment"},
        {{"reels_comments"}, {"comments_reels_comments"}, "reel comment"},
    };
    return lists;
}

// The English labels, and translations as a best effort; an unknown language still gives the
// comment through the first text entry.
const std::vector<std::string_view> k_comment_labels = {
    "comment", "kommentar", "commentaire", "comentario"};
const std::vector<std::string_view> k_owner_labels = {
    "mediaowner", "medieninhaber", "proprietairedumedia", "propietariodelcontenido"};

bool is_owner_label(std::string_view key) {
    const std::string folded = fold_label(key);
    for (std::string_view label : k_owner_labels)
        if (folded == label) return true;
    return false;
}

std::string comment_text(const JsonValue& string_map) {
    if (std::string text = map_entry(string_map, k_comment_labels).get("value").str(); !text.empty())
        return text;
    for (const JsonMember& member : string_map.members()) {
        if (is_owner_label(member.key)) continue;
        if (std::string text = member.value.get("value").str(); !text.empty()) return text;
    }
    return {};
}

void import_comment(Context& ctx, const std::string& file, const JsonValue& record,
                    const CommentList& list) {
    const JsonValue string_map = record.get("string_map_data");
    Comment c;
    c.text = comment_text(string_map);
    if (c.text.empty()) return;
    c.time = record_time(record);
    c.context = map_entry(string_map, k_owner_labels).get("value").str();
    c.source = source(ctx, file, std::string(list.item) + " " + time_label(c.time));
    ctx.out.comments.push_back(std::move(c));
}

Result<void> import_comments(Context& ctx, const std::string& file, const JsonValue& root,
                             const CommentList& list) {
    const JsonValue records = record_list(root, list.keys);
    if (!records.exists())
        return unexpected_shape("a list of comments or \"" + std::string(list.keys.front()) + "\"");
    for (const JsonValue& record : records.items())
        if (record.is_object()) import_comment(ctx, file, record, list);
    return {};
}

// account_history_account_privacy_history[]: {title: "Switched to Private", string_map_data:
// {Time: {timestamp}}} (or the time in string_list_data, in newer files).
Result<void> import_privacy_history(Context& ctx, const std::string& file, const JsonValue& root) {
    const JsonValue records = record_list(root, {"account_history_account_privacy_history"});
    if (!records.exists()) return unexpected_shape("\"account_history_account_privacy_history\"");
    for (const JsonValue& record : records.items()) {
        std::string change = record.get("title").str();
        if (change.empty()) continue;
        const Timestamp time = record_time(record);
        add_setting(ctx, file, "privacy_change", "account privacy", std::move(change), time,
                    "privacy change " + time_label(time));
    }
    return {};
}

// settings_allow_comments_from[0].string_map_data: {"Comments Allowed From" (2024), "Comments
// allowed from" (2026): {value: "Everyone"}}. The file holds only this setting, so every entry
// is it, whatever the label's language.
Result<void> import_comments_allowed(Context& ctx, const std::string& file, const JsonValue& root) {
    const JsonValue records = record_list(root, {"settings_allow_comments_from"});
    if (!records.exists()) return unexpected_shape("\"settings_allow_comments_from\"");
    for (const JsonValue& record : records.items()) {
        for (const JsonMember& member : record.get("string_map_data").members()) {
            std::string value = member.value.get("value").str();
            if (value.empty()) continue;
            add_setting(ctx, file, "comments_allowed_from", member.key, std::move(value), 0,
                        "setting comments_allowed_from");
        }
    }
    return {};
}

} // namespace

void import_activity(Context& ctx) {
    for (const CommentList& list : comment_lists())
        for_each_file_where(
            ctx, [&list](std::string_view name) { return matches_any_stem(name, list.stems); },
            [&ctx, &list](const std::string& file, const JsonValue& root) {
                return import_comments(ctx, file, root, list);
            });
    for_each_file(ctx, {"account_privacy_changes", "profile_privacy_changes"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_privacy_history(ctx, file, root);
                  });
    for_each_file(ctx, {"comments_allowed_from"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_comments_allowed(ctx, file, root);
                  });
}

} // namespace audit::instagram
