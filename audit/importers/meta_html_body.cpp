// Record bodies of Meta's HTML exports, sorted by structure: media blocks (a link around an
// image, with the album line and the caption beside it), label/value tables, place lines,
// "Updated …" lines, reactions, and what remains: the text the account holder typed.
#include "audit/importers/meta_html.hpp"
#include <algorithm>
#include <charconv>
#include <cmath>

namespace audit::meta_html {

namespace {

constexpr std::string_view k_fullwidth_colon = "\xef\xbc\x9a";       // ：
constexpr std::string_view k_fullwidth_open = "\xef\xbc\x88";        // （
constexpr std::string_view k_fullwidth_close = "\xef\xbc\x89";       // ）
constexpr std::string_view k_fullwidth_comma = "\xef\xbc\x8c";       // ，

bool is_block_tag(std::string_view tag) {
    static constexpr std::string_view k_blocks[] = {
        "div",   "p",     "table",  "tbody", "thead",  "tfoot",   "tr",     "td",   "th",
        "ul",    "ol",    "li",     "dl",    "dt",     "dd",      "h1",     "h2",   "h3",
        "h4",    "h5",    "h6",     "section", "article", "header", "footer", "main", "blockquote",
        "figure", "figcaption", "pre", "form", "nav", "aside"};
    return std::find(std::begin(k_blocks), std::end(k_blocks), tag) != std::end(k_blocks);
}

bool has_block_descendant(const HtmlElement& e) {
    const auto all = e.find_all("");
    return std::any_of(all.begin(), all.end(),
                       [](const HtmlElement& d) { return is_block_tag(d.tag()); });
}

bool is_local_uri(std::string_view uri) {
    return !uri.empty() && !uri.starts_with("http:") && !uri.starts_with("https:") &&
           !uri.starts_with("data:") && !uri.starts_with("mailto:") && !uri.starts_with("//") &&
           !uri.starts_with("#");
}

bool is_external_url(std::string_view uri) {
    return uri.starts_with("http://") || uri.starts_with("https://");
}

// "../../your_facebook_activity/…" → "your_facebook_activity/…": pages sit two folders down
// and name files from the export's root through <base href="../../">.
std::string export_relative(std::string_view uri) {
    while (true) {
        if (uri.starts_with("./")) uri.remove_prefix(2);
        else if (uri.starts_with("../")) uri.remove_prefix(3);
        else if (uri.starts_with("/")) uri.remove_prefix(1);
        else break;
    }
    return std::string(uri);
}

MediaKind kind_of(std::string_view uri, bool video_element) {
    if (video_element) return MediaKind::video;
    uri = uri.substr(0, uri.find('?'));
    const auto dot = uri.rfind('.');
    std::string ext = dot == std::string_view::npos ? std::string() : std::string(uri.substr(dot + 1));
    for (char& c : ext) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    for (std::string_view video : {"mp4", "mov", "m4v", "webm", "avi", "3gp", "mkv"})
        if (ext == video) return MediaKind::video;
    return MediaKind::photo;
}

// The media an element shows among its own children: <a href=local><img|video></a>, or a bare
// <img>/<video> with a local source.
std::vector<MediaRef> direct_media(const HtmlElement& e) {
    std::vector<MediaRef> out;
    for (const HtmlElement& child : e.children()) {
        const std::string_view tag = child.tag();
        if (tag == "a" && is_local_uri(child.attr("href"))) {
            const HtmlElement video = child.find_first("video");
            if (!video && !child.find_first("img")) continue;
            out.push_back({export_relative(child.attr("href")),
                           kind_of(child.attr("href"), static_cast<bool>(video)), {}, {}});
        } else if ((tag == "img" || tag == "video") && is_local_uri(child.attr("src"))) {
            out.push_back({export_relative(child.attr("src")),
                           kind_of(child.attr("src"), tag == "video"), {}, {}});
        }
    }
    return out;
}

// Facebook writes <a><img></a><div>Album</div><div class="_3-95">Caption</div> side by side.
void read_media_block(const HtmlElement& block, std::vector<MediaRef> refs, Body& out) {
    std::string album, caption;
    for (const HtmlElement& child : block.children()) {
        if (child.tag() != "div" || !direct_media(child).empty()) continue;
        if (child.has_class("_3-95")) {
            if (caption.empty()) caption = child.text();
        } else if (album.empty()) {
            album = child.text();
        }
    }
    for (MediaRef& ref : refs) {
        ref.album = album;
        ref.caption = caption;
        out.media.push_back(std::move(ref));
    }
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

// What follows the label of "Label: value" (ASCII or full-width colon), or the whole text.
std::string_view after_label(std::string_view text) {
    const auto ascii = text.find(':');
    const auto wide = text.find(k_fullwidth_colon);
    if (ascii == std::string_view::npos && wide == std::string_view::npos) return trim(text);
    if (wide < ascii) return trim(text.substr(wide + k_fullwidth_colon.size()));
    return trim(text.substr(ascii + 1));
}

std::optional<double> to_double(std::string_view s) {
    s = trim(s);
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

// "Place: Riverside Park (51.3811, -2.359)" or "地標：台中市 （24.2076，120.7096）".
std::optional<Place> place_of(std::string_view text) {
    std::string_view close = text.ends_with(')') ? ")" : text.ends_with(k_fullwidth_close) ? k_fullwidth_close : "";
    if (close.empty()) return std::nullopt;
    const std::string_view inside_all = text.substr(0, text.size() - close.size());
    const auto ascii_open = inside_all.rfind('(');
    const auto wide_open = inside_all.rfind(k_fullwidth_open);
    std::size_t open = std::string_view::npos, open_size = 0;
    if (ascii_open != std::string_view::npos && (wide_open == std::string_view::npos || ascii_open > wide_open)) {
        open = ascii_open;
        open_size = 1;
    } else if (wide_open != std::string_view::npos) {
        open = wide_open;
        open_size = k_fullwidth_open.size();
    }
    if (open == std::string_view::npos) return std::nullopt;
    const std::string_view pair = inside_all.substr(open + open_size);
    auto comma = pair.find(k_fullwidth_comma);
    std::size_t comma_size = k_fullwidth_comma.size();
    if (comma == std::string_view::npos) {
        comma = pair.find(',');
        comma_size = 1;
    }
    if (comma == std::string_view::npos) return std::nullopt;
    const auto lat = to_double(pair.substr(0, comma));
    const auto lon = to_double(pair.substr(comma + comma_size));
    if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) return std::nullopt;
    Place p;
    p.name = std::string(after_label(inside_all.substr(0, open)));
    if (!(*lat == 0 && *lon == 0)) p.point = GeoPoint{*lat, *lon};
    return p;
}

// A date on its own, or "Updated <date>": when a post was edited, not what it says.
bool is_date_line(std::string_view text) {
    if (html_timestamp(text)) return true;
    const auto space = text.find(' ');
    return space != std::string_view::npos && text.substr(0, space) == "Updated" &&
           html_timestamp(text.substr(space + 1)).has_value();
}

bool same_place(const Place& a, const Place& b) {
    const bool same_point = (!a.point && !b.point) ||
                            (a.point && b.point && a.point->lat == b.point->lat &&
                             a.point->lon == b.point->lon);
    return a.name == b.name && same_point;
}

class BodyReader {
public:
    explicit BodyReader(Body& out) : m_out(out) {}

    void line(const HtmlElement& e, std::string text) {
        if (text.empty() || is_date_line(text)) return;
        std::vector<HtmlElement> anchors = e.find_all("a");
        if (e.tag() == "a") anchors.insert(anchors.begin(), e);
        if (auto place = place_of(text)) {
            for (const HtmlElement& a : anchors)
                if (is_external_url(a.attr("href"))) place->url = std::string(a.attr("href"));
            add_place(std::move(*place));
            return;
        }
        if (m_place) {
            // The line under a place is its address.
            Place& place = m_out.places[*m_place];
            m_place.reset();
            if (place.address.empty()) place.address = std::string(after_label(text));
            return;
        }
        // A link shown on its own is an attachment (the JSON's external_context.url).
        if (anchors.size() == 1 && is_external_url(anchors[0].attr("href")) &&
            anchors[0].text() == text) {
            m_out.links.push_back(std::string(anchors[0].attr("href")));
            return;
        }
        m_out.lines.push_back(std::move(text));
    }

private:
    // Facebook shows a check-in's place twice (once with a link to its page): one Place.
    void add_place(Place place) {
        for (std::size_t i = 0; i < m_out.places.size(); ++i) {
            if (!same_place(m_out.places[i], place)) continue;
            if (m_out.places[i].url.empty()) m_out.places[i].url = std::move(place.url);
            m_place = i;
            return;
        }
        m_out.places.push_back(std::move(place));
        m_place = m_out.places.size() - 1;
    }

    Body& m_out;
    std::optional<std::size_t> m_place; // the place whose address may come next
};

} // namespace

Body read_body(const HtmlElement& body) {
    Body out;
    if (!body) return out;
    BodyReader reader(out);
    std::vector<HtmlElement> stack{body};
    while (!stack.empty()) {
        const HtmlElement e = stack.back();
        stack.pop_back();
        if (e.tag() == "table") {
            std::vector<Row> rows = rows_of(e);
            out.rows.insert(out.rows.end(), rows.begin(), rows.end());
            continue;
        }
        // Reactions under a message, and the dates of a life event, are not what was written.
        if ((e.tag() == "ul" && e.has_class("_a6-q")) || e.has_class("_a703")) continue;
        if (std::vector<MediaRef> refs = direct_media(e); !refs.empty()) {
            read_media_block(e, std::move(refs), out);
            // Album pages put the photo's metadata table beside it.
            for (const HtmlElement& child : e.children())
                if (child.tag() == "table") stack.push_back(child);
            continue;
        }
        if (!has_block_descendant(e)) {
            reader.line(e, e.text_lines());
            continue;
        }
        reader.line(e, e.own_text());
        std::vector<HtmlElement> children = e.children();
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    }
    return out;
}

std::vector<Row> rows_of(const HtmlElement& scope) {
    std::vector<Row> rows;
    for (const HtmlElement& tr : scope.find_all("tr")) {
        std::vector<HtmlElement> cells;
        for (const HtmlElement& cell : tr.children())
            if (cell.tag() == "td" || cell.tag() == "th") cells.push_back(cell);
        if (cells.size() >= 2) {
            rows.push_back({cells[0].text(), cells[1]});
            continue;
        }
        if (cells.empty()) continue;
        // One cell: "Label<div><div>Value</div></div>", or "<div>Label</div><div>Value</div>".
        const HtmlElement& cell = cells.front();
        const std::vector<HtmlElement> kids = cell.children();
        std::string label = cell.own_text();
        if (!label.empty() && !kids.empty())
            rows.push_back({std::move(label), kids.front()});
        else if (label.empty() && kids.size() >= 2)
            rows.push_back({kids[0].text(), kids[1]});
    }
    return rows;
}

std::vector<std::string> cell_values(const HtmlElement& cell) {
    std::vector<std::string> values;
    for (const HtmlElement& item : cell.find_all("li"))
        if (std::string text = item.text(); !text.empty()) values.push_back(std::move(text));
    if (!values.empty()) return values;
    const std::string lines = cell.text_lines();
    std::string_view rest = lines;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        if (std::string_view line = trim(rest.substr(0, end)); !line.empty())
            values.emplace_back(line);
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    return values;
}

std::string strip_notes(std::string_view text, std::vector<std::string>* notes) {
    text = trim(text);
    while (text.ends_with(')')) {
        int depth = 0;
        std::size_t open = std::string_view::npos;
        for (std::size_t i = text.size(); i-- > 0;) {
            if (text[i] == ')') ++depth;
            if (text[i] == '(' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open == std::string_view::npos || open == 0) break;
        const std::string_view rest = trim(text.substr(0, open));
        if (rest.empty()) break;
        if (notes != nullptr)
            notes->insert(notes->begin(), std::string(text.substr(open + 1, text.size() - open - 2)));
        text = rest;
    }
    return std::string(text);
}

} // namespace audit::meta_html
