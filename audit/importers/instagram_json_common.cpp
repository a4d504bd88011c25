// Instagram's record shapes: folded labels, string_map_data / string_list_data, usernames,
// EXIF times, and media on top of the Facebook media parser.
#include "audit/importers/instagram_json_internal.hpp"
#include <cstdint>

namespace audit::instagram {

namespace {

bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// The number in text[pos, pos + width), or nullopt when any of it is not a digit.
std::optional<unsigned> digits_at(std::string_view text, std::size_t pos, std::size_t width) {
    unsigned value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value = value * 10 + static_cast<unsigned>(text[i] - '0');
    }
    return value;
}

// Instagram writes the camera's make only in the lens fields; "iPhone 12 Pro back triple camera
// 4.2mm f/1.6" names the phone before " back"/" front".
std::string camera_model_of(std::string_view lens_model) {
    for (std::string_view cut : {" back", " front"})
        if (auto at = lens_model.find(cut); at != std::string_view::npos && at > 0)
            return std::string(lens_model.substr(0, at));
    return std::string(lens_model);
}

void read_instagram_exif(const JsonValue& media, Media& m) {
    for (std::string_view kind : {"photo_metadata", "video_metadata"}) {
        for (const JsonValue& exif : media.get("media_metadata").get(kind).get("exif_data").items()) {
            if (m.taken == 0)
                m.taken = exif_time(exif.get("date_time_original").raw_str()).value_or(0);
            const std::string make = exif.get("lens_make").str();
            if (m.camera_make.empty() && !make.empty()) {
                m.camera_make = make;
                // A lens model without a make is a lens ("EF24-70mm"), not the camera.
                if (m.camera_model.empty())
                    m.camera_model = camera_model_of(exif.get("lens_model").str());
            }
        }
    }
}

} // namespace

bool matches_any_stem(std::string_view name, const std::vector<std::string_view>& stems) {
    for (std::string_view stem : stems)
        if (matches_stem(basename_of(name), stem)) return true;
    return false;
}

std::string fold_label(std::string_view label) {
    std::string out;
    out.reserve(label.size());
    for (char c : label) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80)
            out.push_back(c);
        else if (is_ascii_alnum(c))
            out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

JsonValue map_entry(const JsonValue& string_map, const std::vector<std::string_view>& folded_labels) {
    for (const JsonMember& member : string_map.members()) {
        const std::string folded = fold_label(member.key);
        for (std::string_view label : folded_labels)
            if (folded == label) return member.value;
    }
    return {};
}

JsonValue first_string_list(const JsonValue& record) {
    for (const JsonValue& entry : record.get("string_list_data").items())
        if (entry.is_object()) return entry;
    return {};
}

Timestamp record_time(const JsonValue& record) {
    // "Time" in English; German exports write "Zeit" (seen by one parser). Other languages fall
    // back to the only timestamp-bearing entry.
    const JsonValue string_map = record.get("string_map_data");
    if (Timestamp t = seconds(map_entry(string_map, {"time", "zeit"}).get("timestamp"))) return t;
    for (const JsonMember& member : string_map.members())
        if (Timestamp t = seconds(member.value.get("timestamp"))) return t;
    if (Timestamp t = seconds(first_string_list(record).get("timestamp"))) return t;
    return seconds(record.get("timestamp"));
}

std::string username_from_href(std::string_view href) {
    href = href.substr(0, href.find_first_of("?#"));
    while (href.ends_with('/')) href.remove_suffix(1);
    const auto scheme = href.find("://");
    if (scheme != std::string_view::npos) href.remove_prefix(scheme + 3);
    const auto slash = href.rfind('/');
    // A bare host ("www.instagram.com") has no username in it.
    if (slash == std::string_view::npos) return {};
    std::string_view last = href.substr(slash + 1);
    if (last == "_u") return {};
    return std::string(last);
}

std::string username_of(const JsonValue& record) {
    const JsonValue entry = first_string_list(record);
    if (std::string value = entry.get("value").str(); !value.empty()) return value;
    if (std::string title = record.get("title").str(); !title.empty()) return title;
    return username_from_href(entry.get("href").str());
}

std::string profile_url(std::string_view username) {
    return "https://www.instagram.com/" + std::string(username);
}

std::optional<Timestamp> exif_time(std::string_view text) {
    // "YYYY:MM:DD HH:MM:SS"; some writers use '-' in the date.
    if (text.size() < 19 || text[10] != ' ' || text[13] != ':' || text[16] != ':') return std::nullopt;
    if ((text[4] != ':' && text[4] != '-') || text[7] != text[4]) return std::nullopt;
    const auto year = digits_at(text, 0, 4), month = digits_at(text, 5, 2),
               day = digits_at(text, 8, 2), hour = digits_at(text, 11, 2),
               minute = digits_at(text, 14, 2), second = digits_at(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second) return std::nullopt;
    // "0000:00:00 00:00:00" is what cameras write when the clock was never set.
    if (*year == 0 || *month < 1 || *month > 12 || *day < 1 || *day > 31 || *hour > 23 ||
        *minute > 59 || *second > 60)
        return std::nullopt;
    return days_from_civil(*year, *month, *day) * 86400 + *hour * 3600 + *minute * 60 + *second;
}

std::string flag_value(const JsonValue& value) {
    if (auto flag = value.boolean()) return *flag ? "true" : "false";
    return value.str();
}

std::optional<std::size_t> add_media(Context& ctx, const JsonValue& media, const SourceRef& from,
                                     const std::string& caption, MediaKind hint) {
    auto index = facebook::add_media(ctx, media, from, hint);
    if (!index) return index;
    Media& m = ctx.out.media[*index];
    // Facebook's parser reads the title as an album; on Instagram it is the caption.
    m.album.clear();
    if (m.caption.empty()) m.caption = caption;
    read_instagram_exif(media, m);
    return index;
}

} // namespace audit::instagram
