// The Markdown remediation report: the same content as the HTML page, for people who keep notes
// in Markdown or paste into a ticket. Every piece of export text goes through escape_markdown.
#include "reports/format_util.hpp"
#include "reports/writer.hpp"
#include <algorithm>

namespace audit {

namespace {

std::string md(std::string_view text) {
    return escape_markdown(text);
}

// A link only for a safe https:// URL; the angle-bracket form keeps parentheses in the URL intact.
std::string md_link(std::string_view text, std::string_view url) {
    return "[" + md(text) + "](<" + std::string(url) + ">)";
}

void write_header(const Report& report, std::ostream& out) {
    out << "# Social media audit";
    if (!report.school.empty()) out << ": " << md(report.school);
    if (report.previous) out << "\n\n**" << md(comparison_summary(report)) << ".**";
    out << "\n\n**" << summary_line(report) << ".**";
    for (const auto& [severity, n] : report.count_by_severity())
        out << (severity == Severity::high ? " " : " \u00B7 ") << severity_label(severity) << ": "
            << n;
    out << "\n\n";
    out << "Made by " << md(report.tool_name) << " " << md(report.tool_version) << " on "
        << md(report.generated_at) << ".";
    if (!report.policy.empty()) {
        out << " Policy cited: ";
        if (!report.policy_title.empty()) out << md(report.policy_title) << " (";
        out << md(report.policy) << (report.policy_title.empty() ? "" : ")") << ".";
    }
    out << "\n\n" << md(privacy_note(report)) << "\n";
}

void write_fix_first(const Report& report, std::ostream& out) {
    const std::size_t total = to_fix_count(report);
    if (total == 0) return;
    out << "\n## Fix these first\n\n";
    std::size_t listed = 0;
    for (const Finding& f : report.findings) {
        if (f.severity == Severity::review || is_accepted(f)) continue;
        if (listed == k_fix_first_limit) break;
        ++listed;
        out << listed << ". **" << severity_label(f.severity) << ":** [" << md(finding_title(f))
            << "](#" << anchor_id(f.id) << ") \u2014 " << display_name(f.platform);
        if (!f.location.item.empty()) out << ", " << md(f.location.item);
        out << "\n";
    }
    if (total > listed) out << "\n\u2026and " << total - listed << " more below.\n";
}

void write_where(const Finding& f, std::ostream& out) {
    out << "**Where:**\n\n- Platform: " << display_name(f.platform) << "\n";
    for (const auto& [label, value] : where_rows(f.location))
        out << "- " << label << ": " << md(value) << "\n";
    if (is_safe_link(f.location.url))
        out << "- Link: " << md_link(link_text(f.platform), f.location.url) << "\n";
    else if (!f.location.url.empty())
        out << "- Address: " << md(f.location.url) << "\n";
    out << "\n";
}

void write_why(const Finding& f, std::ostream& out) {
    if (f.clauses.empty()) return;
    out << "**Why it matters:**\n\n";
    for (const Clause& c : f.clauses) {
        if (f.borrowed_clauses) out << md(borrowed_intro(c)) << "\n\n";
        out << "> \u201C" << md(c.text) << "\u201D\n";
        if (!f.borrowed_clauses) out << ">\n> \u2014 " << md(clause_citation(c)) << "\n";
        out << "\n";
    }
}

void write_how_sure(const Finding& f, std::ostream& out) {
    out << "**How sure:** " << confidence_sentence(f.confidence) << ".";
    if (!f.signals.empty()) {
        out << " Signals:";
        for (std::size_t i = 0; i < f.signals.size(); ++i)
            out << (i == 0 ? " " : "; ") << md(f.signals[i]);
        out << ".";
    }
    out << "\n\n**Status:** " << md(status_words(f.status)) << "\n\n";
}

void write_instances(const Finding& f, std::ostream& out) {
    if (f.instances.empty()) return;
    out << "**Covers " << count_of(f.instances.size(), "item", "items") << ":**\n\n";
    out << "| Item | File | Evidence |\n|---|---|---|\n";
    const std::size_t shown = std::min(f.instances.size(), k_listed_instances);
    for (std::size_t i = 0; i < shown; ++i) {
        const Instance& instance = f.instances[i];
        out << "| " << md(instance.location.item);
        if (is_safe_link(instance.location.url))
            out << " (" << md_link("open", instance.location.url) << ")";
        out << " | " << md(instance.location.file);
        if (!instance.location.media.empty())
            out << " \u00B7 media " << md(instance.location.media);
        out << " | " << md(instance.evidence) << " |\n";
    }
    if (f.instances.size() > shown)
        out << "\n\u2026and " << f.instances.size() - shown << " more in the JSON report.\n";
    out << "\n";
}

void write_steps(const Finding& f, std::ostream& out) {
    if (f.remediation.empty()) return;
    out << "**How to fix it:**\n\n";
    for (std::size_t i = 0; i < f.remediation.size(); ++i)
        out << i + 1 << ". " << md(f.remediation[i]) << "\n";
    out << "\n";
}

void write_finding(const Finding& f, std::ostream& out) {
    out << "<a id=\"" << anchor_id(f.id) << "\"></a>\n\n";
    out << "### " << severity_label(f.severity) << ": " << md(finding_title(f)) << "\n\n";
    if (f.evidence.empty())
        out << "**What was found:** " << md(finding_title(f)) << "\n\n";
    else
        out << "**What was found:**\n\n> \u201C" << md(f.evidence) << "\u201D\n\n";
    write_where(f, out);
    write_why(f, out);
    write_how_sure(f, out);
    write_instances(f, out);
    write_steps(f, out);
}

void write_findings(const Report& report, std::ostream& out) {
    if (report.findings.size() == accepted_count(report)) {
        out << "\nNothing in these exports matches what the policy warns about"
            << (report.findings.empty() ? "" : ", apart from what you have accepted") << ".\n";
        return;
    }
    for (Platform platform : platforms_with_findings(report)) {
        auto open_here = [&](const Finding& f) { return f.platform == platform && !is_accepted(f); };
        if (std::none_of(report.findings.begin(), report.findings.end(), open_here)) continue;
        out << "\n## " << display_name(platform) << "\n\n";
        for (const Finding& f : report.findings)
            if (open_here(f)) write_finding(f, out);
    }
}

// One line per finding, for the accepted and fixed lists.
void write_brief(const Finding& f, std::ostream& out) {
    out << "- **" << severity_label(f.severity) << ": " << md(finding_title(f)) << "** \u2014 "
        << display_name(f.platform);
    if (!f.location.item.empty()) out << ", " << md(f.location.item);
    if (!f.evidence.empty()) out << ": \u201C" << md(f.evidence) << "\u201D";
    out << " (`" << md(f.id) << "`)";
}

void write_accepted(const Report& report, std::ostream& out) {
    if (accepted_count(report) == 0) return;
    out << "\n## Accepted\n\nYou accepted these (staff-audit accept); they are not counted as "
           "problems until the date given, then they come back for review.\n\n";
    for (const Finding& f : report.findings) {
        if (!is_accepted(f)) continue;
        write_brief(f, out);
        out << "\n  Accepted until " << md(f.accepted_until) << ": " << md(f.accepted_reason) << "\n";
    }
}

void write_fixed(const Report& report, std::ostream& out) {
    if (!report.previous) return;
    const std::string since = report.previous->previous_generated_at.substr(0, 10);
    out << "\n## Fixed since " << (since.empty() ? "the last report" : md(since)) << "\n\n";
    if (report.previous->fixed.empty()) {
        out << "Nothing from the last report has gone.\n";
        return;
    }
    out << "In the last report, not found now:\n\n";
    for (const Finding& f : report.previous->fixed) {
        write_brief(f, out);
        out << "\n";
    }
}

void write_sources(const Report& report, std::ostream& out) {
    out << "| Export | Platform | Format | Items | Media | Problems |\n";
    out << "|---|---|---|---:|---:|---:|\n";
    for (const SourceSummary& s : report.sources)
        out << "| " << md(s.path) << " | " << display_name(s.platform) << " | "
            << to_string(s.format) << " | " << s.items << " | " << s.media << " | "
            << s.problems.size() << " |\n";
    out << "\n";
    for (const SourceSummary& s : report.sources) {
        if (s.problems.empty()) continue;
        out << "Problems reading " << md(s.path) << ":\n\n";
        const std::size_t shown = std::min(s.problems.size(), k_listed_problems);
        for (std::size_t i = 0; i < shown; ++i)
            out << "- " << md(s.problems[i].file) << ": " << md(s.problems[i].message) << "\n";
        if (s.problems.size() > shown)
            out << "- \u2026and " << s.problems.size() - shown << " more in the JSON report\n";
        out << "\n";
    }
}

void write_coverage(const Report& report, std::ostream& out) {
    out << "\n## What was checked\n\n";
    write_sources(report, out);
    out << "Scanned:";
    const auto counts = scanned_counts(report.coverage);
    for (std::size_t i = 0; i < counts.size(); ++i)
        out << (i == 0 ? " " : ", ") << counts[i].second << " " << md(counts[i].first);
    out << ".\n";
    if (report.coverage.skipped.empty()) return;
    out << "\n### Not checked\n\n";
    for (const Skipped& s : report.coverage.skipped)
        out << "- " << md(s.what) << ": " << md(s.why) << "\n";
}

void write_markdown(const Report& report, std::ostream& out, const TerminalStyle& /*style*/) {
    write_header(report, out);
    write_fix_first(report, out);
    write_findings(report, out);
    write_accepted(report, out);
    write_fixed(report, out);
    write_coverage(report, out);
}

} // namespace

extern const Writer markdown_writer{"md", ".md", &write_markdown};

} // namespace audit
