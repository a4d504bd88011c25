#include "audit/parse/html.hpp"
#include <algorithm>
#include <gumbo.h>
#include <utility>

namespace audit {

namespace {

// Gumbo keeps every error it meets by default; a page of soup needs only a few.
constexpr int k_max_gumbo_errors = 100;

bool is_element(const GumboNode* node) {
    return node != nullptr &&
           (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

const GumboVector* children_of(const GumboNode* node) {
    if (is_element(node)) return &node->v.element.children;
    if (node != nullptr && node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
    return nullptr;
}

const GumboNode* child_at(const GumboVector& children, unsigned i) {
    return static_cast<const GumboNode*>(children.data[i]);
}

bool is_text(const GumboNode* node) {
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
           node->type == GUMBO_NODE_CDATA;
}

// Elements whose content is not text a reader sees.
bool is_hidden(const GumboNode* node) {
    if (!is_element(node)) return false;
    const GumboTag tag = node->v.element.tag;
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE ||
           tag == GUMBO_TAG_NOSCRIPT || node->type == GUMBO_NODE_TEMPLATE;
}

bool is_block(const GumboNode* node) {
    if (!is_element(node)) return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DD:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Collapses whitespace as it goes; `break_line` ends the current line.
class TextBuilder {
public:
    void add(std::string_view text) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (is_ascii_space(c)) {
                m_space = true;
                continue;
            }
            // U+00A0 NO-BREAK SPACE (&nbsp;) and U+202F NARROW NO-BREAK SPACE (in "1:04 PM").
            if (c == '\xc2' && i + 1 < text.size() && text[i + 1] == '\xa0') {
                m_space = true;
                ++i;
                continue;
            }
            if (c == '\xe2' && text.substr(i, 3) == "\xe2\x80\xaf") {
                m_space = true;
                i += 2;
                continue;
            }
            if (m_space && !m_line.empty()) m_line.push_back(' ');
            m_space = false;
            m_line.push_back(c);
        }
    }
    void break_line() {
        m_space = false;
        if (m_line.empty()) return;
        if (!m_out.empty()) m_out.push_back('\n');
        m_out += m_line;
        m_line.clear();
    }
    std::string finish() {
        break_line();
        return std::move(m_out);
    }

private:
    std::string m_out;
    std::string m_line;
    bool m_space = false;
};

// Text of the subtree under `node`, walked with an explicit stack (no recursion: pages can nest
// deep). With `lines`, block edges break lines; without, they are spaces.
std::string collect_text(const GumboNode* node, bool lines) {
    struct Frame {
        const GumboNode* node;
        unsigned next;
    };
    TextBuilder out;
    std::vector<Frame> stack{{node, 0}};
    while (!stack.empty()) {
        Frame& top = stack.back();
        const GumboVector* children = children_of(top.node);
        if (children == nullptr || top.next >= children->length) {
            if (is_block(top.node)) lines ? out.break_line() : out.add(" ");
            stack.pop_back();
            continue;
        }
        const GumboNode* child = child_at(*children, top.next++);
        if (is_text(child)) {
            out.add(child->v.text.text);
        } else if (is_element(child) && !is_hidden(child)) {
            if (is_block(child)) lines ? out.break_line() : out.add(" ");
            stack.push_back({child, 0});
        }
    }
    return out.finish();
}

} // namespace

// --- HtmlElement --------------------------------------------------------------------------

std::string_view HtmlElement::tag() const {
    if (!is_element(m_node)) return {};
    const GumboElement& element = m_node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return {piece.data, piece.length};
}

std::optional<std::string_view> HtmlElement::attribute(std::string_view name) const {
    if (!is_element(m_node)) return std::nullopt;
    const GumboVector& attributes = m_node->v.element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
        if (attribute->name == name) return std::string_view(attribute->value);
    }
    return std::nullopt;
}

std::string_view HtmlElement::attr(std::string_view name) const {
    return attribute(name).value_or(std::string_view{});
}

bool HtmlElement::has_class(std::string_view token) const {
    std::string_view classes = attr("class");
    while (!classes.empty()) {
        const auto start = std::find_if_not(classes.begin(), classes.end(), is_ascii_space);
        classes.remove_prefix(static_cast<std::size_t>(start - classes.begin()));
        const auto end = std::find_if(classes.begin(), classes.end(), is_ascii_space);
        const auto length = static_cast<std::size_t>(end - classes.begin());
        if (length > 0 && classes.substr(0, length) == token) return true;
        classes.remove_prefix(length);
    }
    return false;
}

std::string HtmlElement::text() const {
    return is_element(m_node) ? collect_text(m_node, false) : std::string{};
}

std::string HtmlElement::text_lines() const {
    return is_element(m_node) ? collect_text(m_node, true) : std::string{};
}

std::string HtmlElement::own_text() const {
    // Separate text nodes are separate words ("Label<div>…</div>more" reads "Label more").
    TextBuilder out;
    if (const GumboVector* children = children_of(m_node))
        for (unsigned i = 0; i < children->length; ++i)
            if (is_text(child_at(*children, i))) {
                out.add(child_at(*children, i)->v.text.text);
                out.add(" ");
            }
    return out.finish();
}

HtmlElement HtmlElement::parent() const {
    if (!is_element(m_node) || !is_element(m_node->parent)) return {};
    return HtmlElement(m_node->parent);
}

std::vector<HtmlElement> HtmlElement::children() const {
    std::vector<HtmlElement> out;
    if (const GumboVector* children = children_of(m_node))
        for (unsigned i = 0; i < children->length; ++i)
            if (is_element(child_at(*children, i))) out.push_back(HtmlElement(child_at(*children, i)));
    return out;
}

bool HtmlElement::matches(std::string_view wanted_tag, std::string_view class_token) const {
    return (wanted_tag.empty() || tag() == wanted_tag) &&
           (class_token.empty() || has_class(class_token));
}

std::vector<HtmlElement> HtmlElement::find_all(std::string_view wanted_tag,
                                               std::string_view class_token) const {
    std::vector<HtmlElement> out;
    std::vector<const GumboNode*> stack;
    auto push_children = [&stack](const GumboNode* node) {
        if (const GumboVector* children = children_of(node))
            for (unsigned i = children->length; i-- > 0;)
                if (is_element(child_at(*children, i))) stack.push_back(child_at(*children, i));
    };
    push_children(m_node);
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (HtmlElement(node).matches(wanted_tag, class_token)) out.push_back(HtmlElement(node));
        push_children(node);
    }
    return out;
}

HtmlElement HtmlElement::find_first(std::string_view wanted_tag,
                                    std::string_view class_token) const {
    std::vector<const GumboNode*> stack;
    auto push_children = [&stack](const GumboNode* node) {
        if (const GumboVector* children = children_of(node))
            for (unsigned i = children->length; i-- > 0;)
                if (is_element(child_at(*children, i))) stack.push_back(child_at(*children, i));
    };
    push_children(m_node);
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (HtmlElement(node).matches(wanted_tag, class_token)) return HtmlElement(node);
        push_children(node);
    }
    return {};
}

