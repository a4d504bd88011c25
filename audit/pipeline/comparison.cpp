#include "audit/pipeline/comparison.hpp"
#include "audit/profile/profile_values.hpp"
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace audit {

namespace {

using Json = nlohmann::json;

constexpr std::size_t k_max_report_bytes = 256 * 1024 * 1024;

std::string text_at(const Json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Location location_from(const Json& j) {
    if (!j.is_object()) return {};
    return Location{text_at(j, "file"), text_at(j, "item"), text_at(j, "media"), text_at(j, "url")};
}

// The fields a person needs to recognise a finding in the "fixed" list; the rest is not kept.
Result<Finding> finding_from(const Json& j, const std::string& where) {
    if (!j.is_object()) return fail(where + " is not an object");
    Finding f;
    f.id = text_at(j, "id");
    if (f.id.empty()) return fail(where + " has no \"id\"");
    f.check = text_at(j, "check");
    f.title = text_at(j, "title");
    f.severity = parse_severity(text_at(j, "severity")).value_or(Severity::review);
    if (auto it = j.find("confidence"); it != j.end() && it->is_number())
        f.confidence = it->get<double>();
    f.platform = parse_platform(text_at(j, "platform")).value_or(Platform::facebook);
    if (auto it = j.find("location"); it != j.end()) f.location = location_from(*it);
    f.evidence = text_at(j, "evidence");
    f.status = text_at(j, "status");
    f.accepted_reason = text_at(j, "accepted_reason");
    f.accepted_until = text_at(j, "accepted_until");
    return f;
}

Result<std::vector<Finding>> findings_from(const Json& list, const std::string& where) {
    std::vector<Finding> out;
    if (!list.is_array()) return fail(where + " is not a list");
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto f = finding_from(list[i], where + " entry " + std::to_string(i + 1));
        if (!f) return tl::unexpected(f.error());
        out.push_back(std::move(*f));
    }
    return out;
}

} // namespace

Result<PreviousReport> parse_previous_report(std::string_view json_text,
                                             const std::string& origin) {
    Json root = Json::parse(json_text, nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return fail(origin + ": not a JSON report (give the .json file of last year's report)");
    auto version = root.find("schema_version");
    if (version == root.end() || !version->is_number_integer() || version->get<int>() != 1)
        return fail(origin + ": not a staff-audit JSON report with schema_version 1");
    PreviousReport previous;
    previous.generated_at = text_at(root, "generated_at");
    auto findings = root.find("findings");
    if (findings == root.end()) return fail(origin + ": has no \"findings\" list");
    auto found = findings_from(*findings, origin + ": findings");
    if (!found) return tl::unexpected(found.error());
    previous.findings = std::move(*found);
    if (auto c = root.find("comparison"); c != root.end() && c->is_object())
        if (auto fixed = c->find("fixed"); fixed != c->end()) {
            auto list = findings_from(*fixed, origin + ": comparison.fixed");
            if (!list) return tl::unexpected(list.error());
            previous.fixed = std::move(*list);
        }
    return previous;
}

Result<PreviousReport> load_previous_report(const std::filesystem::path& file) {
    auto text = profile::read_small_file(file, k_max_report_bytes);
    if (!text) return tl::unexpected(text.error());
    return parse_previous_report(*text, file.string());
}

void compare_with_previous(Report& report, const PreviousReport& previous) {
    std::unordered_set<std::string> before, fixed_before, now;
    for (const Finding& f : previous.findings)
        before.insert(f.id);
    for (const Finding& f : previous.fixed)
        fixed_before.insert(f.id);
    for (Finding& f : report.findings) {
        now.insert(f.id);
        if (f.status != "new") continue; // accepted, or an expired acceptance (reappeared)
        if (before.count(f.id))
            f.status = "persisting";
        else if (fixed_before.count(f.id))
            f.status = "reappeared";
    }
    Comparison comparison{previous.generated_at, {}};
    for (const Finding& f : previous.findings)
        if (!now.count(f.id)) comparison.fixed.push_back(f);
    report.previous = std::move(comparison);
}

} // namespace audit
