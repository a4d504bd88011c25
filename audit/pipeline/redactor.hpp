#pragma once
// Trainer mode (--redact): a report safe to show on a projector. Every piece of personal
// evidence is masked — names on any roster (pupils, ex-pupils, parents, colleagues), any other
// capitalised word that is not a common English word (names and places not on a roster),
// phone numbers, e-mail addresses, postcodes, web addresses and every digit of the evidence
// (house numbers, ages, dates of birth). What is left shows the kind of finding, the clause and
// the steps to fix it, never whose or where. The finding ids are kept: they are hashes.
#include "audit/pipeline/masker.hpp"
#include "audit/profile/school_profile.hpp"
#include "reports/report.hpp"
#include <string>
#include <string_view>

namespace audit {

class Redactor {
public:
    explicit Redactor(const SchoolProfile& profile);
    // Evidence text: names, capitalised words, contacts, addresses and digits masked.
    std::string evidence(std::string_view text) const;
    // An item's identity ("friend Ellie Mason", "post 2025-03-14T16:02:11Z"): as evidence, but
    // digits kept, so a dated item can still be found.
    std::string item(std::string_view text) const;
    // Text that explains (remediation steps, notes): names, contacts and web addresses masked;
    // capitalised menu words kept so the steps still read.
    std::string label(std::string_view text) const;

private:
    Masker m_names;
};

// Applies the redactor to everything a report shows and sets report.redacted.
void redact_report(Report& report, const Redactor& redactor);

} // namespace audit
