#include "audit/profile/profile_values.hpp"
#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <system_error>

namespace audit::profile {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

std::optional<int> parse_int(std::string_view digits) {
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), is_digit)) return std::nullopt;
    int value = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return value;
}

std::string two_digits(int value) {
    return (value < 10 ? "0" : "") + std::to_string(value);
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : k_days[static_cast<std::size_t>(month - 1)];
}

bool is_address(int family, const std::string& text) {
    std::array<unsigned char, 16> buffer{};
    return inet_pton(family, text.c_str(), buffer.data()) == 1;
}

bool is_domain_label(std::string_view label) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
        return false;
    return std::all_of(label.begin(), label.end(),
                       [](char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || c == '-'; });
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::string trim(std::string_view text) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && is_space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_space(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::optional<std::string> parse_clock_time(std::string_view text) {
    auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2) return std::nullopt;
    auto minutes_text = text.substr(colon + 1);
    if (minutes_text.size() != 2) return std::nullopt;
    auto hours = parse_int(text.substr(0, colon));
    auto minutes = parse_int(minutes_text);
    if (!hours || !minutes || *hours > 23 || *minutes > 59) return std::nullopt;
    return two_digits(*hours) + ":" + two_digits(*minutes);
}

std::optional<std::string> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto year = parse_int(text.substr(0, 4));
    auto month = parse_int(text.substr(5, 2));
    auto day = parse_int(text.substr(8, 2));
    if (!year || !month || !day || *year < 1900 || *month < 1 || *month > 12 || *day < 1 ||
        *day > days_in_month(*year, *month))
        return std::nullopt;
    return std::string(text);
}

std::optional<std::string> parse_day_name(std::string_view text) {
    static constexpr std::array<std::string_view, 7> k_days = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    auto lower = ascii_lower(trim(text));
    if (lower.size() < 3) return std::nullopt;
    for (auto day : k_days) {
        if (lower == day || lower == day.substr(0, 3)) {
            std::string canonical(day.substr(0, 3));
            canonical[0] =
                static_cast<char>(std::toupper(static_cast<unsigned char>(canonical[0])));
            return canonical;
        }
    }
    return std::nullopt;
}

std::optional<std::string> parse_network(std::string_view text) {
    std::string address(trim(text));
    std::optional<int> prefix;
    if (auto slash = address.find('/'); slash != std::string::npos) {
        prefix = parse_int(std::string_view(address).substr(slash + 1));
        if (!prefix) return std::nullopt;
        address.resize(slash);
    }
    int max_prefix = 0;
    if (is_address(AF_INET, address))
        max_prefix = 32;
    else if (is_address(AF_INET6, address))
        max_prefix = 128;
    else
        return std::nullopt;
    if (prefix && *prefix > max_prefix) return std::nullopt;
    return address + "/" + std::to_string(prefix.value_or(max_prefix));
}

std::optional<std::string> parse_domain(std::string_view text) {
    std::string domain = ascii_lower(trim(text));
    if (!domain.empty() && domain.front() == '@') domain.erase(0, 1);
    if (!domain.empty() && domain.back() == '.') domain.pop_back();
    if (domain.size() > 253 || domain.find('.') == std::string::npos) return std::nullopt;
    std::string_view rest(domain);
    while (true) {
        auto dot = rest.find('.');
        if (!is_domain_label(rest.substr(0, dot))) return std::nullopt;
        if (dot == std::string_view::npos) break;
        rest.remove_prefix(dot + 1);
    }
    return domain;
}

std::optional<std::string> parse_uk_postcode(std::string_view text) {
    std::string compact;
    for (char c : text) {
        if (c == ' ') continue;
        compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (compact.size() < 5 || compact.size() > 7) return std::nullopt;
    std::string_view outward = std::string_view(compact).substr(0, compact.size() - 3);
    std::string_view inward = std::string_view(compact).substr(compact.size() - 3);
    if (!is_digit(inward[0]) || !is_upper(inward[1]) || !is_upper(inward[2])) return std::nullopt;
    // Outward code: A9, A99, AA9, AA99, A9A or AA9A.
    std::size_t letters = is_upper(outward[0]) ? (is_upper(outward[1]) ? 2 : 1) : 0;
    if (letters == 0 || letters >= outward.size() || !is_digit(outward[letters]))
        return std::nullopt;
    auto tail = outward.substr(letters + 1);
    if (tail.size() > 1 || (tail.size() == 1 && !is_digit(tail[0]) && !is_upper(tail[0])))
        return std::nullopt;
    return std::string(outward) + " " + std::string(inward);
}

bool is_known_timezone(std::string_view name, const std::filesystem::path& zoneinfo_dir) {
    if (name == "UTC") return true;
    bool well_formed = !name.empty() && name.front() != '/' &&
                       name.find("..") == std::string_view::npos &&
                       std::all_of(name.begin(), name.end(), [](char c) {
                           return std::isalnum(static_cast<unsigned char>(c)) || c == '/' ||
                                  c == '_' || c == '-' || c == '+';
                       });
    if (!well_formed) return false;
    std::error_code ec;
    if (!std::filesystem::is_directory(zoneinfo_dir, ec))
        return name.find('/') != std::string_view::npos;
    return std::filesystem::is_regular_file(zoneinfo_dir / std::string(name), ec);
}

std::string closest_match(std::string_view word, const std::vector<std::string>& known) {
    std::string best;
    std::size_t best_distance = 3;
    for (const auto& candidate : known) {
        std::size_t distance = edit_distance(ascii_lower(word), ascii_lower(candidate));
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

Result<std::string> read_small_file(const std::filesystem::path& file, std::size_t limit) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return fail("cannot read " + file.string() + ": no such file");
    if (!std::filesystem::is_regular_file(file, ec))
        return fail("cannot read " + file.string() + ": not a file");
    auto size = std::filesystem::file_size(file, ec);
    if (ec) return fail("cannot read " + file.string() + ": " + ec.message());
    if (size > limit)
        return fail(file.string() + " is too large (" + std::to_string(size) + " bytes; at most " +
                    std::to_string(limit) + ")");
    std::ifstream in(file, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
        return fail("cannot read " + file.string() + ": " + std::strerror(errno));
    return bytes;
}

} // namespace audit::profile
