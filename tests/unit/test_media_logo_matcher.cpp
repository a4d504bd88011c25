// The logo matcher: a drawn crest found in cluttered scenes (always runs), the licensed
// logo/scene pairs in ../shared (runs when present), pHash reposts, and the measurement of the
// smallest logo size found reliably (SA_PRINT_MEASUREMENT=1 prints the table).
#include "audit/vision/logo_matcher.hpp"
#include "support/test_support.hpp"
#include "unit/media_test_images.hpp"

#include <opencv2/imgcodecs.hpp>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace audit;
namespace fs = std::filesystem;

namespace {

fs::path images() { return test::shared_dir() / "testdata" / "images"; }
bool have_images() { return fs::exists(images() / "SOURCES.md"); }

cv::Mat grey_image(const fs::path& p) { return cv::imread(p.string(), cv::IMREAD_GRAYSCALE); }

std::unique_ptr<LogoMatcher> matcher_for(const std::vector<fs::path>& logos) {
    std::vector<std::string> paths;
    for (const auto& p : logos) paths.push_back(p.string());
    auto m = LogoMatcher::load(paths);
    REQUIRE(m);
    return std::move(*m);
}

// The drawn crest written to a temp folder, as a profile's logo file would be.
struct CrestFile {
    test::TempDir dir;
    fs::path path = dir / "crest.png";
    CrestFile() { REQUIRE(cv::imwrite(path.string(), test::draw_crest())); }
};

bool centre_inside(const LogoHit& hit, cv::Point centre) {
    return hit.box.contains(static_cast<float>(centre.x), static_cast<float>(centre.y));
}

} // namespace

TEST_CASE("logo matcher: finds a drawn crest scaled, rotated and partly covered", "[media]") {
    CrestFile crest;
    const auto matcher = matcher_for({crest.path});
    const cv::Mat logo = test::draw_crest();
    struct Case { int width; double degrees; double covered; };
    for (const Case c : {Case{220, 0, 0}, Case{150, 25, 0}, Case{120, -40, 0}, Case{180, 10, 0.3}, Case{100, 0, 0}}) {
        cv::Mat scene = test::clutter_scene(1024, 768, 7);
        const cv::Point centre(600, 380);
        test::composite(scene, logo, centre, c.width, c.degrees, c.covered);
        const auto hits = matcher->find(scene);
        INFO("width " << c.width << " rotated " << c.degrees << " covered " << c.covered);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].logo == crest.path.string());
        CHECK_FALSE(hits[0].whole_image);
        CHECK(hits[0].inliers >= 12);
        CHECK(hits[0].score > 0.4);
        CHECK(centre_inside(hits[0], centre));
    }
}

TEST_CASE("logo matcher: no hit in scenes without the crest or with another mark", "[media]") {
    CrestFile crest;
    const auto matcher = matcher_for({crest.path});
    for (unsigned seed = 1; seed <= 4; ++seed) {
        cv::Mat scene = test::clutter_scene(1024, 768, seed);
        cv::putText(scene, "Other Mark", {200, 300}, cv::FONT_HERSHEY_SIMPLEX, 3, cv::Scalar(20), 6);
        CHECK(matcher->find(scene).empty());
    }
    CHECK(matcher->find(cv::Mat()).empty());
}

TEST_CASE("logo matcher: an unreadable logo is an error naming the file", "[media]") {
    test::TempDir dir;
    test::write_file(dir / "logo.png", "not a png");
    auto m = LogoMatcher::load({(dir / "logo.png").string()});
    REQUIRE_FALSE(m);
    CHECK(m.error().message.find("logo.png") != std::string::npos);
    auto missing = LogoMatcher::load({(dir / "absent.png").string()});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.find("absent.png") != std::string::npos);
}

TEST_CASE("perceptual hash: a re-encoded, resized repost matches, another image does not", "[media]") {
    const cv::Mat crest = test::draw_crest(400);
    std::vector<unsigned char> jpeg;
    cv::Mat small;
    cv::resize(crest, small, cv::Size(), 0.55, 0.55, cv::INTER_AREA);
    cv::imencode(".jpg", small, jpeg, {cv::IMWRITE_JPEG_QUALITY, 60});
    const cv::Mat repost = cv::imdecode(jpeg, cv::IMREAD_GRAYSCALE);
    const auto h = perceptual_hash(crest);
    CHECK(hash_distance(h, perceptual_hash(repost)) <= 4);
    CHECK(hash_distance(h, perceptual_hash(test::clutter_scene(400, 480, 3))) >= 18);
    CHECK(hash_distance(h, h) == 0);

    // The matcher reports the repost as the whole image.
    CrestFile file;
    const auto matcher = matcher_for({file.path});
    const auto hits = matcher->find(repost);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0].whole_image);
}

TEST_CASE("logo matcher: the licensed logo and scene pairs", "[media][shared]") {
    if (!have_images()) {
        WARN("skipped: ../shared/testdata/images not present");
        return;
    }
    const auto lt = images() / "logos_text";
    const auto matcher = matcher_for({lt / "opencv_box.png", images() / "synthetic" / "school_crest_logo.png",
                                      lt / "forensics_debian_logo.png"});
    auto found = [&](const fs::path& photo) {
        std::vector<std::string> names;
        for (const auto& h : matcher->find(test::analysis_scale(grey_image(photo)))) {
            names.push_back(fs::path(h.logo).filename().string());
        }
        return names;
    };
    using V = std::vector<std::string>;
    CHECK(found(lt / "opencv_box_in_scene.png") == V{"opencv_box.png"});
    CHECK(found(images() / "synthetic" / "school_sign_in_photo.jpg") == V{"school_crest_logo.png"});
    // Photos without any of the three logos.
    for (const char* photo : {"no_faces/forensics_IMG-20191006-WA0002_whatsapp_stripped.jpg",
                              "no_faces/skimage_chelsea_cat.png", "no_faces/kphotoalbum_spiff_rabbit.jpg",
                              "no_faces/forensics_IMG_1054_canon.JPG", "faces/bagel_group.jpg",
                              "logos_text/opencv_scenetext02_campus_sign.jpg", "faces/kphotoalbum_qt-logo.jpg"}) {
        INFO(photo);
        CHECK(found(images() / photo).empty());
    }
    // The Debian logo photo holds the Debian logo, not the crest.
    const auto debian = found(lt / "forensics_d-debian_logo_in_frame.jpg");
    CHECK(std::find(debian.begin(), debian.end(), "school_crest_logo.png") == debian.end());
}
