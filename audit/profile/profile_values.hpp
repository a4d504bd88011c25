#pragma once
// Validators for the values a school profile holds. Each returns the value in its canonical
// spelling, or nullopt when the text is not a value of that kind; the caller words the message,
// because only it knows the key.
#include "audit/core/result.hpp"
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit::profile {

std::string trim(std::string_view text);
std::string ascii_lower(std::string_view text);

// "8:40" / "08:40" → "08:40"; 24-hour clock.
std::optional<std::string> parse_clock_time(std::string_view text);
// A real calendar date written YYYY-MM-DD.
std::optional<std::string> parse_iso_date(std::string_view text);
// "mon", "Monday", "Mon" → "Mon".
std::optional<std::string> parse_day_name(std::string_view text);
// "195.10.20.0/24", "2001:db8::/32"; a bare address becomes a /32 (or /128) network.
std::optional<std::string> parse_network(std::string_view text);
// "Riverside.sch.uk" or "@riverside.sch.uk" → "riverside.sch.uk".
std::optional<std::string> parse_domain(std::string_view text);
// A UK postcode in any case and spacing → "BA1 2AB".
std::optional<std::string> parse_uk_postcode(std::string_view text);
// True for "UTC" and for names in the IANA database under `zoneinfo_dir`. When that folder is
// absent (a minimal system) any well-formed Area/City name is accepted.
bool is_known_timezone(std::string_view name,
                       const std::filesystem::path& zoneinfo_dir = "/usr/share/zoneinfo");

// The closest of `known` to `word` when it is a likely typo (edit distance ≤ 2), else "".
std::string closest_match(std::string_view word, const std::vector<std::string>& known);

// Reads a whole file of at most `limit` bytes; the error names the file.
Result<std::string> read_small_file(const std::filesystem::path& file, std::size_t limit);

} // namespace audit::profile
