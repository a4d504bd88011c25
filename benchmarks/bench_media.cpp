// The image stage's benchmark (not run in CI): builds an export-like photo set (seed images
// resized to 2048 px, varied, re-encoded q85 with EXIF GPS, as platforms export), then prints
//   1. the whole stage per photo (faces, the school crest of ../shared as the profile's logo,
//      the text detector and OCR) vs the floor (scaled decode + face detection, same photos),
//   2. --jobs 2 vs --jobs 1 on the stage,
//   3. EXIF/GPS extraction over 1,000 photos vs `exiftool -n -GPSLatitude -GPSLongitude`,
//   4. peak RSS of the stage for 1,000 vs 10,000 photos (child processes).
// Usage: bench_media [--photos 200] [--gps 1000] [--small 1000] [--large 10000]
//        bench_media --floor EXPORT.zip   (the end-to-end floors of benchmarks/run.sh: inflate,
//        decode at analysis scale and face detection of every photo in the zip, two threads)
// Build it in release: cmake --preset release && cmake --build --preset release --target bench_media
#include "audit/archive/archive.hpp"
#include "audit/vision/media_analyser.hpp"
#include "audit/pipeline/media_stage.hpp"
#include <exiv2/exiv2.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace audit;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Up to `limit` bytes of a file in one read (the whole file by default).
std::string slurp(const fs::path& file, std::size_t limit = SIZE_MAX) {
    std::string out;
    if (FILE* f = std::fopen(file.c_str(), "rb")) {
        std::error_code ec;
        out.resize(std::min<std::size_t>(limit, fs::file_size(file, ec)));
        out.resize(std::fread(out.data(), 1, out.size(), f));
        std::fclose(f);
    }
    return out;
}

std::vector<cv::Mat> seeds() {
    std::vector<cv::Mat> out;
    const fs::path shared = fs::path(SA_SOURCE_DIR) / ".." / "shared" / "testdata" / "images";
    for (const char* name : {"faces/bagel_group.jpg", "faces/kphotoalbum_bar55.jpg", "synthetic/faces_collage_pd.jpg",
                             "gps/forensics_IMG_20200608_111614_xiaomi_gps.jpg", "no_faces/forensics_IMG_1054_canon.JPG",
                             "faces/kphotoalbum_qt-logo.jpg"}) {
        cv::Mat img = cv::imread((shared / name).string(), cv::IMREAD_COLOR);
        if (!img.empty()) out.push_back(img);
    }
    if (out.empty()) { // no shared images: drawn scenes
        for (int s = 0; s < 4; ++s) {
            cv::Mat img(1536, 2048, CV_8UC3);
            cv::randu(img, cv::Scalar::all(0), cv::Scalar::all(255));
            cv::GaussianBlur(img, img, cv::Size(0, 0), 3 + s);
            out.push_back(img);
        }
    }
    std::printf("seed images: %zu%s\n", out.size(), out.size() == 4 ? " (drawn: ../shared absent)" : "");
    return out;
}

