#include "audit/text/word_lists.hpp"
#include "audit/core/embedded.hpp"
#include <algorithm>
#include <charconv>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>

namespace audit {

extern const EmbeddedFile k_text_data[];
extern const std::size_t k_text_data_count;

namespace {

// Hits kept per list and text: hostile text full of terms cannot grow the lists without bound.
constexpr std::size_t k_max_list_hits = 2000;

// Tags that steer scoring rather than name a category.
constexpr std::string_view k_rule_tags[] = {"needs_context", "unrelated", "target", "vague_target",
                                            "explicit"};

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    while (true) {
        const auto at = s.find(sep);
        out.push_back(s.substr(0, at));
        if (at == std::string_view::npos) return out;
        s.remove_prefix(at + 1);
    }
}

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while ((pos = s.find_first_not_of(" \t", pos)) != std::string_view::npos) {
        const auto end = std::min(s.size(), s.find_first_of(" \t", pos));
        out.emplace_back(s.substr(pos, end - pos));
        pos = end;
    }
    return out;
}

std::optional<double> parse_weight(std::string_view s) {
    double value = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || ptr != s.data() + s.size() || value < -1 || value > 1) return std::nullopt;
    return value;
}

// "don't" is also written "dont": the term without its apostrophes, when it has any.
std::string without_apostrophes(std::string_view term) {
    std::string out;
    for (std::size_t i = 0; i < term.size(); ++i) {
        if (term[i] == '\'') continue;
        if (term.substr(i, 3) == "\xE2\x80\x99") { // U+2019 RIGHT SINGLE QUOTATION MARK
            i += 2;
            continue;
        }
        out += term[i];
    }
    return out;
}

} // namespace

bool WordEntry::has(std::string_view tag) const {
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

std::string_view WordEntry::value_of(std::string_view key) const {
    for (const std::string& t : tags)
        if (t.size() > key.size() && t.compare(0, key.size(), key) == 0 && t[key.size()] == '=')
            return std::string_view(t).substr(key.size() + 1);
    return {};
}

std::vector<std::string> WordEntry::values_of(std::string_view key) const {
    std::vector<std::string> out;
    for (std::string_view v : split(value_of(key), ',')) {
        std::string spaced(v);
        std::replace(spaced.begin(), spaced.end(), '_', ' ');
        if (std::string folded = fold_key(spaced); !folded.empty()) out.push_back(std::move(folded));
    }
    return out;
}

std::string_view WordEntry::category() const {
    for (const std::string& t : tags) {
        const bool rule = std::find(std::begin(k_rule_tags), std::end(k_rule_tags), t) !=
                          std::end(k_rule_tags);
        if (!rule && t.find('=') == std::string::npos) return t;
    }
    return {};
}

WordList::WordList(std::string name, std::string_view data) : m_name(std::move(name)) {
    std::size_t line_no = 0;
    for (std::string_view raw : split(data, '\n')) {
        ++line_no;
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        const auto fields = split(line, '|');
        auto problem = [&](std::string_view why) {
            m_problems.push_back(m_name + " line " + std::to_string(line_no) + ": " + std::string(why));
        };
        if (fields.size() < 2 || fields.size() > 3) {
            problem("expected TERM | WEIGHT | TAGS");
            continue;
        }
        WordEntry entry;
        entry.term = std::string(trim(fields[0]));
        entry.line = line_no;
        const auto weight = parse_weight(trim(fields[1]));
        if (!weight) {
            problem("weight must be a number from -1 to 1");
            continue;
        }
        entry.weight = *weight;
        if (fields.size() == 3) entry.tags = words_of(fields[2]);
        const std::string folded = fold_key(entry.term);
        if (folded.empty()) {
            problem("the term has no letters or digits");
            continue;
        }
        if ((entry.weight < 0) != entry.unrelated()) {
            problem("negative weights are for `unrelated` entries, and only they");
            continue;
        }
        const std::size_t index = m_entries.size();
        m_entries.push_back(std::move(entry));
        m_literals.push_back(folded);
        m_literal_entry.push_back(index);
        const std::string bare = fold_key(without_apostrophes(m_entries.back().term));
        if (bare != folded) {
            m_literals.push_back(bare);
            m_literal_entry.push_back(index);
        }
    }
    m_set = std::make_unique<LiteralSet>(m_literals);
}

WordList::~WordList() = default;

std::vector<WordHit> WordList::find(std::string_view text) const { return find(fold(text)); }

std::vector<WordHit> WordList::find(const FoldedText& folded) const {
    return hits_from(folded, m_set->scan(folded, k_max_list_hits));
}

std::vector<WordHit> WordList::hits_from(const FoldedText& folded,
                                         const std::vector<LiteralSet::Hit>& raw) const {
    std::vector<WordHit> hits;
    for (const LiteralSet::Hit& h : raw) {
        const auto [begin, end] = folded.original_range(h.fbegin, h.fend);
        hits.push_back({&m_entries[m_literal_entry[h.id]], begin, end});
    }
    // Ties broken by entry, so the order never depends on which set reported the hits.
    std::sort(hits.begin(), hits.end(), [](const WordHit& a, const WordHit& b) {
        if (a.begin != b.begin) return a.begin < b.begin;
        return a.end != b.end ? a.end > b.end : a.entry < b.entry;
    });
    // Sorted by start, longest first: a match ending no later than an earlier kept match lies
    // inside it.
    std::vector<WordHit> kept;
    std::size_t covered_to = 0;
    bool any = false;
    for (const WordHit& h : hits) {
        if (h.entry->unrelated()) {
            kept.push_back(h);
            continue;
        }
        if (any && h.end <= covered_to) continue;
        kept.push_back(h);
        covered_to = std::max(covered_to, h.end);
        any = true;
    }
    return kept;
}

const WordList& word_list(std::string_view file_name) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<WordList>, std::less<>> lists;
    const std::lock_guard<std::mutex> lock(mutex);
    if (auto it = lists.find(file_name); it != lists.end()) return *it->second;
    for (std::size_t i = 0; i < k_text_data_count; ++i) {
        if (k_text_data[i].name != file_name) continue;
        auto list = std::make_unique<WordList>(std::string(file_name), k_text_data[i].bytes);
        return *lists.emplace(std::string(file_name), std::move(list)).first->second;
    }
    throw std::out_of_range("no bundled word list named '" + std::string(file_name) + "'");
}

