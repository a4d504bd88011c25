// JSON as every Meta, TikTok and X importer reads it: simdjson through JsonParser, then every
// accessor (mojibake repair included) over the whole tree.
#include "audit/parse/json.hpp"
#include "audit/parse/mojibake.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = audit::fuzz::as_text(data, size);
    static audit::JsonParser parser;
    if (auto root = parser.parse(text, "fuzz.json")) audit::fuzz::walk_json(*root);
    // The repair on its own, on bytes that never went through a JSON parser.
    const std::string repaired = audit::repair_mojibake(text);
    (void)audit::is_valid_utf8(repaired);
    return 0;
}
