#pragma once
// Year-on-year comparison (scan --previous REPORT.json, docs/annual-check.md). Each finding of
// this scan is marked by what the previous JSON report said of its id:
//   new         — not in the previous report at all;
//   persisting  — among the previous report's findings;
//   reappeared  — among the previous report's "fixed" list (it was gone last time and is back);
// and the previous findings not found now are "fixed". Accepted (baseline) findings keep their
// status; an acceptance that has expired already made its finding "reappeared".
#include "audit/core/result.hpp"
#include "reports/report.hpp"
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

// What a previous JSON report (schema_version 1) says, as far as the comparison needs it.
struct PreviousReport {
    std::string generated_at;
    std::vector<Finding> findings; // what was found then (id, check, title, severity, where, …)
    std::vector<Finding> fixed;    // what that report listed as fixed since the one before it
};

// Reads a JSON report this tool wrote; the error names the file and what is wrong with it.
Result<PreviousReport> load_previous_report(const std::filesystem::path& file);
Result<PreviousReport> parse_previous_report(std::string_view json_text, const std::string& origin);

// Marks each finding new / persisting / reappeared and fills report.previous.
void compare_with_previous(Report& report, const PreviousReport& previous);

} // namespace audit
