// A cheap text detector (morphological gradient, lines closed horizontally, then text-like
// geometry: several letter-sized marks of one height in a row) gating tesseract, which reads
// each detected line on its own, enlarged, as one line of text (page segmentation mode 7).
// Reading lines instead of the whole photo is what finds sign text: psm 3 on a whole photo
// misses most signs (../shared/BASELINES.md), and costs 90 ms on a photo with no text at all.
#include "audit/media/text_reader.hpp"

#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace audit {

namespace {

constexpr int k_min_line_height = 8;   // px: smaller text is unreadable at analysis scale
constexpr int k_min_letters = 3;       // letter-sized marks a line needs
constexpr int k_min_gradient = 48;     // edges weaker than this are texture, not print
constexpr std::size_t k_max_regions = 24;
constexpr std::size_t k_max_read_lines = 10; // OCR budget per photo: the largest lines
constexpr int k_ocr_line_height = 48;  // px: lines are scaled to this before OCR

// Letter-sized marks (connected components of the edge mask) inside a candidate line: about
// the line's height, not much wider than tall, and together spanning most of the line.
bool looks_like_letters(const cv::Mat& edges, const cv::Rect& line) {
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(edges(line), labels, stats, centroids, 8, CV_32S);
    int letters = 0, covered = 0;
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        if (h >= line.height * 4 / 10 && w <= h * 2 && w >= 2 && stats.at<int>(i, cv::CC_STAT_AREA) >= 8) {
            ++letters;
            covered += w;
        }
    }
    return letters >= k_min_letters && covered * 2 >= line.width;
}

cv::Mat edge_mask(const cv::Mat& grey) {
    cv::Mat gradient, edges;
    cv::morphologyEx(grey, gradient, cv::MORPH_GRADIENT, cv::getStructuringElement(cv::MORPH_ELLIPSE, {3, 3}));
    const double otsu = cv::threshold(gradient, edges, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    if (otsu < k_min_gradient) {
        cv::threshold(gradient, edges, k_min_gradient, 255, cv::THRESH_BINARY);
    }
    return edges;
}

} // namespace

std::vector<cv::Rect> text_regions(const cv::Mat& grey) {
    std::vector<cv::Rect> lines;
    if (grey.empty() || grey.type() != CV_8UC1) {
        return lines;
    }
    const cv::Mat edges = edge_mask(grey);
    cv::Mat joined;
    // Letters of a word are a few px apart at analysis scale: a 9x1 closing joins them into a
    // line without joining lines above each other.
    cv::morphologyEx(edges, joined, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {9, 1}));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(joined, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (const auto& contour : contours) {
        const cv::Rect r = cv::boundingRect(contour);
        if (r.height < k_min_line_height || r.height > grey.rows / 4 || r.width < r.height * 3 / 2) {
            continue;
        }
        const double fill = cv::countNonZero(edges(r)) / static_cast<double>(r.area());
        if (fill < 0.2 || fill > 0.8 || !looks_like_letters(edges, r)) {
            continue;
        }
        lines.push_back(r);
    }
    std::sort(lines.begin(), lines.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.area() > b.area(); });
    if (lines.size() > k_max_regions) {
        lines.resize(k_max_regions);
    }
    return lines;
}

bool likely_has_text(const cv::Mat& grey) { return !text_regions(grey).empty(); }

namespace {

class TesseractReader final : public TextReader {
public:
    bool init() {
        // Tesseract's OpenMP threads would fight the scan's own workers for the cores.
        setenv("OMP_THREAD_LIMIT", "1", 0);
        if (m_api.Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) != 0) {
            return false;
        }
        m_api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
        m_api.SetVariable("user_defined_dpi", "300"); // no "estimating resolution" noise
        m_api.SetVariable("debug_file", "/dev/null");
        return true;
    }
    ~TesseractReader() override { m_api.End(); }

    std::string read(const cv::Mat& grey) override {
        std::string text;
        const auto lines = text_regions(grey);
        for (std::size_t i = 0; i < lines.size() && i < k_max_read_lines; ++i) {
            std::string line = read_line(grey, lines[i]);
            if (!line.empty()) {
                text += line;
                text += '\n';
            }
        }
        return text;
    }

private:
    std::string read_line(const cv::Mat& grey, const cv::Rect& line) {
        const int pad = std::max(4, line.height / 3);
        const cv::Rect padded = (line + cv::Size(2 * pad, 2 * pad) - cv::Point(pad, pad)) &
                                cv::Rect(0, 0, grey.cols, grey.rows);
        cv::Mat crop;
        const double f = static_cast<double>(k_ocr_line_height) / line.height;
        cv::resize(grey(padded), crop, cv::Size(), f, f, f > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
        m_api.SetImage(crop.data, crop.cols, crop.rows, 1, static_cast<int>(crop.step));
        const std::unique_ptr<char[]> out(m_api.GetUTF8Text());
        std::string s = out ? std::string(out.get()) : std::string();
        while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) {
            s.pop_back();
        }
        return s;
    }

    tesseract::TessBaseAPI m_api;
};

} // namespace

std::unique_ptr<TextReader> TextReader::create() {
    auto reader = std::make_unique<TesseractReader>();
    if (!reader->init()) {
        return nullptr;
    }
    return reader;
}

} // namespace audit
