#include "audit/pipeline/scan.hpp"
#include "audit/core/parallel.hpp"
#include "audit/pipeline/finding_builder.hpp"
#include "audit/online/public_view.hpp"
#include "audit/pipeline/inputs.hpp"
#include "audit/pipeline/timings.hpp"
#include "audit/pipeline/media_stage.hpp"
#include "audit/pipeline/thumbnails.hpp"
#include <algorithm>
#include <cstdlib>
#include <exception>
#include <mutex>

namespace audit {

namespace {

Result<std::vector<const CheckInfo*>> select_checks(const ScanOptions& options) {
    for (const auto* list : {&options.only_checks, &options.skip_checks})
        for (const std::string& id : *list)
            if (!find_check(id))
                return fail("unknown check '" + id + "' (staff-audit checks lists them)");
    std::vector<const CheckInfo*> out;
    for (const CheckInfo& c : all_checks()) {
        auto listed = [&](const std::vector<std::string>& ids) {
            return std::find(ids.begin(), ids.end(), c.id) != ids.end();
        };
        if (!options.only_checks.empty() && !listed(options.only_checks)) continue;
        if (listed(options.skip_checks)) continue;
        out.push_back(&c);
    }
    return out;
}

Export import_one(DetectedExport& detected) {
    Export ex;
    ex.platform = detected.importer->platform;
    ex.format = detected.importer->format;
    ex.path = detected.view->display_name();
    try {
        detected.importer->import_export(*detected.view, ex);
    } catch (const std::exception& e) {
        ex.problems.push_back({ex.path, std::string("internal error while reading: ") + e.what()});
    }
    for (auto& [name, why] : detected.view->rejected()) ex.problems.push_back({name, why});
    return ex;
}

SourceSummary summarise(const Export& ex) {
    return SourceSummary{ex.path, ex.platform, ex.format, ex.item_count(), ex.media.size(), ex.problems};
}

void count_scanned(Coverage& coverage, const Export& ex) {
    coverage.scanned["profile_fields"] += ex.profile.size();
    coverage.scanned["posts"] += ex.posts.size();
    coverage.scanned["comments"] += ex.comments.size();
    coverage.scanned["messages"] += ex.messages.size();
    coverage.scanned["media"] += ex.media.size();
    coverage.scanned["connections"] += ex.connections.size();
    coverage.scanned["groups"] += ex.groups.size();
    coverage.scanned["searches"] += ex.searches.size();
    coverage.scanned["logins"] += ex.logins.size();
    auto missing = std::count_if(ex.media.begin(), ex.media.end(),
                                 [](const Media& m) { return m.entry.empty(); });
    if (missing > 0)
        coverage.skipped.push_back(
            {std::string(display_name(ex.platform)) + ": " + std::to_string(missing) + " of " +
                 std::to_string(ex.media.size()) + " photos and videos",
             "referenced by the export but not in it (download the export again with media, or "
             "pass every zip part)"});
    for (const Skipped& s : ex.skipped)
        coverage.skipped.push_back({std::string(display_name(ex.platform)) + ": " + s.what, s.why});
}

void note_missing_profile(Coverage& coverage, const SchoolProfile& profile) {
    if (profile.name.empty())
        coverage.skipped.push_back({"school checks", "no school profile given (--profile): the "
                                                     "school's names, rosters and hours are unknown"});
    for (RosterKind kind : {RosterKind::pupils, RosterKind::parents})
        if (!profile.roster(kind))
            coverage.skipped.push_back({std::string(to_string(kind)) + " roster",
                                        "not in the school profile: matching " +
                                            std::string(to_string(kind)) + " names was skipped"});
}

// What one check found, and what it could not check.
struct CheckOutcome {
    std::vector<DraftFinding> drafts;
    std::vector<Skipped> notes;
};

// Runs one check; a check that throws becomes a coverage note and the scan goes on.
CheckOutcome run_check(const CheckInfo& check, Facts& facts) {
    CheckOutcome out;
    CheckContext ctx(facts, out.drafts);
    try {
        check.run(ctx);
    } catch (const std::exception& e) {
        out.notes.push_back({std::string(check.id), std::string("internal error: ") + e.what()});
        out.drafts.clear();
    }
    for (const Skipped& s : ctx.not_checkable_notes())
        out.notes.push_back({std::string(check.id) + ": " + s.what, s.why});
    return out;
}

// Runs checks[i] for each i in `which` on up to `jobs` threads, each thread taking the next
// check not yet started; outcomes[i] gets its result, so the report is the same whatever --jobs.
// The text checks are independent readers of the facts: the stage uses both cores of a laptop.
class CheckRunner {
public:
    CheckRunner(const std::vector<const CheckInfo*>& checks, Facts& facts, const ScanOptions& options)
        : m_checks(checks), m_facts(facts), m_options(options), m_outcomes(checks.size()) {}

