#pragma once
// A small, bounded view of an HTML document for the importers, over gumbo (an HTML5 parser that
// accepts any soup). Documents larger than k_max_html_bytes or nested deeper than
// k_max_html_depth are refused before gumbo sees them: gumbo's tree building slows down with the
// square of the nesting and frees the tree recursively. Walks here never recurse.
#include "audit/core/result.hpp"
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct GumboInternalNode;

namespace audit {

inline constexpr std::size_t k_max_html_bytes = 256u << 20;
inline constexpr std::size_t k_max_html_depth = 256;

// One element of a parsed document: a cheap handle, valid while its HtmlDocument lives. A
// default-constructed element is "nothing" (false), and every accessor on it reads as empty.
class HtmlElement {
public:
    HtmlElement() = default;
    explicit operator bool() const { return m_node != nullptr; }
    bool operator==(const HtmlElement& other) const { return m_node == other.m_node; }

    // "div", "a", "td": lower case; an unknown tag as written in the source.
    std::string_view tag() const;
    // True when the class attribute holds `token` as one of its space-separated words.
    bool has_class(std::string_view token) const;
    // The attribute's value with entities decoded, or nullopt when absent.
    std::optional<std::string_view> attribute(std::string_view name) const;
    // The attribute's value, or "" when absent.
    std::string_view attr(std::string_view name) const;

    // The text inside, entities decoded, every run of whitespace (and no-break spaces) collapsed
    // into one space, trimmed. Scripts, styles and comments are left out.
    std::string text() const;
    // The same, but <br> and the edges of block elements (div, p, li, tr, …) end a line: lines
    // are joined with '\n', each collapsed and trimmed, empty ones dropped.
    std::string text_lines() const;
    // The text of this element's own text children only (not of its descendants), collapsed.
    std::string own_text() const;

    HtmlElement parent() const; // nothing for the root element
    std::vector<HtmlElement> children() const;
    // Descendants (not this element) in document order whose tag is `tag` (empty: any) and whose
    // class list holds `class_token` (empty: any).
    std::vector<HtmlElement> find_all(std::string_view tag, std::string_view class_token = {}) const;
    // The first of those, or nothing.
    HtmlElement find_first(std::string_view tag, std::string_view class_token = {}) const;
    // The nearest ancestor (not this element) matching, or nothing.
    HtmlElement closest(std::string_view tag, std::string_view class_token = {}) const;

private:
    friend class HtmlDocument;
    explicit HtmlElement(const GumboInternalNode* node) : m_node(node) {}
    bool matches(std::string_view tag, std::string_view class_token) const;

    const GumboInternalNode* m_node = nullptr;
};

// A parsed document. Owns its source text (gumbo points into it) and the tree.
class HtmlDocument {
public:
    // Parses `html` (UTF-8; invalid bytes become U+FFFD). Fails only on the limits above: gumbo
    // builds a tree from anything.
    static Result<HtmlDocument> parse(std::string html);

    HtmlDocument(HtmlDocument&&) noexcept;
    HtmlDocument& operator=(HtmlDocument&&) noexcept;
    ~HtmlDocument();

    HtmlElement root() const; // <html>, always present
    HtmlElement body() const;
    std::string title() const;
    // The href of <base> in <head> ("../../" in Meta's exports), or "".
    std::string base_href() const;

    std::vector<HtmlElement> find_all(std::string_view tag, std::string_view class_token = {}) const {
        return root().find_all(tag, class_token);
    }
    HtmlElement find_first(std::string_view tag, std::string_view class_token = {}) const {
        return root().find_first(tag, class_token);
    }

private:
    struct Impl;
    explicit HtmlDocument(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// The deepest element nesting `html` asks for, counted on its tags without building a tree,
// stopping once it passes `limit`. An upper bound for well-formed pages; tags a browser closes
// implicitly (<p>, <li>) count as open, so it errs on the deep side.
std::size_t html_nesting_depth(std::string_view html, std::size_t limit);

} // namespace audit
