#pragma once
// Shared pieces of the Facebook and Instagram HTML importers (facebook_html*.cpp,
// instagram_html*.cpp). Meta's HTML export holds the same files as its JSON one, named .html
// (EXPORT-FORMATS.md §1.3 item 5): one record per element whose class list holds `_a6-g`, a
// title in `_a6-h`, a body in `_a6-p` and a date in `_a6-o` (→ `_a72d`); profile pages are
// label/value tables. The class names are generated hashes, so everything here is by structure
// and class token, never by the labels' wording where that can be helped. Item identities, media
// and file bookkeeping are the JSON importers' (facebook::Context), so that both formats give
// the same model.
#include "audit/importers/facebook_json_internal.hpp"
#include "audit/importers/html_dates.hpp"
#include "audit/parse/html.hpp"
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace audit::meta_html {

using facebook::Context;

// True when `basename` is stem + ".html" or stem + "_<digits>.html".
bool matches_html_stem(std::string_view basename, std::string_view stem);
// The same for an entry name (its base name) and any of `stems`.
bool matches_any_html_stem(std::string_view name, const std::vector<std::string_view>& stems);

// The dates of one page. Records without a date, and dates in a language this tool does not
// read, are counted and reported once for the file when it is done: the records themselves are
// still imported, dated 0.
class PageDates {
public:
    PageDates(Context& ctx, std::string file) : m_ctx(ctx), m_file(std::move(file)) {}
    // The time a record's date text says, or 0. `expected` = false for lists that have no
    // dates (followers): their missing dates are not a problem.
    Timestamp read(std::string_view text, bool expected = true);
    // Adds this page's problems, and the time-zone note once per export.
    void report();

private:
    Context& m_ctx;
    std::string m_file;
    std::size_t m_missing = 0;
    std::size_t m_unreadable = 0;
    std::string m_unreadable_example;
    bool m_zoneless = false;
};

// Handles one parsed page.
using PageHandler =
    std::function<void(const std::string& file, const HtmlDocument& doc, PageDates& dates)>;

// Parses every .html entry whose name satisfies `pred` (each once, even across parts) and hands
// it to `handle`. A page that cannot be read or parsed becomes a Problem naming the file.
void for_each_page_where(Context& ctx, const std::function<bool(std::string_view name)>& pred,
                         const PageHandler& handle);
void for_each_page(Context& ctx, const std::vector<std::string_view>& stems,
                   const PageHandler& handle);

// The records of a page: every outermost element whose class list holds `_a6-g`; in pages from
// before 2022, the `uiBoxWhite` rows that hold a `_2lel` name or a `_2lem` date.
std::vector<HtmlElement> records_of(const HtmlDocument& doc);
// The record's title (`_a6-h`, else `_2lel`), its body (`_a6-p`) and its date text (`_a72d`,
// else `_a6-o`, else `_2lem`); empty when absent.
std::string title_of(const HtmlElement& record);
HtmlElement body_of(const HtmlElement& record);
std::string date_text_of(const HtmlElement& record);

// A photo or video a body shows: <a href="…/media/…"><img></a>, with the album line and the
// caption (`_3-95`) Facebook writes beside it.
struct MediaRef {
    std::string uri;
    MediaKind kind = MediaKind::photo;
    std::string album;
    std::string caption;
};

// A label and its value cell: <tr><th>Label</th><td>Value</td></tr> (Facebook's profile),
// <td class="_a6_q">Label<div><div>Value</div></div></td> and <td>Label</td><td>Value</td>
// (Instagram).
struct Row {
    std::string label;
    HtmlElement value;
};

// What the body of a post, comment or message holds, sorted by what it is.
struct Body {
    std::vector<std::string> lines; // what the account holder typed, line by line
    std::vector<std::string> links; // external links shown on their own
    std::vector<MediaRef> media;
    std::vector<Place> places; // "Place: Name (lat, lon)" + "Address: …" lines
    std::vector<Row> rows;     // label/value tables inside the body
    std::string text() const;  // lines joined with '\n'
};
Body read_body(const HtmlElement& body);

// Every label/value row under `scope`.
std::vector<Row> rows_of(const HtmlElement& scope);
// The value of a cell: its list items when it has a list, else its lines.
std::vector<std::string> cell_values(const HtmlElement& cell);
// "jane@example.com (Previous email)" → value "jane@example.com", notes {"Previous email"};
// trailing parenthesised notes only.
std::string strip_notes(std::string_view text, std::vector<std::string>* notes = nullptr);

// Export::media index of this media (new, or merged with an earlier mention of the same uri).
std::optional<std::size_t> add_media(Context& ctx, const MediaRef& ref, const SourceRef& from);
// Fills a media's metadata from the label/value rows shown with it (Latitude, Longitude,
// Camera make, …, in English; other labels are left alone).
void apply_media_rows(Media& media, const std::vector<Row>& rows);
// Adds each media of `body` for `post` (its first source), metadata rows going to a lone media.
void add_post_media(Context& ctx, const Body& body, Post& post);

// How sure detection is that `view` is a Meta HTML export of one platform: how many entries
// have a marker base name (.html), whether one small marker page really holds Meta's records
// or tables, and whether JSON files of the same names are there (then it is not HTML).
struct HtmlEvidence {
    std::size_t markers = 0;
    std::size_t json_twins = 0;
    bool confirmed = false;
};
HtmlEvidence gather_evidence(const ExportView& view, const std::vector<std::string_view>& stems);

} // namespace audit::meta_html
