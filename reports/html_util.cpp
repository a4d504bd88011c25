// Small helpers for the HTML report: escaping, badges, safe links, dates, photo links, CSP hashes.
#include "reports/format_util.hpp"
#include "reports/html_parts.hpp"
#include <algorithm>
#include <cctype>
#include <sodium.h>
#include <stdexcept>

namespace audit::html {

namespace {

bool all_digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

// RFC 3986 unreserved characters, plus '/' between path segments, stay as they are.
bool keeps_as_is(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return std::isalnum(byte) != 0 || std::string_view("-._~/").find(c) != std::string_view::npos;
}

std::string percent_encode(std::string_view path) {
    constexpr std::string_view k_hex = "0123456789ABCDEF";
    std::string out;
    for (char c : path) {
        if (keeps_as_is(c)) {
            out += c;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out += '%';
        out += k_hex[byte >> 4];
        out += k_hex[byte & 0x0F];
    }
    return out;
}

// A path inside the export: relative, no "..", no backslash, no control bytes, no scheme.
bool stays_inside(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos)
        return false;
    if (path.find(':') != std::string_view::npos) return false; // "javascript:", "C:"
    if (std::any_of(path.begin(), path.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }))
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        if (path.substr(start, end - start) == "..") return false;
        start = end + 1;
    }
    return true;
}

} // namespace

std::string h(std::string_view text) {
    return escape_html(text);
}

std::string sev_class(Severity s) {
    return "sev-" + std::string(to_string(s));
}

std::string badge(Severity s) {
    return "<span class=\"badge " + sev_class(s) + "\">" + std::string(severity_label(s)) +
           "</span>";
}

std::string external_link(std::string_view text, std::string_view url) {
    if (!is_safe_link(url)) return h(url);
    return "<a class=\"ext\" href=\"" + h(url) +
           "\" rel=\"noreferrer noopener\" target=\"_blank\">" + h(text) + "</a>";
}

std::string date_in(std::string_view item) {
    for (std::size_t at = 0; at + 10 <= item.size(); ++at) {
        const std::string_view c = item.substr(at, 10);
        if (all_digits(c.substr(0, 4)) && c[4] == '-' && all_digits(c.substr(5, 2)) &&
            c[7] == '-' && all_digits(c.substr(8, 2)))
            return std::string(c);
    }
    return {};
}

std::optional<std::string> media_href(std::string_view export_folder, std::string_view media) {
    if (!stays_inside(media)) return std::nullopt;
    const std::string path = percent_encode(media);
    if (export_folder.empty() || !stays_inside(export_folder)) return path;
    return percent_encode(export_folder) + "/" + path;
}

std::string export_folder(const Report& report, Platform platform) {
    for (const SourceSummary& source : report.sources) {
        if (source.platform != platform) continue;
        std::string_view name = source.path;
        while (!name.empty() && name.back() == '/')
            name.remove_suffix(1);
        const std::size_t slash = name.rfind('/');
        if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
        if (name.size() > 4 && name.substr(name.size() - 4) == ".zip") name.remove_suffix(4);
        return std::string(name);
    }
    return {};
}

std::string csp_hash(std::string_view inline_text) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(inline_text.data()),
                       inline_text.size());
    constexpr int k_variant = sodium_base64_VARIANT_ORIGINAL;
    char base64[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, k_variant)];
    sodium_bin2base64(base64, sizeof base64, digest, sizeof digest, k_variant);
    return "'sha256-" + std::string(base64) + "'";
}

} // namespace audit::html
