// image.personal-device — photos taken with a personal phone (camera make/model in EXIF or the
// export's metadata), at the school (GPS within the radius) and in school hours on a term day:
// many policies allow photos of school life on school devices only.
#include "checks/shared/check_util.hpp"
#include "checks/shared/image_util.hpp"
#include <array>
#include <cctype>
#include <map>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"photo", "gps=51.3812,-2.3588 taken=2025-03-06T10:47:00Z make=Apple model=iPhone 13", true},
    {"photo", "gps=51.3812,-2.3588 taken=2025-03-06T10:47:00Z make=samsung model=SM-G991B", true},
    // A compact camera, not a phone.
    {"photo", "gps=51.3812,-2.3588 taken=2025-03-06T10:47:00Z make=Canon model=Canon EOS 250D", false},
    // A Saturday at the school (a fair), and a weekday evening.
    {"photo", "gps=51.3812,-2.3588 taken=2025-03-08T10:47:00Z make=Apple model=iPhone 13", false},
    {"photo", "gps=51.3812,-2.3588 taken=2025-03-06T19:30:00Z make=Apple model=iPhone 13", false},
    // In school hours but far from the school.
    {"photo", "gps=51.3702,-2.3925 taken=2025-03-06T10:47:00Z make=Apple model=iPhone 13", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Check each photo listed against the school's rules on photographing at school; where it "
     "shows school life, delete it (open the photo > ... > Delete photo) and use a school "
     "device next time."},
    {Platform::instagram,
     "Check each post listed against the school's rules on photographing at school; where it "
     "shows school life, delete it (... > Delete) and use a school device next time."},
};

// Makers whose cameras are (nearly) all phones, as EXIF writes them, folded.
constexpr std::array<std::string_view, 16> k_phone_makers = {
    "apple", "samsung", "google", "xiaomi", "huawei", "honor", "oneplus", "oppo", "vivo",
    "realme", "motorola", "htc", "lg electronics", "lge", "nokia", "fairphone"};
// Model words that mean a phone whatever the maker says (Sony Xperia, "Redmi Note").
constexpr std::array<std::string_view, 8> k_phone_models = {
    "iphone", "pixel", "galaxy", "xperia", "redmi", "sm-", "moto ", "mi a"};

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// "Apple iPhone 13" — or empty when the camera is not a phone.
std::string phone_of(const MediaFacts& f) {
    const std::string make = lower(f.camera_make), model = lower(f.camera_model);
    bool phone = false;
    for (std::string_view m : k_phone_makers) phone = phone || make == m || make.starts_with(std::string(m) + " ");
    for (std::string_view m : k_phone_models) phone = phone || model.find(m) != std::string::npos;
    if (!phone) return {};
    if (f.camera_model.starts_with(f.camera_make)) return f.camera_model;
    return f.camera_make + " " + f.camera_model;
}

struct Hit {
    const MediaFacts* photo = nullptr;
    std::string phone;
    SchoolMoment moment;
};

DraftFinding device_finding(Platform platform, const std::vector<Hit>& hits, const SchoolCalendar& calendar) {
    DraftFinding f;
    f.platform = platform;
    f.confidence = calendar.terms_known() ? 0.8 : 0.6;
    const std::size_t n = hits.size();
    std::map<std::string, std::size_t> phones;
    for (const Hit& h : hits) ++phones[h.phone];
    std::string list;
    for (const auto& [phone, count] : phones) list += (list.empty() ? "" : ", ") + phone;
    f.evidence = (n == 1 ? "1 photo" : std::to_string(n) + " photos") + " taken with a personal phone (" +
                 list + ") at the school in school hours";
    f.signals.push_back("camera: " + list + " (a phone, from the photo's metadata)");
    f.signals.push_back("GPS within the school's radius");
    f.signals.push_back("taken in school hours on " + std::string(calendar.terms_known() ? "a term day" : "a school weekday") +
                        " (school day " + calendar.describe() + ")");
    if (!calendar.terms_known()) f.lower_severity = 1;
    for (const Hit& h : hits)
        f.instances.push_back(Instance{media_location(*h.photo), media_path(*h.photo) + ", " +
                                                                     describe_local(h.moment.local) + ", " + h.phone});
    if (n == 1) f.location = media_location(*hits.front().photo);
    else f.location = Location{"", "photos taken at school on a personal phone", "", ""};
    f.steps.push_back("Your school may allow photographs at school on school devices only: check "
                      "the photos listed and delete any that show school life.");
    f.identity = "personal device";
    return f;
}

void run(CheckContext& ctx) {
    const SchoolProfile& profile = ctx.profile();
    if (!profile.location) {
        ctx.not_checkable("photos taken at school", "the school profile has no location");
        return;
    }
    const SchoolCalendar calendar(profile);
    std::map<Platform, std::vector<Hit>> hits;
    for (const MediaFacts& f : ctx.facts().media_facts()) {
        if (!inside(f, profile.location)) continue;
        std::string phone = phone_of(f);
        if (phone.empty()) continue;
        auto moment = taken_moment(f, calendar);
        if (!moment || !moment->in_hours) continue;
        hits[f.source->platform].push_back(Hit{&f, std::move(phone), std::move(*moment)});
    }
    for (const auto& [platform, list] : hits) ctx.report(device_finding(platform, list, calendar));
}

} // namespace

extern const CheckInfo image_personal_device = {
    "image.personal-device",
    "Photos taken at school on a personal phone",
    "photos and videos (camera make and model, GPS, time taken)",
    "Finds photos taken with a phone (the camera's make and model in the photo or the export's "
    "metadata) at the school and in school hours on a term day. Many policies ask staff to take "
    "photographs of school life on school devices only, never their own phone.",
    k_examples,
    k_remedies,
    "Check the photos listed against the school's rules on photographing at school, delete any "
    "that show school life, and use a school device next time.",
    run,
};

} // namespace audit
