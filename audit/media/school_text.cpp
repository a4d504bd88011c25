#include "audit/media/school_text.hpp"

#include "audit/text/normalise.hpp"
#include "audit/text/similarity.hpp"

#include <algorithm>
#include <array>
#include <sstream>

namespace audit {

namespace {

// Words every school name shares: they say nothing about which school a sign belongs to.
constexpr std::array<std::string_view, 24> k_generic = {
    "academy", "school", "primary", "secondary", "junior", "infant", "infants", "nursery",
    "high", "college", "grammar", "church", "england", "ce", "cofe", "rc", "catholic", "saint",
    "st", "of", "the", "and", "community", "free"};
// The distinctive word may be this far from what was read, per letter (Brackenfold: 1 edit).
constexpr double k_distinctive_edits_per_letter = 1.0 / 6.0;
// Only names this long are matched loosely: short aliases are matched exactly or not at all.
constexpr std::size_t k_fuzzy_min_letters = 8;

std::vector<std::string> words_of(std::string_view folded) {
    std::vector<std::string> words;
    std::istringstream in{std::string(folded)};
    for (std::string w; in >> w;) {
        words.push_back(w);
    }
    return words;
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t count,
                   std::string_view separator) {
    std::string out;
    for (std::size_t i = from; i < from + count && i < words.size(); ++i) {
        if (i > from) out += separator;
        out += words[i];
    }
    return out;
}

std::string squashed(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (c != ' ') out += c;
    }
    return out;
}

bool is_generic(std::string_view word) {
    return std::find(k_generic.begin(), k_generic.end(), word) != k_generic.end();
}

// The read words contain something as close to `word` as the rule allows (or two read words
// that together make it: OCR splits words).
bool distinctive_present(const std::vector<std::string>& read, std::size_t from, std::size_t count,
                         const std::string& word) {
    const auto allowed = static_cast<std::size_t>(static_cast<double>(word.size()) * k_distinctive_edits_per_letter);
    for (std::size_t i = from; i < from + count && i < read.size(); ++i) {
        if (osa_distance(read[i], word) <= allowed) return true;
        if (i + 1 < read.size() && osa_distance(read[i] + read[i + 1], word) <= allowed) return true;
    }
    return false;
}

} // namespace

double ocr_similarity(std::string_view read, std::string_view term);

namespace {

// The best similarity of any run of read words (one word fewer to one more than the name has)
// to the name.
double best_window(const std::vector<std::string>& read, const std::vector<std::string>& name) {
    double best = 0;
    const std::string target = joined(name, 0, name.size(), " ");
    const std::size_t n = name.size();
    for (std::size_t count = n > 1 ? n - 1 : 1; count <= n + 1; ++count) {
        for (std::size_t from = 0; from + count <= read.size(); ++from) {
            best = std::max(best, ocr_similarity(joined(read, from, count, " "), target));
        }
    }
    return best;
}

} // namespace

double ocr_similarity(std::string_view read, std::string_view term) {
    const std::string a = squashed(fold_key(read)), b = squashed(fold_key(term));
    if (a.empty() || b.empty()) {
        return 0;
    }
    const double longest = static_cast<double>(std::max(a.size(), b.size()));
    return 1.0 - static_cast<double>(osa_distance(a, b)) / longest;
}

OcrSchoolMatcher::OcrSchoolMatcher(const SchoolProfile& profile, double min_similarity)
    : m_exact(profile), m_min_similarity(min_similarity) {
    std::vector<std::string> names = {profile.name};
    names.insert(names.end(), profile.aliases.begin(), profile.aliases.end());
    for (const auto& name : names) {
        Term t{name, words_of(fold_key(name)), ""};
        for (const auto& w : t.words) {
            if (!is_generic(w) && w.size() > t.distinctive.size()) t.distinctive = w;
        }
        if (squashed(fold_key(name)).size() >= k_fuzzy_min_letters && t.distinctive.size() >= 4) {
            m_terms.push_back(std::move(t));
        }
    }
    for (const auto& other : profile.not_us) {
        m_not_us.push_back(words_of(fold_key(other)));
    }
}

std::vector<OcrSighting> OcrSchoolMatcher::find(std::string_view ocr_text) const {
    std::vector<OcrSighting> out;
    for (const auto& m : m_exact.find(ocr_text)) {
        if (m.kind == MentionKind::trust || m.kind == MentionKind::other_employer) continue;
        out.push_back({m.matched, std::string(ocr_text.substr(m.begin, m.end - m.begin)), 1.0, m.confidence});
    }
    if (!out.empty()) {
        return out;
    }
    // Line by line: a sign's name is on one line, and joining lines would invent neighbours.
    std::istringstream lines{std::string(ocr_text)};
    for (std::string line; std::getline(lines, line);) {
        const auto read = words_of(fold_key(line));
        for (const auto& term : m_terms) {
            OcrSighting best;
            const std::size_t n = term.words.size();
            for (std::size_t count = n > 1 ? n - 1 : 1; count <= n + 1; ++count) {
                for (std::size_t from = 0; from + count <= read.size(); ++from) {
                    const std::string window = joined(read, from, count, " ");
                    const double sim = ocr_similarity(window, joined(term.words, 0, n, " "));
                    if (sim > best.similarity && sim >= m_min_similarity &&
                        distinctive_present(read, from, count, term.distinctive)) {
                        best = {term.original, window, sim, 0};
                    }
                }
            }
            if (best.similarity == 0) continue;
            // Another school's name read just as well (or better) means it is that school's.
            bool theirs = false;
            for (const auto& other : m_not_us) {
                theirs = theirs || best_window(read, other) >= best.similarity;
            }
            if (theirs) continue;
            // Exact reads are the matcher's; a close read is a little less sure, more so when
            // many letters were wrong.
            best.confidence = 0.5 + 0.4 * std::max(0.0, best.similarity - k_ocr_min_similarity) / (1 - k_ocr_min_similarity);
            out.push_back(std::move(best));
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.similarity > b.similarity; });
    return out;
}

} // namespace audit
