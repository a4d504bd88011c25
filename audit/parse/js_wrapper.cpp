#include "audit/parse/js_wrapper.hpp"
#include <string>

namespace audit {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";
constexpr std::string_view k_window = "window.";
// Enough of the file's start to show in a message without dumping a binary file.
constexpr std::size_t k_shown_chars = 40;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string_view skip_bom_and_space(std::string_view bytes) {
    if (bytes.starts_with(k_bom)) bytes.remove_prefix(k_bom.size());
    while (!bytes.empty() && is_space(bytes.front()))
        bytes.remove_prefix(1);
    return bytes;
}

bool is_name_char(char c, bool first) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    return letter || (!first && c >= '0' && c <= '9');
}

// "window.YTD.tweets.part0", "__THAR_CONFIG": identifiers joined by single dots.
bool is_dotted_name(std::string_view s) {
    if (s.empty()) return false;
    bool segment_start = true;
    for (char c : s) {
        if (c == '.') {
            if (segment_start) return false;
            segment_start = true;
            continue;
        }
        if (!is_name_char(c, segment_start)) return false;
        segment_start = false;
    }
    return !segment_start;
}

// The start of the file, printable, for an error message.
std::string shown(std::string_view s) {
    std::string out;
    for (char c : s.substr(0, k_shown_chars)) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7f) ? ' ' : c;
    }
    if (s.size() > k_shown_chars) out += "…";
    return out;
}

} // namespace

Result<JsAssignment> split_js_assignment(std::string_view bytes, std::string_view file) {
    const std::string where = "not an X archive data file: " + std::string(file) + ": ";
    const std::string_view text = skip_bom_and_space(bytes);
    const auto equals = text.find('=');
    if (equals == std::string_view::npos)
        return fail(where + "no '=' (expected \"window.YTD.<type>.partN = \" before the data)");
    std::string_view name = trim(text.substr(0, equals));
    if (name.starts_with("var ")) name = trim(name.substr(4));
    if (!is_dotted_name(name))
        return fail(where + "expected \"window.YTD.<type>.partN = \" at the start, found \"" +
                    shown(text) + "\"");
    if (name.starts_with(k_window)) name.remove_prefix(k_window.size());
    std::string_view value = trim(text.substr(equals + 1));
    while (value.ends_with(';'))
        value = trim(value.substr(0, value.size() - 1));
    return JsAssignment{name, value};
}

Result<JsonValue> parse_js_wrapped(JsonParser& parser, std::string_view bytes,
                                   std::string_view file) {
    Result<JsAssignment> assignment = split_js_assignment(bytes, file);
    if (!assignment) return tl::unexpected(assignment.error());
    return parser.parse(assignment->json, file);
}

bool has_x_archive_prefix(std::string_view bytes) {
    const std::string_view text = skip_bom_and_space(bytes);
    return text.starts_with("window.YTD.") || text.starts_with("window.__THAR_CONFIG");
}

} // namespace audit
