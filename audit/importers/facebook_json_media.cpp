// Media objects ({uri, creation_timestamp, title, description, media_metadata}) as they appear
// in posts, albums, uncategorized photos and videos; the same uri is one Media.
#include "audit/importers/facebook_json_internal.hpp"
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace audit::facebook {

namespace {

std::string lower_extension(std::string_view uri) {
    const auto query = uri.find('?');
    uri = uri.substr(0, query);
    const auto dot = uri.rfind('.');
    if (dot == std::string_view::npos || uri.find('/', dot) != std::string_view::npos) return {};
    std::string ext(uri.substr(dot + 1));
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

MediaKind kind_of(const JsonValue& media, std::string_view uri, MediaKind hint) {
    if (media.find("media_metadata.video_metadata").exists()) return MediaKind::video;
    if (media.find("media_metadata.photo_metadata").exists()) return MediaKind::photo;
    static constexpr std::array<std::string_view, 7> k_video = {"mp4", "mov", "m4v", "webm",
                                                                "avi", "3gp", "mkv"};
    static constexpr std::array<std::string_view, 8> k_photo = {"jpg",  "jpeg", "png",  "gif",
                                                                "webp", "heic", "heif", "bmp"};
    const std::string ext = lower_extension(uri);
    if (std::find(k_video.begin(), k_video.end(), ext) != k_video.end()) return MediaKind::video;
    if (std::find(k_photo.begin(), k_photo.end(), ext) != k_photo.end()) return MediaKind::photo;
    return ext.empty() ? hint : MediaKind::other;
}

bool is_url(std::string_view uri) {
    return uri.starts_with("http://") || uri.starts_with("https://");
}

// Before about 2019 the EXIF fields sat directly in photo_metadata; since then in exif_data[].
std::vector<JsonValue> exif_records(const JsonValue& media) {
    std::vector<JsonValue> out;
    for (std::string_view kind : {"photo_metadata", "video_metadata"}) {
        const JsonValue meta = media.get("media_metadata").get(kind);
        if (!meta.is_object()) continue;
        out.push_back(meta);
        for (const JsonValue& exif : meta.get("exif_data").items())
            if (exif.is_object()) out.push_back(exif);
    }
    return out;
}

std::optional<GeoPoint> gps_of(const JsonValue& exif) {
    auto lat = exif.get("latitude").f64();
    auto lon = exif.get("longitude").f64();
    if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) return std::nullopt;
    // (0, 0) is what a missing fix looks like, not a place anyone took a photo.
    if (*lat == 0 && *lon == 0) return std::nullopt;
    return GeoPoint{*lat, *lon};
}

void read_exif(const JsonValue& media, Media& out) {
    for (const JsonValue& exif : exif_records(media)) {
        if (!out.gps) out.gps = gps_of(exif);
        if (out.taken == 0) out.taken = seconds(exif.get("taken_timestamp"));
        if (out.camera_make.empty()) out.camera_make = exif.get("camera_make").str();
        if (out.camera_model.empty()) out.camera_model = exif.get("camera_model").str();
        if (out.upload_ip.empty()) out.upload_ip = exif.get("upload_ip").str();
    }
}

Media parse_media(Context& ctx, const JsonValue& media, std::string uri, const SourceRef& from,
                  MediaKind hint) {
    Media m;
    m.kind = kind_of(media, uri, hint);
    if (!is_url(uri))
        if (auto entry = ctx.view.resolve(uri)) m.entry = entry->name();
    m.uri = std::move(uri);
    m.source = from;
    // In posts a media's title is its album ("Timeline photos"); the description is the caption.
    m.album = media.get("title").str();
    m.caption = strip_mentions(media.get("description").str());
    if (m.caption.empty()) m.caption = m.album;
    m.created = seconds(media.get("creation_timestamp"));
    read_exif(media, m);
    return m;
}

// A second mention of the same file fills what the first one lacked; the first source stays.
void merge_into(Media& kept, Media&& other) {
    if (kept.entry.empty()) kept.entry = std::move(other.entry);
    if (kept.caption.empty() || kept.caption == kept.album) {
        if (!other.caption.empty() && other.caption != other.album) kept.caption = other.caption;
    }
    if (kept.album.empty()) kept.album = std::move(other.album);
    if (kept.created == 0) kept.created = other.created;
    if (kept.taken == 0) kept.taken = other.taken;
    if (!kept.gps) kept.gps = other.gps;
    if (kept.camera_make.empty()) kept.camera_make = std::move(other.camera_make);
    if (kept.camera_model.empty()) kept.camera_model = std::move(other.camera_model);
    if (kept.upload_ip.empty()) kept.upload_ip = std::move(other.upload_ip);
}

} // namespace

std::optional<std::size_t> add_media(Context& ctx, const JsonValue& media, const SourceRef& from,
                                     MediaKind hint) {
    std::string uri = media.get("uri").str();
    if (uri.empty()) return std::nullopt;
    Media parsed = parse_media(ctx, media, uri, from, hint);
    if (auto it = ctx.media_by_uri.find(uri); it != ctx.media_by_uri.end()) {
        merge_into(ctx.out.media[it->second], std::move(parsed));
        return it->second;
    }
    ctx.out.media.push_back(std::move(parsed));
    ctx.media_by_uri.emplace(std::move(uri), ctx.out.media.size() - 1);
    return ctx.out.media.size() - 1;
}

} // namespace audit::facebook
