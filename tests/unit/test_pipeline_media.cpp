// The image stage inside a real scan: a real zip holding a Facebook export whose posts attach
// photos made here (EXIF by exiv2), some hostile. Same findings whatever --jobs; broken files
// become problems naming them and the rest is scanned.
#include "audit/pipeline/scan.hpp"
#include "media_fixture.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <sodium.h>

using namespace audit;
namespace mf = audit::test::media;

namespace {

constexpr const char* k_media_dir = "your_facebook_activity/posts/media/Mobileuploads_1/";

std::string post_json(const std::string& file, long timestamp, const std::string& caption) {
    return R"({"timestamp": )" + std::to_string(timestamp) + R"(, "attachments": [{"data": [{"media": {"uri": ")" +
           k_media_dir + file + R"(", "creation_timestamp": )" + std::to_string(timestamp) +
           R"(, "title": "Mobile uploads", "description": ")" + caption + R"("}}]}], "data": [{"post": ")" +
           caption + R"("}]})";
}

std::string photo(double lat, double lon, const std::string& taken, int seed) {
    mf::Exif exif;
    exif.gps = {{lat, lon}};
    exif.make = "Apple";
    exif.model = "iPhone 13";
    exif.taken = taken;
    return mf::with_exif(mf::jpeg(mf::scene(1200, 900, seed)), exif);
}

void write_export(const test::TempDir& dir) {
    const std::vector<std::pair<std::string, std::string>> photos = {
        {"school.jpg", photo(51.3812, -2.3588, "2025:03:06 10:47:00", 1)},
        {"home.jpg", photo(51.3703, -2.3924, "2025:03:08 18:30:00", 2)},
        {"outside.jpg", photo(51.3835, -2.3590, "2025:03:06 11:00:00", 3)},
        {"bomb.jpg", mf::jpeg_claiming(60000, 60000)},
        {"broken.png", mf::encode(mf::scene(64, 64), ".png").substr(0, 60)},
        {"badgps.jpg", photo(123.4, -2.3590, "2025:03:06 10:47:00", 4)},
    };
    std::string posts = "[";
    std::vector<std::pair<std::string, std::string>> files;
    long t = 1741258020;
    for (const auto& [name, bytes] : photos) {
        posts += (posts.size() > 1 ? "," : "") + post_json(name, t++, "A photo");
        files.emplace_back(k_media_dir + name, bytes);
    }
    files.emplace_back("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts + "]");
    test::write_zip(dir / "fb.zip", files);
}

Report scan(const test::TempDir& dir, unsigned jobs, std::vector<std::string> checks,
            std::optional<ThumbnailStyle> thumbnails = std::nullopt) {
    auto profile = load_profile(test::examples_dir() / "school.toml");
    REQUIRE(profile);
    auto policy = load_pack(profile->policy);
    REQUIRE(policy);
    ScanOptions options;
    options.inputs = {(dir / "fb.zip").string()};
    options.only_checks = std::move(checks);
    options.generated_at = "2026-01-01T00:00:00Z";
    options.jobs = jobs;
    options.thumbnails = thumbnails;
    std::size_t last = 0;
    // The import and check stages report progress too; the photos stage counts one by one.
    options.progress = [&](std::string_view stage, std::size_t done, std::size_t total) {
        if (stage != "photos") return;
        CHECK(done == last + 1);
        CHECK(total == 6);
        last = done;
    };
    auto report = run_scan(options, *profile, *policy);
    REQUIRE(report);
    if (!options.only_checks.empty() && options.only_checks.front().starts_with("image.")) CHECK(last == 6);
    return *report;
}

const std::vector<std::string> k_image_checks = {"image.location", "image.personal-device", "image.pupils"};

