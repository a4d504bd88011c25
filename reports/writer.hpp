#pragma once
// One writer per report format, listed in writers.def.
#include "reports/report.hpp"
#include <ostream>
#include <span>
#include <string_view>

namespace audit {

struct TerminalStyle {
    bool colour = false;
    int width = 100;
};

struct Writer {
    std::string_view format;    // "json", "md", "html", "text"
    std::string_view extension; // ".json", ".md", ".html", ".txt"
    void (*write)(const Report& report, std::ostream& out, const TerminalStyle& style);
};

std::span<const Writer> all_writers();
const Writer* find_writer(std::string_view format);

} // namespace audit
