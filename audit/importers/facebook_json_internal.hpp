#pragma once
// Shared pieces of the Facebook JSON importer (facebook_json*.cpp). Files are found by base name
// (plus numbered variants "_1", "_2", …), never by full path: Meta moved them three times.
#include "audit/archive/export_view.hpp"
#include "audit/importers/item_identities.hpp"
#include "audit/model/export.hpp"
#include "audit/parse/json.hpp"
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace audit::facebook {

// State of one import run.
struct Context {
    Context(const ExportView& v, Export& o) : view(v), out(o) {}

    const ExportView& view;
    Export& out;
    JsonParser parser;
    std::unordered_set<std::string> files_done;                // entry names already imported
    std::unordered_map<std::string, std::size_t> media_by_uri; // index into out.media
    ItemIdentities identities;
};

// Handles one parsed file; returns an error describing an unexpected shape.
using FileHandler = std::function<Result<void>(const std::string& file, const JsonValue& root)>;

// True when `basename` is stem + ".json" or stem + "_<digits>.json".
bool matches_stem(std::string_view basename, std::string_view stem);
std::string_view basename_of(std::string_view name);

// Reads and parses every entry whose base name matches one of `stems` and hands it to `handle`.
// A file that cannot be read or parsed, or that `handle` rejects, becomes a Problem.
void for_each_file(Context& ctx, std::initializer_list<std::string_view> stems,
                   const FileHandler& handle);
// The same, for entries whose full name satisfies `pred`.
void for_each_file_where(Context& ctx, const std::function<bool(std::string_view name)>& pred,
                         const FileHandler& handle);

// One record of a file that is one big list (posts, comments).
using RecordHandler = std::function<void(const std::string& file, const JsonValue& record)>;
// Where the list is (see record_list), and what to call a file without it.
struct RecordList {
    std::vector<std::string_view> keys;
    std::string expected; // for unexpected_shape()
};

// Like for_each_file, for files that are one big list: the records are parsed and handed to
// `handle` one at a time, so a 100 MB file never has its whole DOM in memory.
void for_each_record(Context& ctx, std::initializer_list<std::string_view> stems,
                     const RecordList& list, const RecordHandler& handle);
void for_each_record_where(Context& ctx, const std::function<bool(std::string_view name)>& pred,
                           const RecordList& list, const RecordHandler& handle);

// `item` made unique within `file` by appending " (2)", " (3)", … on repeats.
std::string unique_item(Context& ctx, const std::string& file, std::string item);
SourceRef source(Context& ctx, const std::string& file, std::string item, std::string url = {});
// "2025-03-14T16:02:11Z", or "(no date)" for Meta's 0.
std::string time_label(Timestamp t);
// A Setting with this normalised name, the platform's label and an item identity.
void add_setting(Context& ctx, const std::string& file, std::string name, std::string label,
                 std::string value, Timestamp time, std::string item);

// A timestamp in seconds, or 0 when absent or not a number.
Timestamp seconds(const JsonValue& v);
// "@[100000338541426:2048:Jane Doe]" → "Jane Doe".
std::string strip_mentions(std::string_view text);

// The list of records in `root`: root itself when it is an array, else the first member named
// in `keys` that is an array; nothing when there is none.
JsonValue record_list(const JsonValue& root, const std::vector<std::string_view>& keys);
Result<void> unexpected_shape(std::string_view expected);

// Generic `label_values` records ({"label_values": [{"label", "value" | "timestamp_value" |
// "vec" | "dict"}]}). Labels follow the account's language, so these are fallbacks only.
bool has_label_values(const JsonValue& record);
std::optional<std::string> label_value(const JsonValue& record, std::string_view label);
// The first string value, skipping "True"/"False" flags.
std::optional<std::string> first_text_value(const JsonValue& record);
// "timestamp" of the record, else the first timestamp_value.
Timestamp record_time(const JsonValue& record);

// Export::media index of this media object (new or merged with the same uri), or nullopt when
// it has no uri. `hint` is the kind when neither the metadata nor the extension tells.
std::optional<std::size_t> add_media(Context& ctx, const JsonValue& media, const SourceRef& from,
                                     MediaKind hint = MediaKind::photo);

// Importers by responsibility, run in this order (later ones use the owner and the media).
void import_profile(Context& ctx);
void import_posts(Context& ctx);
void import_people(Context& ctx);
void import_activity(Context& ctx);
void import_messages(Context& ctx);
void import_account(Context& ctx);

} // namespace audit::facebook
