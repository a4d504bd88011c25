// The OCR school-name matcher: the measurement behind k_ocr_min_similarity (OCR-style
// corruptions of a school's name against the names of other, similar schools), and precision
// and recall of logo and school-text detection on a small labelled set made at test time.
// SA_PRINT_MEASUREMENT=1 prints the tables.
#include "audit/vision/logo_matcher.hpp"
#include "audit/media/school_text.hpp"
#include "audit/vision/text_reader.hpp"
#include "support/test_support.hpp"
#include "unit/media_test_images.hpp"

#include <opencv2/imgcodecs.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iostream>

using namespace audit;
namespace fs = std::filesystem;

namespace {

bool print_measurement() { return std::getenv("SA_PRINT_MEASUREMENT") != nullptr; }

struct Rng {
    std::uint64_t state = 20261206;
    std::size_t below(std::size_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % n);
    }
};

// One OCR-style error: a look-alike letter, m/rn, a lost or doubled letter, a split or merged word.
std::string corrupt(std::string s, Rng& rng) {
    static const std::pair<const char*, const char*> k_confusions[] = {
        {"l", "1"}, {"i", "l"}, {"o", "0"}, {"m", "rn"}, {"e", "c"}, {"a", "o"}, {"h", "b"},
        {"d", "cl"}, {"n", "ri"}, {"c", "e"}, {"y", "v"}, {"k", "lc"}, {"f", "t"}, {"r", "i"}};
    for (int attempt = 0; attempt < 20; ++attempt) {
        const std::size_t kind = rng.below(4), at = rng.below(s.size());
        if (kind == 0) {
            const auto& [from, to] = k_confusions[rng.below(std::size(k_confusions))];
            const auto pos = s.find(from, at);
            if (pos == std::string::npos) continue;
            return s.replace(pos, std::string(from).size(), to);
        }
        if (s[at] == ' ') continue;
        if (kind == 1) return s.erase(at, 1);
        if (kind == 2) return s.insert(at, 1, s[at]);
        const auto space = s.find(' ');
        if (space != std::string::npos && rng.below(2)) return s.erase(space, 1); // merged words
        return s.insert(at, 1, ' ');                                              // split word
    }
    return s;
}

SchoolProfile profile_named(std::string name, std::vector<std::string> aliases = {}) {
    SchoolProfile p;
    p.name = std::move(name);
    p.aliases = std::move(aliases);
    return p;
}

} // namespace

TEST_CASE("ocr school matcher: exact, mangled and other schools' names", "[media]") {
    SchoolProfile p = profile_named("Brackenfold Academy");
    p.not_us = {"North Brackenfold Academy"};
    p.domains = {"brackenfold-academy.sch.uk"};
    const OcrSchoolMatcher m(p);
    CHECK(m.find("Welcome to\nBrackenfold Academy").front().similarity == 1.0);
    const auto mangled = m.find("Brackenfo1d Academv");
    REQUIRE(mangled.size() == 1);
    CHECK(mangled[0].matched == "Brackenfold Academy");
    CHECK(mangled[0].similarity < 1.0);
    CHECK(mangled[0].confidence < 0.9);
    CHECK_FALSE(m.find("www.brackenfold-academy.sch.uk").empty());
    CHECK(m.find("North Brackenfold Academy").empty());
    CHECK(m.find("Bracken Hill Academy").empty());
    CHECK(m.find("Brookfield Academy").empty());
    CHECK(m.find("NO PARKING").empty());
    CHECK(m.find("").empty());
}

TEST_CASE("ocr school matcher: the similarity threshold, measured", "[media]") {
    const std::vector<std::string> ours = {"Brackenfold Academy", "Riverside Primary School", "St Aldhelm's CE Junior School",
                                           "Woodstock Primary", "Kingsmead Community School"};
    // Real-looking names of other schools, close to ours: none may match.
    const std::vector<std::string> others = {
        "Bracken Hill Academy", "Brackenwood Academy", "Brookfield Academy", "Bramcote Academy", "Blackfen Academy",
        "Riverdale Primary School", "Riverview Primary School", "Riverside Park School", "Rivermead Primary School",
        "St Aldhelms Infant School", "St Alban's CE Junior School", "St Andrew's CE Junior School",
        "Woodside Primary", "Woodstock Junior School", "Woodcote Primary", "Kingsmoor Community School",
        "Kingsbury Community School", "Kingsmeadow Community School", "Oakfield Academy", "Fairfield Primary School"};
    const double thresholds[] = {0.75, 0.8, 0.85, 0.9};
    Rng rng;
    if (print_measurement()) {
        std::cout << "threshold | 1 OCR error | 2 errors | 3 errors | other schools accepted (of "
                  << ours.size() * others.size() << " pairs)\n";
    }
    for (const double t : thresholds) {
        int accepted[4] = {0, 0, 0, 0}, total[4] = {0, 0, 0, 0}, strangers = 0;
        rng.state = 20261206;
        for (const auto& name : ours) {
            const OcrSchoolMatcher m(profile_named(name), t);
            auto accepts = [&](const std::string& read) { return !m.find(read).empty(); };
            for (int errors = 1; errors <= 3; ++errors) {
                for (int trial = 0; trial < 40; ++trial) {
                    std::string read = name;
                    for (int e = 0; e < errors; ++e) read = corrupt(read, rng);
                    ++total[errors];
                    accepted[errors] += accepts(read);
                }
            }
            for (const auto& other : others) strangers += accepts(other);
        }
        if (print_measurement()) {
            std::cout << "  " << t << " | " << 100.0 * accepted[1] / total[1] << " % | " << 100.0 * accepted[2] / total[2]
                      << " % | " << 100.0 * accepted[3] / total[3] << " % | " << strangers << "\n";
        }
        if (t == k_ocr_min_similarity) {
            CHECK(accepted[1] * 100 >= total[1] * 90);
            CHECK(accepted[2] * 100 >= total[2] * 60);
            CHECK(strangers == 0);
        }
    }
}

