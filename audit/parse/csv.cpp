#include "audit/parse/csv.hpp"
#include <algorithm>
#include <cctype>
#include <csv.h>

namespace audit {

namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

std::string_view strip_bom(std::string_view bytes) {
    if (bytes.substr(0, k_utf8_bom.size()) == k_utf8_bom) bytes.remove_prefix(k_utf8_bom.size());
    return bytes;
}

// Drops `count` physical lines; returns the rest and how many lines were actually dropped.
std::string_view skip_lines(std::string_view bytes, std::size_t count, std::size_t& skipped) {
    skipped = 0;
    while (skipped < count && !bytes.empty()) {
        auto end = bytes.find('\n');
        bytes.remove_prefix(end == std::string_view::npos ? bytes.size() : end + 1);
        ++skipped;
    }
    return bytes;
}

// Line breaks inside one field: "\r\n", "\n" and a lone "\r" each count once.
std::size_t count_line_breaks(std::string_view text) {
    std::size_t breaks = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n')
            ++breaks;
        else if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))
            ++breaks;
    }
    return breaks;
}

bool is_blank(const std::vector<std::string>& fields) {
    return std::all_of(fields.begin(), fields.end(), [](const auto& f) { return f.empty(); });
}

// Collects libcsv's callbacks into rows, keeping track of the line each row starts on.
// libcsv is run with CSV_REPALL_NL so that every line end is reported, which is what makes the
// line numbers right even across blank lines and CRLF pairs.
class RowCollector {
public:
    RowCollector(std::size_t first_line, bool skip_blank)
        : m_line(first_line), m_row_line(first_line), m_skip_blank(skip_blank) {}

    void on_field(std::string_view text) {
        m_pending_cr = false;
        m_breaks_in_row += count_line_breaks(text);
        m_fields.emplace_back(text);
    }

    void on_row_end(int terminator) {
        if (terminator == '\n' && m_pending_cr && m_fields.empty()) {
            m_pending_cr = false; // the second half of a CRLF pair
            return;
        }
        bool keep = !(m_skip_blank && is_blank(m_fields));
        if (keep) m_table.rows.push_back(CsvRow{m_row_line, std::move(m_fields)});
        m_fields.clear();
        m_line += m_breaks_in_row + (terminator == '\n' || terminator == '\r' ? 1 : 0);
        m_breaks_in_row = 0;
        m_pending_cr = terminator == '\r';
        m_row_line = m_line;
    }

    std::size_t row_line() const { return m_row_line; }
    CsvTable take() { return std::move(m_table); }

private:
    CsvTable m_table;
    std::vector<std::string> m_fields;
    std::size_t m_line;
    std::size_t m_row_line;
    std::size_t m_breaks_in_row = 0;
    bool m_pending_cr = false;
    bool m_skip_blank;
};

extern "C" void csv_field_callback(void* data, std::size_t length, void* context) {
    const char* text = data ? static_cast<const char*>(data) : "";
    static_cast<RowCollector*>(context)->on_field(std::string_view(text, data ? length : 0));
}

extern "C" void csv_row_callback(int terminator, void* context) {
    static_cast<RowCollector*>(context)->on_row_end(terminator);
}

extern "C" int csv_no_space(unsigned char) {
    return 0;
}

// Owns a csv_parser so that it is freed on every path.
class Parser {
public:
    explicit Parser(const CsvOptions& options) {
        m_ok = csv_init(&m_parser, CSV_REPALL_NL) == 0;
        if (!m_ok) return;
        csv_set_delim(&m_parser, static_cast<unsigned char>(options.delimiter));
        if (!options.trim_spaces) csv_set_space_func(&m_parser, csv_no_space);
    }
    ~Parser() {
        if (m_ok) csv_free(&m_parser);
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    bool ok() const { return m_ok; }
    csv_parser* get() { return &m_parser; }

    // libcsv reports an unclosed quote only in strict mode, which also rejects the stray quotes
    // real exports contain; so look at its (public) state instead. 2 is libcsv's FIELD_BEGUN.
    bool inside_quoted_field() const { return m_parser.pstate == 2 && m_parser.quoted; }

private:
    csv_parser m_parser{};
    bool m_ok = false;
};

std::string where(const std::string& origin, std::size_t line) {
    return origin + ": line " + std::to_string(line) + ": ";
}

bool iequals_trimmed(std::string_view a, std::string_view b) {
    auto trim = [](std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.remove_suffix(1);
        return s;
    };
    a = trim(a);
    b = trim(b);
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

const std::string& CsvRow::field(std::size_t index) const {
    static const std::string k_empty;
    return index < fields.size() ? fields[index] : k_empty;
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
    if (rows.empty()) return std::nullopt;
    const auto& header = rows.front().fields;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (iequals_trimmed(header[i], name)) return i;
    return std::nullopt;
}

Result<CsvTable> parse_csv(std::string_view bytes, const std::string& origin,
                           const CsvOptions& options) {
    std::size_t skipped = 0;
    bytes = skip_lines(strip_bom(bytes), options.skip_lines, skipped);
    Parser parser(options);
    if (!parser.ok()) return fail(origin + ": cannot start the CSV parser");
    RowCollector rows(skipped + 1, options.skip_blank_rows);
    std::size_t parsed = csv_parse(parser.get(), bytes.data(), bytes.size(), csv_field_callback,
                                   csv_row_callback, &rows);
    if (parsed != bytes.size())
        return fail(where(origin, rows.row_line()) + csv_strerror(csv_error(parser.get())));
    if (parser.inside_quoted_field())
        return fail(where(origin, rows.row_line()) +
                    "a quoted field is never closed (unbalanced '\"')");
    if (csv_fini(parser.get(), csv_field_callback, csv_row_callback, &rows) != 0)
        return fail(where(origin, rows.row_line()) + csv_strerror(csv_error(parser.get())));
    return rows.take();
}

} // namespace audit