    void run(const std::vector<std::size_t>& which) {
        parallel_for(which.size(), m_options.jobs, 1, [&](std::size_t k) {
            m_outcomes[which[k]] = run_check(*m_checks[which[k]], m_facts); // never throws
            report_progress();
        });
    }

    std::vector<CheckOutcome>& outcomes() { return m_outcomes; }

private:
    void report_progress() {
        std::lock_guard lock(m_mutex);
        ++m_done;
        if (m_options.progress) m_options.progress("checking", m_done, m_checks.size());
    }

    const std::vector<const CheckInfo*>& m_checks;
    Facts& m_facts;
    const ScanOptions& m_options;
    std::vector<CheckOutcome> m_outcomes;
    std::mutex m_mutex; // m_done, progress
    std::size_t m_done = 0;
};

// Checklist answers join the export of their platform; answers for a platform not scanned are
// noted, not silently dropped.
void add_extra_settings(std::vector<Export>& exports, const ScanOptions& options, Coverage& coverage) {
    std::vector<Platform> unused;
    for (const auto& [platform, setting] : options.extra_settings) {
        bool added = false;
        for (Export& ex : exports)
            if (ex.platform == platform) {
                ex.settings.push_back(setting);
                added = true;
            }
        if (!added && std::find(unused.begin(), unused.end(), platform) == unused.end())
            unused.push_back(platform);
    }
    for (Platform p : unused)
        coverage.skipped.push_back({std::string(display_name(p)) + " checklist answers",
                                    "no " + std::string(display_name(p)) +
                                        " export was given, so they were not used"});
}

// What the import stage reads (the rest is media, looked at later): its files count progress.
bool is_document(const ViewEntry& e) {
    const std::string& name = e.name();
    for (std::string_view ext : {".json", ".html", ".htm", ".csv", ".js", ".txt"})
        if (name.ends_with(ext)) return true;
    return false;
}

// Imports every export; reading the archives and parsing them are timed apart.
std::vector<Export> import_all(std::vector<DetectedExport>& detected, const ScanOptions& options,
                               Timings& timings) {
    std::size_t total = 0, done = 0;
    for (const DetectedExport& d : detected)
        total += static_cast<std::size_t>(
            std::count_if(d.view->entries().begin(), d.view->entries().end(), is_document));
    std::vector<Export> exports;
    for (DetectedExport& d : detected) {
        if (options.progress)
            d.view->set_read_observer([&](const ViewEntry& e) {
                if (is_document(e)) options.progress("importing", std::min(++done, total), total);
            });
        const Elapsed read_before = d.view->read_time();
        const Stopwatch watch(Stopwatch::Cpu::process);
        exports.push_back(import_one(d));
        const Elapsed all = watch.elapsed();
        const Elapsed read = d.view->read_time() - read_before;
        timings.add("archive read", read);
        timings.add("parse and import", all - read);
        d.view->set_read_observer({});
    }
    return exports;
}

Elapsed total_read_time(const std::vector<DetectedExport>& detected) {
    Elapsed sum;
    for (const DetectedExport& d : detected) sum = sum + d.view->read_time();
    return sum;
}

bool has_media(const std::vector<Export>& exports) {
    return std::any_of(exports.begin(), exports.end(), [](const Export& ex) { return !ex.media.empty(); });
}

// The image stage, only when an image check is selected and there are photos: it is most of a
// large export's scan time, and its engines are loaded here, not at start-up.
std::vector<MediaFacts> analyse_media_files(std::vector<Export>& exports, const std::vector<DetectedExport>& detected,
                                            const std::vector<const CheckInfo*>& checks, const SchoolProfile& profile,
                                            const ScanOptions& options, Timings& timings,
                                            std::vector<Skipped>& notes) {
    std::vector<std::string_view> ids;
    for (const CheckInfo* c : checks) ids.push_back(c->id);
    const bool wanted = std::any_of(ids.begin(), ids.end(), [](std::string_view id) { return id.starts_with("image."); });
    if (!wanted || !has_media(exports)) return {};
    const Stopwatch watch(Stopwatch::Cpu::process);
    auto engine = media_engine();
    if (!engine) {
        notes.push_back({"photos and videos", "not analysed: " + engine.error().message});
        return {};
    }
    const Elapsed reads_before = total_read_time(detected);
    const MediaStageOptions media{options.jobs, media_needs(ids, profile), options.progress};
    std::vector<MediaFacts> facts = run_media_stage(exports, detected, profile, **engine, media, notes);
    add_media_timings(timings, watch.elapsed(), total_read_time(detected) - reads_before, facts);
    return facts;
}

// Image checks are timed apart from the text checks (their media facts are a stage of their own).
std::string_view check_stage(const CheckInfo& check) {
    return check.id.starts_with("image.") ? "image checks" : "text checks";
}

} // namespace

Result<Report> run_scan(const ScanOptions& options, const SchoolProfile& profile,
                        const PolicyPack& policy) {
    Timings timings(options.timings);
    StageTimer open_timer(timings, "archive open");
    auto checks = select_checks(options);
    if (!checks) return tl::unexpected(checks.error());
    auto detected = open_exports(options.inputs);
    if (!detected) return tl::unexpected(detected.error());
    open_timer.stop();

    Report report;
    report.tool_version = SA_VERSION;
    report.generated_at = options.generated_at;
    report.school = profile.name;
    report.policy = policy.name;
    report.policy_title = policy.title;
    report.names_masked = !options.show_names;

    std::vector<Export> exports = import_all(*detected, options, timings);
    add_extra_settings(exports, options, report.coverage);
    std::vector<Skipped> media_notes;
    std::vector<MediaFacts> media_facts = analyse_media_files(exports, *detected, *checks, profile, options,
                                                              timings, media_notes);
    for (const Export& ex : exports) {
        report.sources.push_back(summarise(ex));
        count_scanned(report.coverage, ex);
    }
    note_missing_profile(report.coverage, profile);

    for (const Skipped& s : media_notes) report.coverage.skipped.push_back(s);
    Facts facts(exports, profile, options.jobs);
    facts.set_media_facts(std::move(media_facts));
    const bool public_view_selected = std::any_of(checks->begin(), checks->end(), [](const CheckInfo* c) {
        return c->id == "privacy.public-view";
    });
    if (options.online && public_view_selected) {
        // The only network use: once, before the checks, and only when the user asked.
        StageTimer online_timer(timings, "online");
        auto online = online_config(std::getenv(k_online_base_variable));
        if (!online) return tl::unexpected(online.error());
        facts.set_public_views(fetch_public_views(exports, *online));
    }
    Masker masker(profile);
    FindingBuilder builder(policy, masker, options.show_names);
    // Text checks, then image checks, each timed as one stage (its CPU shows both cores busy).
    CheckRunner runner(*checks, facts, options);
    for (std::string_view stage : {"text checks", "image checks"}) {
        std::vector<std::size_t> which;
        for (std::size_t i = 0; i < checks->size(); ++i)
            if (check_stage(*(*checks)[i]) == stage) which.push_back(i);
        StageTimer timer(timings, std::string(stage));
        runner.run(which);
    }
    StageTimer report_timer(timings, "report");
    for (std::size_t i = 0; i < checks->size(); ++i) {
        CheckOutcome& outcome = runner.outcomes()[i];
        for (Skipped& note : outcome.notes) report.coverage.skipped.push_back(std::move(note));
        for (const DraftFinding& draft : outcome.drafts) report.findings.push_back(builder.build(*(*checks)[i], draft));
    }
    order_findings(report.findings);
    if (options.thumbnails) {
        if (auto engine = media_engine()) add_thumbnails(report, exports, *detected, **engine, *options.thumbnails);
        else report.coverage.skipped.push_back({"thumbnails", "not made: " + engine.error().message});
    }
    report_timer.stop();
    report.timings = timings.stages();
    if (options.timings) report.peak_rss_kb = peak_rss_kb();
    return report;
}

} // namespace audit
