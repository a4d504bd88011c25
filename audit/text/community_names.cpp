#include "audit/text/community_names.hpp"
#include <algorithm>
#include <array>

namespace audit {

namespace {

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

} // namespace

CommunityNames::CommunityNames(const SchoolProfile& profile, const std::vector<std::string>& owners) {
    ByLiteral seen;
    auto roster_names = [&](RosterKind kind, double weight, const char* label, const char* group) {
        const Roster* roster = profile.roster(kind);
        if (!roster) return;
        for (const Person& p : roster->people)
            for (std::string& v : name_variants(p.name, kind == RosterKind::colleagues))
                add(seen, std::move(v), weight, {label, group, "target"});
    };
    roster_names(RosterKind::colleagues, k_colleague, "a colleague on your staff roster", "colleagues");
    roster_names(RosterKind::parents, k_parent, "a parent on your parents' roster", "parents");
    roster_names(RosterKind::pupils, k_pupil, "a pupil on your pupils' roster", "pupils");
    if (const Roster* pupils = profile.roster(RosterKind::pupils))
        for (const Person& p : pupils->people) {
            const std::string name = fold_key(p.class_name);
            if (name.empty()) continue;
            add(seen, name + " class", k_class, {"a class at your school", "pupils", "target"});
            add(seen, "class " + name, k_class, {"a class at your school", "pupils", "target"});
        }
    for (const std::string& owner : owners) {
        const std::vector<std::string> own = words(owner);
        if (own.size() < 2) continue;
        for (std::string_view t : k_common_titles)
            add(seen, std::string(t) + " " + own.back(), k_own_school_name,
                {"your own name as pupils say it", "school"}, fold_key(owner));
    }
    std::vector<std::string> literals;
    literals.reserve(m_entries.size());
    for (const WordEntry& e : m_entries) literals.push_back(e.term);
    m_set = std::make_unique<LiteralSet>(literals);
}

CommunityNames::~CommunityNames() = default;

// The first entry of a literal wins (a colleague's "mrs ellis" over the account holder's own);
// an own school name two account holders share is kept once, for both.
void CommunityNames::add(ByLiteral& seen, std::string literal, double weight, std::vector<std::string> tags,
                         std::string owner) {
    if (literal.empty()) return;
    if (const auto same = seen.find(literal); same != seen.end()) {
        auto& owners = m_owners[same->second];
        if (!owners.empty() && !owner.empty()) owners.push_back(std::move(owner));
        return;
    }
    seen.emplace(literal, m_entries.size());
    WordEntry e;
    e.term = std::move(literal);
    e.weight = weight;
    e.tags = std::move(tags);
    m_entries.push_back(std::move(e));
    m_owners.emplace_back();
    if (!owner.empty()) m_owners.back().push_back(std::move(owner));
}

bool CommunityNames::for_owner(std::size_t index, std::string_view owner_key) const {
    const auto& owners = m_owners.at(index);
    return owners.empty() || std::find(owners.begin(), owners.end(), owner_key) != owners.end();
}

std::vector<CommunityNameHit> CommunityNames::find(const FoldedText& folded, std::size_t max_hits) const {
    std::vector<CommunityNameHit> out;
    if (m_entries.empty()) return out;
    for (const LiteralSet::Hit& h : m_set->scan(folded, max_hits)) {
        const auto [begin, end] = folded.original_range(h.fbegin, h.fend);
        out.push_back({h.id, begin, end});
    }
    return out;
}

} // namespace audit
