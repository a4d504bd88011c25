#pragma once
// What a logged-out visitor sees on one account's public profile page, as fetched with --online.
// Plain data: the pipeline fills it (audit/online/public_view.hpp), the privacy.public-view
// check reads it from Facts, so checks never touch the network.
#include "audit/core/platform.hpp"
#include <string>
#include <string_view>

namespace audit {

enum class PageState {
    visible,     // the page answered and shows the profile
    private_,    // the page answered and says the account is private or protected
    not_found,   // 404/410: no public page at this address
    login_wall,  // the site sent the visitor to a log-in page: not determinable
    failed,      // network error, TLS error, timeout, too large, too many redirects, refused
    no_address,  // the export does not give this account's handle or profile address
};

struct PublicProfile {
    Platform platform = Platform::facebook;
    std::string account; // the handle or profile address found in the export
    std::string url;     // the address fetched (after redirects, the last one)
    PageState state = PageState::failed;
    std::string detail;  // why it failed, in words
    long http_status = 0;

    // What a stranger sees; empty when the page does not show it.
    std::string name;      // og:title / <title>
    std::string photo;     // og:image address
    std::string bio;       // og:description / meta description
    std::string followers; // "1,234 Followers" as the page writes it
    std::string posts;     // "56 Posts" as the page writes it, or "shown" when posts are listed
    std::string text;      // title, descriptions and visible text (capped), for school names
};

// Inline: the checks read this header without linking the network code.
inline std::string_view to_string(PageState state) {
    switch (state) {
    case PageState::visible: return "visible";
    case PageState::private_: return "private";
    case PageState::not_found: return "not found";
    case PageState::login_wall: return "log-in wall";
    case PageState::failed: return "failed";
    case PageState::no_address: return "no address";
    }
    return "failed";
}

} // namespace audit
