#include "audit/text/name_forms.hpp"
#include "audit/core/embedded.hpp"
#include "audit/text/normalise.hpp"
#include "audit/text/similarity.hpp"
#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace audit {

extern const EmbeddedFile k_text_data[];
extern const std::size_t k_text_data_count;

namespace {

constexpr std::array<std::string_view, 10> k_titles = {"mr", "mrs", "ms",   "miss", "mx",
                                                       "dr", "prof", "rev", "sir",  "dame"};
// Titles a woman on a roster as "Mrs" is also called by (and one with none, by any).
constexpr std::array<std::string_view, 3> k_womens_titles = {"mrs", "ms", "miss"};
constexpr std::array<std::string_view, 5> k_any_title = {"mr", "mrs", "ms", "miss", "dr"};
constexpr std::size_t k_min_family_alone = 3;

std::string squashed(std::string_view folded) {
    std::string out;
    std::copy_if(folded.begin(), folded.end(), std::back_inserter(out), [](char c) { return c != ' '; });
    return out;
}

std::string_view trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

using NicknameTable = std::map<std::string, std::vector<std::string>, std::less<>>;

// Every name in a group gets the group's other names; a name in several groups gets them all.
NicknameTable parse_nicknames(std::string_view data) {
    std::map<std::string, std::set<std::string>, std::less<>> table;
    while (!data.empty()) {
        const auto nl = data.find('\n');
        std::string_view line = data.substr(0, nl);
        data = nl == std::string_view::npos ? std::string_view{} : data.substr(nl + 1);
        line = trim(line);
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> group;
        while (!line.empty()) {
            const auto comma = line.find(',');
            auto name = squashed(fold_key(trim(line.substr(0, comma))));
            if (!name.empty()) group.push_back(std::move(name));
            line = comma == std::string_view::npos ? std::string_view{} : line.substr(comma + 1);
        }
        for (const std::string& a : group)
            for (const std::string& b : group)
                if (a != b) table[a].insert(b);
    }
    NicknameTable out;
    for (auto& [name, forms] : table) out[name] = {forms.begin(), forms.end()};
    return out;
}

const NicknameTable& nickname_table() {
    static const NicknameTable table = [] {
        for (std::size_t i = 0; i < k_text_data_count; ++i)
            if (k_text_data[i].name == "nicknames.txt") return parse_nicknames(k_text_data[i].bytes);
        return NicknameTable{};
    }();
    return table;
}

// "Mason, Ellie" is the same person as "Ellie Mason".
std::string given_name_first(std::string_view name) {
    const auto comma = name.find(',');
    if (comma == std::string_view::npos) return std::string(name);
    return std::string(name.substr(comma + 1)) + " " + std::string(name.substr(0, comma));
}

// One roster name split into what the forms are made of. `spaced` keeps each word as free text
// folds it ("ellie may"); `squashed` is the same word without spaces ("elliemay").
struct NameParts {
    std::vector<std::string> spaced, squashed;
    std::string title; // "mrs", or "" when the roster gives none
};

NameParts parts_of(std::string_view roster_name) {
    NameParts parts;
    const std::string ordered = given_name_first(roster_name);
    std::string_view rest = ordered;
    while (!rest.empty()) {
        const auto start = rest.find_first_not_of(" \t\r\n");
        if (start == std::string_view::npos) break;
        const auto end = std::min(rest.size(), rest.find_first_of(" \t\r\n", start));
        std::string spaced = fold_key(rest.substr(start, end - start));
        rest = rest.substr(end);
        if (spaced.empty()) continue;
        parts.squashed.push_back(squashed(spaced));
        parts.spaced.push_back(std::move(spaced));
    }
    // Titles ("Mrs Amanda Clarke") are set aside while a given and a family name remain.
    while (parts.squashed.size() > 2 && is_title(parts.squashed.front())) {
        if (parts.title.empty()) parts.title = parts.squashed.front();
        parts.squashed.erase(parts.squashed.begin());
        parts.spaced.erase(parts.spaced.begin());
    }
    return parts;
}

std::string first_code_point(std::string_view word) {
    std::size_t n = 1;
    while (n < word.size() && (static_cast<unsigned char>(word[n]) & 0xC0) == 0x80) ++n;
    return std::string(word.substr(0, n));
}

std::vector<std::string_view> titles_for(const NameParts& parts, RosterKind kind) {
    if (parts.title.empty()) {
        if (kind != RosterKind::colleagues) return {};
        return {k_any_title.begin(), k_any_title.end()};
    }
    if (std::find(k_womens_titles.begin(), k_womens_titles.end(), parts.title) != k_womens_titles.end())
        return {k_womens_titles.begin(), k_womens_titles.end()};
    return {std::string_view(parts.title)};
}

class FormList {
public:
    void add(std::string key, NameForm form, std::string literal = {}) {
        if (key.empty() || !m_seen.insert(key).second) return;
        m_out.push_back(NameKey{std::move(key), form, std::move(literal)});
    }
    std::vector<NameKey> take() { return std::move(m_out); }

private:
    std::set<std::string> m_seen;
    std::vector<NameKey> m_out;
};

// The one-typo forms: one letter of one word left out. Only plain words (no hyphen parts):
// their text literal is then the key itself.
void add_typo_forms(FormList& out, const NameParts& p) {
    const std::string& given = p.squashed.front();
    const std::string& family = p.squashed.back();
    if (p.spaced.front() == given)
        for (const std::string& v : one_deletion_variants(given))
            out.add(v + " " + family, NameForm::typo_given, v + " " + p.spaced.back());
    if (p.spaced.back() == family)
        for (const std::string& v : one_deletion_variants(family))
            out.add(given + " " + v, NameForm::typo_family, p.spaced.front() + " " + v);
}

} // namespace

