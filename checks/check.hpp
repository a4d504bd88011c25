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
// "follower", "following", "request_received", "request_sent", "group", "message",
// "login.ip", "login.device" (a log-in with that address or device name), "upload_ip" (a photo
// uploaded from that address), "profile.birthday" ("1986-05-17" or "05-17"),
// "message.received" (a message someone else sent), "message.from" ("Name: text", a message
// from Name in a thread with the account holder), "search" (a search-history query).
// "post", "comment" and "message" may carry a UTC time:
// "post@2025-03-06T10:47:00Z" is a post at that moment (without one, posts and comments are
// dated a Tuesday at 22:13 UTC and messages carry no time).
// "setting.<name>": a Setting of that normalised name with `text` as its value
// ("setting.private_account" / "false"); "audience.post": a post whose audience is `text`;
// "public_view": what a logged-out visitor sees on the public profile page (`text` as its bio),
// as fetched with --online. "photo": one photo described by key=value pairs, "faces=6:small
// gps=51.3812,-2.3588 taken=2025-03-06T10:47:00Z make=Apple model=iPhone 13 caption=Sports day"
// (GPS, time, camera and caption as the export's metadata; faces as the image stage found them,
// ":small" for a group at a distance; "source=file" for GPS read from the file's EXIF). Any kind may name its platform first, "tiktok:setting.who_can_message";
// without one, settings are Instagram's and everything else is Facebook's.
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
    // Something this check could not decide from an export, for the report's coverage section
    // ("Facebook account visibility": "the export does not say who can see your account").
    // The pipeline prefixes the check's id; repeated notes are kept once.
    void not_checkable(Platform platform, std::string what, std::string why);
    // The same, for a note that concerns no one platform.
    void not_checkable(std::string what, std::string why);
    const std::vector<Skipped>& not_checkable_notes() const { return m_not_checkable; }

private:
    Facts& m_facts;
    std::vector<DraftFinding>& m_out;
    std::vector<Skipped> m_not_checkable;
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
