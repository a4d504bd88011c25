// The coverage section: what was scanned, per export and per kind; what could not be checked
// and why; problems reading files; and, with --timings, how long each stage took.
#include "reports/format_util.hpp"
#include "reports/html_parts.hpp"
#include <algorithm>
#include <cstdio>

namespace audit::html {

namespace {

void write_sources(const Report& report, std::ostream& out) {
    if (report.sources.empty()) return;
    out << "<div class=\"table-wrap\"><table>\n<caption>Exports read</caption>\n<thead><tr>"
        << "<th scope=\"col\">Export</th><th scope=\"col\">Platform</th>"
        << "<th scope=\"col\">Format</th><th scope=\"col\" class=\"num\">Items</th>"
        << "<th scope=\"col\" class=\"num\">Media</th>"
        << "<th scope=\"col\" class=\"num\">Problems</th></tr></thead>\n<tbody>\n";
    for (const SourceSummary& s : report.sources)
        out << "<tr><td>" << h(s.path) << "</td><td>" << display_name(s.platform) << "</td><td>"
            << to_string(s.format) << "</td><td class=\"num\">" << s.items
            << "</td><td class=\"num\">" << s.media << "</td><td class=\"num\">"
            << s.problems.size() << "</td></tr>\n";
    out << "</tbody>\n</table></div>\n";
}

void write_kinds(const Report& report, std::ostream& out) {
    out << "<div class=\"table-wrap\"><table class=\"kinds\">\n<caption>Things scanned, by kind"
        << "</caption>\n<thead><tr><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">"
        << "Scanned</th></tr></thead>\n<tbody>\n";
    for (const auto& [kind, n] : scanned_counts(report.coverage))
        out << "<tr><th scope=\"row\">" << h(kind) << "</th><td class=\"num\">" << n
            << "</td></tr>\n";
    out << "</tbody>\n</table></div>\n";
    // One plain sentence too, for the Markdown-like reading and for search in the page.
    out << "<p>Scanned:";
    const auto counts = scanned_counts(report.coverage);
    for (std::size_t i = 0; i < counts.size(); ++i)
        out << (i == 0 ? " " : ", ") << counts[i].second << " " << h(counts[i].first);
    out << ".</p>\n";
}

void write_not_checked(const Report& report, std::ostream& out) {
    const bool problems = std::any_of(report.sources.begin(), report.sources.end(),
                                      [](const SourceSummary& s) { return !s.problems.empty(); });
    if (report.coverage.skipped.empty() && !problems) {
        out << "<p>Everything in these exports was read and every check ran.</p>\n";
        return;
    }
    out << "<h3>Not checked, and why</h3>\n";
    if (!report.coverage.skipped.empty()) {
        out << "<ul>\n";
        for (const Skipped& s : report.coverage.skipped)
            out << "<li>" << h(s.what) << ": " << h(s.why) << "</li>\n";
        out << "</ul>\n";
    }
    for (const SourceSummary& s : report.sources) {
        if (s.problems.empty()) continue;
        out << "<p>Problems reading " << h(s.path) << ":</p>\n<ul>\n";
        const std::size_t shown = std::min(s.problems.size(), k_listed_problems);
        for (std::size_t i = 0; i < shown; ++i)
            out << "<li>" << h(s.problems[i].file) << ": " << h(s.problems[i].message) << "</li>\n";
        if (s.problems.size() > shown)
            out << "<li>\u2026and " << s.problems.size() - shown
                << " more in the JSON report</li>\n";
        out << "</ul>\n";
    }
}

std::string seconds(double s) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f s", s);
    return buffer;
}

void write_timings(const Report& report, std::ostream& out) {
    if (report.timings.empty()) return;
    out << "<details><summary>How long the scan took</summary>\n<div class=\"table-wrap\"><table>"
        << "\n<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\" class=\"num\">Wall</th>"
        << "<th scope=\"col\" class=\"num\">CPU</th></tr></thead>\n<tbody>\n";
    for (const Report::StageTiming& t : report.timings)
        out << "<tr><td>" << h(t.stage) << "</td><td class=\"num\">" << seconds(t.wall_s)
            << "</td><td class=\"num\">" << seconds(t.cpu_s) << "</td></tr>\n";
    out << "</tbody>\n</table></div>\n";
    if (report.peak_rss_kb > 0)
        out << "<p>Peak memory: " << (report.peak_rss_kb + 512) / 1024 << " MB.</p>\n";
    out << "</details>\n";
}

} // namespace

void write_coverage(const Report& report, std::ostream& out) {
    out << "<section aria-labelledby=\"coverage\">\n<h2 id=\"coverage\">What was checked</h2>\n";
    write_sources(report, out);
    write_kinds(report, out);
    write_not_checked(report, out);
    write_timings(report, out);
    out << "</section>\n";
}

} // namespace audit::html
