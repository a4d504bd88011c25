// contact.pupil-request — friend or follow requests from pupils, or sent to them. They must be
// reported to the designated safeguarding lead first, then declined: never silently deleted
// (BWM 4.3.3; the remedy.report-dsl rule every report follows).
#include "checks/shared/roster_contact.hpp"
#include "audit/policy/policy.hpp"

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"request_received", "Maisie Turner", true},
    {"request_sent", "Tyler Bennett", true},
    {"request_received", "MAISIE TURNER", true},
    {"request_received", "Maisie Turnr", true}, // a typo: review
    {"request_received", "Jayden Cole", true},  // an ex-pupil, under 18
    {"friend", "Maisie Turner", false},         // contact.pupil's
    {"request_received", "Maisie Williams", false},
    {"request_received", "Maisie", false},
    {"request_received", "Bethany Rhodes", false}, // an ex-pupil who is an adult now
    {"request_received", "Rachel Mason", false},   // a parent: not a pupil
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "FIRST report the request to your designated safeguarding lead (or line manager / head "
     "teacher), with the name and the date shown here: the school needs the record.\n"
     "THEN decline it: Facebook > Friends > Friend requests > Delete (for a request you sent: "
     "Friends > Friend requests > View sent requests > Cancel request).\n"
     "Never just delete it without reporting, and do not reply to the pupil."},
    {Platform::instagram,
     "FIRST report the request to your designated safeguarding lead.\nTHEN decline it: "
     "Notifications > Follow requests > Delete. Never just delete it without reporting."},
    {Platform::x,
     "FIRST report the request to your designated safeguarding lead.\nTHEN decline it: "
     "… > Follower requests > Decline. Never just delete it without reporting."},
    {Platform::linkedin,
     "FIRST report the invitation to your designated safeguarding lead.\nTHEN decline it: My "
     "Network > Invitations > Ignore. Never just delete it without reporting."},
    {Platform::tiktok,
     "FIRST report the request to your designated safeguarding lead.\nTHEN decline it: Inbox > "
     "Follow requests > Delete. Never just delete it without reporting."},
};

constexpr std::size_t k_quote_length = 170;

// The opening words of a clause, cut at a word.
std::string opening(std::string_view text) {
    if (text.size() <= k_quote_length) return std::string(text);
    const auto cut = text.rfind(' ', k_quote_length);
    return std::string(text.substr(0, cut == std::string_view::npos ? k_quote_length : cut)) + " …";
}

std::string short_name_of(const std::string& pack_name) {
    for (const PolicyPack& p : bundled_packs())
        if (p.name == pack_name) return p.short_name;
    return pack_name;
}

// The remediation rule "report to the DSL, then decline" as the clause that makes it, from the
// school's policy or, when it has none, the closest bundled one (remedy.report-dsl).
std::string report_first_step(const SchoolProfile& profile) {
    std::string step = "Report to the designated safeguarding lead BEFORE declining";
    auto pack = load_pack(profile.policy);
    if (!pack) return step + ".";
    const Citation citation = cite(*pack, "remedy.report-dsl");
    if (citation.clauses.empty()) return step + ".";
    const Clause& c = citation.clauses.front();
    step += " — " + short_name_of(c.policy) + " " + c.ref;
    if (citation.borrowed) step += " (not in your school's policy; a similar policy says)";
    return step + ": \"" + opening(c.text) + "\"";
}

bool is_request(Relation r) { return r == Relation::request_received || r == Relation::request_sent; }

void run(CheckContext& ctx) {
    std::vector<DraftFinding> found;
    CheckContext collect(ctx.facts(), found);
    for (const RosterRule& rule : k_pupil_rules) run_roster_contact(collect, rule, is_request);
    if (found.empty()) return;
    const std::string first_step = report_first_step(ctx.profile());
    for (DraftFinding& f : found) {
        f.steps.insert(f.steps.begin(), first_step);
        ctx.report(std::move(f));
    }
}

} // namespace

extern const CheckInfo contact_pupil_request = {
    "contact.pupil-request",
    "A friend or follow request from or to a pupil",
    "friend and follow requests, received and sent",
    "Finds friend and follow requests from current pupils (and ex-pupils still under 18), "
    "received or sent, by matching the school's pupil rosters (plain or hashed; nicknames and "
    "one-letter typos at lower confidence). Policies say such requests must be declined AND "
    "reported to the designated safeguarding lead: report first, then decline, never just delete.",
    k_examples,
    k_remedies,
    "First report the request to your designated safeguarding lead; then decline it. Never just "
    "delete it without reporting.",
    run,
};

} // namespace audit
