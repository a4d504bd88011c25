#include "audit/core/platform.hpp"

namespace audit {

namespace {
constexpr Platform k_platforms[] = {Platform::facebook, Platform::instagram, Platform::x,
                                    Platform::linkedin, Platform::tiktok};
}

std::string_view to_string(Platform p) {
    switch (p) {
    case Platform::facebook: return "facebook";
    case Platform::instagram: return "instagram";
    case Platform::x: return "x";
    case Platform::linkedin: return "linkedin";
    case Platform::tiktok: return "tiktok";
    }
    return "unknown";
}

std::string_view display_name(Platform p) {
    switch (p) {
    case Platform::facebook: return "Facebook";
    case Platform::instagram: return "Instagram";
    case Platform::x: return "X";
    case Platform::linkedin: return "LinkedIn";
    case Platform::tiktok: return "TikTok";
    }
    return "Unknown";
}

std::string_view to_string(Format f) {
    switch (f) {
    case Format::json: return "json";
    case Format::html: return "html";
    case Format::csv: return "csv";
    case Format::js: return "js";
    }
    return "unknown";
}

std::optional<Platform> parse_platform(std::string_view text) {
    for (auto p : k_platforms)
        if (to_string(p) == text) return p;
    return std::nullopt;
}

} // namespace audit
