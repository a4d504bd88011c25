#pragma once
#include <optional>
#include <string_view>

namespace audit {

enum class Platform { facebook, instagram, x, linkedin, tiktok };
enum class Format { json, html, csv, js };

std::string_view to_string(Platform p);   // "facebook", "instagram", "x", "linkedin", "tiktok"
std::string_view display_name(Platform p); // "Facebook", "Instagram", "X", "LinkedIn", "TikTok"
std::string_view to_string(Format f);     // "json", "html", "csv", "js"
std::optional<Platform> parse_platform(std::string_view text);

} // namespace audit
