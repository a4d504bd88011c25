#pragma once
// One page fetched as a logged-out visitor, with hard limits: HTTPS only (plain HTTP only to a
// loopback test server), TLS verified, redirects followed by hand and capped, the body capped,
// connect and total timeouts, no cookies, a User-Agent that says who is asking.
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace audit {

struct FetchLimits {
    int max_redirects = 5;
    std::size_t max_bytes = 5 * 1024 * 1024;
    std::chrono::milliseconds connect_timeout{10'000};
    std::chrono::milliseconds total_timeout{30'000}; // for every hop together
};

struct FetchResult {
    bool ok = false;        // a response was read in full (any status)
    long status = 0;        // the last response's HTTP status
    std::string url;        // the last address asked for
    std::string body;
    std::string error;      // why !ok, in words
    int redirects = 0;
};

inline constexpr std::string_view k_user_agent = "staff-audit/0.1 (self-audit of own public profile)";

// True for 127.0.0.0/8, ::1 and localhost.
bool is_loopback_host(std::string_view host);
// The scheme and host of an absolute URL, lower case; empty strings when it is not one.
struct UrlParts {
    std::string scheme;
    std::string host;
    std::string path; // with the query, "/" when absent
};
UrlParts split_url(std::string_view url);
// Whether the fetcher may ask for this address: https anywhere, http only on loopback.
bool allowed_url(std::string_view url);

// Fetches `url`, following at most limits.max_redirects redirects, each checked with
// allowed_url. Never throws; every failure is described in FetchResult::error.
FetchResult fetch_page(const std::string& url, const FetchLimits& limits = {});

} // namespace audit
