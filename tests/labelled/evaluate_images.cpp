// evaluate_images: precision and recall of image.pupils and image.location on a labelled photo
// set (tests/labelled/images.tsv) made at run time from the licensed images in
// ../shared/testdata/images: each becomes a photo in a Facebook-style export folder (EXIF by
// exiv2, caption in the JSON), the real scan runs, and its findings are compared with labels.
//
//   evaluate_images IMAGES.tsv SCHOOL.toml SHARED_IMAGES_DIR [--min-precision P] [--min-recall R]
//
// Exits 0 with a message when SHARED_IMAGES_DIR is absent (nothing to evaluate), 1 below the
// thresholds, 2 on bad input.
#include "audit/pipeline/scan.hpp"
#include "unit/media_fixture.hpp"
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

using namespace audit;
namespace fs = std::filesystem;
namespace mf = audit::test::media;

namespace {

struct Labelled {
    std::set<std::string> expected;
    std::string seed, place, taken, caption, file;
};

const std::map<std::string, std::pair<double, double>> k_places = {
    {"school", {51.3812, -2.3588}}, {"outside", {51.3835, -2.3590}},
    {"home", {51.3703, -2.3924}},   {"far", {50.2660, -5.0527}}};

std::vector<Labelled> read_set(const fs::path& tsv) {
    std::ifstream in(tsv);
    std::vector<Labelled> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cols;
        std::stringstream ss(line);
        for (std::string col; std::getline(ss, col, '\t');) cols.push_back(col);
        if (cols.size() < 4) throw std::runtime_error("bad line: " + line);
        Labelled l;
        std::stringstream ids(cols[0]);
        for (std::string id; std::getline(ids, id, ',');)
            if (id != "none") l.expected.insert(id);
        l.seed = cols[1];
        l.place = cols[2];
        l.taken = cols[3];
        l.caption = cols.size() > 4 ? cols[4] : "";
        l.file = "photo" + std::to_string(out.size()) + ".jpg";
        out.push_back(l);
    }
    return out;
}

std::string make_photo(const fs::path& images, const Labelled& l) {
    cv::Mat img = cv::imread((images / l.seed).string(), cv::IMREAD_COLOR);
    if (img.empty()) throw std::runtime_error("cannot read " + (images / l.seed).string());
    mf::Exif exif;
    if (auto p = k_places.find(l.place); p != k_places.end()) exif.gps = p->second;
    exif.make = "Apple";
    exif.model = "iPhone 13";
    exif.taken = l.taken;
    return mf::with_exif(mf::jpeg(img, 90), exif);
}

void write_export(const fs::path& dir, const fs::path& images, const std::vector<Labelled>& set) {
    const std::string media = "your_facebook_activity/posts/media/Mobileuploads_1/";
    fs::create_directories(dir / media);
    fs::create_directories(dir / "your_facebook_activity/posts");
    std::string posts = "[";
    long t = 1741258020;
    for (const Labelled& l : set) {
        std::ofstream(dir / media / l.file, std::ios::binary) << make_photo(images, l);
        const long taken = t++;
        posts += std::string(posts.size() > 1 ? "," : "") + R"({"timestamp": )" + std::to_string(taken) +
                 R"(, "attachments": [{"data": [{"media": {"uri": ")" + media + l.file +
                 R"(", "creation_timestamp": )" + std::to_string(taken) + R"(, "description": ")" + l.caption +
                 R"("}}]}], "data": [{"post": ")" + l.caption + R"("}]})";
    }
    std::ofstream(dir / "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json") << posts << "]";
}

// Which photos each check reported (a finding's own media, or its instances').
std::map<std::string, std::set<std::string>> reported(const Report& report) {
    std::map<std::string, std::set<std::string>> out;
    for (const Finding& f : report.findings) {
        auto add = [&](const std::string& media) {
            if (!media.empty()) out[f.check].insert(fs::path(media).filename().string());
        };
        add(f.location.media);
        for (const Instance& i : f.instances) add(i.location.media);
    }
    return out;
}

double option(int argc, char** argv, const char* name, double fallback) {
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == name) return std::atof(argv[i + 1]);
    return fallback;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: evaluate_images IMAGES.tsv SCHOOL.toml SHARED_IMAGES_DIR [--min-precision P] [--min-recall R]\n";
        return 2;
    }
    const fs::path images = argv[3];
    if (!fs::is_directory(images)) {
        std::cout << "skipped: " << images.string() << " is not present\n";
        return 0;
    }
    auto profile = load_profile(argv[2]);
    if (!profile) return std::cerr << profile.error().message << "\n", 2;
    auto policy = load_pack(profile->policy);
    if (!policy) return std::cerr << policy.error().message << "\n", 2;
    const auto set = read_set(argv[1]);
    const fs::path dir = fs::temp_directory_path() / ("evaluate-images-" + std::to_string(::getpid()));
    write_export(dir, images, set);
    ScanOptions options;
    options.inputs = {dir.string()};
    options.only_checks = {"image.pupils", "image.location"};
    options.generated_at = "2026-01-01T00:00:00Z";
    options.jobs = 2;
    auto report = run_scan(options, *profile, *policy);
    fs::remove_all(dir);
    if (!report) return std::cerr << report.error().message << "\n", 2;
    const auto found = reported(*report);
    const double min_p = option(argc, argv, "--min-precision", 0), min_r = option(argc, argv, "--min-recall", 0);
    int status = 0;
    for (const std::string check : {"image.pupils", "image.location"}) {
        int tp = 0, fp = 0, fn = 0;
        const auto it = found.find(check);
        for (const Labelled& l : set) {
            const bool expected = l.expected.count(check) > 0;
            const bool fired = it != found.end() && it->second.count(l.file) > 0;
            tp += expected && fired;
            fp += !expected && fired;
            fn += expected && !fired;
            if (expected != fired)
                std::cout << "  " << (fired ? "false positive" : "missed") << ": " << check << " on " << l.seed
                          << " (" << l.place << ", " << l.taken << ", '" << l.caption << "')\n";
        }
        const double p = tp + fp ? double(tp) / (tp + fp) : 1.0, r = tp + fn ? double(tp) / (tp + fn) : 1.0;
        std::printf("%-15s precision %.2f  recall %.2f  (tp %d, fp %d, fn %d, %zu photos)\n", check.c_str(), p, r, tp,
                    fp, fn, set.size());
        if (p < min_p || r < min_r) status = 1;
    }
    return status;
}