std::vector<std::string_view> bundled_word_lists() {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < k_text_data_count; ++i) out.push_back(k_text_data[i].name);
    return out;
}

namespace {

// Every bundled term list's literals in one set; each literal knows its list and its id there.
struct EveryList {
    struct Owner {
        std::size_t list = 0;    // index in lists
        std::size_t literal = 0; // id in that list's literals()
    };
    std::vector<const WordList*> lists;
    std::vector<Owner> owners; // by literal id in `set`
    std::unique_ptr<LiteralSet> set;

    EveryList() {
        std::vector<std::string> literals;
        for (std::string_view name : bundled_word_lists()) {
            if (name == "nicknames.txt") continue; // name forms, not terms (name_forms.cpp)
            const WordList& list = word_list(name);
            for (std::size_t j = 0; j < list.literals().size(); ++j) {
                literals.push_back(list.literals()[j]);
                owners.push_back({lists.size(), j});
            }
            lists.push_back(&list);
        }
        set = std::make_unique<LiteralSet>(literals);
    }
};

const EveryList& every_list() {
    static const EveryList every;
    return every;
}

} // namespace

std::vector<ListHits> find_in_every_list(const FoldedText& folded) {
    const EveryList& every = every_list();
    std::vector<std::vector<LiteralSet::Hit>> raw(every.lists.size());
    for (const LiteralSet::Hit& h : every.set->scan(folded, k_max_list_hits * every.lists.size())) {
        const EveryList::Owner& owner = every.owners[h.id];
        if (raw[owner.list].size() < k_max_list_hits) raw[owner.list].push_back({owner.literal, h.fbegin, h.fend});
    }
    std::vector<ListHits> out;
    for (std::size_t i = 0; i < raw.size(); ++i)
        if (!raw[i].empty()) out.push_back({every.lists[i], every.lists[i]->hits_from(folded, raw[i])});
    return out;
}

const LiteralSet& every_list_literals() { return *every_list().set; }

bool in_every_list(const WordList& list) {
    const auto& lists = every_list().lists;
    return std::find(lists.begin(), lists.end(), &list) != lists.end();
}

} // namespace audit
