// HTML soup through the gumbo adapter: the depth pre-check, the parse, and every walk the
// Facebook and Instagram HTML importers make.
#include "audit/parse/html.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = audit::fuzz::as_text(data, size);
    (void)audit::html_nesting_depth(text, audit::k_max_html_depth);
    auto document = audit::HtmlDocument::parse(std::string(text));
    if (!document) return 0;
    (void)document->title();
    (void)document->base_href();
    (void)document->body().text_lines();
    for (const auto& element : document->find_all("", "")) {
        (void)element.tag();
        (void)element.has_class("_a6-p");
        (void)element.attr("href");
        (void)element.own_text();
        (void)element.parent();
        (void)element.closest("div", "pam");
        (void)element.find_first("a");
        (void)element.children();
    }
    (void)document->root().text();
    return 0;
}
