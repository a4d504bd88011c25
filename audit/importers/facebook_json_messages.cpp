// Messenger threads: <folder>/messages/{inbox,archived_threads,…}/<thread>/message_N.json with
// {participants[], messages[{sender_name, timestamp_ms, content}], title}. The newer Messenger
// download writes {participants: ["…"], threadName, messages[{senderName, timestamp, text}]}.
#include "audit/importers/facebook_json_internal.hpp"

namespace audit::facebook {

namespace {

std::string first_string(const JsonValue& record, std::initializer_list<std::string_view> keys) {
    for (std::string_view key : keys)
        if (std::string value = record.get(key).str(); !value.empty()) return value;
    return {};
}

// Seconds from timestamp_ms, or from "timestamp" in whichever unit it is written.
Timestamp message_time(const JsonValue& message) {
    if (auto ms = message.get("timestamp_ms").i64()) return *ms / 1000;
    const Timestamp t = seconds(message.get("timestamp"));
    constexpr Timestamp k_year_5138_in_seconds = 100'000'000'000;
    return t > k_year_5138_in_seconds ? t / 1000 : t;
}

std::vector<std::string> participants_of(const JsonValue& root) {
    std::vector<std::string> out;
    for (const JsonValue& p : root.get("participants").items()) {
        std::string name = p.is_string() ? p.str() : p.get("name").str();
        if (!name.empty()) out.push_back(std::move(name));
    }
    return out;
}

std::string thread_title(const JsonValue& root, const std::vector<std::string>& participants) {
    if (std::string title = first_string(root, {"title", "threadName"}); !title.empty())
        return title;
    std::string joined;
    for (const std::string& name : participants)
        joined += (joined.empty() ? "" : ", ") + name;
    return joined;
}

Result<void> import_thread(Context& ctx, const std::string& file, const JsonValue& root) {
    const JsonValue messages = root.get("messages");
    if (!root.is_object() || !messages.is_array())
        return unexpected_shape("a thread object with \"messages\"");
    const std::vector<std::string> participants = participants_of(root);
    const std::string thread = thread_title(root, participants);
    for (const JsonValue& record : messages.items()) {
        if (!record.is_object()) continue;
        Message m;
        m.time = message_time(record);
        m.thread = thread;
        m.participants = participants;
        m.sender = first_string(record, {"sender_name", "senderName"});
        m.text = strip_mentions(first_string(record, {"content", "text"}));
        if (std::string link = record.find("share.link").str(); !link.empty())
            m.text += (m.text.empty() ? "" : "\n") + link;
        m.sent_by_owner = !ctx.out.owner.empty() && m.sender == ctx.out.owner;
        m.source = source(ctx, file, "message " + time_label(m.time) + " in " + thread);
        ctx.out.messages.push_back(std::move(m));
    }
    return {};
}

} // namespace

void import_messages(Context& ctx) {
    for_each_file(ctx, {"message"}, [&ctx](const std::string& file, const JsonValue& root) {
        return import_thread(ctx, file, root);
    });
}

} // namespace audit::facebook
