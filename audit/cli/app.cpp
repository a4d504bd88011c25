#include "audit/cli/app.hpp"
#include "audit/cli/commands.hpp"
#include <CLI/CLI.hpp>
#include <iostream>

namespace audit {

namespace {

// Flags in CONTRACTS.md that this version does not provide yet: refused with a clear message
// rather than silently ignored.
const char* const k_not_yet[] = {"--baseline", "--previous", "--encrypt", "--redact"};

void add_scan_options(CLI::App& scan, ScanArgs& args, std::vector<std::string>& not_yet) {
    scan.add_option("EXPORT", args.inputs, "export .zip files, zip parts or unpacked folders")->required();
    scan.add_option("--profile", args.profile, "school profile (TOML)");
    scan.add_option("--format", args.formats, "html, md, json or text (repeatable)")
        ->check(CLI::IsMember({"html", "md", "json", "text"}));
    scan.add_option("-o,--output", args.output, "report file, or stem when several formats");
    scan.add_option("--checks", args.only_checks, "only these check ids")->delimiter(',');
    scan.add_option("--skip", args.skip_checks, "skip these check ids")->delimiter(',');
    scan.add_option("--fail-on", args.fail_on, "exit 1 when findings at or above this severity")
        ->check(CLI::IsMember({"high", "medium", "low", "review"}));
    scan.add_option("--jobs", args.jobs, "worker threads for photos and videos (default: the number of cores)")
        ->check(CLI::Range(1u, 256u));
    scan.add_flag("--show-names", args.show_names, "show pupils' names instead of masking them");
    scan.add_flag("--online", args.online,
                  "also open each account's public profile page as a logged-out visitor (the only "
                  "network use)");
    scan.add_flag("--quiet", args.quiet, "no progress output");
    for (const char* flag : k_not_yet)
        scan.add_option(flag, [&not_yet, flag](const CLI::results_t&) {
                not_yet.emplace_back(flag);
                return true;
            })->expected(0, 1)->group("Not yet available");
}

} // namespace

int run_app(int argc, char** argv) {
    CLI::App app{"staff-audit: audit your own social-media exports against your school's policy"};
    app.set_version_flag("--version", std::string("staff-audit ") + SA_VERSION);
    app.require_subcommand(1);

    ScanArgs scan_args;
    std::vector<std::string> not_yet;
    CLI::App* scan = app.add_subcommand("scan", "scan exports and write a remediation report");
    add_scan_options(*scan, scan_args, not_yet);

    std::string demo_output, examples = SA_EXAMPLES_DIR;
    bool demo_quiet = false;
    CLI::App* demo = app.add_subcommand("demo", "scan the bundled fictional examples");
    demo->add_option("-o,--output", demo_output, "report stem (default: a new private folder)");
    demo->add_option("--examples", examples, "folder with the examples")->check(CLI::ExistingDirectory);
    demo->add_flag("--quiet", demo_quiet, "no progress output");

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
    if (!not_yet.empty()) {
        std::cerr << "staff-audit: " << not_yet.front() << " is not available in this version yet\n";
        return k_exit_error;
    }
    if (*scan) return scan_command(scan_args);
    if (*demo) return demo_command(examples, demo_output, demo_quiet);
    if (*roster) return roster_hash_command(hash_args);
    return checks_command(policy, markdown);
}

} // namespace audit
