#include "audit/pipeline/facts.hpp"
#include "audit/core/parallel.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <iterator>
#include <stdexcept>

namespace audit {

namespace {

// The rosters whose people are looked for in every text (confidential.pupil-name); other rosters
// are matched against names and messages by the checks themselves.
constexpr RosterKind k_text_rosters[] = {RosterKind::pupils, RosterKind::ex_pupils};

void add_text(std::vector<TextItem>& out, const Export& ex, const SourceRef& ref,
              std::string_view kind, const std::string& text, Timestamp time,
              std::string_view media = {}) {
    if (text.empty()) return;
    out.push_back(TextItem{&ex, &ref, kind, text, time, media});
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

Facts::Facts(const std::vector<Export>& exports, const SchoolProfile& profile, unsigned threads)
    : m_exports(exports), m_profile(profile), m_threads(std::max(1u, threads)) {}

Facts::~Facts() = default;

const std::vector<TextItem>& Facts::texts() {
    std::call_once(m_texts_once, [&] {
        m_texts = collect_texts(m_exports);
    });
    return m_texts;
}

const SchoolMatcher& Facts::school_matcher() {
    std::call_once(m_school_once, [&] { m_school = std::make_unique<SchoolMatcher>(m_profile); });
    return *m_school;
}

const Facts::TextSlot& Facts::text_slot(std::size_t index) {
    if (index >= texts().size()) throw std::out_of_range("Facts: no text " + std::to_string(index));
    std::call_once(m_slots_once, [&] { find_in_texts(); });
    return m_slots[index];
}

// Every text at once, rather than each when first asked: checks running on several threads
// would otherwise walk the texts in step, each waiting for the text the other is folding.
void Facts::find_in_texts() {
    constexpr std::size_t k_chunk = 256; // texts a thread takes at a time
    m_slots = std::make_unique<TextSlot[]>(m_texts.size());
    m_prefilter = make_prefilter();
    parallel_for(m_texts.size(), m_threads, k_chunk, [&](std::size_t i) { find_in_text(i); });
}

// Every matcher of the pass reads only what its literals find, so one anchor search settles
// most texts. A hashed roster is matched by hashing every run of words: then every text is
// folded.
std::unique_ptr<AsciiPrefilter> Facts::make_prefilter() {
    std::vector<const PeopleMatcher*> matchers;
    for (RosterKind kind : k_text_rosters)
        if (const PeopleMatcher* matcher = people(kind)) matchers.push_back(matcher);
    return prefilter_for(matchers, {&school_matcher().literal_set(), &every_list_literals(),
                                    &community_names().literal_set()});
}

void Facts::find_in_text(std::size_t index) {
    TextSlot& slot = m_slots[index];
    const std::string_view text = m_texts[index].text;
    if (m_prefilter && !m_prefilter->may_match(text)) return; // nothing any matcher could find
    const FoldedText folded = fold(text);
    slot.mentions = school_matcher().find(text, folded);
    slot.words = find_in_every_list(folded);
    for (RosterKind kind : k_text_rosters)
        if (const PeopleMatcher* matcher = people(kind))
            if (auto hits = matcher->find_in_text(text, folded); !hits.empty())
                slot.names.emplace_back(kind, std::move(hits));
    slot.community = community_names().find(folded);
}

const std::vector<Mention>& Facts::school_mentions(std::size_t index) { return text_slot(index).mentions; }

const std::vector<WordHit>& Facts::word_hits(std::size_t index, const WordList& list) {
    static const std::vector<WordHit> none;
    for (const ListHits& l : text_slot(index).words)
        if (l.list == &list) return l.hits;
    if (!in_every_list(list)) throw std::logic_error("Facts::word_hits: " + list.name() + " is not a bundled term list");
    return none;
}

const std::vector<NameHit>& Facts::name_hits(std::size_t index, RosterKind kind) {
    static const std::vector<NameHit> none;
    if (std::find(std::begin(k_text_rosters), std::end(k_text_rosters), kind) == std::end(k_text_rosters))
        throw std::logic_error("Facts::name_hits: texts are not searched for the " + std::string(to_string(kind)) + " roster");
    for (const auto& [k, hits] : text_slot(index).names)
        if (k == kind) return hits;
    return none;
}

const CommunityNames& Facts::community_names() {
    std::call_once(m_community_once, [&] {
        std::vector<std::string> owners;
        for (const Export& ex : m_exports)
            if (!ex.owner.empty()) owners.push_back(ex.owner);
        m_community = std::make_unique<CommunityNames>(m_profile, owners);
    });
    return *m_community;
}

const std::vector<CommunityNameHit>& Facts::community_name_hits(std::size_t index) {
    return text_slot(index).community;
}

const PeopleMatcher* Facts::people(RosterKind kind) {
    std::call_once(m_people_once, [&] {
        // The first roster of a kind, as SchoolProfile::roster gives it.
        for (const Roster& roster : m_profile.rosters)
            if (!m_people.contains(roster.kind)) m_people.emplace(roster.kind, std::make_unique<PeopleMatcher>(roster));
    });
    const auto it = m_people.find(kind);
    return it == m_people.end() ? nullptr : it->second.get();
}

} // namespace audit
