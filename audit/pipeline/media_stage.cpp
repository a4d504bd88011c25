#include "audit/pipeline/media_stage.hpp"
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace audit {

namespace {

struct Job {
    std::size_t index = 0;
    const Export* source = nullptr;
    const Media* media = nullptr;
    std::optional<std::string> bytes; // nullopt: not in the export
    std::string read_error;
};

// A bounded queue: the reader waits when `capacity` files are in memory, unanalysed.
class JobQueue {
public:
    explicit JobQueue(std::size_t capacity) : m_capacity(capacity) {}
    void push(Job job) {
        std::unique_lock lock(m_mutex);
        m_not_full.wait(lock, [&] { return m_jobs.size() < m_capacity; });
        m_jobs.push_back(std::move(job));
        m_not_empty.notify_one();
    }
    void close() {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_not_empty.notify_all();
    }
    std::optional<Job> pop() {
        std::unique_lock lock(m_mutex);
        m_not_empty.wait(lock, [&] { return !m_jobs.empty() || m_closed; });
        if (m_jobs.empty()) return std::nullopt;
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_not_full.notify_one();
        return job;
    }

private:
    std::size_t m_capacity;
    std::deque<Job> m_jobs;
    bool m_closed = false;
    std::mutex m_mutex;
    std::condition_variable m_not_empty, m_not_full;
};

struct Shared {
    const MediaStageOptions& options;
    MediaAnalysis& analysis;
    std::vector<MediaFacts>& results;
    std::size_t total = 0;
    std::size_t done = 0;
    std::mutex mutex; // done, progress
};

void work(JobQueue& queue, Shared& shared) {
    const std::unique_ptr<MediaWorker> worker = shared.analysis.worker(); // this thread's engines
    while (auto job = queue.pop()) {
        std::optional<std::string_view> bytes;
        if (job->bytes) bytes = *job->bytes;
        MediaFacts facts = worker->analyse(*job->source, *job->media, bytes);
        if (!job->read_error.empty()) facts.problem = job->read_error; // why it is not there
        job->bytes.reset(); // the file leaves memory as soon as it is analysed
        std::lock_guard lock(shared.mutex);
        shared.results[job->index] = std::move(facts);
        ++shared.done;
        if (shared.options.progress) shared.options.progress("photos", shared.done, shared.total);
    }
}

// Reads every media file once, in order, and hands it to the workers.
void read_all(std::vector<Export>& exports, const std::vector<DetectedExport>& detected, JobQueue& queue) {
    std::size_t index = 0;
    for (std::size_t e = 0; e < exports.size(); ++e)
        for (const Media& m : exports[e].media) {
            Job job{index++, &exports[e], &m, std::nullopt, {}};
            if (!m.entry.empty() && e < detected.size() && detected[e].view) {
                auto bytes = read_media_file(*detected[e].view, m.entry);
                if (bytes) job.bytes = std::move(*bytes);
                else job.read_error = bytes.error().message;
            }
            queue.push(std::move(job));
        }
    queue.close();
}

void record_problems(std::vector<Export>& exports, const std::vector<MediaFacts>& results) {
    for (const MediaFacts& f : results) {
        if (f.problem.empty() || f.media->entry.empty()) continue;
        auto& ex = exports[static_cast<std::size_t>(f.source - exports.data())];
        ex.problems.push_back({f.media->entry, f.problem});
    }
}

} // namespace

void add_media_timings(Timings& timings, Elapsed spent, Elapsed reads, const std::vector<MediaFacts>& results) {
    constexpr std::pair<const char*, double MediaCost::*> k_kinds[] = {
        {"media: metadata", &MediaCost::metadata}, {"media: decode photos", &MediaCost::decode_photo},
        {"media: decode videos", &MediaCost::decode_video}, {"media: faces", &MediaCost::faces},
        {"media: logos", &MediaCost::logos}, {"media: text and OCR", &MediaCost::text}};
    const double wall_per_cpu = spent.cpu_s > 0 ? spent.wall_s / spent.cpu_s : 0;
    Elapsed rest = spent;
    auto add = [&](const char* name, double cpu) {
        if (cpu <= 0) return;
        const Elapsed kind{cpu * wall_per_cpu, cpu};
        timings.add(name, kind);
        rest = rest - kind;
    };
    add("media: archive reads", reads.cpu_s);
    for (const auto& [name, field] : k_kinds) {
        double cpu = 0;
        for (const MediaFacts& f : results) cpu += f.cost.*field;
        add(name, cpu);
    }
    timings.add("media: other", rest); // loading the engines, the queue, threads starting
}

MediaNeeds media_needs(const std::vector<std::string_view>& ids, const SchoolProfile& profile) {
    auto has = [&](std::string_view id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
    MediaNeeds needs;
    needs.faces = has("image.pupils");
    needs.logos = (has("image.logo") || has("image.pupils")) && !profile.logos.empty();
    needs.text = has("image.school-text") || has("image.pupils");
    needs.pixels = needs.faces || needs.logos || needs.text;
    return needs;
}

std::vector<MediaFacts> run_media_stage(std::vector<Export>& exports,
                                        const std::vector<DetectedExport>& detected,
                                        const SchoolProfile& profile, MediaEngine& engine,
                                        const MediaStageOptions& options, std::vector<Skipped>& notes) {
    std::size_t total = 0;
    for (const Export& ex : exports) total += ex.media.size();
    std::vector<MediaFacts> results(total);
    if (total == 0) return results;
    std::vector<std::string> logo_paths;
    for (const auto& p : profile.logos) logo_paths.push_back(p.string());
    const std::unique_ptr<MediaAnalysis> analysis = engine.prepare(options.needs, logo_paths, notes);
    Shared shared{options, *analysis, results, total, 0, {}};
    const unsigned jobs = std::max(1u, options.jobs);
    JobQueue queue(2 * jobs);
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs; ++i) workers.emplace_back([&] { work(queue, shared); });
    try {
        read_all(exports, detected, queue);
    } catch (...) {
        queue.close(); // let the workers finish before the error leaves the stage
        for (std::thread& t : workers) t.join();
        throw;
    }
    for (std::thread& t : workers) t.join();
    record_problems(exports, results);
    return results;
}

} // namespace audit
