#include "audit/archive/entry_names.hpp"
#include <cstdint>
#include <optional>
#include <vector>

namespace audit::archive_detail {

namespace {

struct Utf8Lead {
    std::size_t length;     // bytes in the sequence
    std::uint32_t bits;     // the code point bits the lead byte carries
    std::uint32_t min_code; // smaller code points in this length are overlong forms
};

std::optional<Utf8Lead> utf8_lead(unsigned char lead) {
    if ((lead & 0xE0) == 0xC0) return Utf8Lead{2, lead & 0x1Fu, 0x80};
    if ((lead & 0xF0) == 0xE0) return Utf8Lead{3, lead & 0x0Fu, 0x800};
    if ((lead & 0xF8) == 0xF0) return Utf8Lead{4, lead & 0x07u, 0x10000};
    return std::nullopt;
}

// Length of the well-formed UTF-8 sequence starting at `i`, or 0 when it is not one (overlong
// forms, surrogates and code points above U+10FFFF included).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    if (byte(i) < 0x80) return 1;
    const auto lead = utf8_lead(byte(i));
    if (!lead || i + lead->length > s.size()) return 0;
    std::uint32_t code = lead->bits;
    for (std::size_t k = 1; k < lead->length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3Fu);
    }
    if (code < lead->min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return lead->length;
}

bool is_ascii_control(unsigned char c) {
    return c < 0x20 || c == 0x7F;
}

// C1 controls (U+0080..U+009F) are encoded as C2 80..C2 9F.
bool is_c1_control(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
           static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
           static_cast<unsigned char>(s[i + 1]) <= 0x9F;
}

bool has_control_bytes(std::string_view s) {
    for (char c : s)
        if (is_ascii_control(static_cast<unsigned char>(c))) return true;
    return false;
}

bool has_c1_control(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i)
        if (is_c1_control(s, i)) return true;
    return false;
}

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = utf8_sequence_length(s, i);
        if (length == 0) return false;
        i += length;
    }
    return true;
}

bool has_drive_letter(std::string_view s) {
    if (s.size() < 2 || s[1] != ':') return false;
    char c = s[0];
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

std::vector<std::string_view> split_components(std::string_view s) {
    std::vector<std::string_view> parts;
    while (true) {
        auto slash = s.find('/');
        parts.push_back(s.substr(0, slash));
        if (slash == std::string_view::npos) break;
        s.remove_prefix(slash + 1);
    }
    return parts;
}

CheckedName rejected(std::string reason) {
    return CheckedName{NameVerdict::reject, {}, std::move(reason)};
}

CheckedName skipped() {
    return CheckedName{NameVerdict::skip, {}, {}};
}

// Metadata that macOS's Finder adds to zips it makes: never part of the export.
bool is_finder_metadata(const std::vector<std::string_view>& components) {
    return components.front() == "__MACOSX" || components.back() == ".DS_Store";
}

} // namespace

CheckedName check_entry_name(std::string_view name, std::string_view raw_bytes) {
    if (name.empty()) return rejected("empty name");
    if (has_control_bytes(raw_bytes) || has_control_bytes(name) || has_c1_control(name))
        return rejected("control character in name");
    if (!is_valid_utf8(name)) return rejected("name is not valid UTF-8");

    std::string slashed(name);
    for (char& c : slashed)
        if (c == '\\') c = '/';
    if (slashed.front() == '/') return rejected("absolute path");
    if (has_drive_letter(slashed)) return rejected("drive letter in name");

    const bool is_directory = slashed.back() == '/';
    std::vector<std::string_view> kept;
    for (std::string_view part : split_components(slashed)) {
        if (part == "..") return rejected("parent-folder (..) component in name");
        if (!part.empty() && part != ".") kept.push_back(part);
    }
    if (is_directory || kept.empty() || is_finder_metadata(kept)) return skipped();

    CheckedName out{NameVerdict::accept, {}, {}};
    for (std::string_view part : kept) {
        if (!out.name.empty()) out.name += '/';
        out.name += part;
    }
    return out;
}

std::string printable(std::string_view text) {
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        auto c = static_cast<unsigned char>(text[i]);
        if (length == 0 || (length == 1 && is_ascii_control(c)) || is_c1_control(text, i)) {
            out += "\\x";
            out += k_hex[c >> 4];
            out += k_hex[c & 0xF];
            ++i;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

} // namespace audit::archive_detail
