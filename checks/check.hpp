#pragma once
// A check: one file in checks/ plus one line in checks.def. The check carries its own
// description (id as in REQUIREMENTS.md, title, what it reads, remediation per platform, and
// small positive and negative examples); `staff-audit checks`, the README table and the generic
// example test are generated from it.
#include "audit/core/platform.hpp"
#include "audit/model/export.hpp"
#include "audit/pipeline/facts.hpp"
#include "reports/report.hpp"
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

// An example the generic test runs against the example school (examples/school.toml).
// `where` says what kind of item holds `text`: "profile.work", "profile.education",
// "profile.bio", "profile.username", "profile.email", "profile.phone", "profile.address",
// "profile.city", "profile.website", "post", "comment", "caption", "place", "friend",
// "follower", "following", "request_received", "request_sent", "group", "message".
struct CheckExample {
    std::string_view where;
    std::string_view text;
    bool fires;
};

// Remediation steps on one platform, one step per line.
struct Remedy {
    Platform platform;
    std::string_view steps;
};

// What a check found, before the pipeline adds ids, clauses, severity and remediation.
struct DraftFinding {
    Platform platform = Platform::facebook;
    Location location;
    std::string evidence;
    std::vector<std::string> signals;
    double confidence = 0.5;
    bool weak = false;      // weak signals only: severity becomes review
    int lower_severity = 0; // steps below the clause's severity (e.g. 1 on LinkedIn)
    std::vector<std::string> steps; // item-specific steps, shown before the platform's own
    std::vector<Instance> instances;
    std::string identity; // what makes this finding itself across runs; defaults to evidence
};

class CheckContext {
public:
    CheckContext(Facts& facts, std::vector<DraftFinding>& out) : m_facts(facts), m_out(out) {}
    const std::vector<Export>& exports() const { return m_facts.exports(); }
    const SchoolProfile& profile() const { return m_facts.profile(); }
    Facts& facts() { return m_facts; }
    void report(DraftFinding finding) { m_out.push_back(std::move(finding)); }

private:
    Facts& m_facts;
    std::vector<DraftFinding>& m_out;
};

struct CheckInfo {
    std::string_view id;    // "employer.profile"
    std::string_view title; // "Your school named in your profile"
    std::string_view reads; // "profile"
    std::string_view about; // one paragraph for people: what it finds and why it matters
    std::span<const CheckExample> examples;
    std::span<const Remedy> remedies;
    std::string_view general_remedy; // steps when no platform-specific ones exist
    void (*run)(CheckContext& ctx);
};

std::span<const CheckInfo> all_checks();
const CheckInfo* find_check(std::string_view id);

} // namespace audit
