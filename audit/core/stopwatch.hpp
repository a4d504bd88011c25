#pragma once
// Wall and CPU time of a piece of work, for --timings. Header-only so that every area (the
// archive's reads, the pipeline's stages, the media workers) measures the same way.
#include <chrono>
#include <ctime>

namespace audit {

struct Elapsed {
    double wall_s = 0;
    double cpu_s = 0;
};

inline Elapsed operator+(Elapsed a, Elapsed b) { return {a.wall_s + b.wall_s, a.cpu_s + b.cpu_s}; }
inline Elapsed operator-(Elapsed a, Elapsed b) { return {a.wall_s - b.wall_s, a.cpu_s - b.cpu_s}; }

class Stopwatch {
public:
    // Thread CPU time suits work done on one thread (a read, a worker's photo); process CPU
    // time suits a stage that may fan out to worker threads (it then exceeds the wall time).
    enum class Cpu { thread, process };

    explicit Stopwatch(Cpu cpu = Cpu::thread)
        : m_clock(cpu == Cpu::thread ? CLOCK_THREAD_CPUTIME_ID : CLOCK_PROCESS_CPUTIME_ID),
          m_wall(std::chrono::steady_clock::now()), m_cpu(cpu_now(m_clock)) {}

    Elapsed elapsed() const {
        const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - m_wall;
        return {wall.count(), cpu_now(m_clock) - m_cpu};
    }

private:
    static double cpu_now(clockid_t clock) {
        timespec ts{};
        clock_gettime(clock, &ts);
        return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
    }

    clockid_t m_clock;
    std::chrono::steady_clock::time_point m_wall;
    double m_cpu;
};

} // namespace audit
