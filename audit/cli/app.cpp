#include "audit/cli/app.hpp"
#include "audit/cli/commands.hpp"
#include <CLI/CLI.hpp>
#include <iostream>

namespace audit {

namespace {

// --thumbnails (blurred) or --thumbnails=sharp, for scan and demo alike.
void add_thumbnails_flag(CLI::App& command, std::string& style) {
    command.add_flag("--thumbnails{blurred}", style,
                     "put a small picture of each photo in a finding into the HTML report: blurred, "
                     "or --thumbnails=sharp")
        ->check(CLI::IsMember({"blurred", "sharp"}));
}

void add_scan_options(CLI::App& scan, ScanArgs& args) {
    scan.add_option("EXPORT", args.inputs, "export .zip files, zip parts or unpacked folders")->required();
    scan.add_option("--profile", args.profile, "school profile (TOML)");
    scan.add_option("--format", args.formats, "html, md, json or text (repeatable)")
        ->check(CLI::IsMember({"html", "md", "json", "text"}));
    scan.add_option("-o,--output", args.output, "report file, or stem when several formats");
    scan.add_option("--checks", args.only_checks, "only these check ids")->delimiter(',');
    scan.add_option("--skip", args.skip_checks, "skip these check ids")->delimiter(',');
    scan.add_option("--fail-on", args.fail_on, "exit 1 when findings at or above this severity")
        ->check(CLI::IsMember({"high", "medium", "low", "review"}));
    scan.add_option("--jobs", args.jobs, "worker threads for photos, videos and checks (default: the number of cores)")
        ->check(CLI::Range(1u, 256u));
    scan.add_flag("--show-names", args.show_names, "show pupils' names instead of masking them");
    scan.add_flag("--online", args.online,
                  "also open each account's public profile page as a logged-out visitor (the only "
                  "network use)");
    scan.add_flag("--quiet", args.quiet, "no progress output");
    scan.add_option("--baseline", args.baseline, "accepted findings (staff-audit accept)")
        ->check(CLI::ExistingFile);
    scan.add_option("--previous", args.previous, "last year's JSON report: mark new, persisting, "
                                                 "reappeared and fixed")->check(CLI::ExistingFile);
    scan.add_option("--checklist", args.checklist, "privacy checklist answers (staff-audit checklist)")
        ->check(CLI::ExistingFile);
    scan.add_flag("--encrypt", args.encrypt, "seal the report files with a passphrase asked on the terminal");
    scan.add_flag("--timings", args.timings,
                  "print per-stage wall and CPU time and peak memory (also in the JSON report)");
    add_thumbnails_flag(scan, args.thumbnails);
    scan.add_flag("--redact", args.redact, "mask all personal evidence: names, numbers, places (trainer mode)");
}

void add_accept_options(CLI::App& accept, AcceptArgs& args) {
    accept.add_option("FINDING-ID", args.id, "the finding's id (\"f-…\" in the report)")->required();
    accept.add_option("--reason", args.reason, "why you accept it")->required();
    accept.add_option("--until", args.until, "YYYY-MM-DD (default: one year from today)");
    accept.add_option("--baseline", args.baseline, "the baseline file to add it to")->required();
    accept.add_option("--report", args.report, "the JSON report it is in, to record what it was")
        ->check(CLI::ExistingFile);
}

void add_checklist_options(CLI::App& checklist, ChecklistArgs& args) {
    checklist.add_option("EXPORT", args.inputs, "exports whose platforms to ask about");
    checklist.add_option("--platform", args.platforms, "ask about this platform (repeatable)")
        ->check(CLI::IsMember({"facebook", "instagram", "x", "linkedin", "tiktok"}));
    checklist.add_option("--answers", args.answers, "where to save the answers (TOML, owner-only)")->required();
}

} // namespace

int run_app(int argc, char** argv) {
    CLI::App app{"staff-audit: audit your own social-media exports against your school's policy"};
    app.set_version_flag("--version", std::string("staff-audit ") + SA_VERSION);
    app.require_subcommand(1);

    ScanArgs scan_args;
    CLI::App* scan = app.add_subcommand("scan", "scan exports and write a remediation report");
    add_scan_options(*scan, scan_args);

    std::string demo_output, examples = SA_EXAMPLES_DIR;
    bool demo_quiet = false, demo_redact = false;
    std::string demo_thumbnails;
    CLI::App* demo = app.add_subcommand("demo", "scan the bundled fictional examples");
    demo->add_option("-o,--output", demo_output, "report stem (default: a new private folder)");
    demo->add_option("--examples", examples, "folder with the examples")->check(CLI::ExistingDirectory);
    demo->add_flag("--quiet", demo_quiet, "no progress output");
    demo->add_flag("--redact", demo_redact, "projector-safe: mask all personal evidence");
    add_thumbnails_flag(*demo, demo_thumbnails);

    AcceptArgs accept_args;
    CLI::App* accept = app.add_subcommand("accept", "accept a finding until a date (a baseline entry)");
    add_accept_options(*accept, accept_args);

    std::string sealed;
    bool open_stdout = false;
    CLI::App* open = app.add_subcommand("open", "decrypt a sealed report (--encrypt)");
    open->add_option("REPORT", sealed, "the .sealed file")->required()->check(CLI::ExistingFile);
    open->add_flag("--stdout", open_stdout, "print it instead of writing a temporary file");

    ChecklistArgs checklist_args;
    CLI::App* checklist = app.add_subcommand("checklist", "answer the privacy questions an export cannot");
    add_checklist_options(*checklist, checklist_args);

    InitArgs init_args;
    CLI::App* init = app.add_subcommand("init", "write a school profile by answering questions");
    init->add_option("-o,--output", init_args.output, "the profile to write (default school.toml)");
    init->add_flag("--force", init_args.force, "replace an existing file");

    std::string policy;
    bool markdown = false;
    CLI::App* checks = app.add_subcommand("checks", "list every check, what it reads and the clauses it cites");
    checks->add_option("--policy", policy, "cite this policy pack (default: all bundled packs)");
    checks->add_flag("--markdown", markdown, "print the README's table of checks");

    RosterHashArgs hash_args;
    CLI::App* roster = app.add_subcommand("roster", "work with roster files");
    roster->require_subcommand(1);
    CLI::App* hash = roster->add_subcommand("hash", "write a hashed roster: salted hashes of the names, never the names");
    hash->add_option("CSV", hash_args.input, "plain roster (CSV)")->required()->check(CLI::ExistingFile);
    hash->add_option("-o,--output", hash_args.output, "hashed roster to write (owner-only)")->required();
    hash->add_option("--kind", hash_args.kind, "pupils, ex_pupils, parents or colleagues (default pupils)")
        ->check(CLI::IsMember({"pupils", "ex_pupils", "parents", "colleagues"}));
    hash->add_flag("--full-names-only", hash_args.full_names_only,
                   "leave out family names alone, titles and initials (harder to guess)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return e.get_exit_code() == 0 ? app.exit(e) : (app.exit(e), k_exit_error);
    }
    if (*scan) return scan_command(scan_args);
    if (*demo) return demo_command(examples, demo_output, demo_quiet, demo_redact, demo_thumbnails);
    if (*accept) return accept_command(accept_args);
    if (*open) return open_command(sealed, open_stdout);
    if (*checklist) return checklist_command(checklist_args);
    if (*init) return init_command(init_args);
    if (*roster) return roster_hash_command(hash_args);
    return checks_command(policy, markdown);
}

} // namespace audit
