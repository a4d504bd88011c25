// The timeline: how many flagged items each platform has per year, as an inline SVG dot grid
// (the number is written in every dot, so nothing depends on colour or size alone) with a
// description and a table as text alternatives.
#include "reports/format_util.hpp"
#include "reports/html_parts.hpp"
#include <algorithm>
#include <cmath>
#include <map>

namespace audit::html {

namespace {

constexpr int k_max_years = 10; // older years fold into the first column, so labels fit
constexpr int k_label_width = 110;
constexpr int k_cell_width = 60;
constexpr int k_row_height = 46;
constexpr int k_axis_height = 30;

struct Timeline {
    std::map<Platform, std::map<int, std::size_t>> counts; // platform → year → flagged items
    std::size_t undated = 0;
    int first = 0, last = 0; // years shown; first may stand for "this year or before"
    bool folded = false;
    std::size_t most = 0;
};

int year_of(const std::string& date) {
    return date.empty() ? 0 : std::stoi(date.substr(0, 4));
}

// A pattern finding counts each item it covers, in that item's year; others count once.
Timeline collect(const Report& report) {
    Timeline t;
    auto add = [&t](Platform p, std::string_view item) {
        const int year = year_of(date_in(item));
        if (year == 0) {
            ++t.undated;
            return;
        }
        ++t.counts[p][year];
    };
    for (const Finding& f : report.findings) {
        if (f.status == "accepted") continue;
        if (f.instances.empty()) add(f.platform, f.location.item);
        for (const Instance& instance : f.instances)
            add(f.platform, instance.location.item);
    }
    int lo = 9999, hi = 0;
    for (const auto& [platform, years] : t.counts) {
        lo = std::min(lo, years.begin()->first);
        hi = std::max(hi, years.rbegin()->first);
    }
    t.last = hi;
    t.first = std::max(lo, hi - k_max_years + 1);
    t.folded = lo < t.first;
    for (auto& [platform, years] : t.counts) {
        std::map<int, std::size_t> shown;
        for (const auto& [year, n] : years)
            shown[std::max(year, t.first)] += n;
        years = shown;
        for (const auto& [year, n] : years)
            t.most = std::max(t.most, n);
    }
    return t;
}

std::string year_label(const Timeline& t, int year) {
    return (t.folded && year == t.first ? "\u2264" : "") + std::to_string(year);
}

std::string description(const Timeline& t) {
    std::string text = "Flagged items by year.";
    for (const auto& [platform, years] : t.counts) {
        text += " " + std::string(display_name(platform)) + ":";
        bool first = true;
        for (const auto& [year, n] : years) {
            text += (first ? " " : ", ") + year_label(t, year) + " " + std::to_string(n);
            first = false;
        }
        text += ".";
    }
    return text;
}

void write_dot(const Timeline& t, int x, int y, std::size_t n, std::ostream& out) {
    const double share = std::sqrt(static_cast<double>(n) / static_cast<double>(t.most));
    const long radius = std::lround(9.0 + 12.0 * share);
    out << "<circle class=\"tl-dot\" cx=\"" << x << "\" cy=\"" << y << "\" r=\"" << radius
        << "\"/><text class=\"tl-n\" x=\"" << x << "\" y=\"" << y + 5
        << "\" text-anchor=\"middle\">" << n << "</text>\n";
}

void write_svg(const Timeline& t, std::ostream& out) {
    const int columns = t.last - t.first + 1;
    const int rows = static_cast<int>(t.counts.size());
    const int width = k_label_width + columns * k_cell_width;
    const int height = rows * k_row_height + k_axis_height;
    out << "<svg class=\"timeline\" role=\"img\" aria-labelledby=\"tl-title tl-desc\" viewBox=\"0 "
           "0 "
        << width << " " << height << "\" width=\"" << width << "\" height=\"" << height
        << "\">\n<title id=\"tl-title\">Timeline of flagged "
           "items by year and platform</title>\n<desc id=\"tl-desc\">"
        << h(description(t)) << "</desc>\n";
    int row = 0;
    for (const auto& [platform, years] : t.counts) {
        const int y = row * k_row_height + k_row_height / 2;
        out << "<line class=\"tl-grid\" x1=\"" << k_label_width << "\" y1=\"" << y << "\" x2=\""
            << width - k_cell_width / 2 << "\" y2=\"" << y
            << "\"/>\n<text class=\"tl-label\" x=\"0\" y=\"" << y + 5 << "\">"
            << display_name(platform) << "</text>\n";
        for (const auto& [year, n] : years)
            write_dot(t, k_label_width + (year - t.first) * k_cell_width + k_cell_width / 2, y, n,
                      out);
        ++row;
    }
    const int axis_y = rows * k_row_height + 20;
    for (int year = t.first; year <= t.last; ++year) {
        out << "<text class=\"tl-year\" x=\""
            << k_label_width + (year - t.first) * k_cell_width + k_cell_width / 2 << "\" y=\""
            << axis_y << "\" text-anchor=\"middle\">" << year_label(t, year) << "</text>\n";
    }
    out << "</svg>\n";
}

void write_table(const Timeline& t, std::ostream& out) {
    out << "<details class=\"tl-table\"><summary>The timeline as a table</summary>\n"
        << "<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">Platform</th>";
    for (int year = t.first; year <= t.last; ++year)
        out << "<th scope=\"col\" class=\"num\">" << year_label(t, year) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (const auto& [platform, years] : t.counts) {
        out << "<tr><th scope=\"row\">" << display_name(platform) << "</th>";
        for (int year = t.first; year <= t.last; ++year) {
            const auto it = years.find(year);
            out << "<td class=\"num\">" << (it == years.end() ? 0 : it->second) << "</td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody>\n</table></div>\n</details>\n";
}

} // namespace

void write_timeline(const Report& report, std::ostream& out) {
    const Timeline t = collect(report);
    if (t.counts.empty()) return;
    out << "<section aria-labelledby=\"timeline\">\n<h2 id=\"timeline\">When it happened</h2>\n"
        << "<p>Each dot is a year on one platform; the number in it is how many flagged posts, "
           "messages or other items date from that year.</p>\n<div class=\"tl-wrap\">\n";
    write_svg(t, out);
    out << "</div>\n";
    if (t.undated > 0)
        out << "<p>" << count_of(t.undated, "flagged item has", "flagged items have")
            << " no date (settings, profile fields, connections) and are not in the "
               "timeline.</p>\n";
    write_table(t, out);
    out << "</section>\n";
}

} // namespace audit::html
