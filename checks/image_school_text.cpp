// image.school-text — the school's name, alias or web address read in a photo by OCR (a sign,
// a banner, a newsletter), tolerant of OCR's mangled letters; another school's sign is none.
#include "audit/media/school_text.hpp"
#include "checks/shared/check_util.hpp"
#include "checks/shared/image_util.hpp"
#include <cstdio>

namespace audit {

namespace {

// "text=" stands for what OCR read in the photo.
constexpr CheckExample k_examples[] = {
    {"photo", "text=Welcome to\nRiverside Primary School", true},
    {"photo", "text=RIVERSlDE PRlMARY SCH0OL", true}, // OCR's l for I and 0 for O
    {"photo", "text=www.riverside.sch.uk", true},
    // Another school's sign, and a sign without the school.
    {"photo", "text=North Riverside Primary", false},
    {"photo", "text=Riverdale Park Primary School", false},
    {"photo", "text=NO PARKING AT ANY TIME", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open each photo listed; if the school's name can be read in it, delete the photo "
     "(... > Delete photo), crop the name out, or set its audience to Only me."},
    {Platform::instagram,
     "Open each post listed; if the school's name can be read in it, delete it (... > Delete) "
     "or archive it (... > Archive)."},
    {Platform::x, "Open each post listed and delete it if the school's name can be read (... > Delete)."},
    {Platform::tiktok, "Open each video listed and delete it or set it to Private (... > Privacy settings)."},
};

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n') c = ' ';
    return s;
}

DraftFinding text_finding(const MediaFacts& f, const OcrSighting& s) {
    DraftFinding d;
    d.platform = f.source ? f.source->platform : Platform::facebook;
    d.location = media_location(f);
    d.evidence = "\"" + one_line(s.read) + "\" read in the photo";
    if (s.similarity >= 1.0) {
        d.signals.push_back("the school's name '" + s.matched + "' read in the photo (OCR)");
    } else {
        char line[200];
        std::snprintf(line, sizeof line, "OCR read '%s', %.0f %% of the letters of '%s' (OCR mangles letters)",
                      one_line(s.read).c_str(), s.similarity * 100, s.matched.c_str());
        d.signals.push_back(line);
    }
    d.confidence = s.confidence;
    d.weak = s.confidence < 0.5;
    d.steps.push_back("Look at " + media_path(f) + ": the school's name can be read in it.");
    d.identity = "school text " + media_path(f);
    return d;
}

void run(CheckContext& ctx) {
    const auto& photos = ctx.facts().media_facts();
    const bool unread = std::any_of(photos.begin(), photos.end(), [](const MediaFacts& f) {
        return f.decoded && !f.text_checked;
    });
    if (unread) {
        ctx.not_checkable("the school's name in photos", "skipped: OCR not available (tesseract English data missing)");
    }
    const OcrSchoolMatcher matcher(ctx.profile());
    for (const MediaFacts& f : photos) {
        if (f.text.empty()) continue;
        const auto sightings = matcher.find(f.text);
        if (!sightings.empty()) ctx.report(text_finding(f, sightings.front()));
    }
}

} // namespace

extern const CheckInfo image_school_text = {
    "image.school-text",
    "The school's name readable in a photo",
    "photos and videos (text read by OCR where a quick check sees text)",
    "Reads the text in your photos and video frames (signs, banners, newsletters, display "
    "boards) and finds the school's name, its other names and its web address, even when the "
    "reading gets a few letters wrong. Another school's sign is not a finding. A readable name "
    "tells anyone who sees the photo where you work.",
    k_examples,
    k_remedies,
    "Open each photo listed; delete it, crop the school's name out or limit who can see it.",
    run,
};

} // namespace audit
