#include "audit/pipeline/open_item.hpp"
#include <algorithm>
#include <array>
#include <cctype>

namespace audit {

namespace {

// Item identities (SourceRef::item) of published content start with one of these kinds.
constexpr std::array<std::string_view, 12> k_content_kinds = {
    "post ", "comment ", "tweet ", "share ", "group post ", "group comment ",
    "story ", "reel ", "video ", "photo ", "check-in ", "reply ",
};

bool is_content(std::string_view item) {
    return std::any_of(k_content_kinds.begin(), k_content_kinds.end(),
                       [&](std::string_view kind) { return item.starts_with(kind); });
}

std::string route(Platform platform, const std::string& date) {
    switch (platform) {
    case Platform::facebook:
        return "Facebook > Settings & privacy > Activity log, filter by " + date;
    case Platform::instagram:
        return "Instagram > Profile > Menu > Your activity > Photos and videos (or Comments), sort "
               "and filter to " + date;
    case Platform::x:
        return "X > Search: from:your_username since:" + date + " (or your profile's Posts and "
               "Replies, scrolled to " + date + ")";
    case Platform::linkedin:
        return "LinkedIn > Me > Posts & Activity, scrolled to " + date;
    case Platform::tiktok:
        return "TikTok > Profile, the video posted on " + date +
               " (comments: Menu > Activity center > Comments)";
    }
    return {};
}

bool digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

} // namespace

std::string date_in_item(std::string_view item) {
    for (std::size_t at = 0; at + 10 <= item.size(); ++at) {
        std::string_view candidate = item.substr(at, 10);
        if (digits(candidate.substr(0, 4)) && candidate[4] == '-' && digits(candidate.substr(5, 2)) &&
            candidate[7] == '-' && digits(candidate.substr(8, 2)))
            return std::string(candidate);
    }
    return {};
}

std::string open_item_step(Platform platform, const Location& location) {
    if (!location.url.empty()) return "Open it directly: " + location.url;
    if (!is_content(location.item)) return {};
    const std::string date = date_in_item(location.item);
    if (date.empty()) return {};
    return "Open " + route(platform, date);
}

} // namespace audit
