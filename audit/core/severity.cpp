#include "audit/core/severity.hpp"

namespace audit {

std::string_view to_string(Severity s) {
    switch (s) {
    case Severity::high: return "high";
    case Severity::medium: return "medium";
    case Severity::low: return "low";
    case Severity::review: return "review";
    }
    return "review";
}

std::optional<Severity> parse_severity(std::string_view text) {
    for (auto s : {Severity::high, Severity::medium, Severity::low, Severity::review})
        if (to_string(s) == text) return s;
    return std::nullopt;
}

std::string_view to_string(Strength s) {
    switch (s) {
    case Strength::must: return "must";
    case Strength::should: return "should";
    case Strength::advised: return "advised";
    }
    return "advised";
}

std::optional<Strength> parse_strength(std::string_view text) {
    for (auto s : {Strength::must, Strength::should, Strength::advised})
        if (to_string(s) == text) return s;
    return std::nullopt;
}

Severity severity_for(Strength s) {
    switch (s) {
    case Strength::must: return Severity::high;
    case Strength::should: return Severity::medium;
    case Strength::advised: return Severity::low;
    }
    return Severity::low;
}

Severity lowered(Severity s) {
    switch (s) {
    case Severity::high: return Severity::medium;
    case Severity::medium: return Severity::low;
    default: return s;
    }
}

} // namespace audit
