#pragma once
// Meta's JSON exports write every non-ASCII UTF-8 byte as its own "\u00XX" escape, so after
// unescaping, "Zoë" reads as "ZoÃ«". This undoes that, and leaves every other string alone.
#include <string>
#include <string_view>

namespace audit {

// If `text` is valid UTF-8 whose code points are all ≤ U+00FF with at least one ≥ U+0080, and
// those code points taken as bytes are valid UTF-8, returns those bytes; otherwise returns
// `text` unchanged.
std::string repair_mojibake(std::string_view text);

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
bool is_valid_utf8(std::string_view text);

} // namespace audit
