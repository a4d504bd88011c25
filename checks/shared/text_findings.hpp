#pragma once
// Shared by the word-list checks (confidential.matter, conduct.*, work.disclaimer): turning
// scored terms (audit/text/scored_terms.hpp) into findings that say why they fired.
#include "checks/shared/check_util.hpp"
#include "audit/text/scored_terms.hpp"
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

// A term below this confidence is not reported at all; below k_sure_at it is `review`.
constexpr double k_report_at = 0.35;
constexpr double k_sure_at = 0.6;

// "school words nearby: 'SLT' (+0.15)".
std::string signal_text(const ContextSignal& signal);
// Whether `kind` is one of `kinds` ("post", "comment", …).
bool is_kind(std::string_view kind, std::initializer_list<std::string_view> kinds);
// Kinds of text someone wrote and published: posts, comments, captions, album titles, events.
bool is_written_and_published(std::string_view kind);

// Text-wide signals for texts()[index]: the school (or its trust) named in it.
std::vector<ContextSignal> school_named(Facts& facts, std::size_t index);
// Drops terms below k_report_at, strongest first.
std::vector<ScoredTerm> reportable(std::vector<ScoredTerm> terms);

// One finding for one piece of text from its reportable terms (not empty, strongest first):
// the evidence quotes the strongest term, the signals are where it is, the strongest term's
// words and every signal that weighed on it, then the other terms; the confidence is the
// strongest's plus 0.05 for each other term; `review` below k_sure_at.
DraftFinding finding_from_terms(Platform platform, const SourceRef& ref, std::string_view kind,
                                std::string_view text, const std::vector<ScoredTerm>& terms,
                                std::string media = {});
DraftFinding finding_from_terms(const TextItem& item, const std::vector<ScoredTerm>& terms);

} // namespace audit
