#include "audit/text/people_matcher.hpp"
#include "audit/text/name_forms.hpp"
#include "audit/text/normalise.hpp"
#include "audit/text/people_index.hpp"
#include "audit/text/similarity.hpp"
#include <algorithm>
#include <cstring>
#include <map>

namespace audit {

namespace {

constexpr double k_full_name_confidence = 0.9;
constexpr double k_middle_names_ignored_confidence = 0.85;
constexpr double k_nickname_confidence = 0.75;
constexpr double k_typo_confidence = 0.55;
constexpr double k_length_penalty = 0.05; // the written name had words the form has not
constexpr double k_title_family_confidence = 0.5;
constexpr double k_initial_and_family_confidence = 0.5;
constexpr double k_given_and_family_initial_confidence = 0.45;
constexpr double k_username_full_confidence = 0.75;
constexpr double k_username_initial_confidence = 0.45;
// A squashed given+family shorter than this ("alli") turns up inside too many other words to be
// trusted anywhere but as the whole user name.
constexpr std::size_t k_min_contained_length = 7;
// Longer user names are cut: the substrings tried grow with the square of the length.
constexpr std::size_t k_max_username_letters = 64;

std::string display_signal(NameForm form, bool exact_length) {
    switch (form) {
    case NameForm::full:
        return exact_length ? "display name matches roster name"
                            : "display name matches roster name, middle names ignored";
    case NameForm::nickname:
        return "display name matches a roster name by a common short form of the given name "
               "(e.g. Ellie for Eleanor)";
    case NameForm::typo_given:
    case NameForm::typo_family:
        return "display name is one letter off a roster name (likely a typo): lower confidence";
    case NameForm::title_family: return "title and family name match a roster name (weak)";
    case NameForm::initial_family: return "initial and family name match a roster name (weak)";
    case NameForm::given_initial: return "given name and family initial match a roster name (weak)";
    default: return "display name matches a roster name";
    }
}

void keep_best(std::optional<PersonMatch>& best, const PeopleMatcher::Index& index, FormEntry e,
               double confidence, std::string signal) {
    if (confidence > 0 && (!best || confidence > best->confidence))
        best = PersonMatch{index.person(e.person), confidence, {std::move(signal)}, e.form};
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (auto i = from; i < to; ++i) out += words[i];
    return out;
}

// Exact forms of every split of the words into a given part (1–3 words) and a family part
// (1–2 words), middle words ignored.
void match_splits(const PeopleMatcher::Index& index, const std::vector<std::string>& words,
                  std::optional<PersonMatch>& best) {
    const std::size_t n = words.size();
    for (std::size_t g = 1; g <= std::min<std::size_t>(3, n - 1); ++g) {
        for (std::size_t f = 1; f <= 2 && g + f <= n; ++f) {
            const bool exact_length = g + f == n;
            for (FormEntry e : index.find(joined(words, 0, g) + " " + joined(words, n - f, n))) {
                const bool initials = e.form == NameForm::initial_family || e.form == NameForm::given_initial;
                if (initials && n != 2) continue;
                if (!initials && e.form != NameForm::full && e.form != NameForm::nickname &&
                    e.form != NameForm::typo_given && e.form != NameForm::typo_family)
                    continue;
                keep_best(best, index, e, form_confidence(e.form, exact_length),
                          display_signal(e.form, exact_length));
            }
        }
    }
}

bool plain_typo(const PeopleMatcher::Index& index, std::uint32_t person, std::string_view written,
                bool given_side) {
    if (!given_side) return is_typo_of(written, index.families[person]);
    const auto& givens = index.givens[person];
    return std::any_of(givens.begin(), givens.end(), [&](const std::string& g) { return is_typo_of(written, g); });
}

// One typo the roster's own one-typo forms cannot see: a letter added, changed or swapped. The
// written word with one letter left out is looked up: it is the roster word (a letter added) or
// the roster word's own one-letter-less form (changed or swapped). Hashed rosters can do this
// too, so both find the same typos (similarity.hpp: distance <= 1, roster words of 5+ letters).
void match_typos(const PeopleMatcher::Index& index, const std::vector<std::string>& words,
                 std::optional<PersonMatch>& best) {
    const std::string& first = words.front();
    const std::string& last = words.back();
    const bool exact_length = words.size() == 2;
    auto try_variants = [&](const std::string& word, bool given_side) {
        const NameForm own_typo = given_side ? NameForm::typo_given : NameForm::typo_family;
        // A letter added to a roster word of 5+ letters leaves a word of 6+.
        const bool added_letter_ok = code_point_count(word) > k_typo_min_length;
        for (const std::string& v : one_deletion_variants(word)) {
            const std::string key = given_side ? v + " " + last : first + " " + v;
            for (FormEntry e : index.find(key)) {
                if (e.form != own_typo && !(e.form == NameForm::full && added_letter_ok)) continue;
                // A plain roster knows its words: keep to the measured rule (distance <= 1),
                // which one-letter-less forms on both sides slightly exceed (docs/hashed-rosters.md).
                if (index.salt.empty() && !plain_typo(index, e.person, word, given_side)) continue;
                keep_best(best, index, FormEntry{e.person, own_typo}, form_confidence(own_typo, exact_length),
                          display_signal(own_typo, exact_length));
            }
        }
    };
    try_variants(first, true);
    try_variants(last, false);
}

} // namespace

double form_confidence(NameForm form, bool exact_length) {
    const double penalty = exact_length ? 0 : k_length_penalty;
    switch (form) {
    case NameForm::full: return exact_length ? k_full_name_confidence : k_middle_names_ignored_confidence;
    case NameForm::nickname: return k_nickname_confidence - penalty;
    case NameForm::typo_given:
    case NameForm::typo_family: return k_typo_confidence - penalty;
    case NameForm::title_family: return k_title_family_confidence;
    case NameForm::initial_family: return k_initial_and_family_confidence;
    case NameForm::given_initial: return k_given_and_family_initial_confidence;
    case NameForm::squashed: return k_username_full_confidence;
    case NameForm::squashed_initial: return k_username_initial_confidence;
    case NameForm::family: return 0;
    }
    return 0;
}

std::size_t PeopleMatcher::Index::DigestHash::operator()(const NameDigest& d) const {
    std::size_t h = 0;
    std::memcpy(&h, d.data(), sizeof h); // already uniformly random
    return h;
}

PeopleMatcher::Index::Index(const Roster& roster) : salt(roster.salt) {
    std::map<std::string, std::size_t> literal_ids;
    std::vector<std::string> literal_texts;
    auto anchor = [&](const std::string& text, bool family, std::uint32_t person) {
        auto [it, added] = literal_ids.try_emplace(text, literal_texts.size());
        if (added) {
            literal_texts.push_back(text);
            family_anchor.emplace_back();
            given_anchor.emplace_back();
        }
        auto& list = (family ? family_anchor : given_anchor)[it->second];
        if (list.empty() || list.back() != person) list.push_back(person);
    };
    for (const Person& p : roster.people) {
        const auto id = static_cast<std::uint32_t>(people.size());
        people.push_back(&p);
        if (roster.hashed()) {
            for (const HashedName& h : p.hashed_names) m_hashed[h.digest].push_back({id, h.form});
            continue;
        }
        for (NameKey& k : name_forms(p.name, roster.kind)) m_plain[k.key].push_back({id, k.form});
        givens.emplace_back();
        families.emplace_back();
        if (const auto anchors = name_anchors(p.name)) {
            families.back() = anchors->family;
            anchor(anchors->family_text, true, id);
            for (const auto& [text, squashed] : anchors->givens) {
                givens.back().push_back(squashed);
                anchor(text, false, id);
            }
        }
    }
    if (!roster.hashed()) literals = std::make_unique<LiteralSet>(literal_texts);
    index_squashed_forms();
}

void PeopleMatcher::Index::index_squashed_forms() {
    for (const auto& [key, entries] : m_plain) {
        const bool squashed = std::any_of(entries.begin(), entries.end(),
                                          [](const FormEntry& e) { return e.form == NameForm::squashed; });
        if (!squashed || key.size() < 2) continue;
        m_squashed_min = std::min(m_squashed_min, key.size());
        m_squashed_max = std::max(m_squashed_max, key.size());
        m_squashed_starts[two_letters(key)] = true;
    }
}

std::span<const FormEntry> PeopleMatcher::Index::find(std::string_view key) const {
    if (salt.empty()) {
        const auto it = m_plain.find(key);
        return it == m_plain.end() ? std::span<const FormEntry>{} : std::span<const FormEntry>(it->second);
    }
    const auto it = m_hashed.find(hash_name_form(salt, key));
    return it == m_hashed.end() ? std::span<const FormEntry>{} : std::span<const FormEntry>(it->second);
}

PeopleMatcher::PeopleMatcher(const Roster& roster)
    : m_kind(roster.kind), m_hashed(roster.hashed()), m_index(std::make_unique<Index>(roster)) {}

PeopleMatcher::~PeopleMatcher() = default;

const LiteralSet* PeopleMatcher::anchor_literals() const { return m_hashed ? nullptr : m_index->literals.get(); }

std::vector<std::string> PeopleMatcher::squashed_families() const { return m_index->families; }

std::unique_ptr<AsciiPrefilter> prefilter_for(const std::vector<const PeopleMatcher*>& matchers,
                                              std::vector<const LiteralSet*> more) {
    std::vector<std::string> squashed;
    for (const PeopleMatcher* matcher : matchers) {
        const LiteralSet* anchors = matcher->anchor_literals();
        if (!anchors) return nullptr;
        more.push_back(anchors);
        for (std::string& family : matcher->squashed_families()) squashed.push_back(std::move(family));
    }
    return std::make_unique<AsciiPrefilter>(more, squashed);
}

std::optional<PersonMatch> PeopleMatcher::match_name(std::string_view display_name) const {
    auto words = squashed_words(display_name);
    std::optional<PersonMatch> best;
    if (words.size() == 2 && is_title(words.front())) { // "Mrs Clarke"
        for (FormEntry e : m_index->find(words[0] + " " + words[1]))
            if (e.form == NameForm::title_family)
                keep_best(best, *m_index, e, form_confidence(e.form, true), display_signal(e.form, true));
        return best;
    }
    while (words.size() > 2 && is_title(words.front())) words.erase(words.begin());
    if (words.size() < 2) return std::nullopt; // a first name alone never identifies anyone
    match_splits(*m_index, words, best);
    if (!best || best->confidence < k_typo_confidence) match_typos(*m_index, words, best);
    return best;
}

std::optional<PersonMatch> PeopleMatcher::match_username(std::string_view username) const {
    // "ellie.m_2014" → letters "elliem", with digits; "Ellie_Mason09" → "elliemason".
    std::string letters;
    bool has_digits = false;
    for (const char c : fold_key(username)) {
        if (c >= '0' && c <= '9') has_digits = true;
        else if (c != ' ') letters.push_back(c);
    }
    if (letters.empty()) return std::nullopt;
    letters.resize(std::min(letters.size(), k_max_username_letters));
    std::optional<PersonMatch> best;
    for (FormEntry e : m_index->find(letters)) {
        if (e.form == NameForm::squashed)
            keep_best(best, *m_index, e, k_username_full_confidence,
                      "user name contains a roster name's given and family names");
        else if (e.form == NameForm::squashed_initial && has_digits)
            keep_best(best, *m_index, e, k_username_initial_confidence,
                      "user name is a roster given name, family initial and digits (weak)");
    }
    for (std::size_t len = letters.size() - 1; len >= k_min_contained_length && !best; --len)
        for (std::size_t at = 0; at + len <= letters.size(); ++at)
            for (FormEntry e : m_index->find(std::string_view(letters).substr(at, len)))
                if (e.form == NameForm::squashed)
                    keep_best(best, *m_index, e, k_username_full_confidence,
                              "user name contains a roster name's given and family names");
    return best;
}

} // namespace audit
