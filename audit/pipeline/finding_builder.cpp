#include "audit/pipeline/finding_builder.hpp"
#include "audit/pipeline/open_item.hpp"
#include <algorithm>
#include <cmath>
#include <sodium.h>
#include <unordered_map>

namespace audit {

namespace {

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        auto nl = text.find('\n');
        out.emplace_back(text.substr(0, nl));
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return out;
}

std::vector<std::string> remedy_steps(const CheckInfo& check, Platform platform) {
    for (const Remedy& r : check.remedies)
        if (r.platform == platform) return split_lines(r.steps);
    return split_lines(check.general_remedy);
}

Severity severity_of(const Citation& citation, const DraftFinding& draft) {
    if (draft.weak) return Severity::review;
    Strength strongest = Strength::advised;
    for (const Clause& c : citation.clauses)
        if (static_cast<int>(c.strength) < static_cast<int>(strongest)) strongest = c.strength;
    Severity s = citation.clauses.empty() ? Severity::low : severity_for(strongest);
    for (int i = 0; i < draft.lower_severity; ++i) s = lowered(s);
    return s;
}

Location masked(const Location& l, const Masker& m) {
    return Location{l.file, m.mask(l.item), l.media, l.url};
}

} // namespace

std::string finding_id(Platform platform, std::string_view item, std::string_view check,
                       std::string_view identity) {
    std::string key;
    for (std::string_view part : {to_string(platform), item, check, identity}) {
        key += part;
        key += '\0';
    }
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(key.data()),
                       key.size(), nullptr, 0);
    static const char* k_hex = "0123456789abcdef";
    std::string id = "f-";
    for (unsigned char b : hash) {
        id += k_hex[b >> 4];
        id += k_hex[b & 15];
    }
    return id;
}

Finding FindingBuilder::build(const CheckInfo& check, const DraftFinding& draft) const {
    Citation citation = cite(m_policy, check.id);
    Finding f;
    f.check = check.id;
    f.title = check.title;
    f.platform = draft.platform;
    f.severity = severity_of(citation, draft);
    f.confidence = std::round(std::clamp(draft.confidence, 0.0, 1.0) * 100) / 100;
    f.id = finding_id(draft.platform, draft.location.item, check.id,
                      draft.identity.empty() ? draft.evidence : draft.identity);
    f.clauses = citation.clauses;
    f.borrowed_clauses = citation.borrowed;
    f.remediation = draft.steps;
    // First, how to reach the item itself: its link, or the platform's route filtered by date.
    if (std::string open = open_item_step(draft.platform, draft.location); !open.empty())
        f.remediation.insert(f.remediation.begin(), std::move(open));
    for (std::string& step : remedy_steps(check, draft.platform)) f.remediation.push_back(std::move(step));
    const Masker none;
    const Masker& m = m_show_names ? none : m_masker;
    f.location = masked(draft.location, m);
    f.evidence = m.mask(draft.evidence);
    for (const std::string& s : draft.signals) f.signals.push_back(m.mask(s));
    for (const Instance& i : draft.instances)
        f.instances.push_back(Instance{masked(i.location, m), m.mask(i.evidence)});
    return f;
}

void order_findings(std::vector<Finding>& findings) {
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        auto key = [](const Finding& f) {
            return std::tie(f.severity, f.check, f.platform, f.location.item, f.id);
        };
        return key(a) < key(b);
    });
    // Two findings of one check on one item with the same evidence: keep both, distinct ids.
    std::unordered_map<std::string, int> seen;
    for (Finding& f : findings) {
        int n = ++seen[f.id];
        if (n > 1) f.id += "-" + std::to_string(n);
    }
}

} // namespace audit
