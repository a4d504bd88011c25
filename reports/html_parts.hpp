#pragma once
// The pieces of the HTML report, shared by the reports/html_*.cpp files and nothing else. Every
// function escapes what it writes; callers never pass export text through unescaped.
#include "reports/report.hpp"
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace audit::html {

std::string h(std::string_view text); // escape_html
std::string sev_class(Severity s);    // "sev-high"
std::string badge(Severity s);        // the severity as a word in a bordered label
// A link only for a safe https:// URL; anything else is shown as text, never made clickable.
std::string external_link(std::string_view text, std::string_view url);

// "2025-03-14" from an item identity such as "post 2025-03-14T16:02:11Z", or "" without one.
std::string date_in(std::string_view item);

// The relative link to a photo in the unpacked export beside the report:
// "<export folder>/<path in the export>", percent-encoded. nullopt for a path that could leave
// the export (absolute, "..", a scheme, a backslash) or is empty; such a path is shown as text.
std::optional<std::string> media_href(std::string_view export_folder, std::string_view media);
// The folder an export unpacks to: the base name of its path without ".zip" (or "" when the
// report has no source for the platform).
std::string export_folder(const Report& report, Platform platform);

// A finding's card: what, where, why, how sure, the steps, and its done tick.
void write_finding(const Report& report, const Finding& finding, std::ostream& out);
// An accepted finding: a short entry with the reason and the date it runs until.
void write_accepted(const Finding& finding, std::ostream& out);
// A finding from last year's report that is no longer found.
void write_fixed(const Finding& finding, std::ostream& out);

// The SVG timeline of findings by year and platform, with a table as its text alternative.
// Writes nothing when no finding carries a date.
void write_timeline(const Report& report, std::ostream& out);

// What was scanned (per export, per kind), what was not and why, and (with --timings) how long.
void write_coverage(const Report& report, std::ostream& out);

// "'sha256-…'" for a Content-Security-Policy source list: the base64 SHA-256 of the exact
// bytes of an inline <style> or <script> element's text.
std::string csp_hash(std::string_view inline_text);

} // namespace audit::html
