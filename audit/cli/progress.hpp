#pragma once
// The progress line on stderr while a scan runs: stage, counts, rate and time left. Drawn only
// when stderr is a terminal and the user did not ask for --quiet; pipes and logs get nothing.
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

namespace audit {

// One line of progress, at most `width` columns: "checking [#####.....] 12/26 4.1/s ETA 0:03".
// `elapsed_s` is the time since the stage began; rate and ETA are left out until it is known.
std::string render_progress(std::string_view stage, std::size_t done, std::size_t total,
                            double elapsed_s, std::size_t width);

class ProgressBar {
public:
    // Draws on `stream` when `enabled` and the stream is a terminal; otherwise does nothing.
    ProgressBar(std::FILE* stream, bool enabled);
    // Clears the line, so the summary that follows starts on a clean line.
    ~ProgressBar();
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    bool active() const { return m_active; }
    // Safe from several threads (the media workers report too). Redraws at most every 100 ms,
    // and always when the stage changes or completes.
    void update(std::string_view stage, std::size_t done, std::size_t total);
    void clear();
    // For ScanOptions::progress; empty when inactive, so the scan skips the calls.
    std::function<void(std::string_view, std::size_t, std::size_t)> callback();

private:
    using Clock = std::chrono::steady_clock;
    std::FILE* m_stream;
    bool m_active;
    std::size_t m_width = 80;
    std::mutex m_mutex;
    std::string m_stage;
    Clock::time_point m_stage_start;
    Clock::time_point m_last_draw;
    bool m_drawn = false;
};

} // namespace audit
