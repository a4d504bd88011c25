#pragma once
// Shared pieces of the Instagram HTML importer (instagram_html*.cpp): the JSON export's files as
// .html pages, read through meta_html.hpp into the shapes instagram_json gives (identities
// "post <iso>", "follower <username>", "comment <iso>", the private flag as a Setting), with
// instagram_json's own helpers for labels, usernames and coverage notes.
#include "audit/importers/instagram_json_internal.hpp"
#include "audit/importers/meta_html.hpp"

namespace audit::html_instagram {

using meta_html::Context;

// Importers by responsibility, run in this order (the profile photo's source is the profile).
void import_profile(Context& ctx);  // personal_information.html
void import_content(Context& ctx);  // posts_N.html, archived posts, stories, reels
void import_people(Context& ctx);   // followers, following, close friends, requests, blocked
void import_activity(Context& ctx); // comments, privacy changes, who may comment

} // namespace audit::html_instagram
