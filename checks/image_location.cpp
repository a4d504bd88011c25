// image.location — photos whose GPS puts them at the school (within the profile's radius) or at
// one private place: the profile's [me] home, or else a place many photos share in evenings
// and at weekends (likely home). One pattern finding per platform and place, every photo listed.
// Malformed GPS is never trusted: it is counted in the coverage notes instead.
#include "checks/shared/check_util.hpp"
#include "checks/shared/image_util.hpp"
#include <algorithm>
#include <map>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    // The example school is at 51.3811, -2.3590 with a 250 m radius; home at 51.3702, -2.3925.
    {"photo", "gps=51.3812,-2.3588", true},
    {"photo", "gps=51.3811,-2.3590 source=file", true},
    {"photo", "gps=51.3835,-2.3590", false}, // 267 m north: just outside the radius
    {"photo", "gps=51.3703,-2.3924", true},  // the profile's home
    {"photo", "gps=48.8584,2.2945", false},  // a holiday in Paris
    {"photo", "gps=123.4,-2.3590", false},   // out of range: malformed, not trusted
    {"photo", "faces=3", false},             // no GPS at all
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open each photo listed: Edit post > remove the location (check-in) and save; or delete the "
     "photo if the place itself matters.\n"
     "Stop new photos carrying GPS: iPhone Settings > Privacy & Security > Location Services > "
     "Camera > Never; Android Camera app > Settings > Location tags (or Save location) off."},
    {Platform::instagram,
     "Open each post listed: ... > Edit > tap the location > Remove location, or delete the post.\n"
     "Stop new photos carrying GPS: iPhone Settings > Privacy & Security > Location Services > "
     "Camera > Never; Android Camera app > Settings > Location tags off."},
};

struct Place {
    std::string key;   // "school", "home", "frequent place"
    std::string what;  // "at the school", …
    double confidence = 0.8;
    std::vector<const MediaFacts*> photos;
};

// Evenings (18:00-07:00) and weekends: when a private place, not work, shows in photos.
bool off_hours(const MediaFacts& f, const SchoolCalendar& calendar) {
    auto m = taken_moment(f, calendar);
    if (!m) return false;
    const int hour = m->local.seconds / 3600;
    return m->local.weekday >= 5 || hour >= 18 || hour < 7; // 5, 6: Saturday, Sunday
}

// The place most off-hours photos share (within 150 m of one of them), when at least 5 photos
// on at least 3 different days do: a home, a partner's home, a regular haunt.
std::vector<const MediaFacts*> frequent_place(const std::vector<const MediaFacts*>& photos,
                                              const SchoolCalendar& calendar) {
    constexpr double k_cluster_m = 150;
    std::vector<const MediaFacts*> best;
    for (const MediaFacts* centre : photos) {
        std::vector<const MediaFacts*> near;
        for (const MediaFacts* f : photos)
            if (distance_m(*f->gps, *centre->gps) <= k_cluster_m) near.push_back(f);
        if (near.size() > best.size()) best = std::move(near);
    }
    std::vector<std::string> days;
    for (const MediaFacts* f : best)
        if (auto m = taken_moment(*f, calendar)) days.push_back(m->local.date);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (best.size() < 5 || days.size() < 3) return {};
    return best;
}

