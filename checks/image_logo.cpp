// image.logo — the school's logo or crest (the profile's reference images) found inside a photo
// by keypoint matching with a homography check, or a photo that is a repost of the logo itself
// (perceptual hash). A logo too small in the frame for a viewer to make out is not a finding.
#include "checks/shared/check_util.hpp"
#include "checks/shared/image_util.hpp"
#include <algorithm>
#include <cstdio>

namespace audit {

namespace {

// Reference logos the example school would list; the example's "logo=" stands for the hit.
constexpr CheckExample k_examples[] = {
    {"photo", "logo=180:45 caption=New jumpers", true}, // a crest 180 px wide, 45 inliers
    {"photo", "logo=repost", true},                     // the photo is the crest itself
    // The crest 30 px wide in a 1024-px photo: too small to make out.
    {"photo", "logo=30:14", false},
    {"photo", "caption=Beach day", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open each photo listed; if the school's logo identifies where you work, delete the photo "
     "(... > Delete photo) or crop the logo out, or set its audience to Only me."},
    {Platform::instagram,
     "Open each post listed; if the school's logo identifies where you work, delete it (... > "
     "Delete) or archive it (... > Archive)."},
    {Platform::x, "Open each post listed and delete it if the school's logo shows (... > Delete)."},
    {Platform::tiktok, "Open each video listed and delete it or set it to Private (... > Privacy settings)."},
};

// The logo's long side at least this share of the photo's long side (51 px in a 1024-px
// analysis image): smaller is a speck nobody would recognise, and below the size the matcher
// finds reliably (80 px; docs/images.md).
constexpr double k_min_share = 0.05;

bool big_enough(const LogoHit& hit, const MediaFacts& f) {
    if (hit.whole_image) return true;
    const double side = std::max(f.analysis_width, f.analysis_height);
    return side > 0 && std::max(hit.box.width, hit.box.height) >= k_min_share * side;
}

std::string file_name(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

DraftFinding logo_finding(const MediaFacts& f, const LogoHit& hit) {
    DraftFinding d;
    d.platform = f.source ? f.source->platform : Platform::facebook;
    d.location = media_location(f);
    char line[160];
    if (hit.whole_image) {
        d.evidence = "the photo is the school's logo (" + file_name(hit.logo) + ")";
        d.signals.push_back("the whole image matches the logo by perceptual hash (a repost of it)");
        d.confidence = std::min(0.95, hit.score);
    } else {
        std::snprintf(line, sizeof line, "%.0fx%.0f px", static_cast<double>(hit.box.width),
                      static_cast<double>(hit.box.height));
        d.evidence = "the school's logo (" + file_name(hit.logo) + ") in the photo, " + line;
        std::snprintf(line, sizeof line, "%d keypoints of the logo agree on one view of it (homography inliers)",
                      hit.inliers);
        d.signals.push_back(line);
        std::snprintf(line, sizeof line, "at x %.0f, y %.0f, %.0f px wide in a %dx%d analysis image",
                      static_cast<double>(hit.box.x), static_cast<double>(hit.box.y),
                      static_cast<double>(hit.box.width), f.analysis_width, f.analysis_height);
        d.signals.push_back(line);
        d.confidence = std::min(0.95, hit.score);
    }
    d.weak = d.confidence < 0.5;
    d.steps.push_back("Look at " + media_path(f) + ": the school's logo identifies where you work.");
    d.identity = "logo " + media_path(f);
    return d;
}

void run(CheckContext& ctx) {
    if (ctx.profile().logos.empty()) {
        ctx.not_checkable("the school's logo in photos", "the school profile lists no logo images (school.logos)");
    }
    for (const MediaFacts& f : ctx.facts().media_facts()) {
        const LogoHit* best = nullptr;
        for (const LogoHit& hit : f.logos) {
            if (big_enough(hit, f) && (!best || hit.score > best->score)) best = &hit;
        }
        if (best) ctx.report(logo_finding(f, *best));
    }
}

} // namespace

extern const CheckInfo image_logo = {
    "image.logo",
    "The school's logo or crest in a photo",
    "photos and videos (the profile's logo images matched in each picture)",
    "Finds the school's logo or crest (the images listed in the school profile) inside your "
    "photos and video frames: on a jumper, a lanyard, a sign or a newsletter, even turned, "
    "partly hidden or small (about 80 pixels across in the analysed picture), and photos that "
    "are a copy of the logo itself. A logo identifies where you work, and often the children "
    "wearing it.",
    k_examples,
    k_remedies,
    "Open each photo listed; delete it, crop the logo out or limit who can see it.",
    run,
};

} // namespace audit
