#pragma once
// The whole audit: open the exports, detect and run importers, compute facts, run the checks,
// and turn what they found into a Report.
#include "audit/core/result.hpp"
#include "audit/media/media_engine.hpp"
#include "audit/policy/policy.hpp"
#include "audit/profile/school_profile.hpp"
#include "reports/report.hpp"
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace audit {

struct ScanOptions {
    std::vector<std::string> inputs; // zip files, zip parts, folders
    std::vector<std::string> only_checks; // empty = all
    std::vector<std::string> skip_checks;
    bool show_names = false;
    std::string generated_at; // ISO-8601 UTC; the caller injects the clock
    // Fetch each account's public profile page as a logged-out visitor (privacy.public-view).
    // Off by default: without it the scan opens no network connection at all.
    bool online = false;
    // Worker threads for the media stage (--jobs); the report is identical whatever it is.
    unsigned jobs = 1;
    // --thumbnails: pictures of the photos in findings for the HTML report (nullopt: none).
    std::optional<ThumbnailStyle> thumbnails;
    // Measure per-stage wall/CPU time and peak memory into Report::timings (--timings).
    bool timings = false;
    // Settings the user stated outside the export (staff-audit checklist answers), added to the
    // export of their platform before the checks run.
    std::vector<std::pair<Platform, Setting>> extra_settings;
    // Progress callback for the terminal (stage name, items done, items in all); may be empty.
    std::function<void(std::string_view stage, std::size_t done, std::size_t total)> progress{};
};

// Stops with an Error only when nothing can be scanned (no input readable, unknown check id);
// a partly unreadable export is scanned and its problems listed in the report.
Result<Report> run_scan(const ScanOptions& options, const SchoolProfile& profile,
                        const PolicyPack& policy);

} // namespace audit
