#pragma once
// The report every writer renders: what was scanned, what was found, what could not be checked.
// Built by the pipeline; writers only format it. Field meanings follow CONTRACTS.md.
#include "audit/core/platform.hpp"
#include "audit/core/severity.hpp"
#include "audit/model/export.hpp"
#include "audit/policy/policy.hpp"
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace audit {

struct Location {
    std::string file;
    std::string item;
    std::string media;
    std::string url;
};

// One item covered by a pattern finding (e.g. one of 41 posts in school hours).
struct Instance {
    Location location;
    std::string evidence;
    std::string thumbnail = {}; // --thumbnails: a data: image of location.media (HTML report only)
};

struct Finding {
    std::string id; // "f-" + 16 hex digits, stable across runs
    std::string check;
    std::string title; // the check's title, for people
    Severity severity = Severity::review;
    double confidence = 0;
    Platform platform = Platform::facebook;
    Location location;
    std::string evidence;
    std::vector<std::string> signals;
    std::vector<Clause> clauses;
    bool borrowed_clauses = false; // cited from another policy: the chosen one has no clause
    std::vector<std::string> remediation;
    std::string status = "new"; // new | persisting | reappeared | accepted
    // With status "accepted" (a baseline entry matched): why, and until when (YYYY-MM-DD).
    std::string accepted_reason;
    std::string accepted_until;
    std::vector<Instance> instances;
    std::string thumbnail = {}; // --thumbnails: a data: image of location.media (HTML report only)
};

// The comparison with last year's report (--previous REPORT.json).
struct Comparison {
    std::string previous_generated_at; // when the previous report was made
    std::vector<Finding> fixed;        // in the previous report, not found now
};

struct SourceSummary {
    std::string path;
    Platform platform = Platform::facebook;
    Format format = Format::json;
    std::size_t items = 0;
    std::size_t media = 0;
    std::vector<Problem> problems;
};

struct Coverage {
    std::map<std::string, std::size_t> scanned; // posts, comments, messages, media, connections, …
    std::vector<Skipped> skipped;
};

struct Report {
    std::string tool_name = "staff-audit";
    std::string tool_version;
    std::string generated_at; // ISO-8601 UTC; injected so that tests are deterministic
    std::string school;
    std::string policy;
    std::string policy_title;
    std::vector<SourceSummary> sources;
    std::vector<Finding> findings; // sorted: severity, check, platform, item, id
    Coverage coverage;
    bool names_masked = true;
    bool redacted = false; // --redact: all personal evidence masked (trainer mode)
    // --thumbnails: "blurred" or "sharp" when findings carry pictures of their photos; empty
    // when the report holds no picture (the default).
    std::string thumbnails;
    std::optional<Comparison> previous; // with --previous
    // Per-stage wall/CPU time and peak memory (--timings), in the JSON report's coverage.
    struct StageTiming {
        std::string stage;
        double wall_s = 0;
        double cpu_s = 0;
    };
    std::vector<StageTiming> timings;
    std::size_t peak_rss_kb = 0;

    std::map<Severity, std::size_t> count_by_severity() const;
    std::map<std::string, std::size_t> count_by_check() const;
};

} // namespace audit
