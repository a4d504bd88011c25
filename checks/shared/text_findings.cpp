#include "checks/shared/text_findings.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace audit {

namespace {

constexpr double k_school_named = 0.2;
constexpr double k_per_other_term = 0.05;
constexpr std::size_t k_others_listed = 4;

} // namespace

std::string signal_text(const ContextSignal& signal) {
    if (std::abs(signal.weight) < 0.005) return signal.signal;
    char weight[16];
    std::snprintf(weight, sizeof weight, " (%+.2f)", signal.weight);
    return signal.signal + weight;
}

bool is_kind(std::string_view kind, std::initializer_list<std::string_view> kinds) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool is_written_and_published(std::string_view kind) {
    return is_kind(kind, {"post", "comment", "caption", "album", "event"});
}

std::vector<ContextSignal> school_named(Facts& facts, std::size_t index) {
    std::vector<ContextSignal> out;
    for (const Mention& m : facts.school_mentions(index)) {
        if (m.confidence < 0.5) continue;
        out.push_back({"names your school, trust or council: '" + m.matched + "'", k_school_named});
        break;
    }
    return out;
}

std::vector<ScoredTerm> reportable(std::vector<ScoredTerm> terms) {
    std::erase_if(terms, [](const ScoredTerm& t) { return t.confidence() < k_report_at; });
    std::stable_sort(terms.begin(), terms.end(), [](const ScoredTerm& a, const ScoredTerm& b) {
        return a.confidence() > b.confidence();
    });
    return terms;
}

DraftFinding finding_from_terms(Platform platform, const SourceRef& ref, std::string_view kind,
                                std::string_view text, const std::vector<ScoredTerm>& terms,
                                std::string media) {
    const ScoredTerm& best = terms.front();
    DraftFinding f;
    f.platform = platform;
    f.location = location_of(ref, std::move(media));
    f.evidence = excerpt(text, best.begin, best.end);
    f.signals.push_back("in a " + std::string(kind));
    f.signals.push_back(best.describe(text) + " (base " +
                        std::to_string(static_cast<int>(std::lround(best.base * 100))) + "%)");
    for (const ContextSignal& s : best.signals) f.signals.push_back(signal_text(s));
    std::string others;
    for (std::size_t i = 1; i < terms.size() && i <= k_others_listed; ++i)
        others += (i > 1 ? ", " : "") + terms[i].describe(text);
    if (!others.empty()) f.signals.push_back("more in the same text: " + others);
    const double extra = k_per_other_term * static_cast<double>(terms.size() - 1);
    f.confidence = std::clamp(best.confidence() + extra, 0.05, 0.99);
    f.weak = f.confidence < k_sure_at;
    f.identity = std::string(kind) + ":" + std::string(text);
    return f;
}

DraftFinding finding_from_terms(const TextItem& item, const std::vector<ScoredTerm>& terms) {
    return finding_from_terms(item.source->platform, *item.ref, item.kind, item.text, terms, std::string(item.media));
}

} // namespace audit
