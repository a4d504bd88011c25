#pragma once
// Words around a match that make it about school ("my class", "Year 6", "SLT", "parents'
// evening", "Ofsted") or that lower it (negation, an unrelated sense). Checks add these to their
// base score, and list each as a signal, so every finding says why it is as sure as it is.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct ContextSignal {
    std::string signal; // "school words nearby: 'my class'"
    double weight = 0;  // added to the finding's confidence (negative lowers it)
};

// School-context words within `window` bytes either side of [begin, end) in `text`.
std::vector<ContextSignal> school_context(std::string_view text, std::size_t begin, std::size_t end,
                                          std::size_t window = 160);
// A negation ("not", "never", "no", "isn't", "don't") among the few words before `begin`.
bool negated_before(std::string_view text, std::size_t begin);
// Base confidence plus every weight, clamped to 0.05..0.99.
double with_context(double base, const std::vector<ContextSignal>& context);

} // namespace audit
