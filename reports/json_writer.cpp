// The JSON report, schema_version 1 (CONTRACTS.md). Scripts read it, so keys, nesting, order and
// value types follow the contract exactly; extensions ("title", clause "borrowed",
// "names_masked", "accepted_reason"/"accepted_until", "redacted", "comparison") are only ever
// added, after the contract's keys.
#include "reports/format_util.hpp"
#include "reports/writer.hpp"
#include <nlohmann/json.hpp>

namespace audit {

namespace {

using Json = nlohmann::ordered_json;

constexpr int k_schema_version = 1;

// An object with room for `keys` members. ordered_json keeps members in a vector of
// pair<const string, json>, which cannot be moved, so every growth of it deep-copies the members
// already there (and all they hold): 30 % of writing a report of 9,000 findings, before this.
Json object_with_room(std::size_t keys) {
    Json j = Json::object();
    j.get_ref<Json::object_t&>().reserve(keys);
    return j;
}

Json location_json(const Location& location, std::size_t more_keys = 0) {
    Json j = object_with_room(4 + more_keys);
    j["file"] = location.file;
    j["item"] = location.item;
    if (!location.media.empty()) j["media"] = location.media;
    if (!location.url.empty()) j["url"] = location.url;
    return j;
}

Json problems_json(const std::vector<Problem>& problems) {
    Json list = Json::array();
    for (const Problem& p : problems)
        list.push_back(Json{{"file", p.file}, {"message", p.message}});
    return list;
}

Json sources_json(const std::vector<SourceSummary>& sources) {
    Json list = Json::array();
    for (const SourceSummary& s : sources) {
        Json j = object_with_room(6);
        j["path"] = s.path;
        j["platform"] = to_string(s.platform);
        j["format"] = to_string(s.format);
        j["items"] = s.items;
        j["media"] = s.media;
        j["problems"] = problems_json(s.problems);
        list.push_back(std::move(j));
    }
    return list;
}

Json clauses_json(const Finding& finding) {
    Json list = Json::array();
    for (const Clause& c : finding.clauses) {
        Json j = object_with_room(4);
        j["policy"] = c.policy;
        j["ref"] = c.ref;
        j["text"] = c.text;
        if (finding.borrowed_clauses) j["borrowed"] = true;
        list.push_back(std::move(j));
    }
    return list;
}

Json instances_json(const std::vector<Instance>& instances) {
    Json list = Json::array();
    for (const Instance& instance : instances) {
        Json j = location_json(instance.location, 1);
        j["evidence"] = instance.evidence;
        list.push_back(std::move(j));
    }
    return list;
}

Json finding_json(const Finding& f) {
    Json j = object_with_room(15);
    j["id"] = f.id;
    j["check"] = f.check;
    j["severity"] = to_string(f.severity);
    j["confidence"] = rounded_confidence(f.confidence);
    j["platform"] = to_string(f.platform);
    j["location"] = location_json(f.location);
    j["evidence"] = f.evidence;
    j["signals"] = f.signals;
    j["clauses"] = clauses_json(f);
    j["remediation"] = f.remediation;
    j["status"] = f.status;
    j["instances"] = instances_json(f.instances);
    if (!f.title.empty()) j["title"] = f.title;
    if (f.status == "accepted") {
        j["accepted_reason"] = f.accepted_reason;
        j["accepted_until"] = f.accepted_until;
    }
    return j;
}

// With --previous: when the previous report was made, the summary sentence and what was fixed
// since (read back by next year's --previous, so a fixed finding that returns is "reappeared").
Json comparison_json(const Report& report) {
    Json fixed = Json::array();
    for (const Finding& f : report.previous->fixed)
        fixed.push_back(finding_json(f));
    Json j = Json::object();
    j["previous_generated_at"] = report.previous->previous_generated_at;
    j["summary"] = comparison_summary(report);
    j["fixed"] = std::move(fixed);
    return j;
}

Json coverage_json(const Coverage& coverage) {
    Json scanned = Json::object();
    for (const auto& [kind, n] : scanned_counts(coverage))
        scanned[kind] = n;
    Json skipped = Json::array();
    for (const Skipped& s : coverage.skipped)
        skipped.push_back(Json{{"what", s.what}, {"why", s.why}});
    return Json{{"scanned", std::move(scanned)}, {"skipped", std::move(skipped)}};
}

// Only with --timings, so that reports stay byte-identical between runs without it.
Json timings_json(const Report& report) {
    Json stages = Json::array();
    for (const Report::StageTiming& t : report.timings)
        stages.push_back(Json{{"stage", t.stage}, {"wall_s", t.wall_s}, {"cpu_s", t.cpu_s}});
    return Json{{"stages", std::move(stages)}, {"peak_rss_kb", report.peak_rss_kb}};
}

Json summary_json(const Report& report) {
    // std::map keeps Severity in enum order, which is the contract's order.
    Json by_severity = Json::object();
    for (const auto& [severity, n] : report.count_by_severity())
        by_severity[std::string(to_string(severity))] = n;
    Json by_check = Json::object();
    for (const auto& [check, n] : report.count_by_check())
        by_check[check] = n;
    return Json{{"by_severity", std::move(by_severity)}, {"by_check", std::move(by_check)}};
}

Json report_json(const Report& report) {
    Json j = object_with_room(12);
    j["schema_version"] = k_schema_version;
    j["tool"] = Json{{"name", report.tool_name}, {"version", report.tool_version}};
    j["generated_at"] = report.generated_at;
    j["profile"] = Json{{"school", report.school}, {"policy", report.policy}};
    j["sources"] = sources_json(report.sources);
    Json findings = Json::array();
    for (const Finding& f : report.findings)
        findings.push_back(finding_json(f));
    j["findings"] = std::move(findings);
    j["coverage"] = coverage_json(report.coverage);
    if (!report.timings.empty()) j["coverage"]["timings"] = timings_json(report);
    j["summary"] = summary_json(report);
    j["names_masked"] = report.names_masked;
    if (report.redacted) j["redacted"] = true;
    if (report.previous) j["comparison"] = comparison_json(report);
    return j;
}

void write_json(const Report& report, std::ostream& out, const TerminalStyle& /*style*/) {
    // Invalid UTF-8 from an export becomes U+FFFD instead of throwing halfway through a report.
    out << report_json(report).dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

} // namespace

extern const Writer json_writer{"json", ".json", &write_json};

} // namespace audit
