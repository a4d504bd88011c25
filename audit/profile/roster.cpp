// Rosters: who the checks look for among connections, messages and captions. Plain CSV here;
// hashed rosters (hashed_roster.cpp) are recognised by their header line.
#include "audit/parse/csv.hpp"
#include "audit/profile/profile_values.hpp"
#include "audit/profile/school_profile.hpp"
#include <array>
#include <charconv>
#include <chrono>

namespace audit {

namespace {

constexpr std::size_t k_max_roster_bytes = 16 * 1024 * 1024;

enum class Column { name, year_group, birth_year, class_name };
constexpr std::array<Column, 4> k_positional = {Column::name, Column::year_group,
                                                Column::birth_year, Column::class_name};
constexpr std::string_view k_column_list = "name, year_group, birth_year, class";

std::optional<Column> column_for_header(std::string_view header) {
    std::string h = profile::ascii_lower(profile::trim(header));
    for (char& c : h)
        if (c == ' ' || c == '-') c = '_';
    if (h == "name") return Column::name;
    if (h == "year_group" || h == "year") return Column::year_group;
    if (h == "birth_year") return Column::birth_year;
    if (h == "class" || h == "class_name") return Column::class_name;
    return std::nullopt;
}

std::string_view column_name(Column column) {
    switch (column) {
    case Column::name: return "name";
    case Column::year_group: return "year_group";
    case Column::birth_year: return "birth_year";
    case Column::class_name: return "class";
    }
    return "name";
}

std::string describe(const std::vector<Column>& columns) {
    std::string out;
    for (auto column : columns)
        out += (out.empty() ? "" : ", ") + std::string(column_name(column));
    return out;
}

bool is_header(const CsvRow& row) {
    return profile::ascii_lower(profile::trim(row.field(0))) == "name";
}

int current_year() {
    using namespace std::chrono;
    return static_cast<int>(year_month_day(floor<days>(system_clock::now())).year());
}

std::string at_line(const std::string& file, std::size_t line) {
    return file + ": line " + std::to_string(line);
}

Result<std::vector<Column>> header_columns(const CsvRow& header, const std::string& file) {
    std::vector<Column> columns;
    for (const auto& cell : header.fields) {
        auto column = column_for_header(cell);
        if (!column)
            return fail(at_line(file, header.line) + ": unknown column '" + profile::trim(cell) +
                        "'; the known columns are " + std::string(k_column_list));
        if (std::find(columns.begin(), columns.end(), *column) != columns.end())
            return fail(at_line(file, header.line) + ": column '" + profile::trim(cell) +
                        "' appears twice");
        columns.push_back(*column);
    }
    return columns;
}

Result<int> parse_birth_year(std::string_view text, const std::string& where) {
    if (text.empty()) return 0;
    int year = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (ec != std::errc() || end != text.data() + text.size())
        return fail(where + ": birth_year '" + std::string(text) + "' is not a year");
    if (year < 1900 || year > current_year())
        return fail(where + ": birth_year " + std::string(text) +
                    " is not a plausible year of birth (1900 to " + std::to_string(current_year()) +
                    ")");
    return year;
}

Result<Person> person_from_row(const CsvRow& row, const std::vector<Column>& columns,
                               const std::string& file) {
    std::string where = at_line(file, row.line);
    if (row.fields.size() > columns.size())
        return fail(where + " has " + std::to_string(row.fields.size()) +
                    " columns; expected at most " + std::to_string(columns.size()) + " (" +
                    describe(columns) + ")");
    Person person;
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
        std::string value = profile::trim(row.fields[i]);
        switch (columns[i]) {
        case Column::name: person.name = value; break;
        case Column::year_group: person.year_group = value; break;
        case Column::class_name: person.class_name = value; break;
        case Column::birth_year: {
            auto year = parse_birth_year(value, where);
            if (!year) return tl::unexpected(year.error());
            person.birth_year = *year;
            break;
        }
        }
    }
    if (person.name.empty()) return fail(where + " has no name");
    return person;
}

} // namespace

std::string_view to_string(RosterKind k) {
    switch (k) {
    case RosterKind::pupils: return "pupils";
    case RosterKind::ex_pupils: return "ex_pupils";
    case RosterKind::parents: return "parents";
    case RosterKind::colleagues: return "colleagues";
    }
    return "pupils";
}

const Roster* SchoolProfile::roster(RosterKind kind) const {
    for (const auto& r : rosters)
        if (r.kind == kind) return &r;
    return nullptr;
}

Result<Roster> load_roster(const std::filesystem::path& file, RosterKind kind) {
    auto bytes = profile::read_small_file(file, k_max_roster_bytes);
    if (!bytes) return tl::unexpected(bytes.error());
    return parse_roster(*bytes, file.string(), kind);
}

Result<Roster> parse_roster(std::string_view bytes, const std::string& file, RosterKind kind) {
    Roster roster;
    roster.kind = kind;
    roster.file = file;
    if (is_hashed_roster(bytes)) return parse_hashed_roster(bytes, roster.file, kind);
    auto table = parse_csv(bytes, roster.file);
    if (!table) return tl::unexpected(table.error());

    std::vector<Column> columns(k_positional.begin(), k_positional.end());
    std::size_t first = 0;
    if (!table->rows.empty() && is_header(table->rows.front())) {
        auto named = header_columns(table->rows.front(), roster.file);
        if (!named) return tl::unexpected(named.error());
        columns = std::move(*named);
        first = 1;
    }
    for (std::size_t i = first; i < table->rows.size(); ++i) {
        auto person = person_from_row(table->rows[i], columns, roster.file);
        if (!person) return tl::unexpected(person.error());
        roster.people.push_back(std::move(*person));
    }
    if (roster.people.empty()) return fail(roster.file + " has no names in it");
    return roster;
}

} // namespace audit
