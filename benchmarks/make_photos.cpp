// Makes COUNT different JPEG photos of PX pixels on the long side from a few seed images, for
// the benchmark exports: each is a seed cropped, shifted, tinted and marked differently, then
// re-encoded, so no two photos share bytes and no cache can skip work.
// Build: g++ -O2 -std=c++20 make_photos.cpp $(pkg-config --cflags --libs opencv4) -o make_photos
// Run:   make_photos SEED_DIR OUT_DIR COUNT PX   (writes OUT_DIR/photo_000000.jpg, …)
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: make_photos SEED_DIR OUT_DIR COUNT PX\n");
        return 2;
    }
    std::vector<cv::Mat> seeds;
    for (const auto& entry : fs::recursive_directory_iterator(argv[1])) {
        const std::string ext = entry.path().extension().string();
        if (ext != ".jpg" && ext != ".png") continue;
        cv::Mat image = cv::imread(entry.path().string(), cv::IMREAD_COLOR);
        if (!image.empty() && image.cols >= 256 && image.rows >= 256) seeds.push_back(image);
    }
    if (seeds.empty()) {
        std::fprintf(stderr, "make_photos: no seed images in %s\n", argv[1]);
        return 1;
    }
    const fs::path out = argv[2];
    fs::create_directories(out);
    const int count = std::stoi(argv[3]), px = std::stoi(argv[4]);
    std::mt19937 rng(7);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    for (int i = 0; i < count; ++i) {
        const cv::Mat& seed = seeds[static_cast<std::size_t>(i) % seeds.size()];
        // A random crop of 60–100 % of the seed, scaled so the long side is PX (4:3 or 3:4).
        const double keep = uniform(0.6, 1.0);
        const int w = std::max(64, static_cast<int>(seed.cols * keep));
        const int h = std::max(64, static_cast<int>(seed.rows * keep));
        const cv::Rect crop(static_cast<int>(uniform(0, seed.cols - w)), static_cast<int>(uniform(0, seed.rows - h)), w, h);
        const bool landscape = i % 3 != 0;
        const cv::Size size = landscape ? cv::Size(px, px * 3 / 4) : cv::Size(px * 3 / 4, px);
        cv::Mat photo;
        cv::resize(seed(crop), photo, size, 0, 0, cv::INTER_LINEAR);
        photo.convertTo(photo, -1, uniform(0.8, 1.2), uniform(-25, 25));
        for (int k = 0; k < 3; ++k)
            cv::circle(photo, {static_cast<int>(uniform(0, size.width)), static_cast<int>(uniform(0, size.height))},
                       static_cast<int>(uniform(5, px / 10.0)),
                       cv::Scalar(uniform(0, 255), uniform(0, 255), uniform(0, 255)), cv::FILLED);
        cv::putText(photo, "#" + std::to_string(i), {20, size.height - 20}, cv::FONT_HERSHEY_SIMPLEX,
                    px / 800.0, cv::Scalar(255, 255, 255), 2);
        char name[32];
        std::snprintf(name, sizeof name, "photo_%06d.jpg", i);
        if (!cv::imwrite((out / name).string(), photo, {cv::IMWRITE_JPEG_QUALITY, 85})) {
            std::fprintf(stderr, "make_photos: cannot write %s\n", (out / name).c_str());
            return 1;
        }
    }
    return 0;
}
