#include "audit/parse/mojibake.hpp"
#include <cstdint>
#include <optional>

namespace audit {

namespace {

constexpr char32_t k_invalid = 0xFFFFFFFF;

// Decodes one code point at `pos` and advances it, or returns k_invalid for ill-formed input.
char32_t next_code_point(std::string_view s, std::size_t& pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, cp = lead & 0x1Fu, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, cp = lead & 0x0Fu, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, cp = lead & 0x07u, minimum = 0x10000;
    } else {
        return k_invalid;
    }
    if (s.size() - pos < length) return k_invalid;
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char c = byte(pos + i);
        if ((c & 0xC0) != 0x80) return k_invalid;
        cp = (cp << 6) | (c & 0x3Fu);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return k_invalid;
    pos += length;
    return cp;
}

bool is_ascii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// The code points of `s` as bytes, or nullopt when `s` is not UTF-8 or holds one above U+00FF.
std::optional<std::string> latin1_bytes(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t pos = 0;
    while (pos < s.size()) {
        const char32_t cp = next_code_point(s, pos);
        if (cp == k_invalid || cp > 0xFF) return std::nullopt;
        out.push_back(static_cast<char>(static_cast<unsigned char>(cp)));
    }
    return out;
}

} // namespace

bool is_valid_utf8(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size())
        if (next_code_point(text, pos) == k_invalid) return false;
    return true;
}

std::string repair_mojibake(std::string_view text) {
    if (is_ascii(text)) return std::string(text);
    std::optional<std::string> bytes = latin1_bytes(text);
    if (!bytes || !is_valid_utf8(*bytes)) return std::string(text);
    return std::move(*bytes);
}

} // namespace audit
