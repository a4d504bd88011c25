#include "audit/online/http_fetch.hpp"
#include <algorithm>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace audit {

namespace {

using Clock = std::chrono::steady_clock;

struct EasyDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct ListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
struct UrlDeleter {
    void operator()(CURLU* url) const { curl_url_cleanup(url); }
};

void init_curl_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return text;
}

std::string url_part(CURLU* url, CURLUPart part) {
    char* value = nullptr;
    if (curl_url_get(url, part, &value, 0) != CURLUE_OK || !value) return {};
    std::string out(value);
    curl_free(value);
    return out;
}

// The body, up to the cap; a larger body stops the transfer (the callback returns 0).
struct Sink {
    std::string body;
    std::size_t cap = 0;
    bool too_large = false;
};

size_t write_body(char* data, size_t size, size_t count, void* user) {
    auto* sink = static_cast<Sink*>(user);
    const size_t n = size * count;
    if (sink->body.size() + n > sink->cap) {
        sink->too_large = true;
        return 0;
    }
    sink->body.append(data, n);
    return n;
}

std::string megabytes(std::size_t bytes) {
    return std::to_string(bytes / (1024 * 1024)) + " MB";
}

// One request, no redirects followed. `remaining` is what is left of the total timeout.
FetchResult fetch_once(const std::string& url, const FetchLimits& limits,
                       std::chrono::milliseconds remaining, std::string& redirect_to) {
    FetchResult result;
    result.url = url;
    std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl) {
        result.error = "could not start a network request";
        return result;
    }
    std::unique_ptr<curl_slist, ListDeleter> headers(
        curl_slist_append(nullptr, "Accept: text/html,application/xhtml+xml"));
    headers.reset(curl_slist_append(headers.release(), "Accept-Language: en-GB,en;q=0.8"));
    Sink sink;
    sink.cap = limits.max_bytes;
    CURL* h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L); // each hop is checked by fetch_page
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_USERAGENT, std::string(k_user_agent).c_str());
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); // decoded bytes count against the cap
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.max_bytes));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(limits.connect_timeout.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(std::max<std::int64_t>(1, remaining.count())));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, write_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
    if (is_loopback_host(split_url(url).host)) curl_easy_setopt(h, CURLOPT_PROXY, "");

    const CURLcode code = curl_easy_perform(h);
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &result.status);
    if (sink.too_large || code == CURLE_FILESIZE_EXCEEDED) {
        result.error = "the page is larger than " + megabytes(limits.max_bytes) + ": not read";
        return result;
    }
    if (code == CURLE_OPERATION_TIMEDOUT) {
        result.error = "no complete answer within the time limit";
        return result;
    }
    if (code != CURLE_OK) {
        result.error = curl_easy_strerror(code);
        return result;
    }
    if (result.status >= 300 && result.status < 400) {
        char* location = nullptr;
        curl_easy_getinfo(h, CURLINFO_REDIRECT_URL, &location);
        if (location) redirect_to = location;
    }
    result.ok = true;
    result.body = std::move(sink.body);
    return result;
}

} // namespace

bool is_loopback_host(std::string_view host) {
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    if (host == "localhost" || host == "::1") return true;
    if (host.rfind("127.", 0) != 0) return false;
    // 127.a.b.c: digits and dots only, so that "127.0.0.1.example.com" is not loopback.
    return std::all_of(host.begin(), host.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) &&
           std::count(host.begin(), host.end(), '.') == 3;
}

UrlParts split_url(std::string_view url) {
    std::unique_ptr<CURLU, UrlDeleter> parsed(curl_url());
    if (!parsed) return {};
    const std::string text(url);
    if (curl_url_set(parsed.get(), CURLUPART_URL, text.c_str(), 0) != CURLUE_OK) return {};
    UrlParts parts{lower(url_part(parsed.get(), CURLUPART_SCHEME)),
                   lower(url_part(parsed.get(), CURLUPART_HOST)), url_part(parsed.get(), CURLUPART_PATH)};
    if (parts.path.empty()) parts.path = "/";
    if (std::string query = url_part(parsed.get(), CURLUPART_QUERY); !query.empty()) parts.path += "?" + query;
    return parts;
}

bool allowed_url(std::string_view url) {
    const UrlParts parts = split_url(url);
    if (parts.host.empty()) return false;
    return parts.scheme == "https" || (parts.scheme == "http" && is_loopback_host(parts.host));
}

FetchResult fetch_page(const std::string& url, const FetchLimits& limits) {
    init_curl_once();
    const auto deadline = Clock::now() + limits.total_timeout;
    std::string next = url;
    for (int hop = 0;; ++hop) {
        if (!allowed_url(next)) {
            FetchResult refused;
            refused.url = next;
            refused.redirects = hop;
            refused.error = "refused " + next + ": only https addresses (or http on this computer, "
                            "for tests) are fetched";
            return refused;
        }
        const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (remaining.count() <= 0) {
            FetchResult late;
            late.url = next;
            late.redirects = hop;
            late.error = "no complete answer within the time limit";
            return late;
        }
        std::string redirect_to;
        FetchResult result = fetch_once(next, limits, remaining, redirect_to);
        result.redirects = hop;
        if (!result.ok || redirect_to.empty()) return result;
        if (hop >= limits.max_redirects) {
            result.ok = false;
            result.body.clear();
            result.error = "more than " + std::to_string(limits.max_redirects) + " redirects";
            return result;
        }
        next = redirect_to;
    }
}

} // namespace audit
