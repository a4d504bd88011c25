// PeopleMatcher::find_in_text: roster people named in free text. A plain roster's names are
// found from one vectorscan pass (LiteralSet) over their family and given names, and index
// lookups around each; a hashed roster's by hashing every run of 1–4 folded words, split into a
// given and a family part, and looking the hash up. Both then pass
// the same rules: typo forms need capitals (people capitalise names; "elie" in lower case is
// more often a word), a family name alone needs capitals and school words nearby.
#include "audit/text/name_forms.hpp"
#include "audit/text/normalise.hpp"
#include "audit/text/people_index.hpp"
#include "audit/text/school_context.hpp"
#include "audit/text/similarity.hpp"
#include <utf8proc.h>
#include <algorithm>

namespace audit {

namespace {

constexpr double k_text_full_confidence = 0.9;
constexpr double k_text_nickname_confidence = 0.75;
constexpr double k_text_squashed_confidence = 0.75;
constexpr double k_text_typo_confidence = 0.55;
constexpr double k_title_family_confidence = 0.5;
constexpr double k_family_alone_confidence = 0.3;
// School words must add at least this much for a family name alone to count ("my class",
// "Year 4", "pupils"; "school" or "teacher" alone are not enough).
constexpr double k_min_family_context = 0.1;
constexpr std::size_t k_max_raw_hits = 10000;
constexpr std::size_t k_max_ngram = 4;

struct RawHit {
    std::size_t fbegin = 0, fend = 0; // folded range
    FormEntry entry;
};

struct Word {
    std::size_t begin = 0, end = 0; // folded range
};

std::vector<Word> words_of(const FoldedText& folded) {
    std::vector<Word> words;
    const std::string& t = folded.text;
    // Words are separated by single spaces and the text is padded with them: at most one word
    // per space. Reserving once keeps a 60-word post from growing the vector seven times.
    words.reserve(static_cast<std::size_t>(std::count(t.begin(), t.end(), ' ')));
    for (std::size_t i = 0; i < t.size();) {
        if (t[i] == ' ') {
            ++i;
            continue;
        }
        const std::size_t end = std::min(t.size(), t.find(' ', i));
        words.push_back({i, end});
        i = end;
    }
    return words;
}

bool has_digit(std::string_view word) {
    return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Every run of 1–4 words, each split into a given part (1–3 words) and a family part (1–2).
std::vector<RawHit> hashed_hits(const PeopleMatcher::Index& index, const FoldedText& folded,
                                const std::vector<Word>& words) {
    std::vector<RawHit> out;
    auto text = [&](std::size_t i) {
        return std::string_view(folded.text).substr(words[i].begin, words[i].end - words[i].begin);
    };
    for (std::size_t i = 0; i < words.size() && out.size() < k_max_raw_hits; ++i) {
        for (std::size_t n = 1; n <= k_max_ngram && i + n <= words.size(); ++n) {
            if (has_digit(text(i + n - 1))) break;
            const std::size_t fbegin = words[i].begin, fend = words[i + n - 1].end;
            std::vector<std::string> keys;
            if (n == 1) keys.emplace_back(text(i));
            for (std::size_t g = 1; g < n && g <= 3; ++g) {
                if (n - g > 2) continue;
                std::string key;
                for (std::size_t k = i; k < i + g; ++k) key += text(k);
                key += ' ';
                for (std::size_t k = i + g; k < i + n; ++k) key += text(k);
                keys.push_back(std::move(key));
            }
            for (const std::string& key : keys)
                for (FormEntry e : index.find(key)) out.push_back({fbegin, fend, e});
        }
    }
    return out;
}

std::string_view word_text(const FoldedText& folded, const Word& w) {
    return std::string_view(folded.text).substr(w.begin, w.end - w.begin);
}

// The index of the word starting at folded offset `begin`, or words.size().
std::size_t word_at(const std::vector<Word>& words, std::size_t begin) {
    auto at = std::lower_bound(words.begin(), words.end(), begin,
                               [](const Word& w, std::size_t b) { return w.begin < b; });
    return at != words.end() && at->begin == begin ? static_cast<std::size_t>(at - words.begin()) : words.size();
}

std::string squashed_range(const FoldedText& folded, std::size_t fbegin, std::size_t fend) {
    std::string out;
    for (std::size_t i = fbegin; i < fend; ++i)
        if (folded.text[i] != ' ') out += folded.text[i];
    return out;
}

// Around a family name: the 1–3 words before it with the family name are looked up (full name,
// nickname, title, one-letter-less forms), the family name alone is a candidate, and the word
// just before it may be a given name one typo off.
void around_family(const PeopleMatcher::Index& index, const FoldedText& folded,
                   const std::vector<Word>& words, const LiteralSet::Hit& hit,
                   std::vector<RawHit>& out) {
    for (std::uint32_t person : index.family_anchor[hit.id])
        out.push_back({hit.fbegin, hit.fend, {person, NameForm::family}});
    const std::size_t first = word_at(words, hit.fbegin);
    if (first == words.size() || first == 0) return;
    const std::string family = squashed_range(folded, hit.fbegin, hit.fend);
    std::string given;
    for (std::size_t g = 1; g <= 3 && g <= first; ++g) {
        given.insert(0, word_text(folded, words[first - g]));
        for (FormEntry e : index.find(given + " " + family))
            out.push_back({words[first - g].begin, hit.fend, e});
    }
    const std::string_view before = word_text(folded, words[first - 1]);
    for (std::uint32_t person : index.family_anchor[hit.id])
        for (const std::string& g : index.givens[person])
            if (is_typo_of(before, g)) {
                out.push_back({words[first - 1].begin, hit.fend, {person, NameForm::typo_given}});
                break;
            }
}

// After a given name: the next word may be the family name one typo off.
void after_given(const PeopleMatcher::Index& index, const FoldedText& folded,
                 const std::vector<Word>& words, const LiteralSet::Hit& hit,
                 std::vector<RawHit>& out) {
    const std::size_t next = word_at(words, hit.fend + 1);
    if (next == words.size()) return;
    const std::string_view written = word_text(folded, words[next]);
    for (std::uint32_t person : index.given_anchor[hit.id])
        if (is_typo_of(written, index.families[person]))
            out.push_back({hit.fbegin, words[next].end, {person, NameForm::typo_family}});
}

// Plain rosters: one LiteralSet pass finds the anchors; single words are looked up for the
// squashed forms ("#EllieMason").
std::vector<RawHit> plain_hits(const PeopleMatcher::Index& index, const FoldedText& folded,
                               const std::vector<Word>& words) {
    std::vector<RawHit> out;
    for (const LiteralSet::Hit& hit : index.literals->scan(folded, k_max_raw_hits)) {
        around_family(index, folded, words, hit, out);
        after_given(index, folded, words, hit, out);
    }
    for (const Word& w : words) {
        const std::string_view word = word_text(folded, w);
        if (!index.may_be_squashed(word)) continue;
        for (FormEntry e : index.find(word))
            if (e.form == NameForm::squashed) out.push_back({w.begin, w.end, e});
    }
    return out;
}

bool starts_upper(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    utf8proc_int32_t cp = -1;
    utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                     static_cast<utf8proc_ssize_t>(text.size() - at), &cp);
    const auto category = cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category(cp);
    return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

// Every word of the folded range begins with a capital in the original ("Ellie Mason",
// "ELLIE", "O'Brien").
bool capitalised(const FoldedText& folded, std::string_view text, std::size_t fbegin, std::size_t fend) {
    for (std::size_t i = fbegin; i < fend; ++i) {
        if (folded.text[i] == ' ' || (i > fbegin && folded.text[i - 1] != ' ')) continue;
        if (!starts_upper(text, folded.origin[i])) return false;
    }
    return true;
}

void add_context(NameHit& hit, const std::vector<ContextSignal>& context) {
    for (const ContextSignal& c : context) hit.signals.push_back(c.signal);
}

double weight_of(const std::vector<ContextSignal>& context) {
    double total = 0;
    for (const ContextSignal& c : context) total += c.weight;
    return total;
}

// The rules every raw hit passes, plain or hashed alike.
std::optional<NameHit> accept(const PeopleMatcher::Index& index, const FoldedText& folded,
                              std::string_view text, const RawHit& raw, TextOptions options) {
    NameHit hit;
    hit.person = index.person(raw.entry.person);
    hit.form = raw.entry.form;
    std::tie(hit.begin, hit.end) = folded.original_range(raw.fbegin, raw.fend);
    switch (raw.entry.form) {
    case NameForm::full:
        hit.confidence = k_text_full_confidence;
        hit.signals.push_back("a roster name in the text");
        return hit;
    case NameForm::nickname:
        hit.confidence = k_text_nickname_confidence;
        hit.signals.push_back("a roster name by a common short form of the given name (nickname)");
        return hit;
    case NameForm::squashed:
        hit.confidence = k_text_squashed_confidence;
        hit.signals.push_back("a roster name written as one word (hashtag or user name)");
        return hit;
    case NameForm::typo_given:
    case NameForm::typo_family:
        if (!options.for_masking && !capitalised(folded, text, raw.fbegin, raw.fend)) return std::nullopt;
        hit.confidence = k_text_typo_confidence;
        hit.signals.push_back("one letter off a roster name (likely a typo): lower confidence");
        return hit;
    case NameForm::title_family: {
        const auto context = school_context(text, hit.begin, hit.end);
        hit.confidence = with_context(k_title_family_confidence, context);
        hit.weak = context.empty();
        hit.signals.push_back("title and family name of someone on the roster");
        add_context(hit, context);
        return hit;
    }
    case NameForm::family: {
        if (!capitalised(folded, text, raw.fbegin, raw.fend)) return std::nullopt;
        const auto context = school_context(text, hit.begin, hit.end);
        if (weight_of(context) < k_min_family_context) return std::nullopt;
        hit.confidence = with_context(k_family_alone_confidence, context);
        hit.weak = true;
        hit.signals.push_back("a roster family name alone, with school words nearby (weak)");
        add_context(hit, context);
        return hit;
    }
    default: return std::nullopt; // initials and "elliem" are for connection lists only
    }
}

// Longest first: a hit inside a longer one (a family name inside a full name, the same span
// for a weaker form) is dropped; hits that only overlap are both kept.
std::vector<NameHit> without_nested(std::vector<NameHit> hits) {
    std::stable_sort(hits.begin(), hits.end(), [](const NameHit& a, const NameHit& b) {
        const auto la = a.end - a.begin, lb = b.end - b.begin;
        return la != lb ? la > lb : a.confidence > b.confidence;
    });
    std::vector<NameHit> kept;
    for (NameHit& h : hits) {
        const bool nested = std::any_of(kept.begin(), kept.end(), [&](const NameHit& k) {
            return k.begin <= h.begin && h.end <= k.end;
        });
        if (!nested) kept.push_back(std::move(h));
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const NameHit& a, const NameHit& b) { return a.begin < b.begin; });
    return kept;
}

} // namespace

std::vector<NameHit> PeopleMatcher::find_in_text(std::string_view text, TextOptions options) const {
    if (text.empty() || m_index->people.empty()) return {};
    return find_in_text(text, fold(text), options);
}

std::vector<NameHit> PeopleMatcher::find_in_text(std::string_view text, const FoldedText& folded,
                                                 TextOptions options) const {
    if (text.empty() || m_index->people.empty()) return {};
    const std::vector<Word> words = words_of(folded);
    std::vector<RawHit> raw;
    if (m_hashed) {
        raw = hashed_hits(*m_index, folded, words);
    } else {
        raw = plain_hits(*m_index, folded, words);
    }
    std::vector<NameHit> hits;
    for (const RawHit& r : raw)
        if (auto hit = accept(*m_index, folded, text, r, options)) hits.push_back(std::move(*hit));
    return without_nested(std::move(hits));
}

} // namespace audit