HtmlElement HtmlElement::closest(std::string_view wanted_tag, std::string_view class_token) const {
    for (HtmlElement e = parent(); e; e = e.parent())
        if (e.matches(wanted_tag, class_token)) return e;
    return {};
}

// --- HtmlDocument -------------------------------------------------------------------------

struct HtmlDocument::Impl {
    std::string source;
    GumboOptions options = kGumboDefaultOptions;
    GumboOutput* output = nullptr;

    Impl() = default;
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    ~Impl() {
        if (output != nullptr) gumbo_destroy_output(&options, output);
    }
};

HtmlDocument::HtmlDocument(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
HtmlDocument::HtmlDocument(HtmlDocument&&) noexcept = default;
HtmlDocument& HtmlDocument::operator=(HtmlDocument&&) noexcept = default;
HtmlDocument::~HtmlDocument() = default;

Result<HtmlDocument> HtmlDocument::parse(std::string html) {
    if (html.size() > k_max_html_bytes)
        return fail("HTML page larger than " + std::to_string(k_max_html_bytes >> 20) + " MB");
    if (html_nesting_depth(html, k_max_html_depth) > k_max_html_depth)
        return fail("HTML elements nested deeper than " + std::to_string(k_max_html_depth));
    auto impl = std::make_unique<Impl>();
    impl->source = std::move(html);
    impl->options.max_errors = k_max_gumbo_errors;
    // Gumbo keeps pointers into the source: it lives in Impl, beside the tree.
    impl->output =
        gumbo_parse_with_options(&impl->options, impl->source.data(), impl->source.size());
    if (impl->output == nullptr || !is_element(impl->output->root))
        return fail("HTML could not be parsed");
    return HtmlDocument(std::move(impl));
}

HtmlElement HtmlDocument::root() const {
    return HtmlElement(m_impl->output->root);
}

HtmlElement HtmlDocument::body() const {
    for (const HtmlElement& child : root().children())
        if (child.tag() == "body") return child;
    return {};
}

std::string HtmlDocument::title() const {
    return find_first("title").text();
}

std::string HtmlDocument::base_href() const {
    return std::string(find_first("base").attr("href"));
}

} // namespace audit
