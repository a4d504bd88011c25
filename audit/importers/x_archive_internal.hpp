#pragma once
// Shared pieces of the X (Twitter) archive importer (x_archive*.cpp), EXPORT-FORMATS.md §3.
// Every data file is `window.YTD.<type>.partN = [ {"<key>" : { … }}, … ]`; data/manifest.js
// (2020+) lists each data type's part files, and older archives are found by base name.
#include "audit/archive/export_view.hpp"
#include "audit/importers/item_identities.hpp"
#include "audit/model/export.hpp"
#include "audit/parse/json.hpp"
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace audit::x {

// One data type the importer reads.
struct DataType {
    std::vector<std::string_view> manifest_keys; // dataTypes keys, newest first ("tweets", "tweet")
    std::vector<std::string_view> stems;         // base names without ".js" / "-partN.js"
    std::string_view record_key;                 // each record is {"<record_key>" : { … }}
    bool bare_records = false; // ≤2019 tweets sat directly in the array, unwrapped
};

struct ManifestFile {
    std::string name;       // "data/tweets-part1.js", relative to the archive root
    std::int64_t count = 0; // records the manifest says the file holds (-1: not said)
};

// data/manifest.js, copied out of the parsed document (JsonValues die with the next parse).
struct Manifest {
    bool present = false;
    std::string file; // its entry name
    std::string root; // the folder holding data/: "" or "twitter-2026-03-06-…/"
    std::string account_id;
    std::string username;
    std::string display_name;
    std::map<std::string, std::vector<ManifestFile>, std::less<>> files; // by dataTypes key
    std::map<std::string, std::string, std::less<>> media_dirs;          // by dataTypes key
};

// State of one import run.
struct Context {
    Context(const ExportView& v, Export& o) : view(v), out(o) {}

    const ExportView& view;
    Export& out;
    JsonParser parser;
    Manifest manifest;
    std::string account_id; // the account holder's, from account.js or the manifest
    std::string username;   // the account holder's handle, for status links
    std::unordered_set<std::string> files_done;      // entry names already imported
    ItemIdentities identities;
};

// One record of a data file, unwrapped from its {"<key>": …} envelope.
using RecordHandler = std::function<void(const std::string& file, const JsonValue& record)>;

// Reads data/manifest.js when there is one (a broken manifest is a Problem; the base names are
// then used).
void read_manifest(Context& ctx);
// The part files of `type`: the manifest's list when it has the type, else every entry named
// <stem>.js or <stem>-part<N>.js, in part order. Files the manifest lists with records but the
// export lacks are noted in Export::skipped.
std::vector<ViewEntry> files_of(Context& ctx, const DataType& type);
// Reads every part file of `type` and hands each record to `handle`. A part that cannot be read,
// is not `window.… = <JSON>`, or whose value is not an array becomes a Problem naming the file;
// the other parts are still read. Returns the number of files read.
std::size_t for_each_record(Context& ctx, const DataType& type, const RecordHandler& handle);
// The archive's media folder for a dataTypes key ("tweetsMedia" → "data/tweets_media/"), with
// the archive root in front.
std::string media_dir(const Context& ctx, std::initializer_list<std::string_view> keys,
                      std::string_view fallback);

// `item` made unique within `file` by appending " (2)", " (3)", … on repeats.
SourceRef source(Context& ctx, const std::string& file, std::string item, std::string url = {});
// "2025-03-14T16:02:11Z", or "(no date)" for 0.
std::string time_label(Timestamp t);

// "Fri Mar 06 12:56:28 +0000 2026" (tweets' created_at) → UTC seconds.
std::optional<Timestamp> parse_created_at(std::string_view text);
// "2025-09-06T13:02:20.496Z", "2025-09-06T13:02:20+01:00", "2025-09-06" → UTC seconds; also
// a string of digits, read as seconds or, when that large, milliseconds.
std::optional<Timestamp> parse_iso_time(std::string_view text);
// parse_iso_time of a string member, 0 when absent or unreadable.
Timestamp iso_time(const JsonValue& v);

// The string as X wrote it: X's text is plain UTF-8, so no mojibake repair (JsonValue::str()
// would "repair" a real "Ã©").
std::string text_of(const JsonValue& v);
// X escapes '&', '<' and '>' in tweet text as "&amp;", "&lt;", "&gt;"; this undoes that.
std::string unescape_html(std::string_view text);
// Replaces each t.co link of `urls` ([{url, expanded_url | expanded}]) with its target, and
// removes the t.co links of `media`, which only point back at the post.
std::string expand_links(std::string text, const JsonValue& urls, const JsonValue& media);

// Importers by responsibility, run in this order (tweets need the account's handle).
void import_account(Context& ctx);
void import_tweets(Context& ctx);
void import_people(Context& ctx);
void import_messages(Context& ctx);

} // namespace audit::x
