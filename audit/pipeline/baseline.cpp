#include "audit/pipeline/baseline.hpp"
#include "audit/pipeline/toml_text.hpp"
#include "audit/profile/profile_values.hpp"
#include <algorithm>
#include <sstream>
#include <toml++/toml.h>

namespace audit {

namespace {

constexpr std::size_t k_max_baseline_bytes = 4 * 1024 * 1024;

std::string text_of(const toml::table& t, std::string_view key) {
    return t[key].value_or(std::string());
}

bool valid_id(std::string_view id) {
    return id.size() > 2 && id.starts_with("f-") &&
           std::all_of(id.begin() + 2, id.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '-';
           });
}

} // namespace

const BaselineEntry* Baseline::find(std::string_view id) const {
    for (const BaselineEntry& e : entries)
        if (e.id == id) return &e;
    return nullptr;
}

Result<Baseline> parse_baseline(std::string_view toml_text, const std::string& origin) {
    toml::table root;
    try {
        root = toml::parse(toml_text, origin);
    } catch (const toml::parse_error& e) {
        return fail(origin + ":" + std::to_string(e.source().begin.line) +
                    ": not valid TOML: " + std::string(e.description()));
    }
    Baseline baseline;
    const toml::array* list = root["accepted"].as_array();
    if (!list) return baseline; // an empty baseline
    std::size_t n = 0;
    for (const toml::node& node : *list) {
        ++n;
        const std::string where = origin + ": accepted entry " + std::to_string(n);
        const toml::table* t = node.as_table();
        if (!t) return fail(where + " is not a table ([[accepted]])");
        BaselineEntry e{text_of(*t, "id"),       text_of(*t, "reason"),  text_of(*t, "until"),
                        text_of(*t, "accepted"), text_of(*t, "check"),   text_of(*t, "platform"),
                        text_of(*t, "item"),     text_of(*t, "evidence")};
        if (!valid_id(e.id)) return fail(where + ": 'id' must be a finding id like \"f-3b9c…\"");
        if (!profile::parse_iso_date(e.until))
            return fail(where + " (" + e.id + "): 'until' must be a date written YYYY-MM-DD");
        baseline.entries.push_back(std::move(e));
    }
    return baseline;
}

Result<Baseline> load_baseline(const std::filesystem::path& file) {
    auto text = profile::read_small_file(file, k_max_baseline_bytes);
    if (!text) return tl::unexpected(text.error());
    return parse_baseline(*text, file.string());
}

std::string baseline_toml(const Baseline& baseline) {
    std::ostringstream out;
    out << "# staff-audit baseline: findings you have accepted (staff-audit accept).\n"
           "# Each stays out of the problems list until its 'until' date; see "
           "docs/annual-check.md.\n";
    for (const BaselineEntry& e : baseline.entries) {
        out << "\n[[accepted]]\n";
        out << "id = " << toml_string(e.id) << "\n";
        out << "reason = " << toml_string(e.reason) << "\n";
        out << "until = " << toml_string(e.until) << "\n";
        if (!e.accepted.empty()) out << "accepted = " << toml_string(e.accepted) << "\n";
        for (auto [key, value] : {std::pair<std::string_view, const std::string&>{"check", e.check},
                                  {"platform", e.platform},
                                  {"item", e.item},
                                  {"evidence", e.evidence}})
            if (!value.empty()) out << key << " = " << toml_string(value) << "\n";
    }
    return out.str();
}

void add_entry(Baseline& baseline, BaselineEntry entry) {
    auto same = [&](const BaselineEntry& e) { return e.id == entry.id; };
    auto it = std::find_if(baseline.entries.begin(), baseline.entries.end(), same);
    if (it != baseline.entries.end())
        *it = std::move(entry);
    else
        baseline.entries.push_back(std::move(entry));
}

void apply_baseline(Report& report, const Baseline& baseline, std::string_view today) {
    for (Finding& f : report.findings) {
        const BaselineEntry* e = baseline.find(f.id);
        if (!e) continue;
        if (e->until >= today) { // ISO dates compare as text
            f.status = "accepted";
            f.accepted_reason = e->reason;
            f.accepted_until = e->until;
        } else {
            f.status = "reappeared";
        }
    }
}

std::string one_year_after(std::string_view date) {
    if (date.size() < 10) return std::string(date);
    int year = std::stoi(std::string(date.substr(0, 4)));
    std::string out = std::to_string(year + 1) + std::string(date.substr(4, 6));
    if (out.substr(5) == "02-29") out.replace(8, 2, "28"); // the next year is not a leap year
    return out;
}

} // namespace audit
