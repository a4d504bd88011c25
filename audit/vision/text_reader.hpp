#pragma once
// Reads text in photos (signs, uniforms, display boards) with tesseract, but only where a cheap
// detector says there is text: OCR costs 35-90 ms a photo, the detector a fraction of that.
#include <opencv2/core.hpp>
#include <memory>
#include <string>
#include <vector>

namespace audit {

// Quick test whether a greyscale image likely shows text (stroke-like edges in lines).
bool likely_has_text(const cv::Mat& grey);
// The lines of text the same detector sees, largest first (at most a few dozen).
std::vector<cv::Rect> text_regions(const cv::Mat& grey);

// One OCR engine; not thread-safe: make one per worker thread (its OpenMP teams are limited to
// that thread).
class TextReader {
public:
    // nullptr when tesseract or its English data is not available (the check then says
    // "skipped: OCR not available").
    static std::unique_ptr<TextReader> create();
    virtual ~TextReader() = default;
    // The text read from a greyscale image (long side ≤ 1024 px), lines separated by '\n'.
    virtual std::string read(const cv::Mat& grey) = 0;
};

} // namespace audit
