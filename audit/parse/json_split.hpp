#pragma once
// Finds the big list of a JSON document without parsing it: the byte range of each element of
// the root array, or of the array under one of a few root-object keys. The importers then parse
// one element at a time, so memory holds one record's DOM rather than the whole file's.
// A byte-level scan (strings and escapes respected, nesting counted, no recursion); the
// elements themselves are validated when they are parsed.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace audit {

struct JsonSplit {
    // Every element of the list, in order (empty when the list is empty).
    std::vector<std::string_view> elements;
    // The values of the root object's other members: not records, but still to be validated.
    std::vector<std::string_view> others;
    bool found = false; // false: valid-looking document without such a list
};

// The list: `doc` itself when it is an array, else the first of `keys` (in that order) whose
// value is an array. nullopt when the punctuation is not well formed, or a key needs unescaping:
// the caller then falls back to the whole-document parser, which says exactly what is wrong.
std::optional<JsonSplit> split_json_list(std::string_view doc, const std::vector<std::string_view>& keys);

} // namespace audit
