#pragma once
// Shared pieces of the Facebook HTML importer (facebook_html*.cpp): the same files as the JSON
// export, named .html, read through meta_html.hpp into the same model shapes (identities "post
// <iso>", "friend <name>", "profile email: …") as facebook_json*.cpp, so that checks read both
// formats alike.
#include "audit/importers/meta_html.hpp"

namespace audit::html_facebook {

using meta_html::Context;

// Importers by responsibility, run in this order (messages need the owner's name).
void import_profile(Context& ctx);  // profile_information.html
void import_posts(Context& ctx);    // posts, check-ins, group posts, albums
void import_people(Context& ctx);   // friends, requests, following, followers, suggestions
void import_activity(Context& ctx); // comments, groups joined, pages liked and followed, searches
void import_messages(Context& ctx); // messages/…/message_N.html
void import_comments(Context& ctx); // comments.html, your_comments_in_groups.html

} // namespace audit::html_facebook
