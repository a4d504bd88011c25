#include "audit/cli/progress.hpp"
#include "audit/cli/terminal.hpp"
#include <algorithm>
#include <cmath>

namespace audit {

namespace {

constexpr auto k_redraw_every = std::chrono::milliseconds(100);

std::string clock_text(double seconds) {
    const long s = std::lround(std::max(0.0, seconds));
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

std::string rate_text(double per_second) {
    char buf[32];
    std::snprintf(buf, sizeof buf, per_second >= 10 ? "%.0f/s" : "%.1f/s", per_second);
    return buf;
}

} // namespace

std::string render_progress(std::string_view stage, std::size_t done, std::size_t total,
                            double elapsed_s, std::size_t width) {
    done = std::min(done, total);
    std::string tail = " " + std::to_string(done) + "/" + std::to_string(total);
    // A rate needs a little history; before that it would only flicker.
    if (done > 0 && elapsed_s >= 0.2) {
        const double rate = static_cast<double>(done) / elapsed_s;
        tail += " " + rate_text(rate);
        if (done < total) tail += " ETA " + clock_text(static_cast<double>(total - done) / rate);
    }
    std::string line(stage);
    const std::size_t fixed = line.size() + tail.size() + 3; // " [" and "]"
    if (total > 0 && width > fixed + 10) {
        const std::size_t bar = std::min<std::size_t>(width - fixed, 40);
        const std::size_t filled = bar * done / total;
        line += " [" + std::string(filled, '#') + std::string(bar - filled, '.') + "]";
    }
    line += tail;
    if (line.size() > width) line.resize(width);
    return line;
}

ProgressBar::ProgressBar(std::FILE* stream, bool enabled)
    : m_stream(stream), m_active(enabled && is_terminal(stream)) {
    if (m_active) m_width = static_cast<std::size_t>(std::max(terminal_style(stream).width, 20));
}

ProgressBar::~ProgressBar() { clear(); }

void ProgressBar::update(std::string_view stage, std::size_t done, std::size_t total) {
    if (!m_active) return;
    std::lock_guard lock(m_mutex);
    const Clock::time_point now = Clock::now();
    const bool new_stage = stage != m_stage;
    if (new_stage) {
        m_stage = std::string(stage);
        m_stage_start = now;
    }
    if (!new_stage && done < total && m_drawn && now - m_last_draw < k_redraw_every) return;
    const std::chrono::duration<double> elapsed = now - m_stage_start;
    // One column short of the width, so the cursor never wraps to a new line.
    const std::string line = render_progress(stage, done, total, elapsed.count(), m_width - 1);
    std::fprintf(m_stream, "\r\033[K%s", line.c_str());
    std::fflush(m_stream);
    m_last_draw = now;
    m_drawn = true;
}

void ProgressBar::clear() {
    if (!m_active) return;
    std::lock_guard lock(m_mutex);
    if (!m_drawn) return;
    std::fprintf(m_stream, "\r\033[K");
    std::fflush(m_stream);
    m_drawn = false;
}

std::function<void(std::string_view, std::size_t, std::size_t)> ProgressBar::callback() {
    if (!m_active) return {};
    return [this](std::string_view stage, std::size_t done, std::size_t total) {
        update(stage, done, total);
    };
}

} // namespace audit
