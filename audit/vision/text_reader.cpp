// A cheap text detector (morphological gradient, lines closed horizontally, then text-like
// geometry: several letter-sized marks of one height in a row) gating tesseract, which reads
// each detected line on its own, enlarged, as one line of text (page segmentation mode 7).
// Reading lines instead of the whole photo is what finds sign text: psm 3 on a whole photo
// misses most signs (../shared/BASELINES.md), and costs 90 ms on a photo with no text at all.
#include "audit/vision/text_reader.hpp"

#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>

#include <algorithm>
#include <cstdlib>
#include <dlfcn.h>
#include <memory>

namespace audit {

namespace {

constexpr int k_min_line_height = 8;   // px: smaller text is unreadable at analysis scale
constexpr int k_min_letters = 4;       // letter-sized marks a line needs
constexpr int k_min_gradient = 48;     // edges weaker than this are texture, not print
constexpr double k_min_contrast = 60;  // grey levels between ink and paper
constexpr std::size_t k_max_regions = 24;
constexpr std::size_t k_max_read_lines = 10; // OCR budget per photo: the largest lines
constexpr int k_ocr_line_height = 32;  // px: a block's tallest line is scaled to this before OCR

// Letters inside a candidate line: the crop split in two by Otsu, the smaller class taken as
// ink (dark on light or light on dark), and its connected components counted when they are
// letter-sized (most of the line's height, not much wider than tall), of one height, on one
// baseline, and together spanning most of the line. Foliage and fur make candidate lines too,
// but not rows of same-height marks with a clear ink/paper contrast.
bool looks_like_letters(const cv::Mat& grey, const cv::Rect& line) {
    cv::Mat ink;
    const cv::Mat crop = grey(line);
    const double t = cv::threshold(crop, ink, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const cv::Scalar dark = cv::mean(crop, crop <= t), light = cv::mean(crop, crop > t);
    if (light[0] - dark[0] < k_min_contrast) {
        return false;
    }
    if (cv::countNonZero(ink) * 2 > line.area()) {
        cv::bitwise_not(ink, ink);
    }
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    std::vector<cv::Rect> letters;
    for (int i = 1; i < n; ++i) {
        const cv::Rect r(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                         stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        const bool full_height = r.height >= line.height - 1; // background between lines, not a letter
        // Bold print at analysis scale often runs letters together: a mark up to four
        // letters wide still counts, as that many letters.
        if (r.height * 10 >= line.height * 4 && !full_height && r.width <= r.height * 4 &&
            r.height >= k_min_line_height / 2 && stats.at<int>(i, cv::CC_STAT_AREA) * 10 >= r.area()) {
            letters.push_back(r);
        }
    }
    if (static_cast<int>(letters.size()) < k_min_letters) {
        return false;
    }
    std::sort(letters.begin(), letters.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.height < b.height; });
    const int median = letters[letters.size() / 2].height;
    int aligned = 0, covered = 0;
    for (const auto& r : letters) {
        if (r.height * 2 >= median && r.height <= median * 2) {
            aligned += std::max(1, r.width * 10 / (r.height * 8)); // letters in a joined mark
            covered += r.width;
        }
    }
    return aligned >= k_min_letters && covered * 5 >= line.width * 2;
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

namespace {

// Candidate lines at one scale, in that scale's pixels.
void lines_at_scale(const cv::Mat& grey, double scale_back, std::vector<cv::Rect>& lines) {
    const cv::Mat edges = edge_mask(grey);
    cv::Mat joined;
    // Letters of a word are a few px apart at analysis scale: a 9x1 closing joins them into a
    // line without joining lines above each other.
    cv::morphologyEx(edges, joined, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {9, 1}));
    cv::morphologyEx(joined, joined, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {1, 3}));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(joined, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    for (const auto& contour : contours) {
        const cv::Rect r = cv::boundingRect(contour);
        if (r.height < k_min_line_height || r.height > grey.rows / 4 || r.width < r.height * 3 / 2) {
            continue;
        }
        const double fill = cv::countNonZero(joined(r)) / static_cast<double>(r.area());
        if (fill < 0.25 || !looks_like_letters(grey, r)) {
            continue;
        }
        lines.emplace_back(static_cast<int>(r.x * scale_back), static_cast<int>(r.y * scale_back),
                           static_cast<int>(r.width * scale_back), static_cast<int>(r.height * scale_back));
    }
}

// Words side by side on one line become one region, so that OCR reads "Oakham Academy" as
// one line rather than two words in some order.
std::vector<cv::Rect> merge_words(std::vector<cv::Rect> boxes) {
    bool merged = true;
    while (merged) {
        merged = false;
        for (std::size_t i = 0; i < boxes.size() && !merged; ++i) {
            for (std::size_t j = i + 1; j < boxes.size() && !merged; ++j) {
                const cv::Rect& a = boxes[i];
                const cv::Rect& b = boxes[j];
                const int overlap = std::min(a.br().y, b.br().y) - std::max(a.y, b.y);
                const int low = std::min(a.height, b.height), high = std::max(a.height, b.height);
                const int gap = std::max(a.x, b.x) - std::min(a.br().x, b.br().x);
                if (overlap * 10 >= low * 6 && high * 2 <= low * 3 && gap <= high * 3 / 2) {
                    boxes[i] = a | b;
                    boxes.erase(boxes.begin() + static_cast<std::ptrdiff_t>(j));
                    merged = true;
                }
            }
        }
    }
    return boxes;
}

} // namespace

std::vector<cv::Rect> text_regions(const cv::Mat& grey) {
    std::vector<cv::Rect> lines;
    if (grey.empty() || grey.type() != CV_8UC1) {
        return lines;
    }
    // Twice: at analysis scale for small print, and at half scale, where the letters of large
    // print (a sign across the photo) are close enough to join into lines.
    lines_at_scale(grey, 1.0, lines);
    cv::Mat half;
    cv::resize(grey, half, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    lines_at_scale(half, 2.0, lines);
    // A line seen at both scales is kept once, the larger box.
    std::sort(lines.begin(), lines.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.area() > b.area(); });
    std::vector<cv::Rect> kept;
    for (const auto& r : lines) {
        const bool seen = std::any_of(kept.begin(), kept.end(), [&](const cv::Rect& k) { return (k & r).area() * 2 > r.area(); });
        if (!seen) kept.push_back(r);
    }
    lines = merge_words(std::move(kept));
    std::sort(lines.begin(), lines.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.area() > b.area(); });
    if (lines.size() > k_max_regions) {
        lines.resize(k_max_regions);
    }
    return lines;
}

bool likely_has_text(const cv::Mat& grey) { return !text_regions(grey).empty(); }

namespace {

// Where OCR reads: the detected lines grown by one line height up and down and half a line
// sideways (so that a line the detector missed between or beside found ones, as a slanted
// sign's name, is read too), merged where they overlap, largest first.
struct Block {
    cv::Rect area;
    int line_height = 0; // the tallest detected line in it
};

std::vector<Block> text_blocks(const cv::Mat& grey) {
    auto lines = text_regions(grey);
    if (lines.size() > k_max_read_lines) {
        lines.resize(k_max_read_lines);
    }
    const cv::Rect image(0, 0, grey.cols, grey.rows);
    std::vector<Block> blocks;
    for (const auto& l : lines) {
        const int h = l.height;
        blocks.push_back({cv::Rect(l.x - h / 2, l.y - h, l.width + h, l.height + 2 * h) & image, h});
    }
    for (bool merged = true; merged;) {
        merged = false;
        for (std::size_t i = 0; i < blocks.size() && !merged; ++i) {
            for (std::size_t j = i + 1; j < blocks.size() && !merged; ++j) {
                if ((blocks[i].area & blocks[j].area).area() > 0) {
                    blocks[i] = {blocks[i].area | blocks[j].area, std::max(blocks[i].line_height, blocks[j].line_height)};
                    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(j));
                    merged = true;
                }
            }
        }
    }
    std::sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) { return a.area.y < b.area.y; });
    return blocks;
}