TEST_CASE("image checks: precision and recall on a labelled set made at test time", "[media]") {
    // Logos: the drawn crest composited into cluttered scenes; a positive is found when the
    // crest is found big enough to matter (5 % of the long side, as image.logo requires).
    test::TempDir dir;
    const auto crest_file = dir / "crest.png";
    REQUIRE(cv::imwrite(crest_file.string(), test::draw_crest()));
    auto loaded = LogoMatcher::load({crest_file.string()});
    REQUIRE(loaded);
    const cv::Mat crest = test::draw_crest();
    int tp = 0, fp = 0, fn = 0, tn = 0;
    struct LogoCase { int width; double degrees; double covered; bool positive; };
    const LogoCase logo_cases[] = {{200, 0, 0, true},   {150, 30, 0, true},   {120, -15, 0.3, true},
                                   {100, 45, 0, true},  {90, 0, 0.2, true},   {170, -60, 0, true},
                                   {30, 0, 0, false},   {24, 10, 0, false},   {0, 0, 0, false},
                                   {0, 0, 0, false},    {0, 0, 0, false}};
    unsigned seed = 100;
    for (const auto& c : logo_cases) {
        cv::Mat scene = test::clutter_scene(1024, 768, ++seed);
        if (c.width) test::composite(scene, crest, {500, 400}, c.width, c.degrees, c.covered);
        bool found = false;
        for (const auto& hit : (**loaded).find(scene))
            found = found || std::max(hit.box.width, hit.box.height) >= 0.05f * 1024;
        (c.positive ? (found ? tp : fn) : (found ? fp : tn))++;
    }
    const double logo_p = tp + fp ? 1.0 * tp / (tp + fp) : 1, logo_r = 1.0 * tp / (tp + fn);
    CHECK(logo_p >= 0.9);
    CHECK(logo_r >= 0.8);

    // School text: signs rendered onto scenes, read through the gate and OCR.
    auto reader = TextReader::create();
    if (!reader) {
        WARN("school-text part skipped: tesseract or its English data is not installed");
        return;
    }
    SchoolProfile p = profile_named("Oakham Academy");
    p.not_us = {"North Oakham Academy"};
    const OcrSchoolMatcher matcher(p);
    struct TextCase { const char* text; int font; double scale; bool light_on_dark; bool positive; };
    const TextCase text_cases[] = {
        {"Oakham Academy", cv::FONT_HERSHEY_DUPLEX, 2.0, false, true},
        {"OAKHAM ACADEMY", cv::FONT_HERSHEY_SIMPLEX, 1.6, true, true},
        {"Welcome to Oakham Academy", cv::FONT_HERSHEY_TRIPLEX, 1.2, false, true},
        {"Oakham Academy", cv::FONT_HERSHEY_COMPLEX, 1.0, true, true},
        {"Oakfield Academy", cv::FONT_HERSHEY_DUPLEX, 2.0, false, false},
        {"North Oakham Academy", cv::FONT_HERSHEY_DUPLEX, 1.5, false, false},
        {"NO PARKING", cv::FONT_HERSHEY_SIMPLEX, 2.0, true, false},
        {"", 0, 0, false, false},
        {"", 0, 0, false, false}};
    int ttp = 0, tfp = 0, tfn = 0, ttn = 0, gated = 0;
    for (const auto& c : text_cases) {
        cv::Mat scene = test::clutter_scene(1024, 768, ++seed);
        if (*c.text) {
            const cv::Scalar paper(c.light_on_dark ? 40 : 235), ink(c.light_on_dark ? 235 : 20);
            cv::rectangle(scene, cv::Point(100, 250), cv::Point(960, 420), paper, cv::FILLED);
            cv::putText(scene, c.text, {130, 350}, c.font, c.scale, ink, 3, cv::LINE_AA);
        }
        bool found = false;
        if (likely_has_text(scene)) {
            ++gated;
            found = !matcher.find(reader->read(scene)).empty();
        }
        (c.positive ? (found ? ttp : tfn) : (found ? tfp : ttn))++;
    }
    const double text_p = ttp + tfp ? 1.0 * ttp / (ttp + tfp) : 1, text_r = 1.0 * ttp / (ttp + tfn);
    if (print_measurement()) {
        std::cout << "image.logo: " << tp << " TP, " << fp << " FP, " << fn << " FN, " << tn << " TN: precision "
                  << logo_p << ", recall " << logo_r << "\n"
                  << "image.school-text: " << ttp << " TP, " << tfp << " FP, " << tfn << " FN, " << ttn
                  << " TN: precision " << text_p << ", recall " << text_r << "; OCR ran on " << gated << " of "
                  << std::size(text_cases) << " photos\n";
    }
    CHECK(text_p >= 0.9);
    CHECK(text_r >= 0.75);
}
