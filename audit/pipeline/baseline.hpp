#pragma once
// Accepted findings (docs/annual-check.md): a baseline file lists findings you have looked at and
// decided to keep, each with a reason and an expiry. Matching is by the finding's id, which is
// its stable identity (platform + item identity + check + evidence hash, never a position), so an
// entry keeps matching in next year's export and stops matching when the evidence changes.
#include "audit/core/result.hpp"
#include "reports/report.hpp"
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct BaselineEntry {
    std::string id;       // the finding id ("f-…")
    std::string reason;   // why it is accepted, in the user's words
    std::string until;    // YYYY-MM-DD: accepted up to and including this day
    std::string accepted; // YYYY-MM-DD: when it was accepted
    // For people reading the file: what the finding was (from the report it was accepted from;
    // already masked there). Empty when accepted without --report.
    std::string check;
    std::string platform;
    std::string item;
    std::string evidence;
};

struct Baseline {
    std::vector<BaselineEntry> entries;
    const BaselineEntry* find(std::string_view id) const;
};

// Reads a baseline file; a missing file is an error (scan --baseline names a file that exists).
Result<Baseline> load_baseline(const std::filesystem::path& file);
// Parses baseline text; `origin` names it in messages.
Result<Baseline> parse_baseline(std::string_view toml_text, const std::string& origin);
// The file's text: a comment saying what it is, then one [[accepted]] table per entry.
std::string baseline_toml(const Baseline& baseline);
// Adds `entry`, replacing an entry with the same id.
void add_entry(Baseline& baseline, BaselineEntry entry);

// Marks findings whose id an unexpired entry lists as "accepted" with its reason and expiry; a
// finding whose entry has expired (until < today) becomes "reappeared": it is a problem again.
void apply_baseline(Report& report, const Baseline& baseline, std::string_view today);

// "2027-12-06" for "2026-12-06"; 29 February becomes 28 February. `date` is YYYY-MM-DD.
std::string one_year_after(std::string_view date);

} // namespace audit
