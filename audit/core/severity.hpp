#pragma once
#include <optional>
#include <string_view>

namespace audit {

// Ordered from most to least urgent; `review` means the evidence is weak, whatever the clause says.
enum class Severity { high, medium, low, review };

// How strongly a policy clause is worded: "must not" → must, "should not" → should,
// "advised / encouraged" → advised.
enum class Strength { must, should, advised };

std::string_view to_string(Severity s);
std::optional<Severity> parse_severity(std::string_view text);
std::string_view to_string(Strength s);
std::optional<Strength> parse_strength(std::string_view text);
Severity severity_for(Strength s);
// The next lower severity (high → medium → low); low and review stay where they are.
Severity lowered(Severity s);

} // namespace audit
