// One finding as a card: what, where, why, how sure, the numbered steps and a "done" tick.
#include "reports/format_util.hpp"
#include "reports/html_parts.hpp"
#include <algorithm>

namespace audit::html {

namespace {

// A --thumbnails picture: small, greyscale and (unless the user asked for sharp) blurred.
void write_thumbnail(const Report& report, const std::string& uri, const std::string& path,
                     std::ostream& out) {
    if (uri.empty()) return;
    out << "<img class=\"thumb\" src=\"" << h(uri) << "\" alt=\""
        << (report.thumbnails == "sharp" ? "Small picture of " : "Blurred small picture of ")
        << h(path) << "\" width=\"160\">";
}

// The photo is referenced where it lies in the unpacked export; the report holds a copy only
// as a --thumbnails picture.
void write_media_row(const Report& report, const Finding& f, std::ostream& out) {
    if (f.location.media.empty()) return;
    const bool photo = f.check.rfind("image.", 0) == 0;
    out << "<dt>" << (photo ? "Photo" : "Media") << "</dt><dd>";
    write_thumbnail(report, f.thumbnail, f.location.media, out);
    const auto href = media_href(export_folder(report, f.platform), f.location.media);
    if (href)
        out << "<a class=\"media\" href=\"" << h(*href) << "\">" << h(f.location.media)
            << "</a><br><span class=\"hint\">Opens the file from the unpacked export in the "
               "folder beside this report."
            << (f.thumbnail.empty() ? " The report holds no copy of it." : "") << "</span>";
    else
        out << h(f.location.media);
    out << "</dd>\n";
}

void write_facts(const Report& report, const Finding& f, std::ostream& out) {
    out << "<dl class=\"facts\">\n<dt>Platform</dt><dd>" << display_name(f.platform) << "</dd>\n";
    const std::string date = date_in(f.location.item);
    if (!date.empty()) out << "<dt>Date</dt><dd>" << h(date) << "</dd>\n";
    for (const auto& [label, value] : where_rows(f.location))
        if (label != "Media") out << "<dt>" << label << "</dt><dd>" << h(value) << "</dd>\n";
    write_media_row(report, f, out);
    if (!f.location.url.empty())
        out << "<dt>Link</dt><dd>" << external_link(link_text(f.platform), f.location.url)
            << "</dd>\n";
    out << "<dt>How sure</dt><dd>" << h(confidence_sentence(f.confidence));
    if (!f.signals.empty()) {
        out << "<ul class=\"signals\" aria-label=\"Signals\">";
        for (const std::string& signal : f.signals)
            out << "<li>" << h(signal) << "</li>";
        out << "</ul>";
    }
    out << "</dd>\n<dt>Check</dt><dd><code>" << h(f.check) << "</code></dd>\n"
        << "<dt>Status</dt><dd>" << h(status_words(f.status)) << "</dd>\n</dl>\n";
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

void write_instance_row(const Report& report, const Finding& f, const Instance& instance,
                        std::ostream& out) {
    const Location& where = instance.location;
    out << "<tr><td>" << h(where.item);
    if (is_safe_link(where.url)) out << " (" << external_link("open", where.url) << ")";
    out << "</td><td>" << h(where.file);
    if (!where.media.empty()) {
        const auto href = media_href(export_folder(report, f.platform), where.media);
        out << "<br>";
        write_thumbnail(report, instance.thumbnail, where.media, out);
        out << "media ";
        if (href)
            out << "<a class=\"media\" href=\"" << h(*href) << "\">" << h(where.media) << "</a>";
        else
            out << h(where.media);
    }
    out << "</td><td class=\"evidence\">" << h(instance.evidence) << "</td></tr>\n";
}

void write_instances(const Report& report, const Finding& f, std::ostream& out) {
    if (f.instances.empty()) return;
    out << "<details><summary>Covers " << count_of(f.instances.size(), "item", "items")
        << "</summary>\n<div class=\"table-wrap\"><table>\n"
        << "<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">File</th>"
        << "<th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n";
    const std::size_t shown = std::min(f.instances.size(), k_listed_instances);
    for (std::size_t i = 0; i < shown; ++i)
        write_instance_row(report, f, f.instances[i], out);
    out << "</tbody>\n</table></div>\n";
    if (f.instances.size() > shown)
        out << "<p>\u2026and " << f.instances.size() - shown << " more in the JSON report.</p>\n";
    out << "</details>\n";
}

// A step such as "Open it directly: https://…" gets its address as a link (safe ones only).
std::string step_html(std::string_view step) {
    const std::size_t at = step.find("https://");
    if (at == std::string_view::npos) return h(step);
    const std::size_t end = std::min(step.find(' ', at), step.size());
    const std::string_view url = step.substr(at, end - at);
    if (!is_safe_link(url)) return h(step);
    // escape_html trims, so the spaces around the address are put back here.
    const std::string before = h(step.substr(0, at)), after = h(step.substr(end));
    const bool space_before = at > 0 && step[at - 1] == ' ';
    return before + (space_before && !before.empty() ? " " : "") + external_link(url, url) +
           (after.empty() ? "" : " ") + after;
}

void write_steps(const Finding& f, std::ostream& out) {
    if (f.remediation.empty()) return;
    out << "<h4>How to fix it</h4>\n<ol class=\"steps\">\n";
    for (const std::string& step : f.remediation)
        out << "<li>" << step_html(step) << "</li>\n";
    out << "</ol>\n";
}

// A native checkbox, so it works by keyboard and with screen readers; the page script keeps
// its state in this browser's local storage, keyed by the finding id.
void write_done_tick(const std::string& anchor, std::ostream& out) {
    out << "<p class=\"done\"><input type=\"checkbox\" id=\"done-" << anchor << "\" data-finding=\""
        << anchor << "\"><label for=\"done-" << anchor
        << "\">Done \u2014 I have dealt with this</label></p>\n";
}

} // namespace

void write_finding(const Report& report, const Finding& f, std::ostream& out) {
    const std::string anchor = anchor_id(f.id);
    out << "<article class=\"finding " << sev_class(f.severity) << "\" id=\"" << anchor
        << "\" tabindex=\"-1\" data-platform=\"" << to_string(f.platform) << "\" data-severity=\""
        << to_string(f.severity) << "\" data-check=\"" << h(f.check) << "\">\n<h3>"
        << badge(f.severity) << h(finding_title(f)) << "</h3>\n";
    write_done_tick(anchor, out);
    if (!f.evidence.empty())
        out << "<blockquote class=\"evidence\"><p>\u201C" << h(f.evidence)
            << "\u201D</p></blockquote>\n";
    write_facts(report, f, out);
    write_why(f, out);
    write_instances(report, f, out);
    write_steps(f, out);
    out << "</article>\n";
}

void write_accepted(const Finding& f, std::ostream& out) {
    out << "<li id=\"" << anchor_id(f.id) << "\"><strong>" << h(finding_title(f))
        << "</strong> \u2014 " << display_name(f.platform);
    if (!f.location.item.empty()) out << ", " << h(f.location.item);
    out << ". Accepted";
    if (!f.accepted_reason.empty()) out << " because \u201C" << h(f.accepted_reason) << "\u201D";
    if (!f.accepted_until.empty()) out << ", until " << h(f.accepted_until);
    out << ".</li>\n";
}

void write_fixed(const Finding& f, std::ostream& out) {
    out << "<li><strong>" << h(finding_title(f)) << "</strong> \u2014 " << display_name(f.platform);
    if (!f.location.item.empty()) out << ", " << h(f.location.item);
    out << "</li>\n";
}

} // namespace audit::html
