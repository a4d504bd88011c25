#pragma once
// Helpers the image checks share: distances on the globe, where a photo is in the export, and
// when it was taken as the school sees it.
#include "audit/media/media_facts.hpp"
#include "checks/check.hpp"
#include "checks/shared/school_calendar.hpp"
#include <optional>
#include <string>

namespace audit {

// Great-circle distance in metres (haversine, mean Earth radius).
double distance_m(const GeoPoint& a, const GeoPoint& b);
// "51.3811, -2.3590"
std::string describe_point(const GeoPoint& p);
// "120 m" / "1.4 km"
std::string describe_distance(double metres);
// The photo's path in the export (its archive entry, else the URI the JSON gives).
std::string media_path(const MediaFacts& facts);
// A finding location pointing at the photo (and the JSON item that mentions it).
Location media_location(const MediaFacts& facts);
// Inside the circle (the school, the home) when the photo has trusted GPS.
bool inside(const MediaFacts& facts, const std::optional<GeoCircle>& circle);
// When the photo was taken, in the school's time zone (the camera's wall clock if no zone).
std::optional<SchoolMoment> taken_moment(const MediaFacts& facts, const SchoolCalendar& calendar);
// The caption and album of the photo, for context words and names.
std::string caption_text(const MediaFacts& facts);
// A photo's short description for an instance: "photos/IMG_1.jpg, Thu 06 Mar 2025 10:52 GMT".
std::string describe_photo(const MediaFacts& facts, const SchoolCalendar& calendar);

} // namespace audit
