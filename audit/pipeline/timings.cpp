#include "audit/pipeline/timings.hpp"
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace audit {

void Timings::add(std::string_view stage, Elapsed spent) {
    if (!m_enabled) return;
    std::lock_guard lock(m_mutex);
    auto it = std::find_if(m_stages.begin(), m_stages.end(),
                           [&](const Report::StageTiming& s) { return s.stage == stage; });
    if (it == m_stages.end()) it = m_stages.insert(m_stages.end(), {std::string(stage), 0, 0});
    it->wall_s = std::max(0.0, it->wall_s + spent.wall_s);
    it->cpu_s = std::max(0.0, it->cpu_s + spent.cpu_s);
}

std::vector<Report::StageTiming> Timings::stages() const {
    std::lock_guard lock(m_mutex);
    return m_stages;
}

void StageTimer::stop() {
    if (m_stopped) return;
    m_stopped = true;
    m_timings.add(m_stage, m_watch.elapsed());
}

std::size_t peak_rss_kb() {
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
    return static_cast<std::size_t>(usage.ru_maxrss); // Linux reports KiB
}

std::string format_timings(const std::vector<Report::StageTiming>& stages, std::size_t peak_kb) {
    std::string out = "timings (wall, cpu):\n";
    char line[160];
    double wall = 0, cpu = 0;
    for (const Report::StageTiming& s : stages) {
        std::snprintf(line, sizeof line, "  %-24s %9.3f s %9.3f s\n", s.stage.c_str(), s.wall_s, s.cpu_s);
        out += line;
        wall += s.wall_s;
        cpu += s.cpu_s;
    }
    std::snprintf(line, sizeof line, "  %-24s %9.3f s %9.3f s\n  peak memory %.1f MB\n", "total",
                  wall, cpu, static_cast<double>(peak_kb) / 1024.0);
    return out + line;
}

} // namespace audit
