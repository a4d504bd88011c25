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

bool have_images() {
    if (fs::is_directory(images())) return true;
    WARN("skipped: " << images().string() << " is not present");
    return false;
}

} // namespace

TEST_CASE("decode: a 2048 px JPEG is decoded greyscale by DCT scaling to at most 1024 px", "[media]") {
    const std::string bytes = mf::jpeg(mf::scene(2048, 1536));
    auto image = decode_image(bytes, MediaFormat::jpeg, 1);
    REQUIRE(image);
    CHECK(image->original.width == 2048);
    CHECK(image->original.height == 1536);
    CHECK(image->grey.type() == CV_8UC1);
    CHECK(image->grey.cols == 1024); // 1/2 scale: the smallest at least 1000 px long
    CHECK(image->grey.rows == 768);
}

TEST_CASE("decode: a 12 MP JPEG is decoded at 1/4 scale, never at full size", "[media]") {
    const std::string bytes = mf::jpeg(mf::scene(4000, 3000), 75);
    auto image = decode_image(bytes, MediaFormat::jpeg, 1);
    REQUIRE(image);
    CHECK(image->grey.cols == 1000);
    CHECK(image->grey.rows == 750);
}

TEST_CASE("decode: a small JPEG keeps its size", "[media]") {
    auto image = decode_image(mf::jpeg(mf::scene(500, 375)), MediaFormat::jpeg, 1);
    REQUIRE(image);
    CHECK(image->grey.cols == 500);
}

TEST_CASE("decode: PNG and WebP are decoded by OpenCV and shrunk to analysis scale", "[media]") {
    const cv::Mat img = mf::scene(1600, 1200);
    auto png = decode_image(mf::encode(img, ".png"), MediaFormat::png, 1);
    REQUIRE(png);
    CHECK(png->original.width == 1600);
    CHECK(png->grey.cols == 1024);
    CHECK(png->grey.rows == 768);
    if (cv::haveImageWriter(".webp")) {
        const std::string webp = mf::encode(img, ".webp");
        CHECK(sniff_format(webp) == MediaFormat::webp);
        auto size = header_size(webp, MediaFormat::webp);
        REQUIRE(size);
        CHECK(size->width == 1600);
        auto decoded = decode_image(webp, MediaFormat::webp, 1);
        REQUIRE(decoded);
        CHECK(decoded->grey.cols == 1024);
    }
}

TEST_CASE("decode: a GIF's first frame is decoded through libav", "[media]") {
    cv::Mat grey(120, 160, CV_8UC1, cv::Scalar(30));
    cv::rectangle(grey, cv::Rect(0, 0, 80, 120), cv::Scalar(220), cv::FILLED);
    const std::string bytes = mf::gif(grey);
    REQUIRE(sniff_format(bytes) == MediaFormat::gif);
    auto image = decode_image(bytes, MediaFormat::gif, 1);
    REQUIRE(image);
    CHECK(image->grey.cols == 160);
    CHECK(image->grey.rows == 120);
    CHECK(image->grey.at<uchar>(60, 20) > 180); // the left half is light
    CHECK(image->grey.at<uchar>(60, 140) < 70);
}

TEST_CASE("decode: EXIF orientation turns the analysis image upright", "[media]") {
    // Left half white: after orientation 6 (rotate 90° clockwise) the top half is white.
    cv::Mat img(200, 400, CV_8UC3, cv::Scalar(0, 0, 0));
    cv::rectangle(img, cv::Rect(0, 0, 200, 200), cv::Scalar(255, 255, 255), cv::FILLED);
    mf::Exif exif;
    exif.orientation = 6;
    const std::string bytes = mf::with_exif(mf::jpeg(img), exif);
    auto image = decode_image(bytes, MediaFormat::jpeg, 6);
    REQUIRE(image);
    CHECK(image->original.width == 200);
    CHECK(image->original.height == 400);
    CHECK(image->grey.cols == 200);
    CHECK(image->grey.rows == 400);
    CHECK(image->grey.at<uchar>(50, 100) > 200);
    CHECK(image->grey.at<uchar>(350, 100) < 50);
    auto upside = decode_image(mf::jpeg(img), MediaFormat::jpeg, 3);
    REQUIRE(upside);
    CHECK(upside->grey.at<uchar>(100, 350) > 200); // 180°: the white half is now on the right
}

TEST_CASE("decode: formats are told by their bytes, never the file name", "[media]") {
    CHECK(sniff_format(mf::jpeg(mf::scene(16, 16))) == MediaFormat::jpeg);
    CHECK(sniff_format(mf::encode(mf::scene(16, 16), ".png")) == MediaFormat::png);
    CHECK(sniff_format(std::string("\0\0\0\x18" "ftypheic\0\0\0\0mif1heic", 24)) == MediaFormat::heic);
    CHECK(sniff_format(std::string("\0\0\0\x18" "ftypisom\0\0\0\0isomavc1", 24)) == MediaFormat::video);
    CHECK(sniff_format("hello") == MediaFormat::unknown);
}

TEST_CASE("decode: HEIC's primary image through libheif (shared test images)", "[media]") {
    if (!have_images()) return;
    const std::string bytes = test::read_file(images() / "gps" / "derived_xiaomi_gps_2016x1512.heic");
    REQUIRE(sniff_format(bytes) == MediaFormat::heic);
    auto image = decode_image(bytes, MediaFormat::heic, 1);
    INFO((image ? std::string() : image.error().message));
    REQUIRE(image);
    CHECK(image->original.width == 2016);
    CHECK(image->original.height == 1512);
    CHECK(image->grey.cols == 1024);
    auto truncated = decode_image(test::read_file(images() / "gps" / "go4_park_iphone7_truncated.heic"),
                                  MediaFormat::heic, 1);
    REQUIRE(!truncated);
    CHECK(truncated.error().message.find("HEIC") != std::string::npos);
}

TEST_CASE("decode: a real phone JPEG with EXIF orientation 3 (shared test images)", "[media]") {
    if (!have_images()) return;
    auto bytes = test::read_file(images() / "gps" / "forensics_IMG_20200124_231153_xiaomi_gps_rot180.jpg");
    auto image = decode_image(bytes, MediaFormat::jpeg, 3);
    REQUIRE(image);
    CHECK(image->original.width == 4000);
    CHECK(image->grey.cols == 1000);
}

TEST_CASE("decode: video keyframes and the container's GPS (shared test videos)", "[media]") {
    if (!have_images()) return;
    auto phone = decode_video(test::read_file(images() / "video" / "forensics_VID_20191220_170832_phone_gps.mp4"), 3);
    REQUIRE(phone);
    CHECK(phone->frames.size() >= 2);
    CHECK(phone->frames.front().grey.cols <= 1024);
    CHECK(std::max(phone->frames.front().original.width, phone->frames.front().original.height) == 1920);
    REQUIRE(phone->gps);
    CHECK(phone->gps->lat == Approx(-15.8355).margin(0.001));
    CHECK(phone->gps->lon == Approx(-48.0153).margin(0.001));
    auto avi = decode_video(test::read_file(images() / "video" / "kphotoalbum_movie_face.avi"), 3);
    REQUIRE(avi);
    CHECK(avi->frames.front().grey.cols == 160);
    CHECK(!avi->gps);
}
