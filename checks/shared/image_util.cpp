#include "checks/shared/image_util.hpp"
#include "checks/shared/check_util.hpp"
#include <cmath>
#include <cstdio>

namespace audit {

double distance_m(const GeoPoint& a, const GeoPoint& b) {
    constexpr double k_earth_m = 6'371'008.8;
    constexpr double k_rad = 3.14159265358979323846 / 180.0;
    const double dlat = (b.lat - a.lat) * k_rad, dlon = (b.lon - a.lon) * k_rad;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(a.lat * k_rad) * std::cos(b.lat * k_rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * k_earth_m * std::asin(std::min(1.0, std::sqrt(h)));
}

std::string describe_point(const GeoPoint& p) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f, %.4f", p.lat, p.lon);
    return buf;
}

std::string describe_distance(double metres) {
    char buf[32];
    if (metres < 1000) std::snprintf(buf, sizeof buf, "%.0f m", metres);
    else std::snprintf(buf, sizeof buf, "%.1f km", metres / 1000);
    return buf;
}

std::string media_path(const MediaFacts& facts) {
    if (!facts.media) return {};
    return facts.media->entry.empty() ? facts.media->uri : facts.media->entry;
}

Location media_location(const MediaFacts& facts) {
    Location loc = facts.media ? location_of(facts.media->source, media_path(facts)) : Location{};
    loc.media = media_path(facts);
    return loc;
}

bool inside(const MediaFacts& facts, const std::optional<GeoCircle>& circle) {
    return facts.gps && circle && distance_m(*facts.gps, circle->centre) <= circle->radius_m;
}

std::optional<SchoolMoment> taken_moment(const MediaFacts& facts, const SchoolCalendar& calendar) {
    if (facts.taken)
        return calendar.at(facts.taken, facts.taken_wall_clock ? TimeBasis::local_wall : TimeBasis::utc);
    // No capture time: the upload time is a weaker stand-in (it is at or after the photo).
    if (facts.media && facts.media->created) return calendar.at(facts.media->created);
    return std::nullopt;
}

std::string caption_text(const MediaFacts& facts) {
    if (!facts.media) return {};
    std::string out = facts.media->caption;
    if (!facts.media->album.empty()) out += (out.empty() ? "" : "\n") + facts.media->album;
    return out;
}

std::string describe_photo(const MediaFacts& facts, const SchoolCalendar& calendar) {
    std::string out = media_path(facts);
    if (auto moment = taken_moment(facts, calendar)) out += ", " + describe_local(moment->local);
    return out;
}

} // namespace audit
