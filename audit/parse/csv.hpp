#pragma once
// CSV adapter over libcsv. Tolerant of what real exports contain (a UTF-8 BOM, CRLF line ends,
// preamble lines before the header, blank rows, stray quotes inside unquoted fields); a quoted
// field that is never closed is an error, because everything after it would be one field.
#include "audit/core/result.hpp"
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct CsvOptions {
    std::size_t skip_lines = 0;  // physical lines before the table (LinkedIn's "Notes:" block)
    bool skip_blank_rows = true; // rows with no fields, or only empty ones
    bool trim_spaces = true;     // spaces and tabs around unquoted fields
    char delimiter = ',';
};

struct CsvRow {
    std::size_t line = 0; // 1-based line of the file where the row starts, for messages
    std::vector<std::string> fields;

    // The field at `index`, or "" when the row is shorter (ragged rows are common).
    const std::string& field(std::size_t index) const;
};

struct CsvTable {
    std::vector<CsvRow> rows;

    // The index of the column whose first-row cell equals `name` (ASCII case-insensitive,
    // surrounding spaces ignored), or nullopt.
    std::optional<std::size_t> column(std::string_view name) const;
};

// Parses `bytes`; `origin` names the file in error messages.
Result<CsvTable> parse_csv(std::string_view bytes, const std::string& origin,
                           const CsvOptions& options = {});

} // namespace audit
