#pragma once
// Shared pieces of the TikTok JSON importer (tiktok_json*.cpp). The export is one file,
// user_data_tiktok.json (2024+) or user_data.json (older), whose top-level sections were renamed
// between eras (EXPORT-FORMATS.md §4): ≤2023 "Activity", "Video", "Direct Messages"; 2024–2025
// "Your Activity", "Post", "Direct Message"; 2026 "Likes and Favorites" and "Profile And
// Settings". Empty lists are often null and missing values "N/A" or "None": both are absent.
#include "audit/archive/export_view.hpp"
#include "audit/importers/item_identities.hpp"
#include "audit/model/export.hpp"
#include "audit/parse/json.hpp"
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace audit::tiktok {

// State of importing one file.
struct Context {
    Context(Export& o, std::string f) : out(o), file(std::move(f)) {}

    Export& out;
    std::string file;
    std::string owner_username;                      // to tell sent messages from received
    ItemIdentities identities; // one count for every file
    std::size_t dated_items = 0;
    std::size_t bad_dates = 0;
    std::string first_bad_date;
};

// Alternative names of one level of a path, e.g. {"Your Activity", "Activity"}.
using Step = std::initializer_list<std::string_view>;

// The first member of `object` named in `names`; nothing when none exists.
JsonValue member(const JsonValue& object, Step names);
// Walks `steps` from `root`, taking at each level the first name that exists, and appends the
// names taken to `path` ("Your Activity/Follower/FansList") for messages.
JsonValue walk(const JsonValue& root, std::initializer_list<Step> steps, std::string& path);
// The objects of a list: nothing for a missing or null list (TikTok's "empty"); a Problem, and
// nothing, when `list` is something else.
std::vector<JsonValue> records(Context& ctx, const JsonValue& list, const std::string& path);

// A value TikTok wrote as present: a non-empty string other than "N/A" and "None", or a number
// as text. nullopt otherwise (missing, null, "N/A", "None", "").
std::optional<std::string> present(const JsonValue& value);
// present() of the first of `keys` that `record` has (keys change case between sections:
// "Date" and "date").
std::optional<std::string> field(const JsonValue& record, Step keys);
std::string field_or_empty(const JsonValue& record, Step keys);

// "2025-01-26 15:50:46" (no zone, read as UTC) as seconds; nullopt for any other shape.
std::optional<Timestamp> parse_time(std::string_view text);
// The record's date ("Date" or "date"): 0 when absent; a date in another shape is 0 and
// counted, so that the file gets one problem naming it.
Timestamp record_time(Context& ctx, const JsonValue& record);
// "2025-03-14T16:02:11Z", or "(no date)" for 0.
std::string time_label(Timestamp t);
// `item` made unique within the file by appending " (2)", " (3)", … on repeats.
SourceRef source(Context& ctx, std::string item, std::string url = {});

// A setting's or audience's value in the model's words: "Enabled"/"Disabled" → "true"/"false",
// "Myself"/"Only You" → "only_me", "No One" → "no_one"; anything else lower-cased with '_' for
// spaces ("Everyone" → "everyone").
std::string setting_value(std::string_view value);

// Importers by responsibility, run in this order (messages need the owner's username).
void import_profile(Context& ctx, const JsonValue& root);  // ProfileMap and SettingsMap
void import_content(Context& ctx, const JsonValue& root);  // videos, comments, direct messages
void import_activity(Context& ctx, const JsonValue& root); // people, searches, log-ins, likes

} // namespace audit::tiktok
