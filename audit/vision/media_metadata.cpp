#include "audit/vision/media_metadata.hpp"
#include <exiv2/exiv2.hpp>
#include <exiv2/webpimage.hpp>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>

namespace audit {

namespace {

// exiv2's global state (its XMP toolkit, BMFF support, log level) is set once per process.
void init_exiv2() {
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize();
#ifdef EXV_ENABLE_BMFF
        Exiv2::enableBMFF(true);
#endif
    });
}

std::string text_of(const Exiv2::ExifData& exif, const char* key) {
    auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end()) return {};
    std::string s = it->toString();
    while (!s.empty() && (s.back() == '\0' || s.back() == ' ')) s.pop_back();
    return s;
}

// Degrees, minutes, seconds as three rationals; anything else is malformed.
std::optional<double> degrees(const Exiv2::Exifdatum& d, std::string& why) {
    if (d.typeId() != Exiv2::unsignedRational || d.count() != 3) {
        why = "GPS coordinate stored as " + std::string(d.typeName() ? d.typeName() : "?") +
              " '" + d.toString() + "', not as three rationals";
        return std::nullopt;
    }
    double parts[3];
    for (long i = 0; i < 3; ++i) {
        const Exiv2::Rational r = d.toRational(i);
        if (r.second == 0) {
            why = "GPS coordinate with a zero denominator";
            return std::nullopt;
        }
        parts[i] = static_cast<double>(r.first) / static_cast<double>(r.second);
    }
    return parts[0] + parts[1] / 60.0 + parts[2] / 3600.0;
}

void read_gps(const Exiv2::ExifData& exif, FileMetadata& out) {
    auto lat = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"));
    auto lon = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude"));
    if (lat == exif.end() && lon == exif.end()) return;
    auto malformed = [&](std::string why) {
        out.gps_malformed = true;
        out.gps_problem = std::move(why);
    };
    if (lat == exif.end() || lon == exif.end()) return malformed("GPS latitude or longitude missing");
    std::string why;
    auto la = degrees(*lat, why);
    auto lo = la ? degrees(*lon, why) : std::nullopt;
    if (!la || !lo) return malformed(why);
    const std::string lat_ref = text_of(exif, "Exif.GPSInfo.GPSLatitudeRef");
    const std::string lon_ref = text_of(exif, "Exif.GPSInfo.GPSLongitudeRef");
    if (lat_ref == "S") *la = -*la;
    if (lon_ref == "W") *lo = -*lo;
    if (auto problem = gps_problem(*la, *lo); !problem.empty()) return malformed(problem);
    out.gps = GeoPoint{*la, *lo};
}

void read_exif(const Exiv2::ExifData& exif, FileMetadata& out) {
    read_gps(exif, out);
    out.camera_make = text_of(exif, "Exif.Image.Make");
    out.camera_model = text_of(exif, "Exif.Image.Model");
    std::string when = text_of(exif, "Exif.Photo.DateTimeOriginal");
    if (when.empty()) when = text_of(exif, "Exif.Image.DateTime");
    bool zoned = false;
    if (auto t = parse_exif_time(when, text_of(exif, "Exif.Photo.OffsetTimeOriginal"), zoned)) {
        out.taken = *t;
        out.taken_wall_clock = !zoned;
    }
    auto o = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    if (o != exif.end() && o->count() > 0) {
        const long v = o->toLong();
        if (v >= 1 && v <= 8) out.orientation = static_cast<int>(v);
    }
}

} // namespace

std::string gps_problem(double lat, double lon) {
    char buf[96];
    if (!std::isfinite(lat) || !std::isfinite(lon)) return "GPS coordinates are not numbers";
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        std::snprintf(buf, sizeof buf, "GPS %.4f, %.4f out of range", lat, lon);
        return buf;
    }
    if (lat == 0 && lon == 0) return "GPS 0, 0 (a placeholder written without a fix)";
    return {};
}

std::optional<Timestamp> parse_exif_time(std::string_view text, std::string_view offset, bool& zoned) {
    zoned = false;
    if (text.size() < 19) return std::nullopt;
    const std::string s(text);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    char a = 0, b = 0, t = 0;
    if (std::sscanf(s.c_str(), "%4d%c%2d%c%2d%c%2d:%2d:%2d", &y, &a, &mo, &b, &d, &t, &h, &mi, &sec) != 9)
        return std::nullopt;
    if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return std::nullopt; // "0000:00:00 00:00:00" is how cameras write "unknown"
    using namespace std::chrono;
    const sys_days day{year{y} / mo / d};
    Timestamp out = static_cast<Timestamp>(day.time_since_epoch().count()) * 86400 + h * 3600 + mi * 60 + sec;
    std::string_view zone = s.size() > 19 ? std::string_view(s).substr(19) : offset;
    if (zone.starts_with(".")) zone = zone.substr(std::min(zone.find_first_not_of(".0123456789"), zone.size()));
    if (zone == "Z") {
        zoned = true;
    } else if (zone.size() >= 6 && (zone[0] == '+' || zone[0] == '-')) {
        int oh = 0, om = 0;
        if (std::sscanf(std::string(zone).c_str() + 1, "%2d:%2d", &oh, &om) == 2) {
            out -= (zone[0] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
            zoned = true;
        }
    }
    return out;
}

std::optional<GeoPoint> parse_iso6709(std::string_view text) {
    const std::string s(text);
    double lat = 0, lon = 0;
    int used = 0;
    if (s.empty() || (s[0] != '+' && s[0] != '-')) return std::nullopt;
    if (std::sscanf(s.c_str(), "%lf%lf%n", &lat, &lon, &used) != 2) return std::nullopt;
    return GeoPoint{lat, lon};
}

namespace {

// Only the photo formats are handed to exiv2: its video readers (QuickTime, RIFF, Matroska)
// can spin for seconds on a crafted container (found by fuzz_media_header), and video
// metadata is read with libav instead.
bool is_photo_container(int image_type) {
    using namespace Exiv2::ImageType;
    return image_type == jpeg || image_type == png || image_type == webp || image_type == gif ||
           image_type == bmff || image_type == tiff;
}

} // namespace

FileMetadata read_image_metadata(std::string_view bytes, MediaFormat format) {
    init_exiv2();
    FileMetadata out;
    if (format == MediaFormat::video || format == MediaFormat::unknown) return out;
    // A JPEG's EXIF sits in its first segments: parsing a prefix is quicker (and exiv2 stops
    // before the image data anyway); the other formats may keep it anywhere.
    constexpr std::size_t k_prefix = 256 * 1024;
    std::string_view view = bytes;
    if (format == MediaFormat::jpeg && view.size() > k_prefix) view = view.substr(0, k_prefix);
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(view.data()),
                                                   static_cast<long>(view.size()));
            if (image.get() == nullptr) throw Exiv2::Error(Exiv2::kerDataSourceOpenFailed);
            if (!is_photo_container(image->imageType())) return out;
            image->readMetadata();
            read_exif(image->exifData(), out);
            return out;
        } catch (const std::exception& e) {
            if (view.size() < bytes.size()) {
                view = bytes; // the EXIF block was larger than the prefix: read it all
                continue;
            }
            out = FileMetadata{};
            out.problem = std::string("metadata unreadable: ") + e.what();
            return out;
        }
    }
    return out;
}

} // namespace audit
