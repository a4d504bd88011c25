// The nesting estimate HtmlDocument::parse checks before handing a page to gumbo: a light scan
// of the tags that follows how a browser opens and closes elements, erring on the deep side.
#include "audit/parse/html.hpp"
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace audit {

namespace {

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_void_tag(std::string_view name) {
    static constexpr std::string_view k_void[] = {
        "area", "base",  "basefont", "bgsound", "br",    "col",   "command", "embed", "frame",
        "hr",   "image", "img",      "input",   "keygen", "link", "meta",    "param", "source",
        "track", "wbr"};
    return std::find(std::begin(k_void), std::end(k_void), name) != std::end(k_void);
}

// Elements whose content is raw text up to their own end tag, in HTML (not inside <svg> or
// <math>, where they hold elements). Others that may be raw (noscript, iframe) are scanned:
// counting tags that are really text only errs on the deep side.
bool is_raw_text_tag(std::string_view name) {
    static constexpr std::string_view k_raw[] = {"script", "style", "textarea", "title", "xmp"};
    return std::find(std::begin(k_raw), std::end(k_raw), name) != std::end(k_raw);
}

char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_ascii_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Position just after the '>' closing a tag whose name ends at `pos`, or npos when the
// document ends first. As in a browser, a quote opens a value only right after '=', and a
// quoted value may hold '>'.
std::size_t end_of_tag(std::string_view html, std::size_t pos) {
    bool after_equals = false;
    for (; pos < html.size(); ++pos) {
        const char c = html[pos];
        if (c == '>') return pos + 1;
        if (c == '=') {
            after_equals = true;
            continue;
        }
        if (is_ascii_space(c)) continue;
        if (after_equals && (c == '"' || c == '\'')) {
            pos = html.find(c, pos + 1);
            if (pos == std::string_view::npos) return pos;
        }
        after_equals = false;
    }
    return std::string_view::npos;
}

// Position after a comment starting at `pos` ("<!--"): "<!-->" and "<!--->" are whole
// comments; otherwise up to "-->" or "--!>". npos when it runs to the end.
std::size_t after_comment(std::string_view html, std::size_t pos) {
    const std::string_view rest = html.substr(pos + 4);
    if (rest.starts_with(">")) return pos + 5;
    if (rest.starts_with("->")) return pos + 6;
    const auto dashes = rest.find("-->");
    const auto bang = rest.find("--!>");
    if (dashes == std::string_view::npos && bang == std::string_view::npos) return dashes;
    if (bang < dashes) return pos + 4 + bang + 4;
    return pos + 4 + dashes + 3;
}

// Position after the end tag "</name…>" closing a raw-text element, or npos.
std::size_t after_raw_text(std::string_view html, std::size_t pos, std::string_view name) {
    while ((pos = html.find("</", pos)) != std::string_view::npos) {
        const std::string_view candidate = html.substr(pos + 2, name.size());
        const bool same = candidate.size() == name.size() &&
                          std::equal(candidate.begin(), candidate.end(), name.begin(),
                                     [](char a, char b) { return ascii_lower(a) == b; });
        if (same) return end_of_tag(html, pos + 2 + name.size());
        pos += 2;
    }
    return std::string_view::npos;
}

class OpenElements {
public:
    std::size_t depth() const { return m_stack.size(); }
    bool is_open(const std::string& name) const {
        auto it = m_count.find(name);
        return it != m_count.end() && it->second > 0;
    }
    bool in_foreign_content() const { return is_open("svg") || is_open("math"); }
    void open(std::string name) {
        ++m_count[name];
        m_stack.push_back(std::move(name));
    }
    // An end tag closes its element and everything opened inside it; a stray one is ignored,
    // as a browser does.
    void close(const std::string& name) {
        auto it = m_count.find(name);
        if (it == m_count.end() || it->second == 0) return;
        while (!m_stack.empty()) {
            std::string top = std::move(m_stack.back());
            m_stack.pop_back();
            --m_count[top];
            if (top == name) return;
        }
    }

private:
    std::vector<std::string> m_stack;
    std::unordered_map<std::string, std::size_t> m_count;
};

} // namespace

std::size_t html_nesting_depth(std::string_view html, std::size_t limit) {
    OpenElements open;
    std::size_t deepest = 0;
    std::size_t pos = 0;
    while ((pos = html.find('<', pos)) != std::string_view::npos) {
        if (html.substr(pos, 4) == "<!--") {
            pos = after_comment(html, pos);
            if (pos == std::string_view::npos) break;
            continue;
        }
        const bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
        const std::size_t name_start = pos + (closing ? 2 : 1);
        if (name_start >= html.size() || !is_ascii_alpha(html[name_start])) {
            // "<!DOCTYPE …>" or "<?xml …>" end at '>'; a lone '<' is text.
            const bool declaration = !closing && name_start < html.size() &&
                                     (html[name_start] == '!' || html[name_start] == '?');
            pos = declaration ? end_of_tag(html, name_start) : pos + 1;
            if (pos == std::string_view::npos) break;
            continue;
        }
        std::size_t name_end = name_start;
        while (name_end < html.size() && !is_ascii_space(html[name_end]) && html[name_end] != '>' &&
               html[name_end] != '/')
            ++name_end;
        std::string name(html.substr(name_start, name_end - name_start));
        for (char& c : name) c = ascii_lower(c);
        pos = end_of_tag(html, name_end);
        if (pos == std::string_view::npos) break;
        if (closing) {
            open.close(name);
        } else if (is_raw_text_tag(name) && !open.in_foreign_content()) {
            pos = after_raw_text(html, pos, name);
            if (pos == std::string_view::npos) break;
        } else if (!is_void_tag(name)) {
            // "<div/>" is not self-closing in HTML: a browser opens the div.
            open.open(std::move(name));
            deepest = std::max(deepest, open.depth());
            if (deepest > limit) break;
        }
    }
    return deepest;
}

} // namespace audit
