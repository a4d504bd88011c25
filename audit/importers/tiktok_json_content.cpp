// What the account holder published and wrote: Post/Posts/VideoList (≤2023 Video/Videos/
// VideoList), Comment/Comments/CommentsList (lower-case keys), and the direct messages, one list
// per "Chat History with <user>:" key.
#include "audit/importers/tiktok_json_internal.hpp"

namespace audit::tiktok {

namespace {

// Adds a line unless the text already holds it (AlternateText often repeats the Title).
void append_line(std::string& text, const std::optional<std::string>& line) {
    if (!line || text.find(*line) != std::string::npos) return;
    if (!text.empty()) text += '\n';
    text += *line;
}

// WhoCanView in the model's audience words: "Everyone" is "public".
std::string audience_of(const std::optional<std::string>& who_can_view) {
    if (!who_can_view) return {};
    const std::string value = setting_value(*who_can_view);
    return value == "everyone" ? "public" : value;
}

void import_videos(Context& ctx, const JsonValue& root) {
    std::string path;
    const JsonValue list =
        walk(root, {{"Post", "Video"}, {"Posts", "Videos"}, {"VideoList"}}, path);
    for (const JsonValue& record : records(ctx, list, path)) {
        Post post;
        post.kind = PostKind::post;
        post.time = record_time(ctx, record);
        append_line(post.text, field(record, {"Title", "Description", "VideoDescription"}));
        append_line(post.text, field(record, {"AlternateText"}));
        append_line(post.text, field(record, {"AddYoursText"}));
        post.audience = audience_of(field(record, {"WhoCanView"}));
        if (auto location = field(record, {"Location"}))
            post.places.push_back(Place{*location, {}, {}, {}});
        post.source = source(ctx, "video " + time_label(post.time),
                             field_or_empty(record, {"Link", "VideoLink"}));
        ctx.out.posts.push_back(std::move(post));
    }
}

void import_comments(Context& ctx, const JsonValue& root) {
    std::string path;
    const JsonValue list = walk(root, {{"Comment"}, {"Comments"}, {"CommentsList"}}, path);
    for (const JsonValue& record : records(ctx, list, path)) {
        Comment c;
        c.time = record_time(ctx, record);
        c.text = field_or_empty(record, {"comment", "Comment"});
        if (c.text.empty()) continue;
        c.context = "a TikTok video";
        c.source = source(ctx, "comment " + time_label(c.time),
                          field_or_empty(record, {"url", "Url", "Link"}));
        ctx.out.comments.push_back(std::move(c));
    }
}

// "Chat History with jane_doe:" → "jane_doe".
std::string chat_partner(std::string_view key) {
    constexpr std::string_view k_prefix = "Chat History with ";
    if (key.starts_with(k_prefix)) key.remove_prefix(k_prefix.size());
    if (key.ends_with(':')) key.remove_suffix(1);
    return std::string(key);
}

void import_chat(Context& ctx, const std::string& path, const JsonMember& chat) {
    const std::string partner = chat_partner(chat.key);
    for (const JsonValue& record : records(ctx, chat.value, path + "/" + chat.key)) {
        Message m;
        m.time = record_time(ctx, record);
        m.text = field_or_empty(record, {"Content", "content"});
        if (m.text.empty()) continue;
        m.thread = partner;
        m.sender = field_or_empty(record, {"From", "from"});
        m.participants = {partner};
        if (!ctx.owner_username.empty())
            m.participants.insert(m.participants.begin(), ctx.owner_username);
        m.sent_by_owner =
            ctx.owner_username.empty() ? m.sender != partner : m.sender == ctx.owner_username;
        m.source = source(ctx, "message " + time_label(m.time) + " in " + partner);
        ctx.out.messages.push_back(std::move(m));
    }
}

void import_messages(Context& ctx, const JsonValue& root) {
    std::string path;
    const JsonValue chats = walk(root,
                                 {{"Direct Message", "Direct Messages"},
                                  {"Direct Messages", "Chat History"},
                                  {"ChatHistory"}},
                                 path);
    if (!chats.exists() || chats.is_null()) return;
    if (!chats.is_object()) {
        ctx.out.problems.push_back(
            {ctx.file, path + " is not an object; the messages were left out"});
        return;
    }
    for (const JsonMember& chat : chats.members())
        import_chat(ctx, path, chat);
}

} // namespace

void import_content(Context& ctx, const JsonValue& root) {
    import_videos(ctx, root);
    import_comments(ctx, root);
    import_messages(ctx, root);
}

} // namespace audit::tiktok
