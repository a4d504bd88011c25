#pragma once
// One function per subcommand; app.cpp only parses options into these structs.
#include <string>
#include <vector>

namespace audit {

constexpr int k_exit_clean = 0;
constexpr int k_exit_findings = 1;
constexpr int k_exit_error = 2;

struct ScanArgs {
    std::vector<std::string> inputs;
    std::string profile;
    std::vector<std::string> formats;
    std::string output;
    std::vector<std::string> only_checks;
    std::vector<std::string> skip_checks;
    std::string fail_on = "high";
    bool show_names = false;
    bool quiet = false;
    bool online = false; // --online: fetch the public profile pages (privacy.public-view)
    std::string baseline;  // --baseline FILE: accepted findings
    std::string previous;  // --previous REPORT.json: last year's report, for the comparison
    std::string checklist; // --checklist FILE: privacy checklist answers
    bool encrypt = false;  // --encrypt: seal the report files with a passphrase
    bool redact = false;   // --redact: mask all personal evidence (trainer mode)
    bool timings = false; // --timings: per-stage times and peak memory (stderr, JSON coverage)
    unsigned jobs = 0;   // --jobs: media stage workers; 0 = the number of cores
    std::string thumbnails; // --thumbnails[=blurred|sharp]: pictures in the HTML report; "" none
};

int scan_command(const ScanArgs& args);
// Scans the bundled examples with their profile; writes HTML, JSON and Markdown.
// `redact`: the projector-safe view (trainer mode); `thumbnails` as scan's --thumbnails.
int demo_command(const std::string& examples_dir, const std::string& output, bool quiet,
                 bool redact = false, const std::string& thumbnails = {});
// Lists the checks; `markdown` prints the README's table instead.
int checks_command(const std::string& policy, bool markdown);

struct RosterHashArgs {
    std::string input;  // a plain CSV roster
    std::string output; // the hashed roster to write (owner-only)
    std::string kind = "pupils";
    bool full_names_only = false; // leave out family-name-alone, title and initial forms
};
// `roster hash`: writes a hashed roster (docs/hashed-rosters.md).
int roster_hash_command(const RosterHashArgs& args);

struct AcceptArgs {
    std::string id;       // the finding id
    std::string reason;
    std::string until;    // YYYY-MM-DD; default one year from today
    std::string baseline; // the baseline file to add to (created when missing)
    std::string report;   // a JSON report holding the finding, to record what it was
};
// `accept`: records a finding in a baseline file (docs/annual-check.md).
int accept_command(const AcceptArgs& args);

// `open`: decrypts a sealed report to a new owner-only temporary file (its path printed), or to
// standard output.
int open_command(const std::string& sealed, bool to_stdout);

struct ChecklistArgs {
    std::vector<std::string> inputs;    // exports, to learn which platforms to ask about
    std::vector<std::string> platforms; // or the platforms named
    std::string answers;                // the answers file to write
};
// `checklist`: asks the setting questions an export cannot answer; saves the answers.
int checklist_command(const ChecklistArgs& args);

struct InitArgs {
    std::string output = "school.toml";
    bool force = false;
};
// `init`: writes a school profile by asking questions (answers from stdin when not a terminal).
int init_command(const InitArgs& args);

// Now, or SOURCE_DATE_EPOCH when set (reproducible reports), as ISO-8601 UTC.
std::string report_clock();

} // namespace audit
