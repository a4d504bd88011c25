// Hostile and broken files: each becomes a problem naming what is wrong, never a crash, a hang
// or a huge allocation; sizes are refused from the header before any pixel is decoded.
#include "audit/vision/media_analyser.hpp"
#include "audit/vision/media_format.hpp"
#include "audit/vision/media_metadata.hpp"
#include "media_fixture.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <chrono>

using namespace audit;
namespace mf = audit::test::media;

namespace {

MediaFacts analyse(const std::string& bytes, const Media& media = {}) {
    static const Export ex;
    MediaTools tools;
    return analyse_media(ex, media, bytes, tools);
}

} // namespace

TEST_CASE("hostile: absurd dimensions are refused from the header", "[media]") {
    const std::string jpeg = mf::jpeg_claiming(60000, 60000);
    auto size = header_size(jpeg, MediaFormat::jpeg);
    REQUIRE(size);
    CHECK(size->width == 60000);
    auto j = analyse(jpeg);
    CHECK(!j.decoded);
    CHECK(j.problem.find("absurd dimensions") != std::string::npos);
    auto p = analyse(mf::png_claiming(100000, 100000));
    CHECK(!p.decoded);
    CHECK(p.problem.find("absurd dimensions") != std::string::npos);
    auto wide = analyse(mf::png_claiming(0x7fffffff, 1));
    CHECK(!wide.decoded);
}

TEST_CASE("hostile: corrupt JPEG, PNG, HEIC, GIF and video are problems, not crashes", "[media]") {
    const std::string good = mf::jpeg(mf::scene(640, 480));
    std::string garbled = good;
    for (std::size_t i = garbled.size() / 3; i < garbled.size(); i += 7) garbled[i] = static_cast<char>(i);
    const std::string png = mf::encode(mf::scene(64, 64), ".png");
    const std::vector<std::pair<std::string, std::string>> files = {
        {"truncated JPEG", good.substr(0, 400)},
        {"garbled JPEG", garbled},
        {"truncated PNG", png.substr(0, 60)},
        {"PNG header only", png.substr(0, 33) + std::string(200, 'x')},
        {"HEIC brand, garbage", std::string("\0\0\0\x18" "ftypheic\0\0\0\0mif1heic", 24) + std::string(500, '\x7f')},
        {"GIF header only", std::string("GIF89a\x10\x00\x10\x00\x00\x00\x00", 13)},
        {"MP4 brand, garbage", std::string("\0\0\0\x18" "ftypisom\0\0\0\0isomavc1", 24) + std::string(500, '\x01')},
        {"not media", "just some text"},
        {"empty", ""},
    };
    for (const auto& [what, bytes] : files) {
        INFO(what);
        auto facts = analyse(bytes);
        // A garbled JPEG may still decode (libjpeg-turbo recovers); the others must say why not.
        if (what != "garbled JPEG") CHECK(!facts.decoded);
        if (!facts.decoded) CHECK(!facts.problem.empty());
    }
}

TEST_CASE("hostile: out-of-range EXIF GPS is reported and the photo still analysed", "[media]") {
    mf::Exif exif;
    exif.gps = {{95.0, 200.0}};
    auto facts = analyse(mf::with_exif(mf::jpeg(mf::scene(320, 240)), exif));
    CHECK(facts.decoded);
    CHECK(!facts.gps);
    CHECK(facts.gps_malformed);
    CHECK(facts.problem.find("out of range") != std::string::npos);
}

TEST_CASE("analyser: metadata comes from the file, else from the export's sidecar", "[media]") {
    Media sidecar;
    sidecar.gps = GeoPoint{51.3811, -2.3590};
    sidecar.camera_make = "samsung";
    sidecar.camera_model = "SM-G991B";
    sidecar.taken = 1741258020;
    auto stripped = analyse(mf::jpeg(mf::scene(640, 480)), sidecar); // platforms strip EXIF
    CHECK(stripped.decoded);
    REQUIRE(stripped.gps);
    CHECK(stripped.gps_source == "export metadata");
    CHECK(stripped.camera_make == "samsung");
    CHECK(stripped.taken == 1741258020);
    CHECK(stripped.format == "JPEG");
    CHECK(stripped.analysis_width == 640);
    mf::Exif exif;
    exif.gps = {{48.8584, 2.2945}};
    exif.make = "Apple";
    auto both = analyse(mf::with_exif(mf::jpeg(mf::scene(640, 480)), exif), sidecar);
    REQUIRE(both.gps);
    CHECK(both.gps->lat == Approx(48.8584).margin(1e-5));
    CHECK(both.gps_source == "file EXIF");
    CHECK(both.camera_make == "Apple");
    CHECK(both.camera_model == "SM-G991B"); // what the file lacks, the sidecar gives

    static const Export ex;
    MediaTools tools;
    auto missing = analyse_media(ex, sidecar, std::nullopt, tools);
    CHECK(!missing.decoded);
    REQUIRE(missing.gps); // not in the export: the sidecar still places it
}

// Found by fuzz_media_header: a QuickTime-like "ftyp qt" container that kept exiv2's video
// reader busy past libFuzzer's 12 s timeout. Video metadata is libav's job; exiv2 must not try.
TEST_CASE("hostile: a crafted QuickTime header does not hang the metadata reader", "[media]") {
    const std::string bytes(
    "\x61\xcf\x37\x49\x66\x74\x79\x70\x71\x74\x20\x20\x46\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x5a\x1a"
    "\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x1a\xff\xff\xff\xff"
    "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x1a\x1a\x1a\x12\x1a\x0e\x00\x00\x00\x00\x00\x00"
    "\x00\x1a\x1a\x1a\x1a\x1a\x1a\x1a\x49\x46\x31\x47\x00\x32\xff\xd9\x00\x32\xff\xd9",
        116);
    const auto started = std::chrono::steady_clock::now();
    for (MediaFormat format : {sniff_format(bytes), MediaFormat::heic, MediaFormat::jpeg}) {
        const FileMetadata meta = read_image_metadata(bytes, format);
        CHECK_FALSE(meta.gps);
    }
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(2));
}