// Photo i: a seed at 2048 px, shifted, mirrored and brightened by i, q85 JPEG with GPS.
std::string make_photo(const cv::Mat& seed, int i) {
    const double k = 2048.0 / std::max(seed.cols, seed.rows);
    cv::Mat big;
    cv::resize(seed, big, cv::Size(), k, k, k < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    const int dx = (i * 37) % std::max(1, big.cols / 10), dy = (i * 23) % std::max(1, big.rows / 10);
    cv::Mat varied = big(cv::Rect(dx, dy, big.cols - dx, big.rows - dy)).clone();
    if (i % 2) cv::flip(varied, varied, 1);
    varied.convertTo(varied, -1, 1.0, (i * 13) % 40 - 20);
    cv::resize(varied, varied, big.size(), 0, 0, cv::INTER_LINEAR);
    std::vector<uchar> buf;
    cv::imencode(".jpg", varied, buf, {cv::IMWRITE_JPEG_QUALITY, 85});
    auto image = Exiv2::ImageFactory::open(buf.data(), static_cast<long>(buf.size()));
    image->readMetadata();
    Exiv2::ExifData exif;
    exif["Exif.Image.Make"] = "Apple";
    exif["Exif.Image.Model"] = "iPhone 13";
    exif["Exif.Photo.DateTimeOriginal"] = "2025:03:06 10:47:00";
    Exiv2::URationalValue lat, lon;
    lat.read("51/1 22/1 " + std::to_string(5196 + i) + "/100");
    lon.read("2/1 21/1 " + std::to_string(3240 + i) + "/100");
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"), &lat);
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "W";
    exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude"), &lon);
    image->setExifData(exif);
    image->writeMetadata();
    Exiv2::BasicIo& io = image->io();
    io.open();
    Exiv2::DataBuf out = io.read(static_cast<long>(io.size()));
    return std::string(reinterpret_cast<const char*>(out.pData_), static_cast<std::size_t>(out.size_));
}

// An export of `count` photos cycling through the files of `dir` (one Media per photo).
struct BenchExport {
    std::vector<Export> exports;
    std::vector<DetectedExport> detected;
};

BenchExport bench_export(const fs::path& dir, std::size_t count) {
    auto archive = open_archive(dir.string());
    if (!archive) throw std::runtime_error(archive.error().message);
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(std::move(*archive));
    BenchExport b;
    b.detected.push_back(DetectedExport{nullptr, std::make_unique<ExportView>(std::move(parts))});
    const auto& entries = b.detected[0].view->entries();
    b.exports.emplace_back();
    for (std::size_t i = 0; i < count; ++i) {
        Media m;
        m.entry = entries[i % entries.size()].name();
        m.uri = m.entry;
        b.exports[0].media.push_back(m);
    }
    return b;
}

// The logo a school profile would name: the synthetic crest of ../shared, when present.
std::vector<std::filesystem::path> bench_logos() {
    const fs::path crest = fs::path(SA_SOURCE_DIR) / ".." / "shared" / "testdata" / "images" / "synthetic" / "school_crest_logo.png";
    if (fs::exists(crest)) return {crest};
    return {};
}

// The whole stage as a scan runs it: faces, logos (when there is one) and text.
double stage_seconds(const fs::path& dir, std::size_t count, unsigned jobs) {
    BenchExport b = bench_export(dir, count);
    MediaStageOptions options;
    options.jobs = jobs;
    SchoolProfile profile;
    profile.logos = bench_logos();
    options.needs = MediaNeeds{true, true, !profile.logos.empty(), true};
    std::vector<Skipped> notes;
    const auto start = Clock::now();
    auto facts = run_media_stage(b.exports, b.detected, profile, *sa_vision_engine(), options, notes);
    return seconds_since(start);
}

// The peak RSS of a child running the stage over `count` photos. The child reports its own
// VmHWM: wait4's ru_maxrss would include the parent's memory at spawn (Linux keeps the high-water
// mark across exec), which hides the child's own growth.
long child_peak_rss_kb(std::size_t count, const fs::path& dir) {
    const std::string n = std::to_string(count), d = dir.string(), out = (dir.parent_path() / "hwm").string();
    char* argv[] = {const_cast<char*>("bench_media"), const_cast<char*>("--rss-child"), const_cast<char*>(n.c_str()),
                    const_cast<char*>(d.c_str()), const_cast<char*>(out.c_str()), nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, "/proc/self/exe", nullptr, nullptr, argv, environ) != 0) return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    long kb = -1;
    std::ifstream(out) >> kb;
    return kb;
}

// VmHWM of this process, in kB.
long own_peak_rss_kb() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

std::size_t arg(int argc, char** argv, const char* name, std::size_t fallback) {
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0) return std::strtoul(argv[i + 1], nullptr, 10);
    return fallback;
}