bool has_problem(const Report& r, std::string_view file, std::string_view words) {
    for (const Problem& p : r.sources.at(0).problems)
        if (p.file.find(file) != std::string::npos && p.message.find(words) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("media stage: photos at school and at home are found; broken files are problems", "[pipeline]") {
    test::TempDir dir;
    write_export(dir);
    const Report report = scan(dir, 2, k_image_checks);
    CHECK(has_problem(report, "bomb.jpg", "absurd dimensions"));
    CHECK(has_problem(report, "broken.png", "PNG"));
    CHECK(has_problem(report, "badgps.jpg", "out of range"));
    const Finding* school = nullptr;
    const Finding* home = nullptr;
    const Finding* device = nullptr;
    for (const Finding& f : report.findings) {
        if (f.check == "image.location" && f.evidence.find("at the school") != std::string::npos) school = &f;
        if (f.check == "image.location" && f.evidence.find("your home") != std::string::npos) home = &f;
        if (f.check == "image.personal-device") device = &f;
    }
    REQUIRE(school);
    CHECK(school->evidence.find("1 photo") != std::string::npos); // not outside.jpg, not badgps.jpg
    CHECK(school->location.media.find("school.jpg") != std::string::npos);
    REQUIRE(home);
    CHECK(home->location.media.find("home.jpg") != std::string::npos);
    REQUIRE(device);
    CHECK(device->evidence.find("iPhone 13") != std::string::npos);
    bool malformed_noted = false;
    for (const Skipped& s : report.coverage.skipped) malformed_noted |= s.what.find("malformed GPS") != std::string::npos;
    CHECK(malformed_noted);
}

TEST_CASE("media stage: the same findings whatever --jobs", "[pipeline]") {
    test::TempDir dir;
    write_export(dir);
    const Report one = scan(dir, 1, k_image_checks);
    const Report three = scan(dir, 3, k_image_checks);
    REQUIRE(one.findings.size() == three.findings.size());
    for (std::size_t i = 0; i < one.findings.size(); ++i) {
        CHECK(one.findings[i].id == three.findings[i].id);
        CHECK(one.findings[i].evidence == three.findings[i].evidence);
    }
    CHECK(one.sources.at(0).problems.size() == three.sources.at(0).problems.size());
}

TEST_CASE("media stage: does not run when no image check is selected", "[pipeline]") {
    test::TempDir dir;
    write_export(dir);
    const Report report = scan(dir, 2, {"contact.pupil"});
    CHECK(!has_problem(report, "bomb.jpg", "absurd"));
}

TEST_CASE("media stage: --thumbnails gives each photo finding its picture, read from the zip", "[pipeline]") {
    test::TempDir dir;
    write_export(dir);
    const Report plain = scan(dir, 1, k_image_checks);
    CHECK(plain.thumbnails.empty());
    for (const Finding& f : plain.findings) CHECK(f.thumbnail.empty());

    const Report report = scan(dir, 1, k_image_checks, ThumbnailStyle::blurred);
    CHECK(report.thumbnails == "blurred");
    std::size_t pictured = 0;
    for (const Finding& f : report.findings) {
        if (f.location.media.empty()) continue;
        INFO(f.check << " " << f.location.media);
        REQUIRE(f.thumbnail.rfind("data:image/jpeg;base64,", 0) == 0);
        std::string jpeg(f.thumbnail.size(), '\0');
        std::size_t length = 0;
        REQUIRE(sodium_base642bin(reinterpret_cast<unsigned char*>(jpeg.data()), jpeg.size(),
                                  f.thumbnail.c_str() + 23, f.thumbnail.size() - 23, nullptr, &length,
                                  nullptr, sodium_base64_VARIANT_ORIGINAL) == 0);
        const cv::Mat picture = cv::imdecode(std::vector<uchar>(jpeg.begin(), jpeg.begin() + length),
                                             cv::IMREAD_UNCHANGED);
        CHECK(picture.cols == 160); // the photos are 1200 x 900
        CHECK(picture.rows == 120);
        ++pictured;
    }
    CHECK(pictured >= 3); // school, home and the phone
    // The same findings as without pictures: thumbnails change nothing else.
    REQUIRE(report.findings.size() == plain.findings.size());
    for (std::size_t i = 0; i < plain.findings.size(); ++i) CHECK(report.findings[i].id == plain.findings[i].id);
}
