#pragma once
// --online: for each account found in the exports, what a logged-out visitor sees on its public
// profile page. The pipeline calls fetch_public_views once, before the checks, and only when the
// user asked; the privacy.public-view check reads the results from Facts.
#include "audit/core/result.hpp"
#include "audit/model/export.hpp"
#include "audit/online/http_fetch.hpp"
#include "audit/online/public_profile.hpp"
#include <string>
#include <vector>

namespace audit {

// An account of the user's, as the exports name it.
struct OnlineAccount {
    Platform platform = Platform::facebook;
    std::string account; // the handle or profile address as written in the export
    std::string path;    // its public page on the platform's site: "/missellis.rps/", "/@jordan"
};

// One account per export (the current username, or the profile address for LinkedIn and
// Facebook). An export that names none gives an account with an empty path.
std::vector<OnlineAccount> accounts_in(const std::vector<Export>& exports);

struct OnlineConfig {
    std::string base; // replaces every platform's site (tests); empty: the real sites
    FetchLimits limits;
};

// The environment variable that points every platform at a local test server.
inline constexpr const char* k_online_base_variable = "STAFF_AUDIT_ONLINE_BASE";

// The configuration for a scan: `base_override` (the variable's value, or null) is accepted only
// when it is an http(s) address on this computer (127.0.0.0/8, ::1, localhost).
Result<OnlineConfig> online_config(const char* base_override);

// The page a logged-out visitor opens for this account.
std::string public_url(const OnlineAccount& account, const OnlineConfig& config);

PublicProfile fetch_public_view(const OnlineAccount& account, const OnlineConfig& config);
std::vector<PublicProfile> fetch_public_views(const std::vector<Export>& exports,
                                              const OnlineConfig& config);

} // namespace audit
