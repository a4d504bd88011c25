#include "audit/cli/commands.hpp"
#include "audit/cli/output.hpp"
#include "audit/cli/terminal.hpp"
#include "audit/core/time.hpp"
#include "audit/pipeline/scan.hpp"
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

bool has_findings_at(const Report& report, Severity threshold) {
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const Finding& f) { return f.severity <= threshold; });
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

    ScanOptions options;
    options.inputs = args.inputs;
    options.only_checks = args.only_checks;
    options.skip_checks = args.skip_checks;
    options.show_names = args.show_names;
    options.generated_at = report_clock();
    options.online = args.online;
    options.jobs = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
    auto report = run_scan(options, *profile, *policy);
    if (!report) return error(report.error().message);

    print_summary(*report);
    auto written = write_reports(*report, plan);
    if (!written) return error(written.error().message);
    for (const fs::path& file : *written) std::cout << "Report written to " << file.string() << "\n";
    Severity threshold = parse_severity(args.fail_on).value_or(Severity::high);
    return has_findings_at(*report, threshold) ? k_exit_findings : k_exit_clean;
}

int demo_command(const std::string& examples_dir, const std::string& output, bool quiet) {
    fs::path examples(examples_dir);
    ScanArgs args;
    for (const auto& entry : fs::directory_iterator(examples / "exports"))
        if (entry.is_directory() || entry.path().extension() == ".zip") args.inputs.push_back(entry.path());
    std::sort(args.inputs.begin(), args.inputs.end());
    args.profile = (examples / "school.toml").string();
    args.formats = {"html", "json", "md"};
    args.quiet = quiet;
    args.output = output;
    if (args.output.empty()) {
        // A new owner-only folder, so the demo never overwrites anything.
        std::string templ = (fs::temp_directory_path() / "staff-audit-demo-XXXXXX").string();
        if (!mkdtemp(templ.data())) return error("cannot create a folder for the demo report");
        args.output = (fs::path(templ) / "report").string();
    }
    std::cout << "staff-audit demo: the fictional teacher Jordan Ellis's exports, audited against "
                 "the example school profile " << args.profile << "\n\n";
    return scan_command(args) == k_exit_error ? k_exit_error : k_exit_clean;
}

} // namespace audit
