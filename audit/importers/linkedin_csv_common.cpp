#include "audit/core/time.hpp"
#include "audit/importers/linkedin_csv_internal.hpp"
#include <algorithm>

namespace audit::linkedin {

namespace {

// A header is looked for in this many rows: Connections.csv opens with "Notes:", a quoted
// paragraph and a blank line, and other files may gain such notes.
constexpr std::size_t k_max_preamble_rows = 10;

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

bool istarts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// macOS re-zips carry "__MACOSX/…/._name" resource forks beside the real files.
bool is_macos_metadata(std::string_view name) {
    return name.starts_with("__MACOSX/") || name.find("/__MACOSX/") != std::string_view::npos ||
           basename_of(name).starts_with("._");
}

bool holds_columns(const CsvRow& row, const std::vector<std::string_view>& columns) {
    return std::all_of(columns.begin(), columns.end(), [&row](std::string_view column) {
        return std::any_of(row.fields.begin(), row.fields.end(), [column](const std::string& cell) {
            return iequals(trim(cell), column);
        });
    });
}

// The index of the header row, looked for among the first rows.
std::optional<std::size_t> header_row(const CsvTable& table,
                                      const std::vector<std::string_view>& columns) {
    const std::size_t limit = std::min(table.rows.size(), k_max_preamble_rows);
    for (std::size_t i = 0; i < limit; ++i)
        if (holds_columns(table.rows[i], columns)) return i;
    return std::nullopt;
}

std::string joined(const std::vector<std::string_view>& columns) {
    std::string out;
    for (std::string_view column : columns)
        out += (out.empty() ? "" : ", ") + std::string(column);
    return out;
}

void import_entry(Context& ctx, const ViewEntry& entry,
                  const std::vector<std::string_view>& columns, const SheetHandler& handle,
                  Quoting quoting) {
    const std::string& file = entry.name();
    Result<std::string> bytes = ctx.view.read(entry);
    if (!bytes) {
        ctx.out.problems.push_back({file, bytes.error().message});
        return;
    }
    ++ctx.out.files_read;
    if (quoting == Quoting::backslash_escapes) *bytes = rfc4180_quotes(*bytes);
    Result<CsvTable> table = parse_csv(*bytes, file);
    if (!table) {
        ctx.out.problems.push_back({file, table.error().message});
        return;
    }
    if (table->rows.empty()) return; // an empty file: nothing to import, nothing wrong
    const auto header = header_row(*table, columns);
    if (!header) {
        ctx.out.problems.push_back({file, "no header row with the columns " + joined(columns)});
        return;
    }
    std::vector<std::string> header_cells = std::move(table->rows[*header].fields);
    std::vector<CsvRow> rows(
        std::make_move_iterator(table->rows.begin() + static_cast<std::ptrdiff_t>(*header) + 1),
        std::make_move_iterator(table->rows.end()));
    const Sheet sheet(file, std::move(header_cells), std::move(rows));
    handle(sheet);
    if (std::string bad = sheet.bad_dates(); !bad.empty()) ctx.out.problems.push_back({file, bad});
}

} // namespace

Sheet::Sheet(std::string file, std::vector<std::string> header, std::vector<CsvRow> rows)
    : m_file(std::move(file)), m_header(std::move(header)), m_rows(std::move(rows)) {}

std::optional<std::size_t> Sheet::index_of(std::string_view column) const {
    for (std::size_t i = 0; i < m_header.size(); ++i)
        if (iequals(trim(m_header[i]), column)) return i;
    return std::nullopt;
}

std::string Sheet::cell(const CsvRow& row, std::string_view column) const {
    const auto index = index_of(column);
    return index ? std::string(trim(row.field(*index))) : std::string();
}

Timestamp Sheet::time(const CsvRow& row, std::string_view column) const {
    const std::string text = cell(row, column);
    if (text.empty()) return 0;
    if (auto t = parse_date(text)) return *t;
    if (m_bad_dates++ == 0)
        m_first_bad_date =
            "'" + text + "', line " + std::to_string(row.line) + ", column " + std::string(column);
    return 0;
}

std::string Sheet::bad_dates() const {
    if (m_bad_dates == 0) return {};
    return std::to_string(m_bad_dates) + (m_bad_dates == 1 ? " date" : " dates") +
           " in no known format, left undated (first: " + m_first_bad_date + ")";
}

std::string_view basename_of(std::string_view name) {
    auto slash = name.rfind('/');
    return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

bool matches_stem(std::string_view basename, std::string_view stem) {
    constexpr std::string_view k_ext = ".csv";
    if (basename.size() < stem.size() + k_ext.size() || !istarts_with(basename, stem) ||
        !iequals(basename.substr(basename.size() - k_ext.size()), k_ext))
        return false;
    std::string_view rest =
        basename.substr(stem.size(), basename.size() - stem.size() - k_ext.size());
    if (rest.empty()) return true;
    if (rest.size() < 2 || rest.front() != '_') return false;
    rest.remove_prefix(1);
    return std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void for_each_sheet(Context& ctx, std::string_view stem,
                    const std::vector<std::string_view>& columns, const SheetHandler& handle,
                    Quoting quoting) {
    for (const ViewEntry& entry : ctx.view.entries()) {
        const std::string& name = entry.name();
        if (is_macos_metadata(name) || !matches_stem(basename_of(name), stem)) continue;
        // Several parts of one export (the quick and the complete archive) may hold the same
        // file; import it once.
        if (!ctx.files_done.insert(name).second) continue;
        import_entry(ctx, entry, columns, handle, quoting);
    }
}

bool has_header(std::string_view bytes, const std::vector<std::string_view>& columns) {
    // Line by line, so that a broken quote further down (a problem for the import to report)
    // does not hide the header from detection.
    for (std::size_t i = 0; i < k_max_preamble_rows && !bytes.empty(); ++i) {
        const std::size_t eol = bytes.find('\n');
        Result<CsvTable> line = parse_csv(bytes.substr(0, eol), "header");
        if (line && header_row(*line, columns).has_value()) return true;
        bytes.remove_prefix(eol == std::string_view::npos ? bytes.size() : eol + 1);
    }
    return false;
}

SourceRef source(Context& ctx, const std::string& file, std::string item, std::string url) {
    return SourceRef{file, ctx.identities.unique(file, std::move(item)), std::move(url)};
}

std::string time_label(Timestamp t) {
    return t == 0 ? "(no date)" : iso_utc(t);
}

std::string profile_slug(std::string_view url) {
    url = trim(url);
    const auto in = url.find("/in/");
    if (in == std::string_view::npos) return std::string(url);
    std::string_view slug = url.substr(in + 4);
    slug = slug.substr(0, slug.find_first_of("/?#"));
    return std::string(slug);
}

std::string full_name(std::string_view first, std::string_view last) {
    first = trim(first);
    last = trim(last);
    if (first.empty() || last.empty()) return std::string(first.empty() ? last : first);
    return std::string(first) + " " + std::string(last);
}

std::string clean_share_text(std::string_view text) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0;;) {
        const auto end = text.find('\n', start);
        std::string_view line =
            text.substr(start, end == std::string_view::npos ? end : end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    // One line is one ordinary field: its quotes, if any, are the author's.
    if (lines.size() == 1) return std::string(text);
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        // The field's own quotes open the first line and close the last: the artefacts are
        // the quote ending the first line, starting the last, and wrapping each one between.
        if (i > 0 && line.starts_with('"')) line.remove_prefix(1);
        if (i + 1 < lines.size() && line.ends_with('"')) line.remove_suffix(1);
        if (i > 0) out += '\n';
        out += line;
    }
    return out;
}

std::string rfc4180_quotes(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 16);
    bool quoted = false;
    bool field_start = true;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        const bool next_is_quote = i + 1 < bytes.size() && bytes[i + 1] == '"';
        if (!quoted) {
            if (c == '"' && field_start) quoted = true;
            field_start = c == ',' || c == '\n' || c == '\r' || (field_start && c == ' ');
            out += c;
        } else if ((c == '\\' || c == '"') && next_is_quote) {
            out += "\"\""; // `\"` becomes `""`; an RFC `""` stays as it is
            ++i;
        } else {
            if (c == '"') quoted = false;
            out += c;
        }
    }
    return out;
}

} // namespace audit::linkedin
