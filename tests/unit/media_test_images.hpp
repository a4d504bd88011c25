#pragma once
// Test images made at test time (nothing binary is checked in): a drawn school crest, a
// cluttered "photo" background, compositing a logo into a photo scaled, rotated and partly
// covered, and text rendered onto a photo.
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <string>
#include <vector>

namespace audit::test {

// A crest: shield, chevron, star and lettering on white, grey.
inline cv::Mat draw_crest(int width = 300) {
    const int height = width * 6 / 5;
    cv::Mat crest(height, width, CV_8UC1, cv::Scalar(255));
    auto p = [&](double x, double y) { return cv::Point(static_cast<int>(x * width), static_cast<int>(y * height)); };
    const std::vector<cv::Point> shield = {p(0.1, 0.08), p(0.9, 0.08), p(0.9, 0.5), p(0.5, 0.85), p(0.1, 0.5)};
    cv::fillPoly(crest, std::vector<std::vector<cv::Point>>{shield}, cv::Scalar(40));
    const std::vector<cv::Point> chevron = {p(0.1, 0.45), p(0.5, 0.25), p(0.9, 0.45), p(0.9, 0.55), p(0.5, 0.35), p(0.1, 0.55)};
    cv::fillPoly(crest, std::vector<std::vector<cv::Point>>{chevron}, cv::Scalar(200));
    std::vector<cv::Point> star;
    for (int i = 0; i < 10; ++i) {
        const double a = -M_PI / 2 + i * M_PI / 5, r = (i % 2 ? 0.06 : 0.15) * width;
        star.emplace_back(static_cast<int>(0.5 * width + r * std::cos(a)), static_cast<int>(0.6 * height + r * std::sin(a)));
    }
    cv::fillPoly(crest, std::vector<std::vector<cv::Point>>{star}, cv::Scalar(235));
    cv::rectangle(crest, p(0.2, 0.12), p(0.42, 0.22), cv::Scalar(150), cv::FILLED);
    cv::circle(crest, p(0.68, 0.17), width / 16, cv::Scalar(230), cv::FILLED);
    cv::putText(crest, "OAKHAM", p(0.12, 0.95), cv::FONT_HERSHEY_DUPLEX, width / 200.0, cv::Scalar(0), std::max(1, width / 120));
    return crest;
}

// A busy, photo-like background: blurred noise, shapes and gradients from a fixed seed.
inline cv::Mat clutter_scene(int width, int height, unsigned seed) {
    cv::RNG rng(seed);
    cv::Mat scene(height, width, CV_8UC1);
    rng.fill(scene, cv::RNG::UNIFORM, 60, 200);
    cv::GaussianBlur(scene, scene, cv::Size(0, 0), 6);
    for (int i = 0; i < 60; ++i) {
        const cv::Point c(rng.uniform(0, width), rng.uniform(0, height));
        const int r = rng.uniform(5, 60);
        const cv::Scalar v(rng.uniform(20, 235));
        if (i % 2) cv::circle(scene, c, r, v, cv::FILLED, cv::LINE_AA);
        else cv::rectangle(scene, c, c + cv::Point(r, r / 2 + 3), v, cv::FILLED, cv::LINE_AA);
    }
    cv::Mat noise(height, width, CV_8UC1);
    rng.fill(noise, cv::RNG::NORMAL, 0, 6);
    scene += noise;
    return scene;
}

// `logo` (grey) scaled to `width` px, rotated by `degrees`, pasted centred at `centre`; then
// `covered` (0..1) of its width hidden under a grey bar from the right.
inline void composite(cv::Mat& scene, const cv::Mat& logo, cv::Point centre, int width, double degrees,
                      double covered = 0) {
    cv::Mat small;
    const double f = static_cast<double>(width) / logo.cols;
    cv::resize(logo, small, cv::Size(), f, f, cv::INTER_AREA);
    const int side = static_cast<int>(std::hypot(small.cols, small.rows)) + 2;
    cv::Mat canvas(side, side, CV_8UC1, cv::Scalar(0)), mask(side, side, CV_8UC1, cv::Scalar(0));
    const cv::Rect inner((side - small.cols) / 2, (side - small.rows) / 2, small.cols, small.rows);
    small.copyTo(canvas(inner));
    mask(inner).setTo(255);
    const cv::Mat rot = cv::getRotationMatrix2D(cv::Point2f(static_cast<float>(side) / 2, static_cast<float>(side) / 2), degrees, 1.0);
    cv::warpAffine(canvas, canvas, rot, canvas.size(), cv::INTER_LINEAR);
    cv::warpAffine(mask, mask, rot, mask.size(), cv::INTER_NEAREST);
    const cv::Rect at(centre.x - side / 2, centre.y - side / 2, side, side);
    const cv::Rect clipped = at & cv::Rect(0, 0, scene.cols, scene.rows);
    canvas(clipped - at.tl()).copyTo(scene(clipped), mask(clipped - at.tl()));
    if (covered > 0) {
        const int bar = static_cast<int>(covered * width);
        cv::rectangle(scene, cv::Point(centre.x + width / 2 - bar, centre.y - width), cv::Point(centre.x + width, centre.y + width),
                      cv::Scalar(128), cv::FILLED);
    }
}

// Long side to `long_side` px (INTER_AREA), as the image stage's analysis decode.
inline cv::Mat analysis_scale(const cv::Mat& grey, int long_side = 1024) {
    const double f = static_cast<double>(long_side) / std::max(grey.cols, grey.rows);
    if (f >= 1) return grey.clone();
    cv::Mat out;
    cv::resize(grey, out, cv::Size(), f, f, cv::INTER_AREA);
    return out;
}

} // namespace audit::test