// Tesseract parallelises with OpenMP, whose threads would fight the scan's own workers for the
// cores (perf: a quarter of the image stage spent spinning and switching in libgomp). Setting
// OMP_THREAD_LIMIT from here is too late (the runtime reads it when it loads, before main), and
// tesseract's LSTM asks for its teams with an explicit num_threads. Allowing no active parallel
// level makes every parallel region run on the thread that meets it; the scan's workers are the
// parallelism. Looked up at run time, so that nothing here depends on which OpenMP runtime
// tesseract brought, or on one at all.
void keep_openmp_on_the_calling_thread() {
    using SetInt = void (*)(int);
    if (auto set = reinterpret_cast<SetInt>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"))) set(0);
    if (auto set = reinterpret_cast<SetInt>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"))) set(1);
}

class TesseractReader final : public TextReader {
public:
    bool init() {
        keep_openmp_on_the_calling_thread();
        if (m_api.Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) != 0) {
            return false;
        }
        m_api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
        m_api.SetVariable("user_defined_dpi", "300"); // no "estimating resolution" noise
        m_api.SetVariable("debug_file", "/dev/null");
        return true;
    }
    ~TesseractReader() override { m_api.End(); }

    std::string read(const cv::Mat& grey) override {
        std::string text;
        for (const auto& block : text_blocks(grey)) {
            std::string lines = read_block(grey, block);
            if (!lines.empty()) {
                text += lines;
                text += '\n';
            }
        }
        return text;
    }

private:
    std::string read_block(const cv::Mat& grey, const Block& block) {
        const cv::Rect padded = block.area;
        cv::Mat crop;
        const double f = std::clamp(static_cast<double>(k_ocr_line_height) / block.line_height, 0.25, 4.0);
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
