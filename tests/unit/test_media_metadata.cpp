#include "audit/vision/media_metadata.hpp"
#include "media_fixture.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <filesystem>

using namespace audit;
namespace fs = std::filesystem;
namespace mf = audit::test::media;

namespace {

fs::path gps_dir() { return test::shared_dir() / "testdata" / "images" / "gps"; }

bool have_images() {
    if (fs::is_directory(gps_dir())) return true;
    WARN("skipped: " << gps_dir().string() << " is not present");
    return false;
}

FileMetadata metadata_of(const fs::path& file) {
    const std::string bytes = test::read_file(file);
    return read_image_metadata(bytes, sniff_format(bytes));
}

} // namespace

TEST_CASE("metadata: GPS, camera and time written by exiv2 are read back from memory", "[media]") {
    mf::Exif exif;
    exif.gps = {{51.3811, -2.3590}}; // the example school
    exif.make = "Apple";
    exif.model = "iPhone 13";
    exif.taken = "2025:03:06 10:47:00";
    exif.orientation = 6;
    const std::string bytes = mf::with_exif(mf::jpeg(mf::scene(320, 240)), exif);
    const FileMetadata m = read_image_metadata(bytes, MediaFormat::jpeg);
    CHECK(m.problem.empty());
    REQUIRE(m.gps);
    CHECK(m.gps->lat == Approx(51.3811).margin(1e-6));
    CHECK(m.gps->lon == Approx(-2.3590).margin(1e-6));
    CHECK(!m.gps_malformed);
    CHECK(m.camera_make == "Apple");
    CHECK(m.camera_model == "iPhone 13");
    CHECK(m.orientation == 6);
    CHECK(m.taken == 1741258020); // 2025-03-06 10:47:00, as a wall-clock time
    CHECK(m.taken_wall_clock);
}

TEST_CASE("metadata: OffsetTimeOriginal makes the capture time UTC", "[media]") {
    mf::Exif exif;
    exif.taken = "2025:06:11 08:50:00";
    exif.offset = "+01:00";
    const FileMetadata m = read_image_metadata(mf::with_exif(mf::jpeg(mf::scene(64, 48)), exif), MediaFormat::jpeg);
    CHECK(m.taken == 1749628200); // 07:50 UTC
    CHECK(!m.taken_wall_clock);
}

TEST_CASE("metadata: out-of-range and text GPS are malformed, never trusted", "[media]") {
    mf::Exif out_of_range;
    out_of_range.gps = {{123.4, -2.3590}};
    auto m = read_image_metadata(mf::with_exif(mf::jpeg(mf::scene(64, 48)), out_of_range), MediaFormat::jpeg);
    CHECK(!m.gps);
    CHECK(m.gps_malformed);
    CHECK(m.gps_problem.find("out of range") != std::string::npos);
    mf::Exif text;
    text.latitude_as_text = "52,00000,50,00000,34,01180";
    m = read_image_metadata(mf::with_exif(mf::jpeg(mf::scene(64, 48)), text), MediaFormat::jpeg);
    CHECK(!m.gps);
    CHECK(m.gps_malformed);
    CHECK(m.gps_problem.find("not as three rationals") != std::string::npos);
}

TEST_CASE("metadata: a photo without EXIF has none, and garbage is a problem, not a crash", "[media]") {
    auto m = read_image_metadata(mf::jpeg(mf::scene(64, 48)), MediaFormat::jpeg);
    CHECK(!m.gps);
    CHECK(!m.gps_malformed);
    CHECK(m.taken == 0);
    auto junk = read_image_metadata(std::string("\xff\xd8\xff\xe1\x00\x10garbage", 14), MediaFormat::jpeg);
    CHECK(!junk.gps);
}

TEST_CASE("metadata: EXIF and QuickTime time and place formats", "[media]") {
    bool zoned = false;
    CHECK(parse_exif_time("2025:03:06 10:47:00", "", zoned) == 1741258020);
    CHECK(!zoned);
    CHECK(parse_exif_time("2025-03-06T10:47:00.000000Z", "", zoned) == 1741258020);
    CHECK(zoned);
    CHECK(!parse_exif_time("0000:00:00 00:00:00", "", zoned));
    auto p = parse_iso6709("+51.3811-002.3590+012.000/");
    REQUIRE(p);
    CHECK(p->lat == Approx(51.3811));
    CHECK(p->lon == Approx(-2.3590));
    CHECK(!parse_iso6709("nowhere"));
    CHECK(gps_problem(0, 0).find("placeholder") != std::string::npos);
    CHECK(gps_problem(51.38, -2.36).empty());
}

TEST_CASE("metadata: GPS from real phone photos (shared test images)", "[media]") {
    if (!have_images()) return;
    auto xiaomi = metadata_of(gps_dir() / "forensics_IMG_20200827_231612_xiaomi_gps.jpg");
    REQUIRE(xiaomi.gps);
    CHECK(xiaomi.gps->lat == Approx(-15.835554).margin(1e-4));
    CHECK(xiaomi.gps->lon == Approx(-48.015791).margin(1e-4));
    CHECK(xiaomi.camera_make == "Xiaomi");
    CHECK(xiaomi.taken != 0);
    auto rotated = metadata_of(gps_dir() / "forensics_IMG_20200124_231153_xiaomi_gps_rot180.jpg");
    CHECK(rotated.orientation == 3);
    auto iphone = metadata_of(gps_dir() / "goexif_has-lens-info_iphone4s_gps.jpg");
    REQUIRE(iphone.gps);
    CHECK(iphone.gps->lat == Approx(59.33255).margin(1e-3));
    CHECK(iphone.camera_make == "Apple");
    auto nikon = metadata_of(gps_dir() / "goexif_sample1_nikon_gps.jpg");
    REQUIRE(nikon.gps);
    CHECK(nikon.gps->lon == Approx(116.39083).margin(1e-3));
}

TEST_CASE("metadata: the malformed HTC GPS and the truncated HEIC (shared test images)", "[media]") {
    if (!have_images()) return;
    auto bad = metadata_of(gps_dir() / "goexif_geodegrees_as_string_htc_badgps.jpg");
    CHECK(!bad.gps);
    CHECK(bad.gps_malformed);
    auto heic = metadata_of(gps_dir() / "derived_xiaomi_gps_2016x1512.heic");
    REQUIRE(heic.gps); // exiv2's BMFF support reads the HEIC's EXIF
    CHECK(heic.gps->lat == Approx(-15.835554).margin(1e-4));
    auto truncated = metadata_of(gps_dir() / "go4_park_iphone7_truncated.heic");
    CHECK(!truncated.gps); // exiv2 refuses the cut-off file: a problem, never a crash
    CHECK(!truncated.problem.empty());
}
