#pragma once
// X (Twitter) archives write every data file as one JavaScript assignment of a JSON value to a
// global, so that the bundled viewer can load it with a <script> tag:
//   window.YTD.tweets.part0 = [ … ]        (data/tweets.js, and every other data type)
//   window.__THAR_CONFIG = { … }           (data/manifest.js)
// These helpers strip the assignment so the rest parses as ordinary JSON with JsonParser.
#include "audit/core/result.hpp"
#include "audit/parse/json.hpp"
#include <string_view>

namespace audit {

struct JsAssignment {
    std::string_view global; // the assigned name without "window.": "YTD.tweets.part0"
    std::string_view json;   // the value's text, trailing ';' and whitespace removed
};

// Splits `bytes` at the first '='. Fails with a message naming `file` when there is no '=', or
// when what comes before it is not a dotted JavaScript name (so a JSON file, which may hold '='
// inside a string, is never mistaken for an assignment).
Result<JsAssignment> split_js_assignment(std::string_view bytes, std::string_view file);

// split_js_assignment, then JsonParser::parse of the value: the value's root, or an error naming
// `file`. The result is valid until `parser` parses again.
Result<JsonValue> parse_js_wrapped(JsonParser& parser, std::string_view bytes,
                                   std::string_view file);

// True when `bytes` begins (after a BOM and white space) with "window.YTD." or
// "window.__THAR_CONFIG": a cheap test for detection that reads no further.
bool has_x_archive_prefix(std::string_view bytes);

} // namespace audit
