#include "audit/text/ascii_prefilter.hpp"
#include "audit/text/hs_scratch.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <limits>
#include <map>

namespace audit {

namespace {

bool is_word_byte(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A literal's words; empty when the literal cannot be in folded ASCII text (it has bytes that
// folding never makes of ASCII).
std::vector<std::string> words_of(std::string_view literal) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < literal.size()) {
        const auto end = std::min(literal.size(), literal.find(' ', pos));
        std::string word(literal.substr(pos, end - pos));
        if (!std::all_of(word.begin(), word.end(), is_word_byte)) return {};
        std::transform(word.begin(), word.end(), word.begin(), lower);
        if (!word.empty()) out.push_back(std::move(word));
        pos = end + 1;
    }
    return out;
}

// Whether text[at, at + word.size()) is `word`, caseless, as a whole run of letters and digits.
bool whole_word_at(std::string_view text, std::size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (lower(text[at + i]) != word[i]) return false;
    const std::size_t end = at + word.size();
    return (at == 0 || !is_word_byte(text[at - 1])) && (end == text.size() || !is_word_byte(text[end]));
}

// A literal, anchored on one of its words.
struct Literal {
    std::vector<std::string> words;
    std::size_t anchor = 0; // index of the anchor word
};

// Whether the literal's words sit around its anchor word found at text[begin, end).
bool literal_around(std::string_view text, std::size_t begin, std::size_t end, const Literal& literal) {
    std::size_t pos = end; // after the words matched so far
    for (std::size_t k = literal.anchor + 1; k < literal.words.size(); ++k) {
        std::size_t at = pos; // past the separators after `pos`
        while (at < text.size() && !is_word_byte(text[at])) ++at;
        if (at == pos || !whole_word_at(text, at, literal.words[k])) return false;
        pos = at + literal.words[k].size();
    }
    pos = begin; // before the words matched so far
    for (std::size_t k = literal.anchor; k-- > 0;) {
        std::size_t at = pos; // the separators before `pos`
        while (at > 0 && !is_word_byte(text[at - 1])) --at;
        const std::string& word = literal.words[k];
        if (at == pos || at < word.size() || !whole_word_at(text, at - word.size(), word)) return false;
        pos = at - word.size();
    }
    return true;
}

// One word searched for, and what finding it may mean.
struct Anchor {
    std::vector<Literal> literals; // anchored on this word, to be checked around it
    bool word_edge = false;        // counts at the start or end of a longer word
};

struct ScanContext {
    std::string_view text;
    const std::vector<Anchor>* anchors = nullptr;
    const std::vector<std::size_t>* lengths = nullptr; // by anchor id
    bool found = false;
};

bool anchor_holds(std::string_view text, std::size_t begin, std::size_t end, const Anchor& anchor) {
    const bool starts = begin == 0 || !is_word_byte(text[begin - 1]);
    const bool ends = end == text.size() || !is_word_byte(text[end]);
    if (anchor.word_edge && (starts || ends)) return true;
    if (!starts || !ends) return false; // inside a longer word
    return std::any_of(anchor.literals.begin(), anchor.literals.end(),
                       [&](const Literal& l) { return literal_around(text, begin, end, l); });
}

int on_match(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/,
             void* context) {
    auto& scan = *static_cast<ScanContext*>(context);
    const auto end = static_cast<std::size_t>(to);
    if (!anchor_holds(scan.text, end - (*scan.lengths)[id], end, (*scan.anchors)[id]))
        return 0; // keep looking
    scan.found = true;
    return 1; // one is enough
}

} // namespace

struct AsciiPrefilter::Impl {
    hs_database_t* db = nullptr;
    bool failed = false; // vectorscan refused: every text is passed on
    std::uint64_t serial = next_database_serial();
    std::vector<Anchor> anchors; // by id
    std::vector<std::size_t> lengths;
    ~Impl() {
        if (db) hs_free_database(db);
    }
};

AsciiPrefilter::AsciiPrefilter(const std::vector<const LiteralSet*>& sets, const std::vector<std::string>& word_edges)
    : m_impl(std::make_unique<Impl>()) {
    std::map<std::string, Anchor> by_word;
    for (const LiteralSet* set : sets)
        for (const std::string& text : set->literals()) {
            Literal literal{words_of(text), 0};
            if (literal.words.empty()) continue;
            for (std::size_t k = 1; k < literal.words.size(); ++k)
                if (literal.words[k].size() > literal.words[literal.anchor].size()) literal.anchor = k;
            const std::string word = literal.words[literal.anchor];
            by_word[word].literals.push_back(std::move(literal));
        }
    for (const std::string& edge : word_edges) {
        const std::vector<std::string> words = words_of(edge);
        if (words.size() == 1) by_word[words.front()].word_edge = true;
    }
    if (by_word.empty()) return; // nothing an ASCII text could hold
    std::vector<const char*> expressions;
    std::vector<unsigned> flags, ids;
    for (auto& [word, anchor] : by_word) {
        ids.push_back(static_cast<unsigned>(expressions.size()));
        expressions.push_back(word.c_str());
        m_impl->lengths.push_back(word.size());
        flags.push_back(HS_FLAG_CASELESS);
        m_impl->anchors.push_back(std::move(anchor));
    }
    hs_compile_error_t* error = nullptr;
    if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), m_impl->lengths.data(),
                             static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &m_impl->db, &error) != HS_SUCCESS) {
        hs_free_compile_error(error);
        m_impl->db = nullptr;
        m_impl->failed = true;
    }
}

AsciiPrefilter::~AsciiPrefilter() = default;

std::size_t AsciiPrefilter::anchor_count() const { return m_impl->anchors.size(); }

bool AsciiPrefilter::may_match(std::string_view text) const {
    if (m_impl->failed || text.size() > std::numeric_limits<unsigned>::max() || !folds_as_ascii(text)) return true;
    if (!m_impl->db) return false; // no literal has only ASCII letters and digits
    hs_scratch_t* scratch = scratch_for(m_impl->db, m_impl->serial);
    if (!scratch) return true;
    ScanContext context{text, &m_impl->anchors, &m_impl->lengths};
    hs_scan(m_impl->db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, &context);
    return context.found;
}

} // namespace audit
