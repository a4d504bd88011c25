#pragma once
// Reads a fetched public profile page: what its title, og:/twitter: meta tags and visible text
// tell a stranger (name, photo, bio, follower and post counts, whether it says "private").
#include "audit/online/public_profile.hpp"
#include <string>
#include <string_view>

namespace audit {

// The visible text kept for matching the school's names: enough for any profile page.
inline constexpr std::size_t k_max_visible_text = 64 * 1024;

// Fills name, photo, bio, followers, posts and text of `out` from `html`, and sets its state
// to private_ when the page says the account is private or protected, else visible. A page that
// cannot be parsed (over html.hpp's limits) leaves the profile `failed` with the reason.
void read_public_page(std::string_view html, PublicProfile& out);

// "1,234 Followers" from "… 1,234 Followers, 56 Following …" (the number before `noun`,
// case-insensitive), or "" when the text gives none.
std::string count_before(std::string_view text, std::string_view noun);

} // namespace audit
