// Faces on the licensed photos in ../shared/testdata/images (run when present). The cascade is
// weak on small, turned and sideways faces (BASELINES.md): these tests pin what it does find
// and that it finds nothing on a cat's face or an empty scene.
#include "audit/vision/face_detector.hpp"
#include "audit/vision/image_decoder.hpp"
#include "media_fixture.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <filesystem>

using namespace audit;
namespace fs = std::filesystem;
namespace mf = audit::test::media;

namespace {

fs::path images() { return test::shared_dir() / "testdata" / "images"; }

std::unique_ptr<FaceDetector> detector() {
    auto d = FaceDetector::create();
    if (!d) WARN("skipped: the face cascade (opencv-data) is not installed");
    return d;
}

std::size_t faces_in(FaceDetector& d, const fs::path& file) {
    const std::string bytes = test::read_file(file);
    auto image = decode_image(bytes, sniff_format(bytes), 1);
    REQUIRE(image);
    return d.detect(image->grey).size();
}

bool have_images() {
    if (fs::is_directory(images())) return true;
    WARN("skipped: " << images().string() << " is not present");
    return false;
}

} // namespace

TEST_CASE("faces: none on drawn scenes and blank images", "[media]") {
    auto d = detector();
    if (!d) return;
    cv::Mat grey;
    cv::cvtColor(mf::scene(1024, 768, 7), grey, cv::COLOR_BGR2GRAY);
    CHECK(d->detect(grey).empty());
    CHECK(d->detect(cv::Mat(480, 640, CV_8UC1, cv::Scalar(128))).empty());
    CHECK(d->detect(cv::Mat()).empty());
}

TEST_CASE("faces: portraits and a collage have faces; boxes are in analysis pixels", "[media]") {
    if (!have_images()) return;
    auto d = detector();
    if (!d) return;
    CHECK(faces_in(*d, images() / "faces" / "skimage_astronaut.png") >= 1);
    CHECK(faces_in(*d, images() / "faces" / "facedetect_grace_hopper_512x512.jpg") >= 1);
    CHECK(faces_in(*d, images() / "synthetic" / "faces_collage_pd.jpg") >= 2); // of 8, 11-185 px
    const std::string bytes = test::read_file(images() / "synthetic" / "faces_collage_pd.jpg");
    auto image = decode_image(bytes, MediaFormat::jpeg, 1);
    REQUIRE(image);
    for (const Face& f : d->detect(image->grey)) {
        CHECK(f.x + f.width <= image->grey.cols + 1);
        CHECK(f.y + f.height <= image->grey.rows + 1);
    }
}

TEST_CASE("faces: a cat's face, a rabbit and a landscape have none", "[media]") {
    if (!have_images()) return;
    auto d = detector();
    if (!d) return;
    CHECK(faces_in(*d, images() / "no_faces" / "skimage_chelsea_cat.png") == 0);
    CHECK(faces_in(*d, images() / "no_faces" / "kphotoalbum_spiff_rabbit.jpg") == 0);
    CHECK(faces_in(*d, images() / "no_faces" / "lomiri_seeding_by_Clements_Engelhardt_16mp.jpg") == 0);
}
