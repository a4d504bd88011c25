// X's data files: "window.YTD.tweets.part0 = [ … ]", the wrapper stripped, the rest parsed.
#include "audit/parse/js_wrapper.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = audit::fuzz::as_text(data, size);
    (void)audit::has_x_archive_prefix(text);
    static audit::JsonParser parser;
    if (auto root = audit::parse_js_wrapped(parser, text, "data/tweets.js"))
        audit::fuzz::walk_json(*root);
    return 0;
}
