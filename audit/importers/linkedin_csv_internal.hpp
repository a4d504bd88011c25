#pragma once
// Shared pieces of the LinkedIn CSV importer (linkedin_csv*.cpp). LinkedIn's "Basic" and
// "Complete" archives are zips of CSV files, mostly in the root; some names carry the member's
// id ("Shares_252701747.csv"). Files are found by base name, headers by column names (a file
// may open with a "Notes:" preamble), and dates come in a different format in almost every file
// (EXPORT-FORMATS.md §5).
#include "audit/archive/export_view.hpp"
#include "audit/importers/item_identities.hpp"
#include "audit/model/export.hpp"
#include "audit/parse/csv.hpp"
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace audit::linkedin {

// State of one import run.
struct Context {
    Context(const ExportView& v, Export& o) : view(v), out(o) {}

    const ExportView& view;
    Export& out;
    std::unordered_set<std::string> files_done;      // entry names already imported
    ItemIdentities identities;
};

// How a file breaks RFC 4180, when it does.
enum class Quoting {
    standard,
    backslash_escapes, // Comments.csv: `\"` inside a quoted field is a quote
};

// One CSV file with its header found: rows are the data rows after the header.
class Sheet {
public:
    Sheet(std::string file, std::vector<std::string> header, std::vector<CsvRow> rows);

    const std::string& file() const { return m_file; }
    const std::vector<CsvRow>& rows() const { return m_rows; }
    bool has(std::string_view column) const { return index_of(column).has_value(); }
    // The cell of `row` in `column`, spaces trimmed; "" when either is absent.
    std::string cell(const CsvRow& row, std::string_view column) const;
    // The cell read as a LinkedIn date; 0 when empty. A date in no known format is 0 and
    // counted, so that the file gets one problem naming it (see bad_dates()).
    Timestamp time(const CsvRow& row, std::string_view column) const;
    // "3 dates in no known format (first: 'Tomorrow', line 4, column Connected On)", or "".
    std::string bad_dates() const;

private:
    std::optional<std::size_t> index_of(std::string_view column) const;

    std::string m_file;
    std::vector<std::string> m_header;
    std::vector<CsvRow> m_rows;
    mutable std::size_t m_bad_dates = 0;
    mutable std::string m_first_bad_date;
};

using SheetHandler = std::function<void(const Sheet& sheet)>;

// True when `basename` is stem + ".csv" or stem + "_<digits>.csv".
bool matches_stem(std::string_view basename, std::string_view stem);
std::string_view basename_of(std::string_view name);

// Reads every entry whose base name matches `stem`, finds the header row holding all of
// `columns` (after any preamble) and hands the sheet to `handle`. A file that cannot be read or
// parsed, or has no such header, becomes a Problem; so do dates in no known format.
void for_each_sheet(Context& ctx, std::string_view stem,
                    const std::vector<std::string_view>& columns, const SheetHandler& handle,
                    Quoting quoting = Quoting::standard);
// True when the file's header, within its first rows, holds every one of `columns`.
bool has_header(std::string_view bytes, const std::vector<std::string_view>& columns);

// `item` made unique within `file` by appending " (2)", " (3)", … on repeats.
SourceRef source(Context& ctx, const std::string& file, std::string item, std::string url = {});
// "2025-03-14T16:02:11Z", or "(no date)" for 0.
std::string time_label(Timestamp t);
// "https://www.linkedin.com/in/ben-sample-1a2b3c4d" → "ben-sample-1a2b3c4d"; the URL itself
// when it has no /in/ part.
std::string profile_slug(std::string_view url);
// "First" + " " + "Last", each trimmed; either may be empty.
std::string full_name(std::string_view first, std::string_view last);

// Every LinkedIn date format (EXPORT-FORMATS.md §5) as UTC seconds: "06 Apr 2026",
// "4/6/26, 2:12 PM", "2026-04-02 22:25:49" (also with " UTC", or '/' separators), "2026-04-02",
// "May 2016", "2015", "Sat Sep 05 08:12:14 UTC 2026". nullopt for anything else: an unknown
// format is reported, never guessed.
std::optional<Timestamp> parse_date(std::string_view text);
// Profile.csv Birth Date: "Jun 20" → "06-20" (no year given), "Jun 20, 1986" or "20 Jun 1986"
// → "1986-06-20"; nullopt for anything else.
std::optional<std::string> parse_birthday(std::string_view text);

// Shares.csv ShareCommentary as a standard reader returns it, `para1"\n""\n"para2`, with the
// doubled-quote artefacts of LinkedIn's broken quoting removed line by line.
std::string clean_share_text(std::string_view text);
// Comments.csv with each `\"` inside a quoted field rewritten as RFC 4180's `""`.
std::string rfc4180_quotes(std::string_view bytes);

// Importers by responsibility.
void import_profile(Context& ctx); // Profile, Positions, Education, e-mails, phones, registration
void import_people(Context& ctx);  // Connections, Invitations, Member_Follows, Company Follows
void import_content(Context& ctx); // Shares, Comments, messages, SearchQueries, Logins

} // namespace audit::linkedin
