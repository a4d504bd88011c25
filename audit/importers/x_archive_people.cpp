// People lists (follower.js, following.js, block.js) and direct messages
// (direct-messages.js, direct-messages-group.js; direct-message*.js in 2019). X gives other
// people as numeric account ids only: no names and no handles.
#include "audit/importers/x_archive_internal.hpp"
#include <algorithm>

namespace audit::x {

namespace {

struct PeopleList {
    DataType type;
    Relation relation;
};

const std::vector<PeopleList>& people_lists() {
    static const std::vector<PeopleList> lists = {
        {{{"follower"}, {"follower"}, "follower"}, Relation::follower},
        {{{"following"}, {"following"}, "following"}, Relation::following},
        {{{"block"}, {"block"}, "blocking"}, Relation::blocked},
    };
    return lists;
}

const DataType k_direct_messages{
    {"directMessages", "directMessage"}, {"direct-messages", "direct-message"}, "dmConversation"};
const DataType k_group_messages{{"directMessagesGroup", "directMessageGroup"},
                                {"direct-messages-group", "direct-message-group"},
                                "dmConversation"};

void add_connection(Context& ctx, const std::string& file, Relation relation,
                    const JsonValue& record) {
    std::string id = text_of(record.get("accountId"));
    if (id.empty()) return;
    // 2019 archives had no userLink; X's own link form is rebuilt for them.
    std::string link = text_of(record.get("userLink"));
    if (link.empty()) link = "https://twitter.com/intent/user?user_id=" + id;
    Connection c;
    c.relation = relation;
    c.source = source(ctx, file, std::string(describe(relation)) + " " + id, std::move(link));
    c.account_id = std::move(id);
    ctx.out.connections.push_back(std::move(c));
}

std::vector<std::string> participants_of(const JsonValue& messages) {
    std::vector<std::string> out;
    auto add = [&out](std::string id) {
        if (!id.empty() && std::find(out.begin(), out.end(), id) == out.end())
            out.push_back(std::move(id));
    };
    for (const JsonValue& event : messages.items()) {
        const JsonValue m = event.get("messageCreate");
        add(text_of(m.get("senderId")));
        add(text_of(m.get("recipientId")));
    }
    return out;
}

// {conversationId, messages: [{messageCreate: {senderId, recipientId, text, createdAt, urls}},
// {reactionCreate: …}, {joinConversation: …}, …]}: only messageCreate events are messages.
void read_conversation(Context& ctx, const std::string& file, const JsonValue& conversation) {
    const std::string thread = text_of(conversation.get("conversationId"));
    const JsonValue messages = conversation.get("messages");
    const std::vector<std::string> participants = participants_of(messages);
    for (const JsonValue& event : messages.items()) {
        const JsonValue record = event.get("messageCreate");
        if (!record.is_object()) continue;
        Message m;
        m.time = iso_time(record.get("createdAt"));
        m.thread = thread;
        m.participants = participants;
        m.sender = text_of(record.get("senderId"));
        m.text = expand_links(text_of(record.get("text")), record.get("urls"), {});
        m.sent_by_owner = !ctx.account_id.empty() && m.sender == ctx.account_id;
        m.source = source(ctx, file, "message " + time_label(m.time) + " in " + thread);
        ctx.out.messages.push_back(std::move(m));
    }
}

} // namespace

void import_people(Context& ctx) {
    std::size_t follow_files = 0;
    for (const PeopleList& list : people_lists()) {
        const std::size_t read = for_each_record(
            ctx, list.type, [&ctx, &list](const std::string& file, const JsonValue& record) {
                add_connection(ctx, file, list.relation, record);
            });
        if (list.relation != Relation::blocked) follow_files += read;
    }
    if (follow_files > 0)
        ctx.out.skipped.push_back(
            {"followers' and followed accounts' names",
             "X lists followers and followed accounts by numeric account id only, so pupils and "
             "parents among them cannot be matched by name offline"});
}

void import_messages(Context& ctx) {
    for (const DataType* type : {&k_direct_messages, &k_group_messages})
        for_each_record(ctx, *type, [&ctx](const std::string& file, const JsonValue& record) {
            read_conversation(ctx, file, record);
        });
}

} // namespace audit::x
