#include "audit/online/public_view.hpp"
#include "audit/online/public_page.hpp"
#include <algorithm>

namespace audit {

namespace {

struct Site {
    Platform platform;
    std::string_view origin;     // "https://www.instagram.com"
    std::string_view domain;     // addresses in the export on this domain are the account's page
    std::string_view handle_prefix; // "/", "/@"
    std::string_view handle_suffix; // "/" for Instagram's canonical page
};

constexpr Site k_sites[] = {
    {Platform::instagram, "https://www.instagram.com", "instagram.com", "/", "/"},
    {Platform::x, "https://x.com", "x.com", "/", ""},
    {Platform::tiktok, "https://www.tiktok.com", "tiktok.com", "/@", ""},
    {Platform::linkedin, "https://www.linkedin.com", "linkedin.com", "", ""}, // addresses only
    {Platform::facebook, "https://www.facebook.com", "facebook.com", "/", ""},
};

const Site& site_of(Platform platform) {
    for (const Site& s : k_sites)
        if (s.platform == platform) return s;
    return k_sites[0];
}

bool on_domain(std::string_view host, std::string_view domain) {
    if (host == domain) return true;
    return host.size() > domain.size() && host.ends_with(domain) &&
           host[host.size() - domain.size() - 1] == '.';
}

bool valid_handle(std::string_view handle) {
    return !handle.empty() && handle.size() <= 64 &&
           std::all_of(handle.begin(), handle.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '_' || c == '-';
           });
}

// The public page's path for a username field's value, or "" when it names no page here.
std::string page_path(const Site& site, std::string_view value) {
    if (value.find("://") != std::string_view::npos || value.starts_with("www.")) {
        const UrlParts parts = split_url(value.starts_with("www.") ? "https://" + std::string(value) : std::string(value));
        if (!on_domain(parts.host, site.domain) || parts.path.size() < 2) return {};
        if (site.platform == Platform::linkedin && !parts.path.starts_with("/in/")) return {};
        return parts.path;
    }
    if (site.handle_prefix.empty()) return {}; // LinkedIn: a handle field names another site's account
    if (value.starts_with('@')) value.remove_prefix(1);
    if (!valid_handle(value)) return {};
    return std::string(site.handle_prefix) + std::string(value) + std::string(site.handle_suffix);
}

// Threads' profile fields carry the same handle; the page fetched is Instagram's.
bool is_own_account_field(const ProfileField& field) {
    return field.current && (field.kind == FieldKind::username || field.kind == FieldKind::website) &&
           !field.source.item.starts_with("threads");
}

OnlineAccount account_of(const Export& ex) {
    const Site& site = site_of(ex.platform);
    OnlineAccount account{ex.platform, {}, {}};
    for (const ProfileField& field : ex.profile) {
        if (!is_own_account_field(field)) continue;
        // A website field counts only when it is an address on the platform's own site.
        if (field.kind == FieldKind::website && field.value.find("://") == std::string::npos) continue;
        std::string path = page_path(site, field.value);
        if (path.empty()) continue;
        account.account = field.value;
        account.path = std::move(path);
        break;
    }
    return account;
}

} // namespace

std::vector<OnlineAccount> accounts_in(const std::vector<Export>& exports) {
    std::vector<OnlineAccount> out;
    for (const Export& ex : exports) {
        OnlineAccount account = account_of(ex);
        const bool seen = std::any_of(out.begin(), out.end(), [&](const OnlineAccount& a) {
            return a.platform == account.platform && a.path == account.path;
        });
        if (!seen) out.push_back(std::move(account));
    }
    return out;
}

Result<OnlineConfig> online_config(const char* base_override) {
    OnlineConfig config;
    if (!base_override || !*base_override) return config;
    std::string base(base_override);
    const UrlParts parts = split_url(base);
    if ((parts.scheme != "http" && parts.scheme != "https") || !is_loopback_host(parts.host))
        return fail(std::string(k_online_base_variable) + "=" + base +
                    " refused: only an address on this computer (127.0.0.1, ::1, localhost) may "
                    "stand in for the platforms' sites");
    while (base.ends_with('/')) base.pop_back();
    config.base = std::move(base);
    return config;
}

std::string public_url(const OnlineAccount& account, const OnlineConfig& config) {
    if (account.path.empty()) return {};
    const std::string origin = config.base.empty() ? std::string(site_of(account.platform).origin) : config.base;
    return origin + account.path;
}

PublicProfile fetch_public_view(const OnlineAccount& account, const OnlineConfig& config) {
    PublicProfile view;
    view.platform = account.platform;
    view.account = account.account;
    view.url = public_url(account, config);
    if (view.url.empty()) {
        view.state = PageState::no_address;
        view.detail = "the export does not give this account's username or profile address";
        return view;
    }
    const FetchResult page = fetch_page(view.url, config.limits);
    view.url = page.url;
    view.http_status = page.status;
    if (!page.ok) {
        view.state = PageState::failed;
        view.detail = page.error;
        return view;
    }
    const UrlParts last = split_url(page.url);
    if (last.path.find("login") != std::string::npos || last.path.find("authwall") != std::string::npos) {
        view.state = PageState::login_wall;
        view.detail = "the site asks logged-out visitors to log in, so what they see cannot be told";
        return view;
    }
    if (page.status == 404 || page.status == 410) {
        view.state = PageState::not_found;
        view.detail = "no public page at this address (HTTP " + std::to_string(page.status) + ")";
        return view;
    }
    if (page.status < 200 || page.status >= 300) {
        view.state = PageState::failed;
        view.detail = "the site answered HTTP " + std::to_string(page.status);
        return view;
    }
    read_public_page(page.body, view);
    return view;
}

std::vector<PublicProfile> fetch_public_views(const std::vector<Export>& exports,
                                              const OnlineConfig& config) {
    std::vector<PublicProfile> out;
    for (const OnlineAccount& account : accounts_in(exports)) out.push_back(fetch_public_view(account, config));
    return out;
}

} // namespace audit
