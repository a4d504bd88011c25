#include "audit/cli/commands.hpp"
#include "audit/cli/output.hpp"
#include "audit/cli/passphrase.hpp"
#include "audit/cli/progress.hpp"
#include "audit/cli/terminal.hpp"
#include "audit/core/time.hpp"
#include "audit/pipeline/baseline.hpp"
#include "audit/pipeline/checklist.hpp"
#include "audit/pipeline/comparison.hpp"
#include "audit/pipeline/redactor.hpp"
#include "audit/pipeline/scan.hpp"
#include "audit/pipeline/timings.hpp"
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <thread>

namespace audit {

namespace fs = std::filesystem;

namespace {

int error(const std::string& message) {
    std::cerr << "staff-audit: " << message << "\n";
    return k_exit_error;
}

// A passphrase, wiped from memory on every way out.
struct Secret {
    std::string value;
    Secret() = default;
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    ~Secret() { wipe(value); }
};

// Accepted findings are not problems until their acceptance expires.
bool has_findings_at(const Report& report, Severity threshold) {
    return std::any_of(report.findings.begin(), report.findings.end(), [&](const Finding& f) {
        return f.severity <= threshold && f.status != "accepted";
    });
}

// The annual-check steps after the scan: baseline, comparison, redaction (last, so that ids
// and matching use the real evidence).
Result<void> annual_steps(Report& report, const ScanArgs& args, const SchoolProfile& profile) {
    if (!args.baseline.empty()) {
        auto baseline = load_baseline(args.baseline);
        if (!baseline) return tl::unexpected(baseline.error());
        apply_baseline(report, *baseline, report.generated_at.substr(0, 10));
    }
    if (!args.previous.empty()) {
        auto previous = load_previous_report(args.previous);
        if (!previous) return tl::unexpected(previous.error());
        compare_with_previous(report, *previous);
    }
    if (args.redact) redact_report(report, Redactor(profile));
    return {};
}

// The answers named by --checklist, else by the profile's [me] checklist.
Result<std::vector<std::pair<Platform, Setting>>> checklist_from(const ScanArgs& args,
                                                                 const SchoolProfile& profile) {
    const std::string file = args.checklist.empty() ? profile.checklist.string() : args.checklist;
    if (file.empty()) return std::vector<std::pair<Platform, Setting>>{};
    auto answers = load_checklist(file);
    if (!answers) return tl::unexpected(answers.error());
    return checklist_settings(*answers, file);
}

Result<SchoolProfile> profile_from(const std::string& path) {
    if (path.empty()) return SchoolProfile{};
    return load_profile(path);
}

void print_summary(const Report& report) {
    find_writer("text")->write(report, std::cout, terminal_style(stdout));
    std::cout.flush();
}

} // namespace

std::string report_clock() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) return iso_utc(std::strtoll(epoch, nullptr, 10));
    return iso_utc(static_cast<Timestamp>(std::time(nullptr)));
}

int scan_command(const ScanArgs& args) {
    auto profile = profile_from(args.profile);
    if (!profile) return error(profile.error().message);
    auto policy = load_pack(profile->policy);
    if (!policy) return error(policy.error().message);

    std::vector<std::string> formats = args.formats;
    if (formats.empty() && !args.output.empty()) formats = {"html"};
    OutputPlan plan;
    if (!args.output.empty()) {
        auto planned = plan_outputs(args.output, formats, args.inputs);
        if (!planned) return error(planned.error().message);
        plan = std::move(*planned);
    } else if (!formats.empty()) {
        return error("--format needs -o PATH to say where the report goes");
    }

    if (args.encrypt && plan.files.empty())
        return error("--encrypt seals report files: give -o PATH (and --format) too");
    auto extra = checklist_from(args, *profile);
    if (!extra) return error(extra.error().message);
    // Asked before the scan, so a long scan does not end in a question nobody is there to answer.
    Secret passphrase;
    if (args.encrypt) {
        auto asked = ask_new_passphrase();
        if (!asked) return error(asked.error().message);
        passphrase.value = std::move(*asked);
    }

    ScanOptions options;
    options.inputs = args.inputs;
    options.only_checks = args.only_checks;
    options.skip_checks = args.skip_checks;
    options.show_names = args.show_names;
    options.generated_at = report_clock();
    options.online = args.online;
    options.jobs = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
    options.extra_settings = std::move(*extra);
    options.timings = args.timings;
    if (!args.thumbnails.empty())
        // On a projector (--redact) nobody in a photo may be recognisable: always blurred.
        options.thumbnails = args.thumbnails == "sharp" && !args.redact ? ThumbnailStyle::sharp
                                                                        : ThumbnailStyle::blurred;
    ProgressBar progress(stderr, !args.quiet);
    options.progress = progress.callback();
    auto report = run_scan(options, *profile, *policy);
    progress.clear();
    if (!report) return error(report.error().message);
    if (auto annual = annual_steps(*report, args, *profile); !annual)
        return error(annual.error().message);

    const Stopwatch write_watch(Stopwatch::Cpu::process);
    print_summary(*report);
    auto written = write_reports(*report, plan, args.encrypt ? &passphrase.value : nullptr);
    if (!written) return error(written.error().message);
    if (args.timings) {
        // Writing cannot time itself into the reports just written: it is on stderr only.
        std::vector<Report::StageTiming> stages = report->timings;
        const Elapsed spent = write_watch.elapsed();
        stages.push_back({"write reports", spent.wall_s, spent.cpu_s});
        std::cerr << format_timings(stages, peak_rss_kb());
    }
    for (const fs::path& file : *written) std::cout << "Report written to " << file.string() << "\n";
    Severity threshold = parse_severity(args.fail_on).value_or(Severity::high);
    return has_findings_at(*report, threshold) ? k_exit_findings : k_exit_clean;
}

int demo_command(const std::string& examples_dir, const std::string& output, bool quiet, bool redact,
                 const std::string& thumbnails) {
    fs::path examples(examples_dir);
    ScanArgs args;
    for (const auto& entry : fs::directory_iterator(examples / "exports"))
        if (entry.is_directory() || entry.path().extension() == ".zip") args.inputs.push_back(entry.path());
    std::sort(args.inputs.begin(), args.inputs.end());
    args.profile = (examples / "school.toml").string();
    args.formats = {"html", "json", "md"};
    args.quiet = quiet;
    args.redact = redact;
    args.thumbnails = thumbnails;
    args.output = output;
    if (args.output.empty()) {
        // A new owner-only folder, so the demo never overwrites anything.
        std::string templ = (fs::temp_directory_path() / "staff-audit-demo-XXXXXX").string();
        if (!mkdtemp(templ.data())) return error("cannot create a folder for the demo report");
        args.output = (fs::path(templ) / "report").string();
    }
    // On a projector (--redact) not even the fictional teacher's name is shown.
    std::cout << "staff-audit demo: " << (redact ? "the example" : "the fictional teacher Jordan Ellis's")
              << " exports, audited against the example school profile " << args.profile << "\n\n";
    return scan_command(args) == k_exit_error ? k_exit_error : k_exit_clean;
}

} // namespace audit
