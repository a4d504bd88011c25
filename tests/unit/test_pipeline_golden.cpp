// Golden reports: the bundled example export, scanned with a fixed clock, must give exactly the
// checked-in JSON and Markdown. Regenerate deliberately with SA_UPDATE_GOLDEN=1.
#include "audit/pipeline/scan.hpp"
#include "reports/writer.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <cstdlib>
#include <sstream>

using namespace audit;

namespace {

Report scan_examples() {
    auto profile = load_profile(test::examples_dir() / "school.toml");
    REQUIRE(profile);
    auto policy = load_pack(profile->policy);
    REQUIRE(policy);
    ScanOptions options;
    options.inputs = {(test::examples_dir() / "exports" / "facebook-jordan").string()};
    options.generated_at = "2026-11-22T10:00:00Z";
    auto report = run_scan(options, *profile, *policy);
    REQUIRE(report);
    // The path differs between checkouts; the golden file keeps it relative.
    for (SourceSummary& s : report->sources) s.path = "examples/exports/facebook-jordan";
    return *report;
}

std::string render(const Report& report, std::string_view format) {
    std::ostringstream out;
    find_writer(format)->write(report, out, TerminalStyle{});
    return out.str();
}

void compare_golden(const std::string& actual, const std::string& name) {
    auto file = test::source_dir() / "tests" / "reports" / "golden" / name;
    if (std::getenv("SA_UPDATE_GOLDEN")) {
        test::write_file(file, actual);
        WARN("golden file rewritten: " << file.string());
        return;
    }
    REQUIRE(std::filesystem::exists(file));
    std::string expected = test::read_file(file);
    CHECK(actual == expected);
}

} // namespace

TEST_CASE("golden: the example export's JSON report", "[pipeline][golden]") {
    compare_golden(render(scan_examples(), "json"), "example.json");
}

TEST_CASE("golden: the example export's Markdown report", "[pipeline][golden]") {
    compare_golden(render(scan_examples(), "md"), "example.md");
}

TEST_CASE("golden: two scans give byte-identical reports", "[pipeline][golden]") {
    CHECK(render(scan_examples(), "json") == render(scan_examples(), "json"));
    CHECK(render(scan_examples(), "html") == render(scan_examples(), "html"));
}
