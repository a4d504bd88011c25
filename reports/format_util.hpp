#pragma once
// Wording and escaping shared by the report writers, so that every format says the same thing in
// the same words and no writer has its own idea of what "safe" text is.
#include "reports/report.hpp"
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace audit {

// Output limits: a hostile or huge export must not turn the report into an unreadable wall.
inline constexpr std::size_t k_fix_first_limit = 10;  // findings in the "fix these first" list
inline constexpr std::size_t k_listed_instances = 50; // instances shown per pattern finding
inline constexpr std::size_t k_listed_problems = 50;  // problems shown per source

// ---- Words ----------------------------------------------------------------------------------
std::string_view severity_label(Severity s); // "High", "Medium", "Low", "Review"
std::string_view severity_tag(Severity s);   // "HIGH", "MEDIUM", "LOW", "REVIEW"
// "very likely" (>= 0.85), "likely" (>= 0.6), otherwise "possible".
std::string_view confidence_words(double confidence);
// Clamped to 0..1 and rounded to two decimals; NaN becomes 0.
double rounded_confidence(double confidence);
std::string confidence_text(double confidence);         // "0.92"
std::string confidence_sentence(double confidence);     // "very likely (0.92)"
std::string_view status_words(std::string_view status); // "persisting" → "still there …"
std::string count_of(std::size_t n, std::string_view singular, std::string_view plural);
std::size_t to_fix_count(const Report& report); // high + medium + low, not accepted ones
// Accepted findings (a baseline entry matched, not expired): shown apart, never as problems.
bool is_accepted(const Finding& finding);
std::size_t accepted_count(const Report& report);
// "7 things to fix, 3 to review" (", 2 accepted" when there are any)
std::string summary_line(const Report& report);
// With --previous: "4 fixed since 2025-11-20, 1 new, 2 still there"; empty without a comparison.
std::string comparison_summary(const Report& report);
std::string privacy_note(const Report& report);
std::string_view finding_title(const Finding& finding); // title, or the check id without one
std::string link_text(Platform platform);               // "Open on Facebook"
// A finding id reduced to [A-Za-z0-9_-], for in-page anchors ("finding" when nothing is left).
std::string anchor_id(std::string_view id);

// "bath-wells-mat-2016 4.3.10", or "pack, section “Heading”" when the ref is a heading.
std::string clause_citation(const Clause& clause);
// "Your school's policy has no clause for this; a similar policy, <citation>, says:"
std::string borrowed_intro(const Clause& clause);

// Platforms that have findings, in the fixed platform order (so the grouping is deterministic).
std::vector<Platform> platforms_with_findings(const Report& report);
// CONTRACTS.md's scanned kinds first (posts, comments, messages, media, connections; 0 when
// absent), then any others in name order.
std::vector<std::pair<std::string, std::size_t>> scanned_counts(const Coverage& coverage);
// Labelled parts of a finding's location, empty parts left out: Item, File, Media.
std::vector<std::pair<std::string_view, std::string>> where_rows(const Location& location);

// ---- Untrusted text -------------------------------------------------------------------------
// Everything from an export is untrusted. clean_text makes it valid UTF-8 (bad bytes become
// U+FFFD), turns control characters and line breaks into single spaces, and drops bidi
// embedding/override/isolate characters, so it can neither spoof layout nor drive a terminal.
std::string clean_text(std::string_view text);
std::string escape_html(std::string_view text);     // clean_text, then & < > " ' as entities
std::string escape_markdown(std::string_view text); // clean_text, then backslash escapes
// True for an https:// URL without spaces, quotes, angle brackets or non-ASCII bytes: the only
// links any writer emits.
bool is_safe_link(std::string_view url);

// Columns taken by UTF-8 text, counted as one per code point (wide characters are rare in
// evidence and a terminal summary only needs to be roughly right).
std::size_t display_width(std::string_view utf8);
// At most `width` columns, ending in "…" when something was cut.
std::string truncate_to_width(std::string_view utf8, std::size_t width);

} // namespace audit
