#pragma once
// --timings: wall and CPU time per stage of a scan, and the peak memory. A stage timed several
// times (one per export, one per media kind) adds up under one name, in first-seen order.
// Safe to add to from worker threads.
#include "audit/core/stopwatch.hpp"
#include "reports/report.hpp"
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

class Timings {
public:
    explicit Timings(bool enabled) : m_enabled(enabled) {}
    bool enabled() const { return m_enabled; }
    // Adds to `stage` (nothing when disabled). Negative amounts (a subtraction that clock
    // granularity made slightly too large) count as zero.
    void add(std::string_view stage, Elapsed spent);
    void subtract(std::string_view stage, Elapsed spent) { add(stage, {-spent.wall_s, -spent.cpu_s}); }
    std::vector<Report::StageTiming> stages() const;

private:
    bool m_enabled;
    mutable std::mutex m_mutex;
    std::vector<Report::StageTiming> m_stages;
};

// Times one stage from construction to stop() or destruction. Uses process CPU time, so a
// stage that runs worker threads reports their CPU too (CPU above wall = cores kept busy).
class StageTimer {
public:
    StageTimer(Timings& timings, std::string stage) : m_timings(timings), m_stage(std::move(stage)) {}
    ~StageTimer() { stop(); }
    StageTimer(const StageTimer&) = delete;
    StageTimer& operator=(const StageTimer&) = delete;
    void stop();

private:
    Timings& m_timings;
    std::string m_stage;
    Stopwatch m_watch{Stopwatch::Cpu::process};
    bool m_stopped = false;
};

// The process's peak resident memory so far (getrusage ru_maxrss), in KiB.
std::size_t peak_rss_kb();

// "stage  wall 1.234 s  cpu 1.200 s" lines and the peak memory, for stderr.
std::string format_timings(const std::vector<Report::StageTiming>& stages, std::size_t peak_kb);

} // namespace audit
