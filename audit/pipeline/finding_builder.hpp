#pragma once
// Turns what a check found (DraftFinding) into a Finding: the clauses the chosen policy cites,
// the severity their wording sets, the platform's remediation steps, a stable id, and masking.
#include "audit/pipeline/masker.hpp"
#include "audit/policy/policy.hpp"
#include "checks/check.hpp"

namespace audit {

class FindingBuilder {
public:
    FindingBuilder(const PolicyPack& policy, const Masker& masker, bool show_names)
        : m_policy(policy), m_masker(masker), m_show_names(show_names) {}
    Finding build(const CheckInfo& check, const DraftFinding& draft) const;

private:
    const PolicyPack& m_policy;
    const Masker& m_masker;
    bool m_show_names;
};

// "f-" + 16 hex digits of BLAKE2b over platform, item identity, check and evidence identity:
// stable across runs and downloads, never dependent on positions.
std::string finding_id(Platform platform, std::string_view item, std::string_view check,
                       std::string_view identity);
// Sorts findings most urgent first, then by check, platform, item and id; makes ids unique.
void order_findings(std::vector<Finding>& findings);

} // namespace audit
