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
    unsigned jobs = 0;   // --jobs: media stage workers; 0 = the number of cores
};

int scan_command(const ScanArgs& args);
// Scans the bundled examples with their profile; writes HTML, JSON and Markdown.
int demo_command(const std::string& examples_dir, const std::string& output, bool quiet);
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

// Now, or SOURCE_DATE_EPOCH when set (reproducible reports), as ISO-8601 UTC.
std::string report_clock();

} // namespace audit