DraftFinding place_finding(Platform platform, const Place& place, const SchoolProfile& profile,
                           const SchoolCalendar& calendar) {
    DraftFinding f;
    f.platform = platform;
    f.confidence = place.confidence;
    const std::size_t n = place.photos.size();
    f.evidence = (n == 1 ? "1 photo" : std::to_string(n) + " photos") + " carry GPS " + place.what;
    std::size_t from_file = 0;
    for (const MediaFacts* p : place.photos) from_file += p->gps_source == "file EXIF";
    f.signals.push_back(std::to_string(from_file) + " with GPS in the file's EXIF, " +
                        std::to_string(n - from_file) + " in the export's own metadata");
    if (place.key == "school")
        f.signals.push_back("within " + describe_distance(profile.location->radius_m) + " of " +
                            (profile.name.empty() ? "the school" : profile.name) + " (" +
                            describe_point(profile.location->centre) + ")");
    if (place.key == "home")
        f.signals.push_back("within " + describe_distance(profile.home->radius_m) +
                            " of the home in the profile ([me] home)");
    if (place.key == "frequent place")
        f.signals.push_back("the same place (within 150 m) in " + std::to_string(n) +
                            " photos taken in evenings or at weekends: likely a home");
    for (const MediaFacts* p : place.photos) {
        std::string what = describe_photo(*p, calendar) + ": " + describe_point(*p->gps);
        if (place.key == "school") what += " (" + describe_distance(distance_m(*p->gps, profile.location->centre)) + " from the school)";
        f.instances.push_back(Instance{media_location(*p), what});
    }
    if (n == 1) f.location = media_location(*place.photos.front());
    else f.location = Location{"", "photos " + place.what, "", ""};
    f.steps.push_back(place.key == "school"
                          ? "A photo tagged at school tells anyone who sees it where you work and "
                            "where children are: remove the location or the photo."
                          : "Photos tagged at a private place let strangers find where you live: "
                            "remove the location from these photos.");
    f.identity = "location " + place.key;
    return f;
}

void run(CheckContext& ctx) {
    const SchoolProfile& profile = ctx.profile();
    const SchoolCalendar calendar(profile);
    const auto& all = ctx.facts().media_facts();
    if (!profile.location)
        ctx.not_checkable("photos at the school", "the school profile has no location");
    std::map<Platform, std::map<std::string, Place>> places;
    std::map<Platform, std::vector<const MediaFacts*>> private_candidates;
    std::size_t malformed = 0;
    for (const MediaFacts& f : all) {
        if (!f.gps) {
            malformed += f.gps_malformed;
            continue;
        }
        const Platform platform = f.source->platform;
        if (inside(f, profile.location)) {
            auto& place = places[platform]["school"];
            place.key = "school";
            place.what = "at the school";
            place.confidence = f.gps_malformed ? 0.6 : 0.85;
            place.photos.push_back(&f);
        } else if (inside(f, profile.home)) {
            auto& place = places[platform]["home"];
            place.key = "home";
            place.what = "at your home";
            place.confidence = 0.8;
            place.photos.push_back(&f);
        } else if (!profile.home && off_hours(f, calendar)) {
            private_candidates[platform].push_back(&f);
        }
    }
    for (auto& [platform, photos] : private_candidates)
        if (auto cluster = frequent_place(photos, calendar); !cluster.empty())
            places[platform]["frequent place"] = Place{"frequent place", "at one place you photograph in evenings and at weekends", 0.6, cluster};
    if (malformed)
        ctx.not_checkable(std::to_string(malformed) + (malformed == 1 ? " photo" : " photos") +
                              " with malformed GPS",
                          "out of range or unreadable coordinates are not trusted (see the "
                          "problems listed for those files)");
    for (const auto& [platform, by_place] : places)
        for (const auto& [key, place] : by_place)
            ctx.report(place_finding(platform, place, profile, calendar));
}

} // namespace

extern const CheckInfo image_location = {
    "image.location",
    "Photos that give away the school or your home",
    "photos and videos (GPS in the file, or in the export's metadata)",
    "Finds photos and videos whose GPS location is at the school (within the profile's radius), "
    "at your home ([me] home in the profile), or at one private place many of your photos share "
    "in evenings and at weekends. A location on a photo tells anyone who sees it where you work, "
    "where children are, or where you live. GPS that is out of range or unreadable is reported "
    "as a problem with the file, never trusted.",
    k_examples,
    k_remedies,
    "Remove the location from the photos listed, or delete them.\n"
    "Turn off location tags in your phone's camera settings.",
    run,
};

} // namespace audit
