// `staff-audit accept FINDING-ID --reason TEXT [--until DATE] --baseline FILE [--report JSON]`:
// records an accepted finding (docs/annual-check.md).
#include "audit/cli/commands.hpp"
#include "audit/cli/output.hpp"
#include "audit/pipeline/baseline.hpp"
#include "audit/pipeline/comparison.hpp"
#include "audit/profile/profile_values.hpp"
#include <filesystem>
#include <iostream>

namespace audit {

namespace {

int error(const std::string& message) {
    std::cerr << "staff-audit: " << message << "\n";
    return k_exit_error;
}

// The finding as the report describes it, to remember what was accepted in words too.
Result<const Finding*> find_in(const PreviousReport& report, const std::string& id,
                               const std::string& origin) {
    for (const Finding& f : report.findings)
        if (f.id == id) return &f;
    return fail(origin + ": has no finding " + id + " (the ids are in the report's \"id\" fields)");
}

} // namespace

int accept_command(const AcceptArgs& args) {
    const std::string today = report_clock().substr(0, 10);
    BaselineEntry entry;
    entry.id = args.id;
    entry.reason = profile::trim(args.reason);
    entry.accepted = today;
    if (entry.reason.empty()) return error("--reason must say why the finding is accepted");
    if (args.until.empty()) {
        entry.until = one_year_after(today); // the next annual check
    } else {
        auto until = profile::parse_iso_date(args.until);
        if (!until) return error("--until " + args.until + ": not a date written YYYY-MM-DD");
        if (*until < today) return error("--until " + *until + " is already past");
        entry.until = *until;
    }
    if (!args.report.empty()) {
        auto report = load_previous_report(args.report);
        if (!report) return error(report.error().message);
        auto found = find_in(*report, args.id, args.report);
        if (!found) return error(found.error().message);
        const Finding& f = **found;
        entry.check = f.check;
        entry.platform = std::string(to_string(f.platform));
        entry.item = f.location.item;
        entry.evidence = f.evidence;
    }

    Baseline baseline;
    std::error_code ec;
    if (std::filesystem::exists(args.baseline, ec)) {
        auto loaded = load_baseline(args.baseline);
        if (!loaded) return error(loaded.error().message);
        baseline = std::move(*loaded);
    }
    // A checked copy of the new text: an id that does not parse back is refused before writing.
    add_entry(baseline, entry);
    const std::string text = baseline_toml(baseline);
    if (auto check = parse_baseline(text, args.baseline); !check)
        return error(check.error().message);
    if (auto ok = write_private_file(args.baseline, text); !ok) return error(ok.error().message);
    std::cout << "Accepted " << entry.id;
    if (!entry.check.empty()) std::cout << " (" << entry.check << ", " << entry.platform << ")";
    std::cout << " until " << entry.until << "; recorded in " << args.baseline << "\n";
    return k_exit_clean;
}

} // namespace audit
