#include "audit/online/public_page.hpp"
#include "audit/parse/html.hpp"
#include <algorithm>
#include <array>
#include <cctype>

namespace audit {

namespace {

char lower_ascii(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lower_ascii);
    return out;
}

bool is_count_char(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.' || c == 'k' ||
           c == 'K' || c == 'm' || c == 'M';
}

// The first meta tag's content whose property or name is one of `keys`.
std::string meta_content(const HtmlDocument& doc, std::initializer_list<std::string_view> keys) {
    for (std::string_view key : keys)
        for (const HtmlElement& meta : doc.find_all("meta")) {
            if (meta.attr("property") != key && meta.attr("name") != key) continue;
            std::string value(meta.attr("content"));
            if (!value.empty()) return value;
        }
    return {};
}

// "Jordan Ellis (@missellis) • Instagram photos and videos" → "Jordan Ellis (@missellis)": the
// platforms append their own name after a separator.
std::string without_site_suffix(std::string title) {
    for (std::string_view separator : {" • ", " | ", " / ", " - "}) {
        auto at = title.rfind(separator);
        if (at == std::string::npos) continue;
        std::string tail = lower(std::string_view(title).substr(at + separator.size()));
        for (std::string_view site : {"instagram", "tiktok", "x", "twitter", "linkedin", "facebook"})
            if (tail.rfind(site, 0) == 0) return title.substr(0, at);
    }
    return title;
}

// Words the platforms show a logged-out visitor on a private or protected profile.
constexpr std::array<std::string_view, 6> k_private_markers = {
    "this account is private", "this profile is private", "these posts are protected",
    "this account is protected", "account is private", "posts are protected",
};

bool says_private(std::string_view text) {
    const std::string folded = lower(text);
    return std::any_of(k_private_markers.begin(), k_private_markers.end(),
                       [&](std::string_view marker) { return folded.find(marker) != std::string::npos; });
}

void append_capped(std::string& out, std::string_view text) {
    if (text.empty() || out.size() >= k_max_visible_text) return;
    if (!out.empty()) out += '\n';
    out.append(text.substr(0, k_max_visible_text - std::min(out.size(), k_max_visible_text)));
}

// A count of posts, or nothing when it is zero: "0 Posts" shows nothing to a stranger.
std::string post_count(std::string_view text) {
    for (std::string_view noun : {"posts", "videos", "tweets", "photos"}) {
        std::string count = count_before(text, noun);
        if (!count.empty() && count.front() != '0') return count;
    }
    return {};
}

} // namespace

std::string count_before(std::string_view text, std::string_view noun) {
    const std::string folded = lower(text);
    for (std::size_t at = folded.find(noun); at != std::string::npos; at = folded.find(noun, at + 1)) {
        std::size_t end = at;
        while (end > 0 && folded[end - 1] == ' ') --end;
        std::size_t start = end;
        while (start > 0 && is_count_char(folded[start - 1])) --start;
        if (start == end || !std::isdigit(static_cast<unsigned char>(folded[start]))) continue;
        return std::string(text.substr(start, at + noun.size() - start));
    }
    return {};
}

void read_public_page(std::string_view html, PublicProfile& out) {
    auto doc = HtmlDocument::parse(std::string(html));
    if (!doc) {
        out.state = PageState::failed;
        out.detail = "the page could not be read: " + doc.error().message;
        return;
    }
    const std::string title = doc->title();
    out.name = without_site_suffix(meta_content(*doc, {"og:title", "twitter:title"}));
    if (out.name.empty()) out.name = without_site_suffix(title);
    out.photo = meta_content(*doc, {"og:image", "twitter:image", "og:image:url"});
    out.bio = meta_content(*doc, {"og:description", "description", "twitter:description"});

    std::string text;
    append_capped(text, title);
    append_capped(text, out.name);
    append_capped(text, out.bio);
    append_capped(text, doc->body().text_lines());
    out.text = std::move(text);

    out.followers = count_before(out.text, "followers");
    out.state = says_private(out.text) ? PageState::private_ : PageState::visible;
    const std::string posts = post_count(out.text);
    if (out.state == PageState::visible) out.posts = posts;
}

} // namespace audit
