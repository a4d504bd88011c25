// The HTML report: one self-contained page that opens offline, prints cleanly and reads on a
// phone. Every piece of export text goes through escape_html; the only outside links are a
// finding's own https:// addresses.
#include "reports/format_util.hpp"
#include "reports/html_assets.hpp"
#include "reports/writer.hpp"
#include <algorithm>

namespace audit {

namespace {

std::string h(std::string_view text) {
    return escape_html(text);
}

std::string sev_class(Severity s) {
    return "sev-" + std::string(to_string(s));
}

std::string badge(Severity s) {
    return "<span class=\"badge " + sev_class(s) + "\">" + std::string(severity_label(s)) +
           "</span>";
}

// A link only for a safe https:// URL; anything else is shown as text, never made clickable.
std::string external_link(std::string_view text, std::string_view url) {
    if (!is_safe_link(url)) return h(url);
    return "<a class=\"ext\" href=\"" + h(url) +
           "\" rel=\"noreferrer noopener\" target=\"_blank\">" + h(text) + "</a>";
}

void write_head(const Report& report, std::ostream& out) {
    out << html_assets::k_head_start << "Social media audit";
    if (!report.school.empty()) out << " \u2014 " << h(report.school);
    out << "</title>\n<style>" << html_assets::k_css << "</style>\n</head>\n<body>\n<main>\n";
}

void write_header(const Report& report, std::ostream& out) {
    out << "<header>\n<p class=\"kicker\">Private social media audit";
    if (!report.school.empty()) out << " \u00B7 " << h(report.school);
    out << "</p>\n<h1>" << h(summary_line(report)) << "</h1>\n<ul class=\"counts\">\n";
    for (const auto& [severity, n] : report.count_by_severity())
        out << "<li>" << badge(severity) << n << "</li>\n";
    out << "</ul>\n<p class=\"meta\">Made by " << h(report.tool_name) << " "
        << h(report.tool_version) << " on " << h(report.generated_at) << ".";
    if (!report.policy.empty()) {
        out << " Policy cited: ";
        if (!report.policy_title.empty()) out << h(report.policy_title) << " (";
        out << h(report.policy) << (report.policy_title.empty() ? "" : ")") << ".";
    }
    out << "</p>\n<p class=\"note\">" << h(privacy_note(report)) << "</p>\n</header>\n";
}

void write_fix_first(const Report& report, std::ostream& out) {
    const std::size_t total = to_fix_count(report);
    if (total == 0) return;
    out << "<section aria-labelledby=\"fix-first\">\n<h2 id=\"fix-first\">Fix these first</h2>\n"
        << "<ol class=\"fix-first\">\n";
    std::size_t listed = 0;
    for (const Finding& f : report.findings) {
        if (f.severity == Severity::review) continue;
        if (listed == k_fix_first_limit) break;
        ++listed;
        out << "<li>" << badge(f.severity) << "<a href=\"#" << anchor_id(f.id) << "\">"
            << h(finding_title(f)) << "</a> \u2014 " << display_name(f.platform);
        if (!f.location.item.empty()) out << ", " << h(f.location.item);
        out << "</li>\n";
    }
    out << "</ol>\n";
    if (total > listed) out << "<p>\u2026and " << total - listed << " more below.</p>\n";
    out << "</section>\n";
}

void write_facts(const Finding& f, std::ostream& out) {
    out << "<dl class=\"facts\">\n<dt>Platform</dt><dd>" << display_name(f.platform) << "</dd>\n";
    for (const auto& [label, value] : where_rows(f.location))
        out << "<dt>" << label << "</dt><dd>" << h(value) << "</dd>\n";
    if (!f.location.url.empty())
        out << "<dt>Link</dt><dd>" << external_link(link_text(f.platform), f.location.url)
            << "</dd>\n";
    out << "<dt>How sure</dt><dd>" << h(confidence_sentence(f.confidence));
    if (!f.signals.empty()) {
        out << "<ul class=\"signals\">";
        for (const std::string& signal : f.signals)
            out << "<li>" << h(signal) << "</li>";
        out << "</ul>";
    }
    out << "</dd>\n<dt>Status</dt><dd>" << h(status_words(f.status)) << "</dd>\n</dl>\n";
}

void write_why(const Finding& f, std::ostream& out) {
    if (f.clauses.empty()) return;
    out << "<h4>Why it matters</h4>\n";
    for (const Clause& c : f.clauses) {
        if (f.borrowed_clauses) out << "<p>" << h(borrowed_intro(c)) << "</p>\n";
        out << "<blockquote><p>\u201C" << h(c.text) << "\u201D</p>";
        if (!f.borrowed_clauses)
            out << "<p class=\"cite\">\u2014 " << h(clause_citation(c)) << "</p>";
        out << "</blockquote>\n";
    }
}

void write_instances(const Finding& f, std::ostream& out) {
    if (f.instances.empty()) return;
    out << "<details><summary>Covers " << count_of(f.instances.size(), "item", "items")
        << "</summary>\n<div class=\"table-wrap\"><table>\n"
        << "<thead><tr><th>Item</th><th>File</th><th>Evidence</th></tr></thead>\n<tbody>\n";
    const std::size_t shown = std::min(f.instances.size(), k_listed_instances);
    for (std::size_t i = 0; i < shown; ++i) {
        const Location& where = f.instances[i].location;
        out << "<tr><td>" << h(where.item);
        if (is_safe_link(where.url)) out << " (" << external_link("open", where.url) << ")";
        out << "</td><td>" << h(where.file);
        if (!where.media.empty()) out << "<br>media " << h(where.media);
        out << "</td><td class=\"evidence\">" << h(f.instances[i].evidence) << "</td></tr>\n";
    }
    out << "</tbody>\n</table></div>\n";
    if (f.instances.size() > shown)
        out << "<p>\u2026and " << f.instances.size() - shown << " more in the JSON report.</p>\n";
    out << "</details>\n";
}

void write_steps(const Finding& f, std::ostream& out) {
    if (f.remediation.empty()) return;
    out << "<h4>How to fix it</h4>\n<ol class=\"steps\">\n";
    for (const std::string& step : f.remediation)
        out << "<li>" << h(step) << "</li>\n";
    out << "</ol>\n";
}

void write_finding(const Finding& f, std::ostream& out) {
    out << "<article class=\"finding " << sev_class(f.severity) << "\" id=\"" << anchor_id(f.id)
        << "\">\n<h3>" << badge(f.severity) << h(finding_title(f)) << "</h3>\n";
    if (!f.evidence.empty())
        out << "<blockquote class=\"evidence\"><p>\u201C" << h(f.evidence)
            << "\u201D</p></blockquote>\n";
    write_facts(f, out);
    write_why(f, out);
    write_instances(f, out);
    write_steps(f, out);
    out << "</article>\n";
}

void write_findings(const Report& report, std::ostream& out) {
    if (report.findings.empty()) {
        out << "<p>Nothing in these exports matches what the policy warns about.</p>\n";
        return;
    }
    for (Platform platform : platforms_with_findings(report)) {
        const std::string id = "platform-" + std::string(to_string(platform));
        out << "<section aria-labelledby=\"" << id << "\">\n<h2 id=\"" << id << "\">"
            << display_name(platform) << "</h2>\n";
        for (const Finding& f : report.findings)
            if (f.platform == platform) write_finding(f, out);
        out << "</section>\n";
    }
}

void write_sources(const Report& report, std::ostream& out) {
    out << "<div class=\"table-wrap\"><table>\n<thead><tr><th>Export</th><th>Platform</th>"
        << "<th>Format</th><th class=\"num\">Items</th><th class=\"num\">Media</th>"
        << "<th class=\"num\">Problems</th></tr></thead>\n<tbody>\n";
    for (const SourceSummary& s : report.sources)
        out << "<tr><td>" << h(s.path) << "</td><td>" << display_name(s.platform) << "</td><td>"
            << to_string(s.format) << "</td><td class=\"num\">" << s.items
            << "</td><td class=\"num\">" << s.media << "</td><td class=\"num\">"
            << s.problems.size() << "</td></tr>\n";
    out << "</tbody>\n</table></div>\n";
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

void write_coverage(const Report& report, std::ostream& out) {
    out << "<section aria-labelledby=\"coverage\">\n<h2 id=\"coverage\">What was checked</h2>\n";
    write_sources(report, out);
    out << "<p>Scanned:";
    const auto counts = scanned_counts(report.coverage);
    for (std::size_t i = 0; i < counts.size(); ++i)
        out << (i == 0 ? " " : ", ") << counts[i].second << " " << h(counts[i].first);
    out << ".</p>\n";
    if (!report.coverage.skipped.empty()) {
        out << "<h3>Not checked</h3>\n<ul>\n";
        for (const Skipped& s : report.coverage.skipped)
            out << "<li>" << h(s.what) << ": " << h(s.why) << "</li>\n";
        out << "</ul>\n";
    }
    out << "</section>\n";
}

void write_html(const Report& report, std::ostream& out, const TerminalStyle& /*style*/) {
    write_head(report, out);
    write_header(report, out);
    write_fix_first(report, out);
    write_findings(report, out);
    write_coverage(report, out);
    out << "</main>\n<script>" << html_assets::k_print_script << "</script>\n</body>\n</html>\n";
}

} // namespace

extern const Writer html_writer{"html", ".html", &write_html};

} // namespace audit
