// The text detector that gates OCR, and tesseract reading lines it found: text rendered onto a
// photo-like scene at test time (always runs), the licensed sign photos in ../shared (runs
// when present). SA_PRINT_MEASUREMENT=1 prints the gate's hit rate and the OCR time it saves.
#include "audit/vision/text_reader.hpp"
#include "support/test_support.hpp"
#include "unit/media_test_images.hpp"

#include <opencv2/imgcodecs.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

using namespace audit;
namespace fs = std::filesystem;

namespace {

fs::path images() { return test::shared_dir() / "testdata" / "images"; }
bool print_measurement() { return std::getenv("SA_PRINT_MEASUREMENT") != nullptr; }
cv::Mat photo(const char* name) {
    return test::analysis_scale(cv::imread((images() / name).string(), cv::IMREAD_GRAYSCALE));
}

cv::Mat scene_with_sign(const std::string& text) {
    cv::Mat scene = test::clutter_scene(1024, 768, 11);
    cv::rectangle(scene, cv::Point(180, 250), cv::Point(900, 420), cv::Scalar(240), cv::FILLED);
    cv::putText(scene, text, {210, 360}, cv::FONT_HERSHEY_DUPLEX, 2.0, cv::Scalar(20), 3, cv::LINE_AA);
    return scene;
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

TEST_CASE("text detector: a sign rendered on a scene has text, the plain scene none", "[media]") {
    const cv::Mat sign = scene_with_sign("Oakham Academy");
    CHECK(likely_has_text(sign));
    const auto regions = text_regions(sign);
    REQUIRE_FALSE(regions.empty());
    CHECK((regions[0] & cv::Rect(180, 250, 720, 170)).area() > regions[0].area() / 2);
    for (unsigned seed = 1; seed <= 5; ++seed) {
        CHECK_FALSE(likely_has_text(test::clutter_scene(1024, 768, seed)));
    }
    CHECK_FALSE(likely_has_text(cv::Mat()));
}

TEST_CASE("text reader: reads text rendered onto a scene", "[media]") {
    auto reader = TextReader::create();
    if (!reader) {
        WARN("skipped: tesseract or its English data is not installed");
        return;
    }
    const std::string text = lower(reader->read(scene_with_sign("Oakham Academy")));
    INFO(text);
    CHECK(text.find("oakham academy") != std::string::npos);
    CHECK(reader->read(test::clutter_scene(1024, 768, 2)).empty());
}

TEST_CASE("text detector and reader: the licensed sign and no-text photos", "[media][shared]") {
    if (!fs::exists(images() / "SOURCES.md")) {
        WARN("skipped: ../shared/testdata/images not present");
        return;
    }
    const char* const with_text[] = {"synthetic/school_sign_in_photo.jpg", "logos_text/opencv_scenetext01_notice_sign.jpg",
                                     "logos_text/opencv_scenetext02_campus_sign.jpg",
                                     "logos_text/opencv_scenetext06_shopfront.jpg"};
    const char* const without[] = {"no_faces/forensics_IMG-20191006-WA0002_whatsapp_stripped.jpg",
                                   "no_faces/skimage_chelsea_cat.png", "no_faces/kphotoalbum_spiff_rabbit.jpg",
                                   "gps/forensics_IMG_20200608_111614_xiaomi_gps.jpg",
                                   "gps/forensics_IMG_20200124_231153_xiaomi_gps_rot180.jpg",
                                   "faces/facedetect_grace_hopper_512x512.jpg", "faces/skimage_astronaut.png",
                                   "no_faces/skimage_rocket.jpg"};
    int hits = 0, misses = 0;
    double gate_ms = 0;
    for (const char* p : with_text) {
        INFO(p);
        const cv::Mat g = photo(p);
        const auto t0 = std::chrono::steady_clock::now();
        const bool text = likely_has_text(g);
        gate_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        CHECK(text);
        hits += text;
    }
    for (const char* p : without) {
        INFO(p);
        const cv::Mat g = photo(p);
        const auto t0 = std::chrono::steady_clock::now();
        const bool text = likely_has_text(g);
        gate_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        CHECK_FALSE(text);
        misses += !text;
    }
    auto reader = TextReader::create();
    if (!reader) {
        WARN("skipped OCR: tesseract or its English data is not installed");
        return;
    }
    const auto t0 = std::chrono::steady_clock::now();
    const std::string sign = reader->read(photo("synthetic/school_sign_in_photo.jpg"));
    const double ocr_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    INFO(sign);
    // The sign's other lines and its web address are read cleanly. Known weak: the slanted
    // bold name line itself comes out mangled ("ENN EEEUIOR ACade!"), so the school is found
    // here by its domain; the OCR school matcher is measured on mangled reads separately.
    CHECK(lower(sign).find("primary & nursery school") != std::string::npos);
    CHECK(lower(sign).find("brackenfold-academy.sch.uk") != std::string::npos);
    if (print_measurement()) {
        const double n = static_cast<double>(std::size(with_text) + std::size(without));
        std::cout << "text gate: " << hits << "/" << std::size(with_text) << " text photos passed, " << misses << "/"
                  << std::size(without) << " no-text photos stopped; gate " << gate_ms / n
                  << " ms a photo; OCR of the school sign " << ocr_ms << " ms\n"
                  << "read from the school sign:\n" << sign;
    }
}