// The floors of a scan of `zip`: every photo read from the archive, decoded at analysis scale and
// searched for faces, each step timed alone, on two threads as the scan's two workers are (reads
// under one lock: archives are not thread-safe). Printed as one line of JSON for
// benchmarks/table.py: the steps' summed seconds and the wall time of the whole.
int print_floors(const std::string& zip) {
    auto archive = open_archive(zip);
    if (!archive) { std::fprintf(stderr, "%s\n", archive.error().message.c_str()); return 2; }
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(std::move(*archive));
    const ExportView view(std::move(parts));
    std::vector<const ViewEntry*> photos;
    for (const ViewEntry& e : view.entries())
        if (e.name().ends_with(".jpg")) photos.push_back(&e);
    cv::setNumThreads(1);
    struct Sums { double inflate = 0, decode = 0, faces = 0; std::size_t done = 0; };
    Sums sums[2];
    std::mutex read_lock;
    auto worker = [&](unsigned which) {
        auto detector = FaceDetector::create();
        if (!detector) return;
        Sums& mine = sums[which];
        for (std::size_t i = which; i < photos.size(); i += 2) {
            auto start = Clock::now();
            Result<std::string> bytes = [&] { std::lock_guard lock(read_lock); return view.read(*photos[i]); }();
            mine.inflate += seconds_since(start);
            if (!bytes) continue;
            start = Clock::now();
            auto image = decode_image(*bytes, MediaFormat::jpeg, 1);
            mine.decode += seconds_since(start);
            if (!image) continue;
            start = Clock::now();
            (void)detector->detect(image->grey);
            mine.faces += seconds_since(start);
            ++mine.done;
        }
    };
    const auto start = Clock::now();
    std::thread a(worker, 0u), b(worker, 1u);
    a.join();
    b.join();
    const double wall = seconds_since(start);
    std::printf("{\"photos\": %zu, \"inflate_s\": %.3f, \"decode_s\": %.3f, \"faces_s\": %.3f, \"wall_s_2_threads\": %.3f}\n",
                sums[0].done + sums[1].done, sums[0].inflate + sums[1].inflate, sums[0].decode + sums[1].decode,
                sums[0].faces + sums[1].faces, wall);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--floor") == 0) return print_floors(argv[2]);
    if (argc == 5 && std::strcmp(argv[1], "--rss-child") == 0) {
        stage_seconds(argv[3], std::strtoul(argv[2], nullptr, 10), 2);
        std::ofstream(argv[4]) << own_peak_rss_kb();
        return 0;
    }
    const std::size_t photos = arg(argc, argv, "--photos", 200), gps_count = arg(argc, argv, "--gps", 1000);
    const std::size_t small = arg(argc, argv, "--small", 1000), large = arg(argc, argv, "--large", 10000);
    char templ[] = "/tmp/bench-media-XXXXXX";
    if (!mkdtemp(templ)) return 2;
    const fs::path root(templ), set = root / "photos", gps = root / "gps";
    fs::create_directories(set);
    fs::create_directories(gps);
    const auto seed_images = seeds();
    std::vector<std::string> bytes;
    std::size_t total_bytes = 0;
    for (std::size_t i = 0; i < photos; ++i) {
        bytes.push_back(make_photo(seed_images[i % seed_images.size()], static_cast<int>(i)));
        total_bytes += bytes.back().size();
        char name[32];
        std::snprintf(name, sizeof name, "p%05zu.jpg", i);
        std::ofstream(set / name, std::ios::binary) << bytes.back();
    }
    std::printf("photo set: %zu photos at 2048 px, q85, %.0f KB average\n", photos,
                static_cast<double>(total_bytes) / 1024.0 / static_cast<double>(photos));
    cv::setNumThreads(1);

    // 1. Floor vs stage, one thread, from memory, best of 3 rounds each.
    auto detector = FaceDetector::create();
    if (!detector) { std::printf("no face cascade installed\n"); return 2; }
    std::unique_ptr<LogoMatcher> logos;
    std::vector<std::string> logo_paths;
    for (const auto& p : bench_logos()) logo_paths.push_back(p.string());
    if (auto loaded = LogoMatcher::load(logo_paths); loaded && !logo_paths.empty()) logos = std::move(*loaded);
    auto text = TextReader::create();
    std::printf("whole stage: faces, %s, %s\n", logos ? "1 logo" : "no logo (../shared absent)",
                text ? "text detector + OCR" : "no OCR (tesseract's English model missing)");
    double floor_s = 1e9, stage_s = 1e9;
    std::size_t faces = 0;
    for (int round = 0; round < 3; ++round) {
        auto start = Clock::now();
        for (const std::string& b : bytes) {
            auto image = decode_image(b, MediaFormat::jpeg, 1);
            faces += detector->detect(image->grey).size();
        }
        floor_s = std::min(floor_s, seconds_since(start));
        const Export ex;
        const Media media;
        MediaTools tools{detector.get(), logos.get(), text.get()};
        start = Clock::now();
        for (const std::string& b : bytes) (void)analyse_media(ex, media, b, tools);
        stage_s = std::min(stage_s, seconds_since(start));
    }
    std::printf("1. per photo: stage %.1f ms, floor (scaled decode + faces) %.1f ms: %.2fx the floor (target <= 1.5x)\n",
                stage_s * 1000 / static_cast<double>(photos), floor_s * 1000 / static_cast<double>(photos),
                stage_s / floor_s);

    // 2. The stage with its queue and workers, reading from the folder.
    const double one = stage_seconds(set, photos, 1), two = stage_seconds(set, photos, 2);
    std::printf("2. stage over %zu photos: --jobs 1 %.2f s, --jobs 2 %.2f s: %.2fx faster (target >= 1.8x)\n",
                photos, one, two, one / two);

    // 3. EXIF/GPS over gps_count files: in-process (read + exiv2) vs one exiftool process.
    for (std::size_t i = 0; i < gps_count; ++i) {
        char from[32], to[32];
        std::snprintf(from, sizeof from, "p%05zu.jpg", i % photos);
        std::snprintf(to, sizeof to, "g%05zu.jpg", i);
        fs::copy_file(set / from, gps / to);
    }
    std::size_t located = 0;
    auto start = Clock::now();
    for (const auto& entry : fs::directory_iterator(gps)) {
        // Like exiftool, only the file's head is read: a JPEG's EXIF is in its first segments
        // (read_image_metadata parses at most 256 KiB of a JPEG anyway); the rest if it is not.
        std::string b = slurp(entry.path(), 256 * 1024);
        FileMetadata metadata = read_image_metadata(b, sniff_format(b));
        if (!metadata.problem.empty()) {
            b = slurp(entry.path());
            metadata = read_image_metadata(b, sniff_format(b));
        }
        located += metadata.gps.has_value();
    }
    const double ours = seconds_since(start);
    const std::string command = "exiftool -q -n -GPSLatitude -GPSLongitude " + gps.string() + " > /dev/null";
    start = Clock::now();
    const int rc = std::system(command.c_str());
    const double theirs = seconds_since(start);
    std::printf("3. EXIF/GPS of %zu photos (%zu with GPS): %.3f s in-process vs exiftool %.2f s%s: %.0fx faster (target >= 20x)\n",
                gps_count, located, ours, theirs, rc == 0 ? "" : " (exiftool failed)", theirs / ours);

    // 4. Peak memory of the whole stage (faces, --jobs 2) as the photo count grows.
    const long rss_small = child_peak_rss_kb(small, set);
    const long rss_large = child_peak_rss_kb(large, set);
    std::printf("4. peak RSS: %zu photos %.1f MB, %zu photos %.1f MB: %.2fx (target <= 1.2x)\n", small,
                static_cast<double>(rss_small) / 1024.0, large, static_cast<double>(rss_large) / 1024.0,
                static_cast<double>(rss_large) / static_cast<double>(rss_small));
    std::printf("(faces found in the floor runs: %zu)\n", faces);
    fs::remove_all(root);
    return 0;
}