std::vector<std::string> squashed_words(std::string_view text) {
    std::vector<std::string> words;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto start = text.find_first_not_of(" \t\r\n", pos);
        if (start == std::string_view::npos) break;
        const auto end = std::min(text.size(), text.find_first_of(" \t\r\n", start));
        auto word = squashed(fold_key(text.substr(start, end - start)));
        if (!word.empty()) words.push_back(std::move(word));
        pos = end;
    }
    return words;
}

bool is_title(std::string_view folded_word) {
    return std::find(k_titles.begin(), k_titles.end(), folded_word) != k_titles.end();
}

const std::vector<std::string>& nicknames_of(std::string_view folded_given) {
    static const std::vector<std::string> none;
    const auto& table = nickname_table();
    const auto it = table.find(folded_given);
    return it == table.end() ? none : it->second;
}

std::size_t code_point_count(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::vector<std::string> one_deletion_variants(std::string_view word) {
    std::vector<std::size_t> starts; // byte offset of each code point
    for (std::size_t i = 0; i < word.size(); ++i)
        if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) starts.push_back(i);
    std::vector<std::string> out;
    if (starts.size() < k_typo_min_length) return out;
    starts.push_back(word.size());
    for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
        std::string v = std::string(word.substr(0, starts[i])) + std::string(word.substr(starts[i + 1]));
        if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
    }
    return out;
}

std::optional<NameAnchors> name_anchors(std::string_view roster_name) {
    const NameParts p = parts_of(roster_name);
    if (p.squashed.size() < 2) return std::nullopt;
    NameAnchors out{p.spaced.back(), p.squashed.back(), {{p.spaced.front(), p.squashed.front()}}};
    // "Ellie-May" also goes by "Ellie".
    if (const auto space = p.spaced.front().find(' '); space != std::string::npos)
        out.givens.emplace_back(p.spaced.front().substr(0, space), p.spaced.front().substr(0, space));
    return out;
}

std::vector<NameKey> name_forms(std::string_view roster_name, RosterKind kind) {
    const NameParts p = parts_of(roster_name);
    const auto anchors = name_anchors(roster_name);
    if (!anchors) return {};
    const std::string& given = p.squashed.front();
    const std::string& family = anchors->family;
    const std::string& family_text = anchors->family_text;
    // The given name as written ("elliemay"), and its first part alone ("ellie" of "Ellie-May"):
    // (squashed, text) pairs.
    std::vector<std::pair<std::string, std::string>> givens;
    for (const auto& [text, squashed_given] : anchors->givens) givens.emplace_back(squashed_given, text);

    FormList out;
    out.add(given + " " + family, NameForm::full, p.spaced.front() + " " + family_text);
    if (p.squashed.size() > 2) { // with the middle names: "ellierose mason"
        std::string all_given, all_text;
        for (std::size_t i = 0; i + 1 < p.squashed.size(); ++i) {
            all_given += p.squashed[i];
            all_text += p.spaced[i] + " ";
        }
        out.add(all_given + " " + family, NameForm::full, all_text + family_text);
    }
    for (const auto& [g, text] : givens) out.add(g + " " + family, NameForm::full, text + " " + family_text);
    for (const auto& [g, text] : givens)
        for (const std::string& nick : nicknames_of(g))
            out.add(nick + " " + family, NameForm::nickname, nick + " " + family_text);
    add_typo_forms(out, p);
    for (const auto& [g, text] : givens) {
        out.add(g + family, NameForm::squashed, g + family);
        out.add(family + g, NameForm::squashed, family + g);
    }
    for (std::string_view title : titles_for(p, kind))
        out.add(std::string(title) + " " + family, NameForm::title_family,
                std::string(title) + " " + family_text);
    // A family name alone only when it is long enough to be more than a syllable ("Li").
    if (family.size() >= k_min_family_alone) out.add(family, NameForm::family, family_text);
    out.add(first_code_point(given) + " " + family, NameForm::initial_family);
    for (const auto& [g, text] : givens) {
        out.add(g + " " + first_code_point(family), NameForm::given_initial);
        out.add(g + first_code_point(family), NameForm::squashed_initial);
    }
    return out.take();
}

std::vector<PersonForms> forms_for_hashing(const Roster& plain, bool full_names_only) {
    std::vector<PersonForms> out;
    for (const Person& p : plain.people) {
        PersonForms person{{}, p.year_group, p.birth_year, p.class_name};
        for (NameKey& k : name_forms(p.name, plain.kind))
            if (!full_names_only || !is_partial_form(k.form)) person.forms.emplace_back(std::move(k.key), k.form);
        if (!person.forms.empty()) out.push_back(std::move(person)); // one word: anyone's name
    }
    return out;
}

} // namespace audit
