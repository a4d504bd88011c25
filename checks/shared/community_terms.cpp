#include "checks/shared/community_terms.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <array>

namespace audit {

namespace {

constexpr std::array<std::string_view, 6> k_groups = {"pupils",     "parents", "colleagues",
                                                      "leadership", "school",  "event"};
constexpr std::array<std::string_view, 8> k_titles = {"mr",  "mrs", "miss", "ms",
                                                      "mx",  "dr",  "sir",  "mme"};
constexpr std::array<std::string_view, 4> k_common_titles = {"mr", "mrs", "miss", "ms"};

constexpr double k_colleague = 0.5;
constexpr double k_parent = 0.5;
constexpr double k_pupil = 0.55;
constexpr double k_class = 0.45;
constexpr double k_own_school_name = 0.3;

std::vector<std::string> words(std::string_view name) {
    std::vector<std::string> out;
    const std::string folded = fold_key(name);
    std::size_t pos = 0;
    while (pos < folded.size()) {
        const auto end = std::min(folded.size(), folded.find(' ', pos));
        if (end > pos) out.push_back(folded.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

bool is_title(std::string_view word) {
    return std::find(k_titles.begin(), k_titles.end(), word) != k_titles.end();
}

std::string join(const std::vector<std::string>& w, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (i > from ? " " : "") + w[i];
    return out;
}

// The ways a name is written in a post: in full, without the title, and (for staff, as pupils
// and parents call them) a title with the family name.
std::vector<std::string> name_variants(std::string_view name, bool with_titles) {
    std::vector<std::string> w = words(name);
    std::vector<std::string> out;
    if (w.empty()) return out;
    const bool titled = is_title(w.front());
    const std::size_t first = titled ? 1 : 0;
    if (w.size() - first >= 2) out.push_back(join(w, first, w.size())); // "amanda clarke"
    if (titled && w.size() >= 2) out.push_back(join(w, 0, w.size()));   // "mrs amanda clarke"
    if (with_titles && w.size() - first >= 1) {
        const std::string& family = w.back();
        if (titled) out.push_back(w.front() + " " + family);
        else
            for (std::string_view t : k_common_titles) out.push_back(std::string(t) + " " + family);
    }
    return out;
}

void add_entry(std::vector<WordEntry>& entries, std::vector<std::string>& literals,
               std::string literal, double weight, std::vector<std::string> tags) {
    if (literal.empty()) return;
    if (std::find(literals.begin(), literals.end(), literal) != literals.end()) return;
    WordEntry e;
    e.term = literal;
    e.weight = weight;
    e.tags = std::move(tags);
    entries.push_back(std::move(e));
    literals.push_back(std::move(literal));
}

} // namespace

std::string_view group_of(const WordEntry& entry) {
    for (std::string_view g : k_groups)
        if (entry.has(g)) return g;
    return {};
}

bool is_target(const WordEntry& entry) { return entry.has("target") || entry.has("vague_target"); }

CommunityTerms::CommunityTerms(const SchoolProfile& profile, std::string_view owner)
    : m_terms(word_list("school_community_terms.txt")) {
    std::vector<std::string> literals;
    auto roster_names = [&](RosterKind kind, double weight, const char* label, const char* group) {
        const Roster* roster = profile.roster(kind);
        if (!roster) return;
        for (const Person& p : roster->people)
            for (std::string& v : name_variants(p.name, kind == RosterKind::colleagues))
                add_entry(m_people, literals, std::move(v), weight, {label, group, "target"});
    };
    roster_names(RosterKind::colleagues, k_colleague, "a colleague on your staff roster", "colleagues");
    roster_names(RosterKind::parents, k_parent, "a parent on your parents' roster", "parents");
    roster_names(RosterKind::pupils, k_pupil, "a pupil on your pupils' roster", "pupils");
    if (const Roster* pupils = profile.roster(RosterKind::pupils))
        for (const Person& p : pupils->people) {
            const std::string name = fold_key(p.class_name);
            if (name.empty()) continue;
            add_entry(m_people, literals, name + " class", k_class, {"a class at your school", "pupils", "target"});
            add_entry(m_people, literals, "class " + name, k_class, {"a class at your school", "pupils", "target"});
        }
    const std::vector<std::string> own = words(owner);
    if (own.size() >= 2)
        for (std::string_view t : k_common_titles)
            add_entry(m_people, literals, std::string(t) + " " + own.back(), k_own_school_name,
                      {"your own name as pupils say it", "school"});
    m_people_set = std::make_unique<LiteralSet>(literals);
}

CommunityTerms::~CommunityTerms() = default;

bool CommunityTerms::from_roster(const WordEntry& entry) const {
    return !m_people.empty() && &entry >= m_people.data() && &entry < m_people.data() + m_people.size();
}

std::vector<ContextSignal> CommunityTerms::as_context(Facts& facts, std::size_t index, double at_least) const {
    constexpr double k_community_context = 0.1;
    const std::string_view text = facts.texts()[index].text;
    for (const ScoredTerm& t : find(facts, index))
        if (!t.other_sense && (from_roster(*t.entry) || t.confidence() >= at_least))
            return {{"about the school community: " + t.describe(text), k_community_context}};
    return {};
}

std::vector<ScoredTerm> CommunityTerms::find(Facts& facts, std::size_t index, const ScoreRules& rules) const {
    const std::string_view text = facts.texts()[index].text;
    std::vector<ScoredTerm> out = score_terms(text, facts.word_hits(index, m_terms), rules);
    if (!m_people_set->empty()) {
        const FoldedText folded = fold(text);
        for (const LiteralSet::Hit& h : m_people_set->scan(folded, 200)) {
            const auto [begin, end] = folded.original_range(h.fbegin, h.fend);
            ScoredTerm t{&m_people[h.id], begin, end, m_people[h.id].weight, {}};
            if (rules.school_context) t.signals = school_context(text, begin, end, rules.window);
            for (const ContextSignal& s : rules.text_signals) t.signals.push_back(s);
            out.push_back(std::move(t));
        }
    }
    // A roster name inside a longer one ("mrs clarke" and "mrs amanda clarke" never overlap, but
    // "amanda clarke" lies inside "mrs amanda clarke"): keep the longest.
    std::sort(out.begin(), out.end(), [](const ScoredTerm& a, const ScoredTerm& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<ScoredTerm> kept;
    for (ScoredTerm& t : out) {
        const bool inside = std::any_of(kept.begin(), kept.end(), [&](const ScoredTerm& k) {
            return k.begin <= t.begin && t.end <= k.end;
        });
        if (!inside) kept.push_back(std::move(t));
    }
    return kept;
}

} // namespace audit
