// The terminal summary: what was read, how many findings of each severity, and the most urgent
// ones, one line each. The CLI prints where the full report went. Every line fits the terminal
// width, and export text is cleaned so it can never carry escape sequences of its own.
#include "reports/format_util.hpp"
#include "reports/writer.hpp"
#include <algorithm>

namespace audit {

namespace {

constexpr std::size_t k_top_findings = 10;
constexpr std::size_t k_min_width = 20;
constexpr std::size_t k_tag_width = 6; // "MEDIUM", "REVIEW"

constexpr std::string_view k_reset = "\x1b[0m";
constexpr std::string_view k_bold = "\x1b[1m";

std::string_view severity_colour(Severity s) {
    switch (s) {
    case Severity::high: return "\x1b[1;31m";
    case Severity::medium: return "\x1b[33m";
    case Severity::low: return "\x1b[36m";
    case Severity::review: return "\x1b[2m";
    }
    return "";
}

class Terminal {
  public:
    Terminal(std::ostream& out, const TerminalStyle& style)
        : m_out(out), m_colour(style.colour),
          m_width(std::max(k_min_width, static_cast<std::size_t>(std::max(style.width, 0)))) {}

    // One line, cut to the width; `style` (an ANSI sequence) applies only when colour is on.
    void line(std::string_view text, std::string_view style = {}) {
        paint(truncate_to_width(text, m_width), style);
        m_out << '\n';
    }

    // A finding line: the severity tag coloured, the rest cut to what is left of the width.
    void tagged(Severity severity, std::string_view rest) {
        std::string tag(severity_tag(severity));
        tag.resize(k_tag_width, ' ');
        m_out << "  ";
        paint(tag, severity_colour(severity));
        const std::size_t used = 2 + k_tag_width + 1;
        m_out << ' ' << truncate_to_width(rest, m_width > used ? m_width - used : 0) << '\n';
    }

  private:
    void paint(std::string_view text, std::string_view style) {
        if (m_colour && !style.empty())
            m_out << style << text << k_reset;
        else
            m_out << text;
    }

    std::ostream& m_out;
    bool m_colour;
    std::size_t m_width;
};

std::string padded(std::string_view text, std::size_t width) {
    std::string out(text);
    for (std::size_t w = display_width(text); w < width; ++w)
        out += ' ';
    return out;
}

void write_sources(const Report& report, Terminal& term) {
    term.line("Exports read:", k_bold);
    if (report.sources.empty()) term.line("  none");
    for (const SourceSummary& s : report.sources) {
        std::string text =
            "  " + padded(display_name(s.platform), 10) + clean_text(s.path) + ": " +
            count_of(s.items, "item", "items") + ", " +
            count_of(s.media, "media file", "media files") + ", " +
            (s.problems.empty() ? std::string("no problems")
                                : count_of(s.problems.size(), "problem", "problems"));
        term.line(text);
    }
}

void write_counts(const Report& report, Terminal& term) {
    const auto counts = report.count_by_severity();
    std::string text = summary_line(report) + " \u2014 ";
    for (Severity s : {Severity::high, Severity::medium, Severity::low}) {
        if (s != Severity::high) text += ", ";
        text += std::to_string(counts.at(s)) + " " + std::string(to_string(s));
    }
    term.line(text, k_bold);
}

std::string finding_line(const Finding& f) {
    std::string text = clean_text(f.check) + "  " + std::string(display_name(f.platform));
    if (!f.location.item.empty()) text += " " + clean_text(f.location.item);
    const std::string evidence = clean_text(f.evidence);
    text += evidence.empty() ? ": " + clean_text(finding_title(f)) : ": '" + evidence + "'";
    if (f.status == "reappeared") text = "[came back] " + text;
    return text;
}

void write_top_findings(const Report& report, Terminal& term) {
    const std::size_t accepted = accepted_count(report);
    if (report.findings.size() == accepted) {
        term.line("Nothing in these exports matches what the policy warns about.");
        if (accepted) term.line(count_of(accepted, "accepted finding is", "accepted findings are") +
                                " listed in the full report.");
        return;
    }
    // The pipeline already sorts by severity; the stable sort only guards that promise.
    std::vector<const Finding*> order;
    for (const Finding& f : report.findings)
        if (!is_accepted(f)) order.push_back(&f);
    std::stable_sort(order.begin(), order.end(),
                     [](const Finding* a, const Finding* b) { return a->severity < b->severity; });
    const std::size_t shown = std::min(order.size(), k_top_findings);
    term.line(shown == order.size() ? "Findings:" : "Most urgent findings:", k_bold);
    for (std::size_t i = 0; i < shown; ++i)
        term.tagged(order[i]->severity, finding_line(*order[i]));
    if (order.size() > shown)
        term.line("  \u2026and " + std::to_string(order.size() - shown) +
                  " more in the full report.");
    if (accepted)
        term.line(count_of(accepted, "accepted finding", "accepted findings") +
                  " (your baseline) not listed as problems.");
}


void write_text(const Report& report, std::ostream& out, const TerminalStyle& style) {
    Terminal term(out, style);
    std::string title = clean_text(report.tool_name) + " " + clean_text(report.tool_version);
    if (!report.school.empty()) title += " \u00B7 " + clean_text(report.school);
    if (!report.policy.empty()) title += " \u00B7 policy " + clean_text(report.policy);
    term.line(title, k_bold);
    // Year on year, what changed comes first: it is what a returning teacher looks for.
    if (report.previous) term.line(comparison_summary(report), k_bold);
    if (report.redacted) term.line("Trainer mode: personal evidence is masked.");
    write_sources(report, term);
    write_counts(report, term);
    write_top_findings(report, term);
}

} // namespace

extern const Writer text_writer{"text", ".txt", &write_text};

} // namespace audit
