#pragma once
// Shared pieces of the Instagram JSON importer (instagram_json*.cpp). Instagram's export is Meta's
// "Download your information" too, so the file walking, item identities and media parsing come
// from the Facebook importer (facebook_json_internal.hpp). What is Instagram's own lives here:
// string_map_data / string_list_data records whose labels are localised and re-cased, usernames
// instead of names, and its media shapes.
#include "audit/importers/facebook_json_internal.hpp"
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit::instagram {

using facebook::add_setting;
using facebook::basename_of;
using facebook::Context;
using facebook::FileHandler;
using facebook::for_each_file;
using facebook::for_each_file_where;
using facebook::for_each_record;
using facebook::for_each_record_where;
using facebook::RecordHandler;
using facebook::matches_stem;
using facebook::record_list;
using facebook::seconds;
using facebook::source;
using facebook::time_label;
using facebook::unexpected_shape;

// True when the base name of entry `name` is one of `stems` (+ "_<n>") + ".json".
bool matches_any_stem(std::string_view name, const std::vector<std::string_view>& stems);

// "Private Account", "Private account", "private_account" → "privateaccount": labels change case
// and wording between exports, so they are compared folded. ASCII letters are lower-cased, ASCII
// spaces and punctuation dropped, other bytes (localised labels) kept as they are.
std::string fold_label(std::string_view label);

// Profile labels (string_map_data keys, the HTML export's table labels) once folded, shared by
// the JSON and HTML importers: the kind of field a label names, or nullopt for an unknown one;
// whether it is the "Private Account" flag; whether it is a flag about the account ("Phone
// Confirmed", "Onboarding Time") rather than profile text.
std::optional<FieldKind> profile_label_kind(std::string_view folded);
bool is_private_account_label(std::string_view folded);
bool is_account_flag_label(std::string_view folded);

// The entry of a string_map_data object whose folded label is one of `folded_labels`; nothing
// when there is none.
JsonValue map_entry(const JsonValue& string_map, const std::vector<std::string_view>& folded_labels);
// The "Time" of a record: string_map_data's Time (localised: "Zeit", …), else the first
// string_list_data timestamp, else the record's own timestamp; 0 when none.
Timestamp record_time(const JsonValue& record);

// The first element of a follow-list record's string_list_data.
JsonValue first_string_list(const JsonValue& record);
// "https://www.instagram.com/_u/jane.doe/" → "jane.doe"; empty when there is no path.
std::string username_from_href(std::string_view href);
// A follow-list record's username: string_list_data[0].value, else title, else the href's last
// path segment.
std::string username_of(const JsonValue& record);
// "https://www.instagram.com/<username>".
std::string profile_url(std::string_view username);

// "2021:09:30 10:35:34" (EXIF, the camera's local time) as seconds, read as if UTC; nullopt when
// it is not that shape.
std::optional<Timestamp> exif_time(std::string_view text);

// "True"/"False" (any case) as "true"/"false"; anything else as written.
std::string flag_value(const JsonValue& value);

// Adds an Instagram media object ({uri, creation_timestamp, title, media_metadata}) through the
// Facebook media parser, then fixes what differs: the title is the caption (not an album), the
// camera comes from lens_make/lens_model, the time taken from date_time_original. `caption`
// fills a media without its own (a carousel's items share the post's caption).
std::optional<std::size_t> add_media(Context& ctx, const JsonValue& media, const SourceRef& from,
                                     const std::string& caption, MediaKind hint);

// Importers by responsibility, run in this order.
void import_profile(Context& ctx);  // personal_information (+ Threads), account insights, city
void import_content(Context& ctx);  // posts, archived posts, stories, reels, profile photos
void import_people(Context& ctx);   // followers, following, close friends, requests, blocked
void import_activity(Context& ctx); // comments, privacy history, comment settings
// What the export cannot tell (GPS stripped, limited date ranges): Export::skipped.
void note_coverage(Context& ctx);

} // namespace audit::instagram
