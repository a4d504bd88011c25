// image.pupils — photos that may show children from the school: faces found, combined with
// school context (taken at the school, in school hours on a term day, the school's logo or name
// in frame, school words or the school's name in the caption or album, a name from the pupils
// roster nearby). Always "please review": the tool cannot know who is in a photo, and never
// says it does. Faces alone (a beach on a Saturday) are not a finding.
#include "audit/media/school_text.hpp"
#include "audit/text/school_context.hpp"
#include "checks/shared/check_util.hpp"
#include "checks/shared/image_util.hpp"
#include <algorithm>
#include <cstdio>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"photo", "faces=6:small gps=51.3812,-2.3588 taken=2025-03-06T10:47:00Z", true},
    {"photo", "faces=2 caption=Sports day with Year 4!", true},
    {"photo", "faces=3 taken=2025-03-06T10:47:00Z caption=Our class assembly", true},
    // A holiday photo of adults: faces, a Saturday, far from school, no school words.
    {"photo", "faces=4 gps=50.2660,-5.0527 taken=2025-03-08T11:00:00Z caption=Beach day!", false},
    // School context without faces (the empty hall) is not this check's business.
    {"photo", "faces=0 gps=51.3812,-2.3588 taken=2025-03-06T10:47:00Z", false},
    // A single face in school hours but away from school, no other context: not enough.
    {"photo", "faces=1 taken=2025-03-06T10:47:00Z", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open each photo listed and look at who is in it. If it shows children from school, delete "
     "it (photo > ... > Delete photo), or at least set its audience to Only me (... > Edit "
     "audience).\n"
     "Ask friends who shared or tagged it to remove their copies."},
    {Platform::instagram,
     "Open each post listed and look at who is in it. If it shows children from school, delete "
     "it (... > Delete) or archive it (... > Archive)."},
};

struct Score {
    std::vector<std::string> signals;
    double faces = 0;   // from the faces alone
    double context = 0; // from the school context
};

// Several faces count for more than one, and small faces (far from the camera, a class or
// team) for more again.
void score_faces(const MediaFacts& f, Score& s) {
    const std::size_t n = f.faces.size();
    const int height = std::max(1, f.analysis_height);
    const auto small = static_cast<std::size_t>(std::count_if(f.faces.begin(), f.faces.end(), [&](const Face& face) {
        return face.height * 10 < height; // under a tenth of the frame's height
    }));
    s.faces = n >= 4 ? 0.35 : (n >= 2 ? 0.25 : 0.15);
    std::string signal = std::to_string(n) + (n == 1 ? " face" : " faces") + " found";
    if (small >= 3) {
        s.faces += 0.1;
        signal += ", " + std::to_string(small) + " of them small (a group at a distance)";
    }
    s.signals.push_back(signal + (f.frames > 1 ? " (video keyframes)" : ""));
}

void add(Score& s, double weight, std::string signal) {
    s.context += weight;
    s.signals.push_back(std::move(signal));
}

void score_context(CheckContext& ctx, const MediaFacts& f, const SchoolCalendar& calendar,
                   const OcrSchoolMatcher& ocr, Score& s) {
    const SchoolProfile& profile = ctx.profile();
    if (inside(f, profile.location)) add(s, 0.3, "GPS at the school");
    if (auto moment = taken_moment(f, calendar); moment && moment->in_hours)
        add(s, calendar.terms_known() ? 0.2 : 0.1, "taken " + moment->why);
    if (!f.logos.empty()) add(s, 0.25, "the school's logo in frame");
    // OCR mangles letters: the fuzzy matcher image.school-text uses.
    if (!f.text.empty() && !ocr.find(f.text).empty()) add(s, 0.25, "the school's name read in the photo");
    const std::string caption = caption_text(f);
    if (caption.empty()) return;
    if (!ctx.facts().school_matcher().find(caption).empty()) add(s, 0.25, "the school named in the caption or album");
    // An empty "match" at the start: the window then covers the whole caption.
    auto context = school_context(caption, 0, 0, caption.size());
    for (const ContextSignal& c : context)
        if (c.weight > 0) add(s, 0.2, "caption or album: " + c.signal);
    if (const PeopleMatcher* pupils = ctx.facts().people(RosterKind::pupils))
        if (!pupils->find_in_text(caption).empty())
            add(s, 0.3, "a name from the pupils roster in the caption or album");
}

DraftFinding photo_finding(const MediaFacts& f, const Score& s, double score) {
    DraftFinding d;
    d.platform = f.source->platform;
    d.location = media_location(f);
    d.weak = true; // always for review: a person must look at the photo
    d.confidence = std::clamp(score, 0.05, 0.9);
    const std::size_t n = f.faces.size();
    d.evidence = "A " + std::string(f.frames > 1 ? "video" : "photo") + " with " + std::to_string(n) +
                 (n == 1 ? " face" : " faces") + " and school context may show children — please review";
    d.signals = s.signals;
    char line[48];
    std::snprintf(line, sizeof line, "score %.2f", score);
    d.signals.push_back(line);
    d.steps.push_back("Look at " + media_path(f) + ": the tool found faces and school context, "
                      "not who the people are.");
    d.identity = "photo " + media_path(f);
    return d;
}

void run(CheckContext& ctx) {
    const SchoolCalendar calendar(ctx.profile());
    const OcrSchoolMatcher ocr(ctx.profile());
    // A missing face detector is noted by the image stage itself (coverage).
    for (const MediaFacts& f : ctx.facts().media_facts()) {
        if (f.faces.empty()) continue;
        Score s;
        score_faces(f, s);
        score_context(ctx, f, calendar, ocr, s);
        // Faces alone never fire, however many: school context must be there too.
        const double score = s.faces + s.context;
        if (s.context < 0.2 || score < 0.45) continue;
        ctx.report(photo_finding(f, s, score));
    }
}

} // namespace

extern const CheckInfo image_pupils = {
    "image.pupils",
    "Photos that may show children from school",
    "photos and videos (faces, GPS, time taken, logo and text in frame), captions and albums",
    "Finds photos with faces in them that also carry school context: taken at the school or in "
    "school hours on a term day, the school's logo or name in frame, school words (\"class\", "
    "\"Year 4\", \"sports day\") or a child's name from the roster in the caption. Each finding "
    "lists its signals and a score and is always for you to review: the tool never identifies "
    "anyone. Faces alone, at a beach on a Saturday, are not a finding.",
    k_examples,
    k_remedies,
    "Open each photo listed and look at who is in it; delete any that show children from school.",
    run,
};

} // namespace audit
