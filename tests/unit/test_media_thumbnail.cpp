// --thumbnails pictures: small, upright, greyscale, blurred unless asked otherwise, and made from
// real encoded files (JPEG with EXIF orientation, GIF through libav).
#include "audit/vision/thumbnail.hpp"
#include "media_fixture.hpp"
#include <catch2/catch.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace audit;
namespace mf = audit::test::media;

namespace {

cv::Mat decoded(const std::string& jpeg) {
    const std::vector<uchar> bytes(jpeg.begin(), jpeg.end());
    return cv::imdecode(bytes, cv::IMREAD_UNCHANGED);
}

// How much fine detail a picture has: the variance of its Laplacian.
double sharpness(const cv::Mat& grey) {
    cv::Mat lap;
    cv::Laplacian(grey, lap, CV_64F);
    cv::Scalar mean, stddev;
    cv::meanStdDev(lap, mean, stddev);
    return stddev[0] * stddev[0];
}

} // namespace

TEST_CASE("thumbnail: a 2048 px photo becomes a 160 px greyscale JPEG, upright", "[media]") {
    // Left half white: after orientation 6 (a quarter turn clockwise) the top half is white.
    cv::Mat img = mf::scene(2048, 1536, 3);
    cv::rectangle(img, cv::Rect(0, 0, 1024, 1536), cv::Scalar(255, 255, 255), cv::FILLED);
    mf::Exif exif;
    exif.orientation = 6;
    auto thumb = make_thumbnail(mf::with_exif(mf::jpeg(img), exif), ThumbnailStyle::sharp);
    REQUIRE(thumb);
    const cv::Mat picture = decoded(*thumb);
    REQUIRE(!picture.empty());
    CHECK(picture.channels() == 1);
    CHECK(picture.cols == 120);
    CHECK(picture.rows == 160);
    CHECK(picture.at<uchar>(20, 60) > 200);
    CHECK(thumb->size() < 16 * 1024);
}

TEST_CASE("thumbnail: blurred by default leaves far less detail than sharp", "[media]") {
    const std::string photo = mf::jpeg(mf::scene(1600, 1200, 5));
    auto blurred = make_thumbnail(photo, ThumbnailStyle::blurred);
    auto sharp = make_thumbnail(photo, ThumbnailStyle::sharp);
    REQUIRE(blurred);
    REQUIRE(sharp);
    const double b = sharpness(decoded(*blurred)), s = sharpness(decoded(*sharp));
    INFO("Laplacian variance: blurred " << b << ", sharp " << s);
    CHECK(b * 20 < s);
}

TEST_CASE("thumbnail: a GIF's first frame; unreadable bytes are an error, not a crash", "[media]") {
    cv::Mat grey;
    cv::cvtColor(mf::scene(320, 200, 2), grey, cv::COLOR_BGR2GRAY);
    auto gif = make_thumbnail(mf::gif(grey), ThumbnailStyle::blurred);
    REQUIRE(gif);
    CHECK(decoded(*gif).cols == 160);
    CHECK(!make_thumbnail("not a picture at all", ThumbnailStyle::blurred));
    CHECK(!make_thumbnail(mf::jpeg(mf::scene(64, 64)).substr(0, 40), ThumbnailStyle::blurred));
    CHECK(!make_thumbnail(mf::jpeg_claiming(60000, 60000), ThumbnailStyle::blurred));
}
