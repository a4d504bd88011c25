#pragma once
// A small, forgiving view of a JSON document for the importers, over simdjson's DOM parser.
// Accessors never throw and never fail loudly on a wrong type: a member that is missing or of
// another type reads as empty (or nullopt), because real exports drift between versions.
// Strings (values and keys) come back with Meta's mojibake repaired (see mojibake.hpp).
#include "audit/core/result.hpp"
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct JsonMember;

// One value inside a parsed document, or "nothing" (a missing member, a wrong-typed lookup).
// Cheap to copy. Valid only while the JsonParser that produced it has not parsed again.
class JsonValue {
public:
    JsonValue() = default;

    bool exists() const { return m_exists; }
    explicit operator bool() const { return m_exists; }
    bool is_object() const;
    bool is_array() const;
    bool is_string() const;
    bool is_number() const;
    bool is_bool() const;
    bool is_null() const;

    // The member named `key` (compared after mojibake repair of the document's keys), or
    // nothing when this is not an object or has no such member.
    JsonValue get(std::string_view key) const;
    JsonValue operator[](std::string_view key) const { return get(key); }
    // A nested member by dotted path, "profile_v2.name.full_name"; a segment of digits indexes
    // an array ("data.0.post"). Nothing when any step is missing.
    JsonValue find(std::string_view path) const;
    // The elements of an array; empty for anything else.
    std::vector<JsonValue> items() const;
    // The members of an object in document order, keys repaired; empty for anything else.
    std::vector<JsonMember> members() const;
    // Elements of an array or members of an object; 0 for anything else.
    std::size_t size() const;

    // The string with mojibake repaired; empty when this is not a string.
    std::string str() const;
    // Like str(), but nullopt when this is not a string.
    std::optional<std::string> opt_str() const;
    // The string exactly as unescaped from the document; empty when this is not a string.
    std::string_view raw_str() const;
    // A number, or a string holding one ("1640475654", " 12.5"); integers from fractional
    // values are truncated toward zero. nullopt for anything else or out of range.
    std::optional<std::int64_t> i64() const;
    std::optional<double> f64() const;
    // true/false, or the strings "true"/"false" in any case (Meta writes "False").
    std::optional<bool> boolean() const;

private:
    friend class JsonParser;
    friend struct JsonAccess;
    // Holds a simdjson::dom::element, kept opaque so that importers do not compile simdjson.
    alignas(8) unsigned char m_storage[16] = {};
    bool m_exists = false;
};

struct JsonMember {
    std::string key;
    JsonValue value;
};

struct JsonLimits {
    std::size_t max_depth = 256;        // deeper nesting is an error, never a stack overflow
    std::size_t max_bytes = 1ull << 30; // larger documents are refused
};

// Parses documents one after the other, reusing its buffers. One per importer run.
class JsonParser {
public:
    explicit JsonParser(JsonLimits limits = {});
    ~JsonParser();
    JsonParser(JsonParser&&) noexcept;
    JsonParser& operator=(JsonParser&&) noexcept;
    JsonParser(const JsonParser&) = delete;
    JsonParser& operator=(const JsonParser&) = delete;

    // The document's root, valid until the next parse() or the parser's destruction; or an
    // error "not valid JSON at <file>: <reason>".
    Result<JsonValue> parse(std::string_view bytes, std::string_view file);

    // Streams the records of a document's list to `each`, parsing one record at a time, so a
    // large file never has the DOM of the whole file in memory. The list is the root when it is
    // an array, else the first of `keys` whose value is an array. Returns false when there is
    // no such list; an error, as parse() words it, when the document is not valid JSON (then
    // nothing was handed to `each`). Each record is valid only during its call; `each` must
    // not use this parser.
    Result<bool> for_each_record(std::string_view bytes, std::string_view file,
                                 const std::vector<std::string_view>& keys,
                                 const std::function<void(const JsonValue& record)>& each);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace audit
