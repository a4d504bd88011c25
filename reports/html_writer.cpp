// The HTML report: one self-contained page that opens offline, prints cleanly, reads on a phone
// and on a projector. Every piece of export text goes through escape_html; the only outside
// links are a finding's own https:// addresses, and photos are linked where they lie in the
// unpacked export. The cards are in html_finding.cpp, the timeline and coverage in their own
// files, the stylesheet and script in html_assets.hpp / html_script.hpp.
#include "reports/format_util.hpp"
#include "reports/html_assets.hpp"
#include "reports/html_parts.hpp"
#include "reports/html_script.hpp"
#include "reports/writer.hpp"
#include <algorithm>
#include <map>

namespace audit {

namespace {

using html::h;

// The report without its accepted findings: what the summary, the filters and the sections
// count, since an accepted finding is not a problem until it expires.
Report active_part(const Report& report) {
    Report active = report;
    std::erase_if(active.findings, is_accepted);
    return active;
}

// Only this stylesheet and this script may run; nothing may be fetched, framed or submitted.
// Images only with --thumbnails, and then only the data: pictures inside the page.
std::string content_security_policy(const Report& report) {
    return "default-src 'none'; style-src " + html::csp_hash(html_assets::k_css) + "; script-src " +
           html::csp_hash(html_assets::k_script) + (report.thumbnails.empty() ? "" : "; img-src data:") +
           "; base-uri 'none'; form-action 'none'";
}

void write_head(const Report& report, std::ostream& out) {
    out << html_assets::k_head_start << content_security_policy(report) << html_assets::k_head_title
        << "Social media audit";
    if (!report.school.empty()) out << " \u2014 " << h(report.school);
    out << "</title>\n<style>" << html_assets::k_css << "</style>\n</head>\n<body>\n"
        << "<a class=\"skip\" href=\"#findings\">Skip to the findings</a>\n"
        << "<div class=\"tools\" id=\"tools\" role=\"group\" aria-label=\"Presenter view\" hidden>"
        << "<button type=\"button\" id=\"large-type\" aria-pressed=\"false\">Large type</button>"
        << "<button type=\"button\" id=\"one-at-a-time\" aria-pressed=\"false\">One finding at "
           "a time</button></div>\n<main>\n";
}

void write_contents(const Report& report, const Report& active, std::ostream& out) {
    std::vector<std::pair<std::string, std::string>> links;
    if (to_fix_count(active) > 0) links.emplace_back("fix-first", "Fix these first");
    links.emplace_back("findings", "All findings");
    if (active.findings.size() != report.findings.size())
        links.emplace_back("accepted", "Accepted for now");
    if (report.previous && !report.previous->fixed.empty()) links.emplace_back("fixed", "Fixed");
    links.emplace_back("coverage", "What was checked");
    out << "<nav class=\"contents\" aria-label=\"Contents\"><ul>";
    for (const auto& [anchor, text] : links)
        out << "<li><a href=\"#" << anchor << "\">" << text << "</a></li>";
    out << "</ul></nav>\n";
}

void write_header(const Report& report, const Report& active, std::ostream& out) {
    out << "<header>\n";
    if (report.redacted)
        out << "<p class=\"banner\" role=\"note\">Redacted for training: names, numbers, places "
               "and other personal evidence are masked, so this copy can be shown to others.</p>\n";
    out << "<p class=\"kicker\">Private social media audit";
    if (!report.school.empty()) out << " \u00B7 " << h(report.school);
    out << "</p>\n<h1>" << h(summary_line(active));
    const std::size_t accepted = report.findings.size() - active.findings.size();
    if (accepted > 0) out << ", " << accepted << " accepted";
    out << "</h1>\n";
    const std::string comparison = comparison_summary(report);
    if (!comparison.empty()) out << "<p class=\"lead\">" << h(comparison) << "</p>\n";
    out << "<ul class=\"counts\" aria-label=\"Findings by severity\">\n";
    for (const auto& [severity, n] : active.count_by_severity())
        out << "<li>" << html::badge(severity) << n << "</li>\n";
    out << "</ul>\n<p class=\"meta\">Made by " << h(report.tool_name) << " "
        << h(report.tool_version) << " on " << h(report.generated_at) << ".";
    if (!report.policy.empty()) {
        out << " Policy cited: ";
        if (!report.policy_title.empty()) out << h(report.policy_title) << " (";
        out << h(report.policy) << (report.policy_title.empty() ? "" : ")") << ".";
    }
    out << "</p>\n<p class=\"note\">" << h(privacy_note(report)) << "</p>\n";
    write_contents(report, active, out);
    out << "</header>\n";
}

void write_fix_first(const Report& active, std::ostream& out) {
    const std::size_t total = to_fix_count(active);
    if (total == 0) return;
    out << "<section aria-labelledby=\"fix-first\">\n<h2 id=\"fix-first\">Fix these first</h2>\n"
        << "<ol class=\"fix-first\">\n";
    std::size_t listed = 0;
    for (const Finding& f : active.findings) {
        if (f.severity == Severity::review) continue;
        if (listed == k_fix_first_limit) break;
        ++listed;
        out << "<li>" << html::badge(f.severity) << "<a href=\"#" << anchor_id(f.id) << "\">"
            << h(finding_title(f)) << "</a> \u2014 " << display_name(f.platform);
        if (!f.location.item.empty()) out << ", " << h(f.location.item);
        out << "</li>\n";
    }
    out << "</ol>\n";
    if (total > listed) out << "<p>\u2026and " << total - listed << " more below.</p>\n";
    out << "</section>\n";
}

void write_options(std::string_view name, std::string_view label, std::string_view all,
                   const std::vector<std::pair<std::string, std::string>>& options,
                   std::ostream& out) {
    out << "<label>" << label << " <select name=\"" << name << "\"><option value=\"\">" << all
        << "</option>";
    for (const auto& [value, text] : options)
        out << "<option value=\"" << h(value) << "\">" << h(text) << "</option>";
    out << "</select></label>\n";
}

// Written hidden: the page script shows it, so a reader without script sees no dead controls.
void write_filters(const Report& active, std::ostream& out) {
    std::vector<std::pair<std::string, std::string>> platforms, severities, checks;
    for (Platform p : platforms_with_findings(active))
        platforms.emplace_back(to_string(p), display_name(p));
    for (const auto& [severity, n] : active.count_by_severity())
        severities.emplace_back(to_string(severity), severity_label(severity));
    std::map<std::string, std::string> titles;
    for (const Finding& f : active.findings)
        titles.emplace(f.check, std::string(finding_title(f)));
    for (const auto& [check, title] : titles)
        checks.emplace_back(check, title);
    out << "<form class=\"filters\" id=\"filters\" hidden>\n<fieldset>\n"
        << "<legend>Show only</legend>\n";
    write_options("platform", "Platform", "All platforms", platforms, out);
    write_options("severity", "Severity", "All severities", severities, out);
    write_options("check", "Check", "All checks", checks, out);
    out << "<label class=\"inline\"><input type=\"checkbox\" name=\"hidedone\"> Hide the ones "
           "ticked done</label>\n<button type=\"reset\">Show all</button>\n</fieldset>\n</form>\n"
        << "<p class=\"filter-status\" id=\"filter-status\" role=\"status\">"
        << count_of(active.findings.size(), "finding", "findings") << ".</p>\n"
        << "<p class=\"hint\">Tick a finding when you have dealt with it. The ticks are kept "
           "only in this browser on this computer (its local storage for this page), never "
           "in the report file itself.</p>\n";
}

void write_findings(const Report& report, const Report& active, std::ostream& out) {
    out << "<div id=\"findings\">\n";
    if (active.findings.empty()) {
        out << "<p>Nothing in these exports matches what the policy warns about.</p>\n</div>\n";
        return;
    }
    write_filters(active, out);
    for (Platform platform : platforms_with_findings(active)) {
        const std::string id = "platform-" + std::string(to_string(platform));
        out << "<section class=\"platform\" aria-labelledby=\"" << id << "\">\n<h2 id=\"" << id
            << "\">" << display_name(platform) << "</h2>\n";
        for (const Finding& f : active.findings)
            if (f.platform == platform) html::write_finding(report, f, out);
        out << "</section>\n";
    }
    out << "</div>\n";
}

void write_accepted_section(const Report& report, std::ostream& out) {
    if (std::none_of(report.findings.begin(), report.findings.end(), is_accepted)) return;
    out << "<section aria-labelledby=\"accepted\">\n<h2 id=\"accepted\">Accepted for now</h2>\n"
        << "<p>You recorded these in your baseline as known and accepted. They are not counted "
           "as problems until the date shown, when they come back for another look.</p>\n"
        << "<ul class=\"accepted\">\n";
    for (const Finding& f : report.findings)
        if (is_accepted(f)) html::write_accepted(f, out);
    out << "</ul>\n</section>\n";
}

void write_fixed_section(const Report& report, std::ostream& out) {
    if (!report.previous || report.previous->fixed.empty()) return;
    const std::string since = report.previous->previous_generated_at.substr(0, 10);
    out << "<section aria-labelledby=\"fixed\">\n<h2 id=\"fixed\">Fixed since "
        << (since.empty() ? "the last audit" : h(since)) << "</h2>\n<p>In the previous report, "
        << "not found this time. Well done.</p>\n<ul class=\"fixed\">\n";
    for (const Finding& f : report.previous->fixed)
        html::write_fixed(f, out);
    out << "</ul>\n</section>\n";
}

void write_html(const Report& report, std::ostream& out, const TerminalStyle& /*style*/) {
    const Report active = active_part(report);
    write_head(report, out);
    write_header(report, active, out);
    write_fix_first(active, out);
    html::write_timeline(active, out);
    write_findings(report, active, out);
    write_accepted_section(report, out);
    write_fixed_section(report, out);
    html::write_coverage(report, out);
    out << "</main>\n<div class=\"pager\" id=\"pager\" hidden><button type=\"button\" "
           "id=\"pager-prev\">\u2190 Previous</button><p id=\"pager-position\" "
           "aria-live=\"polite\"></p><button type=\"button\" id=\"pager-next\">Next \u2192"
           "</button></div>\n<script>"
        << html_assets::k_script << "</script>\n</body>\n</html>\n";
}

} // namespace

extern const Writer html_writer{"html", ".html", &write_html};

} // namespace audit
