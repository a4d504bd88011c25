#include "audit/pipeline/facts.hpp"
#include <stdexcept>

namespace audit {

namespace {

void add_text(std::vector<TextItem>& out, const Export& ex, const SourceRef& ref,
              std::string_view kind, const std::string& text, Timestamp time,
              std::string media = {}) {
    if (text.empty()) return;
    out.push_back(TextItem{&ex, ref, kind, text, time, std::move(media)});
}

// A media caption often repeats the post's text word for word; keep it only when it adds words.
bool repeats(const std::string& caption, const Post& post) {
    return caption == post.text || caption == post.title;
}

void collect_post(std::vector<TextItem>& out, const Export& ex, const Post& post) {
    add_text(out, ex, post.source, "post", post.text, post.time);
    for (const Place& place : post.places) {
        add_text(out, ex, post.source, "place", place.name, post.time);
        add_text(out, ex, post.source, "place", place.address, post.time);
    }
    for (const std::string& event : post.events) add_text(out, ex, post.source, "event", event, post.time);
    for (const std::string& link : post.links) add_text(out, ex, post.source, "link", link, post.time);
    for (std::size_t index : post.media) {
        if (index >= ex.media.size()) continue;
        const Media& m = ex.media[index];
        if (!repeats(m.caption, post))
            add_text(out, ex, post.source, "caption", m.caption, post.time, m.entry.empty() ? m.uri : m.entry);
    }
}

std::vector<TextItem> collect_texts(const std::vector<Export>& exports) {
    std::vector<TextItem> out;
    for (const Export& ex : exports) {
        for (const Post& post : ex.posts) collect_post(out, ex, post);
        for (const Media& m : ex.media) {
            // Media not attached to any post (albums) carry their own captions.
            if (m.source.item.rfind("post ", 0) == 0) continue;
            add_text(out, ex, m.source, "caption", m.caption, m.created, m.entry.empty() ? m.uri : m.entry);
            add_text(out, ex, m.source, "album", m.album, m.created);
        }
        for (const Comment& c : ex.comments) add_text(out, ex, c.source, "comment", c.text, c.time);
        for (const Message& m : ex.messages)
            if (m.sent_by_owner) add_text(out, ex, m.source, "message", m.text, m.time);
    }
    return out;
}

} // namespace

Facts::Facts(const std::vector<Export>& exports, const SchoolProfile& profile)
    : m_exports(exports), m_profile(profile) {}

Facts::~Facts() = default;

const std::vector<TextItem>& Facts::texts() {
    std::call_once(m_texts_once, [&] {
        m_texts = collect_texts(m_exports);
        m_mentions = std::make_unique<MentionSlot[]>(m_texts.size());
    });
    return m_texts;
}

const SchoolMatcher& Facts::school_matcher() {
    std::call_once(m_school_once, [&] { m_school = std::make_unique<SchoolMatcher>(m_profile); });
    return *m_school;
}

const std::vector<Mention>& Facts::school_mentions(std::size_t index) {
    if (index >= texts().size()) throw std::out_of_range("Facts::school_mentions: no text " + std::to_string(index));
    MentionSlot& slot = m_mentions[index];
    std::call_once(slot.once, [&] { slot.mentions = school_matcher().find(m_texts[index].text); });
    return slot.mentions;
}

const PeopleMatcher* Facts::people(RosterKind kind) {
    std::lock_guard lock(m_people_mutex); // a matcher is built once, then only read
    auto it = m_people.find(kind);
    if (it != m_people.end()) return it->second.get();
    const Roster* roster = m_profile.roster(kind);
    auto matcher = roster ? std::make_unique<PeopleMatcher>(*roster) : nullptr;
    return m_people.emplace(kind, std::move(matcher)).first->second.get();
}

} // namespace audit
