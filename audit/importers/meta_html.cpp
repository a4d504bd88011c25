// Pages of Meta's HTML exports: finding and parsing them, their records and dates, media, and
// the evidence detection weighs.
#include "audit/importers/meta_html.hpp"
#include "audit/importers/instagram_json_internal.hpp"
#include <algorithm>
#include <charconv>
#include <cmath>

namespace audit::meta_html {

namespace {

using facebook::basename_of;

// A page read whole to confirm detection is small; the largest ones are message threads.
constexpr std::uint64_t k_max_confirm_bytes = 4u << 20;
constexpr std::size_t k_max_confirm_reads = 2;

bool is_macos_metadata(std::string_view name) {
    return name.starts_with("__MACOSX/") || name.find("/__MACOSX/") != std::string_view::npos ||
           basename_of(name).starts_with("._");
}

bool is_url(std::string_view uri) {
    return uri.starts_with("http://") || uri.starts_with("https://");
}

std::optional<double> parse_coordinate(std::string_view text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool is_outermost(const HtmlElement& e, std::string_view class_token) {
    return !e.closest("", class_token);
}

void handle_page(Context& ctx, const ViewEntry& entry, const PageHandler& handle) {
    const std::string& file = entry.name();
    if (entry.entry->size > k_max_html_bytes) {
        ctx.out.problems.push_back(
            {file, "HTML page larger than " + std::to_string(k_max_html_bytes >> 20) + " MB"});
        return;
    }
    Result<std::string> bytes = ctx.view.read(entry);
    if (!bytes) {
        ctx.out.problems.push_back({file, bytes.error().message});
        return;
    }
    ++ctx.out.files_read;
    Result<HtmlDocument> doc = HtmlDocument::parse(std::move(*bytes));
    if (!doc) {
        ctx.out.problems.push_back({file, doc.error().message});
        return;
    }
    PageDates dates(ctx, file);
    handle(file, *doc, dates);
    dates.report();
}

// A page with Meta's markup: records, the label/value tables of profile pages, or the main
// column an empty list leaves.
bool looks_like_meta_page(const HtmlDocument& doc) {
    return !records_of(doc).empty() || doc.find_first("table", "_a6_n") ||
           doc.find_first("td", "_a6_q") || doc.find_first("div", "_a706");
}

} // namespace

bool matches_html_stem(std::string_view basename, std::string_view stem) {
    constexpr std::string_view k_ext = ".html";
    if (!basename.ends_with(k_ext) || !basename.starts_with(stem)) return false;
    std::string_view rest = basename.substr(stem.size());
    rest.remove_suffix(k_ext.size());
    if (rest.empty()) return true;
    if (rest.size() < 2 || rest.front() != '_') return false;
    rest.remove_prefix(1);
    return std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool matches_any_html_stem(std::string_view name, const std::vector<std::string_view>& stems) {
    const std::string_view base = basename_of(name);
    return std::any_of(stems.begin(), stems.end(),
                       [base](std::string_view stem) { return matches_html_stem(base, stem); });
}

Timestamp PageDates::read(std::string_view text, bool expected) {
    if (text.empty()) {
        if (expected) ++m_missing;
        return 0;
    }
    const auto date = parse_html_date(text);
    const auto time = date ? to_timestamp(*date) : std::nullopt;
    if (!time) {
        // Never guessed: another language's month names and clock words are not read.
        if (m_unreadable++ == 0) m_unreadable_example = std::string(text);
        return 0;
    }
    if (!date->utc_offset_minutes) m_zoneless = true;
    return *time;
}

void PageDates::report() {
    if (m_unreadable > 0)
        m_ctx.out.problems.push_back(
            {m_file, "dates in an unsupported language: \"" + m_unreadable_example + "\" (" +
                         std::to_string(m_unreadable) + " records imported without a date)"});
    if (m_missing > 0)
        m_ctx.out.problems.push_back(
            {m_file, std::to_string(m_missing) + " records without a date (imported undated)"});
    constexpr std::string_view k_what = "exact times";
    const bool noted = std::any_of(m_ctx.out.skipped.begin(), m_ctx.out.skipped.end(),
                                   [&](const Skipped& s) { return s.what == k_what; });
    if (m_zoneless && !noted)
        m_ctx.out.skipped.push_back(
            {std::string(k_what),
             "the HTML export writes times in the account's time zone without naming it: they "
             "are read as UTC and may be off by that zone's offset (a JSON download has exact "
             "times)"});
}

void for_each_page_where(Context& ctx, const std::function<bool(std::string_view name)>& pred,
                         const PageHandler& handle) {
    for (const ViewEntry& entry : ctx.view.entries()) {
        const std::string& name = entry.name();
        if (!name.ends_with(".html") || is_macos_metadata(name) || !pred(name)) continue;
        // Several parts of one export may hold the same page; import it once.
        if (!ctx.files_done.insert(name).second) continue;
        handle_page(ctx, entry, handle);
    }
}

void for_each_page(Context& ctx, const std::vector<std::string_view>& stems,
                   const PageHandler& handle) {
    for_each_page_where(
        ctx, [&stems](std::string_view name) { return matches_any_html_stem(name, stems); },
        handle);
}

std::vector<HtmlElement> records_of(const HtmlDocument& doc) {
    std::vector<HtmlElement> records;
    for (const HtmlElement& e : doc.find_all("", "_a6-g"))
        if (is_outermost(e, "_a6-g")) records.push_back(e);
    if (!records.empty()) return records;
    // Before 2022 (a fixture generator's shape, unverified): rows with a name and a date.
    for (const HtmlElement& e : doc.find_all("", "uiBoxWhite"))
        if (is_outermost(e, "uiBoxWhite") &&
            (e.find_first("", "_2lel") || e.find_first("", "_2lem")))
            records.push_back(e);
    return records;
}

std::string title_of(const HtmlElement& record) {
    if (HtmlElement title = record.find_first("", "_a6-h")) return title.text();
    return record.find_first("", "_2lel").text();
}

HtmlElement body_of(const HtmlElement& record) {
    return record.find_first("", "_a6-p");
}

std::string date_text_of(const HtmlElement& record) {
    for (std::string_view token : {"_a72d", "_a6-o", "_2lem"})
        if (HtmlElement date = record.find_first("", token)) return date.text();
    return {};
}

std::string Body::text() const {
    std::string out;
    for (const std::string& line : lines) {
        if (!out.empty()) out += '\n';
        out += line;
    }
    return out;
}

std::optional<std::size_t> add_media(Context& ctx, const MediaRef& ref, const SourceRef& from) {
    if (ref.uri.empty()) return std::nullopt;
    Media m;
    m.kind = ref.kind;
    m.uri = ref.uri;
    if (!is_url(ref.uri))
        if (auto entry = ctx.view.resolve(ref.uri)) m.entry = entry->name();
    m.source = from;
    // As in the JSON: the album line is the media's "title", the caption its "description".
    m.album = ref.album;
    m.caption = ref.caption.empty() ? ref.album : ref.caption;
    if (auto it = ctx.media_by_uri.find(ref.uri); it != ctx.media_by_uri.end()) {
        // A second mention fills what the first lacked; the first source stays.
        Media& kept = ctx.out.media[it->second];
        if (kept.entry.empty()) kept.entry = std::move(m.entry);
        if ((kept.caption.empty() || kept.caption == kept.album) && m.caption != m.album)
            kept.caption = std::move(m.caption);
        if (kept.album.empty()) kept.album = std::move(m.album);
        return it->second;
    }
    ctx.out.media.push_back(std::move(m));
    ctx.media_by_uri.emplace(ref.uri, ctx.out.media.size() - 1);
    return ctx.out.media.size() - 1;
}

void apply_media_rows(Media& media, const std::vector<Row>& rows) {
    std::optional<double> lat, lon;
    for (const Row& row : rows) {
        const std::string label = instagram::fold_label(row.label);
        const std::string value = row.value.text();
        if (label == "latitude") lat = parse_coordinate(value);
        else if (label == "longitude") lon = parse_coordinate(value);
        else if (label == "cameramake" && media.camera_make.empty()) media.camera_make = value;
        else if (label == "cameramodel" && media.camera_model.empty()) media.camera_model = value;
        else if ((label == "uploadipaddress" || label == "uploadip") && media.upload_ip.empty())
            media.upload_ip = value;
        else if ((label == "taken" || label == "takentimestamp" || label == "datetaken") &&
                 media.taken == 0)
            media.taken = html_timestamp(value).value_or(0);
    }
    // (0, 0) is what a missing fix looks like, as in the JSON.
    if (lat && lon && std::abs(*lat) <= 90 && std::abs(*lon) <= 180 && !(*lat == 0 && *lon == 0) &&
        !media.gps)
        media.gps = GeoPoint{*lat, *lon};
}

void add_post_media(Context& ctx, const Body& body, Post& post) {
    for (const MediaRef& ref : body.media) {
        const auto index = add_media(ctx, ref, post.source);
        if (!index || std::find(post.media.begin(), post.media.end(), *index) != post.media.end())
            continue;
        post.media.push_back(*index);
    }
    if (post.media.size() == 1) apply_media_rows(ctx.out.media[post.media.front()], body.rows);
}

HtmlEvidence gather_evidence(const ExportView& view, const std::vector<std::string_view>& stems) {
    HtmlEvidence ev;
    std::vector<ViewEntry> candidates;
    for (const ViewEntry& entry : view.entries()) {
        const std::string& name = entry.name();
        if (is_macos_metadata(name)) continue;
        const std::string_view base = basename_of(name);
        for (std::string_view stem : stems) {
            if (facebook::matches_stem(base, stem)) ++ev.json_twins;
            if (!matches_html_stem(base, stem)) continue;
            ++ev.markers;
            if (entry.entry->size <= k_max_confirm_bytes) candidates.push_back(entry);
        }
    }
    // The smallest pages first: cheap to read, and as telling as big ones.
    std::sort(candidates.begin(), candidates.end(), [](const ViewEntry& a, const ViewEntry& b) {
        return a.entry->size < b.entry->size;
    });
    for (std::size_t i = 0; i < candidates.size() && i < k_max_confirm_reads && !ev.confirmed; ++i) {
        Result<std::string> bytes = view.read(candidates[i]);
        if (!bytes) continue;
        Result<HtmlDocument> doc = HtmlDocument::parse(std::move(*bytes));
        ev.confirmed = doc && looks_like_meta_page(*doc);
    }
    return ev;
}

} // namespace audit::meta_html
