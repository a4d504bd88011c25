#include "audit/parse/json.hpp"
#include "audit/parse/json_split.hpp"
#include "audit/parse/mojibake.hpp"
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <new>
#include <simdjson.h>
#include <type_traits>

namespace audit {

namespace dom = simdjson::dom;

// The one place that knows a JsonValue holds a dom::element.
struct JsonAccess {
    static_assert(std::is_trivially_copyable_v<dom::element>);
    static_assert(sizeof(dom::element) <= 16 && alignof(dom::element) <= 8);

    static JsonValue wrap(dom::element e) {
        JsonValue v;
        std::memcpy(v.m_storage, &e, sizeof e);
        v.m_exists = true;
        return v;
    }
    static std::optional<dom::element> unwrap(const JsonValue& v) {
        if (!v.m_exists) return std::nullopt;
        dom::element e;
        std::memcpy(&e, v.m_storage, sizeof e);
        return e;
    }
};

namespace {

bool has_type(const JsonValue& v, dom::element_type type) {
    auto e = JsonAccess::unwrap(v);
    return e && e->type() == type;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

std::optional<double> parse_double(std::string_view s) {
    s = trim(s);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    double value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> to_int64(double d) {
    // 2^63 is exactly representable; anything at or above it does not fit.
    constexpr double k_limit = 9223372036854775808.0;
    if (!std::isfinite(d) || d >= k_limit || d < -k_limit) return std::nullopt;
    return static_cast<std::int64_t>(std::trunc(d));
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

bool is_ascii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

} // namespace

bool JsonValue::is_object() const {
    return has_type(*this, dom::element_type::OBJECT);
}
bool JsonValue::is_array() const {
    return has_type(*this, dom::element_type::ARRAY);
}
bool JsonValue::is_string() const {
    return has_type(*this, dom::element_type::STRING);
}
bool JsonValue::is_bool() const {
    return has_type(*this, dom::element_type::BOOL);
}
bool JsonValue::is_null() const {
    return has_type(*this, dom::element_type::NULL_VALUE);
}
bool JsonValue::is_number() const {
    return has_type(*this, dom::element_type::INT64) ||
           has_type(*this, dom::element_type::UINT64) || has_type(*this, dom::element_type::DOUBLE);
}

JsonValue JsonValue::get(std::string_view key) const {
    auto e = JsonAccess::unwrap(*this);
    if (!e || e->type() != dom::element_type::OBJECT) return {};
    dom::object object;
    if (e->get(object) != simdjson::SUCCESS) return {};
    dom::element found;
    if (object.at_key(key).get(found) == simdjson::SUCCESS) return JsonAccess::wrap(found);
    // A key written with mojibake only matches after repair, which an ASCII key never needs.
    if (is_ascii(key)) return {};
    for (auto [k, v] : object)
        if (repair_mojibake(k) == key) return JsonAccess::wrap(v);
    return {};
}

JsonValue JsonValue::find(std::string_view path) const {
    JsonValue current = *this;
    while (current.exists()) {
        const auto dot = path.find('.');
        const std::string_view segment = path.substr(0, dot);
        if (current.is_array() && all_digits(segment)) {
            std::size_t index = 0;
            auto [end, ec] =
                std::from_chars(segment.data(), segment.data() + segment.size(), index);
            if (ec != std::errc{}) return {};
            auto e = JsonAccess::unwrap(current);
            dom::array array;
            dom::element element;
            if (e->get(array) != simdjson::SUCCESS ||
                array.at(index).get(element) != simdjson::SUCCESS)
                return {};
            current = JsonAccess::wrap(element);
        } else {
            current = current.get(segment);
        }
        if (dot == std::string_view::npos) return current;
        path.remove_prefix(dot + 1);
    }
    return {};
}

std::vector<JsonValue> JsonValue::items() const {
    std::vector<JsonValue> out;
    auto e = JsonAccess::unwrap(*this);
    dom::array array;
    if (!e || e->get(array) != simdjson::SUCCESS) return out;
    out.reserve(array.size());
    for (dom::element item : array)
        out.push_back(JsonAccess::wrap(item));
    return out;
}

std::vector<JsonMember> JsonValue::members() const {
    std::vector<JsonMember> out;
    auto e = JsonAccess::unwrap(*this);
    dom::object object;
    if (!e || e->get(object) != simdjson::SUCCESS) return out;
    out.reserve(object.size());
    for (auto [key, value] : object)
        out.push_back({repair_mojibake(key), JsonAccess::wrap(value)});
    return out;
}

std::size_t JsonValue::size() const {
    auto e = JsonAccess::unwrap(*this);
    if (!e) return 0;
    dom::array array;
    if (e->get(array) == simdjson::SUCCESS) return array.size();
    dom::object object;
    if (e->get(object) == simdjson::SUCCESS) return object.size();
    return 0;
}

std::string_view JsonValue::raw_str() const {
    auto e = JsonAccess::unwrap(*this);
    std::string_view s;
    if (!e || e->get(s) != simdjson::SUCCESS) return {};
    return s;
}

std::string JsonValue::str() const {
    return repair_mojibake(raw_str());
}

std::optional<std::string> JsonValue::opt_str() const {
    if (!is_string()) return std::nullopt;
    return str();
}

std::optional<double> JsonValue::f64() const {
    auto e = JsonAccess::unwrap(*this);
    if (!e) return std::nullopt;
    switch (e->type()) {
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE: {
        double d = 0;
        if (e->get(d) != simdjson::SUCCESS) return std::nullopt;
        return d;
    }
    case dom::element_type::STRING: return parse_double(raw_str());
    default: return std::nullopt;
    }
}

std::optional<std::int64_t> JsonValue::i64() const {
    auto e = JsonAccess::unwrap(*this);
    if (!e) return std::nullopt;
    switch (e->type()) {
    case dom::element_type::INT64: {
        std::int64_t i = 0;
        if (e->get(i) != simdjson::SUCCESS) return std::nullopt;
        return i;
    }
    case dom::element_type::UINT64: return std::nullopt; // only used above INT64_MAX
    case dom::element_type::DOUBLE: {
        double d = 0;
        if (e->get(d) != simdjson::SUCCESS) return std::nullopt;
        return to_int64(d);
    }
    case dom::element_type::STRING: {
        const std::string_view s = trim(raw_str());
        std::int64_t i = 0;
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
        if (!s.empty() && ec == std::errc{} && end == s.data() + s.size()) return i;
        if (auto d = parse_double(s)) return to_int64(*d);
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

std::optional<bool> JsonValue::boolean() const {
    auto e = JsonAccess::unwrap(*this);
    if (!e) return std::nullopt;
    bool b = false;
    if (e->get(b) == simdjson::SUCCESS) return b;
    const std::string_view s = trim(raw_str());
    if (equals_ignoring_case(s, "true")) return true;
    if (equals_ignoring_case(s, "false")) return false;
    return std::nullopt;
}

struct JsonParser::Impl {
    JsonLimits limits;
    dom::parser parser;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; inputs are copied here first.
    std::unique_ptr<char[]> padded;
    std::size_t padded_capacity = 0;
    bool allocated = false;

    explicit Impl(JsonLimits l) : limits(l), parser(l.max_bytes) {}

    bool ensure_allocated() {
        if (!allocated)
            allocated = parser.allocate(1u << 16, limits.max_depth) == simdjson::SUCCESS;
        return allocated;
    }

    std::string_view copy_padded(std::string_view bytes) {
        const std::size_t needed = bytes.size() + simdjson::SIMDJSON_PADDING;
        if (needed > padded_capacity) {
            padded = std::make_unique<char[]>(needed);
            padded_capacity = needed;
        }
        if (!bytes.empty()) std::memcpy(padded.get(), bytes.data(), bytes.size());
        std::memset(padded.get() + bytes.size(), 0, simdjson::SIMDJSON_PADDING);
        return {padded.get(), bytes.size()};
    }

    // One standalone document (a whole file, or one record of it).
    simdjson::error_code parse_one(std::string_view bytes, dom::element& root) {
        if (!ensure_allocated()) return simdjson::MEMALLOC;
        const std::string_view input = copy_padded(bytes);
        return parser.parse(input.data(), input.size(), false).get(root);
    }

    // Whether every piece the splitter found is valid JSON on its own; with the splitter's
    // punctuation check, that is the whole document being valid.
    bool all_valid(const JsonSplit& split) {
        dom::element ignored;
        for (const auto* pieces : {&split.others, &split.elements})
            for (std::string_view piece : *pieces)
                if (parse_one(piece, ignored) != simdjson::SUCCESS) return false;
        return true;
    }
};

JsonParser::JsonParser(JsonLimits limits) : m_impl(std::make_unique<Impl>(limits)) {}
JsonParser::~JsonParser() = default;
JsonParser::JsonParser(JsonParser&&) noexcept = default;
JsonParser& JsonParser::operator=(JsonParser&&) noexcept = default;

Result<JsonValue> JsonParser::parse(std::string_view bytes, std::string_view file) {
    const std::string where = "not valid JSON at " + std::string(file) + ": ";
    if (bytes.size() > m_impl->limits.max_bytes)
        return fail(where + "larger than " + std::to_string(m_impl->limits.max_bytes) + " bytes");
    constexpr std::string_view k_bom = "\xEF\xBB\xBF";
    if (bytes.substr(0, k_bom.size()) == k_bom) bytes.remove_prefix(k_bom.size());
    try {
        dom::element root;
        const simdjson::error_code error = m_impl->parse_one(bytes, root);
        if (error == simdjson::MEMALLOC) return fail(where + "out of memory");
        if (error != simdjson::SUCCESS) return fail(where + simdjson::error_message(error));
        return JsonAccess::wrap(root);
    } catch (const std::bad_alloc&) {
        return fail(where + "out of memory");
    }
}

Result<bool> JsonParser::for_each_record(std::string_view bytes, std::string_view file,
                                         const std::vector<std::string_view>& keys,
                                         const std::function<void(const JsonValue&)>& each) {
    constexpr std::string_view k_bom = "\xEF\xBB\xBF";
    const std::string_view body = bytes.substr(0, k_bom.size()) == k_bom ? bytes.substr(k_bom.size()) : bytes;
    std::optional<JsonSplit> split;
    if (bytes.size() <= m_impl->limits.max_bytes && simdjson::validate_utf8(body.data(), body.size())) {
        try {
            split = split_json_list(body, keys);
            if (split && !m_impl->all_valid(*split)) split.reset();
        } catch (const std::bad_alloc&) {
            split.reset();
        }
    }
    if (split) {
        for (std::string_view piece : split->elements) {
            dom::element record;
            // Validated above, so only memory can fail here.
            if (m_impl->parse_one(piece, record) != simdjson::SUCCESS)
                return fail("not valid JSON at " + std::string(file) + ": out of memory");
            each(JsonAccess::wrap(record));
        }
        return split->found;
    }
    // Not well formed, or a shape the splitter leaves alone: the whole-document parser decides,
    // and words any error exactly as parse() does.
    Result<JsonValue> root = parse(bytes, file);
    if (!root) return tl::unexpected(root.error());
    JsonValue list = root->is_array() ? *root : JsonValue{};
    for (std::size_t i = 0; i < keys.size() && !list.exists(); ++i)
        if (JsonValue candidate = root->get(keys[i]); candidate.is_array()) list = candidate;
    if (!list.exists()) return false;
    for (const JsonValue& record : list.items()) each(record);
    return true;
}

} // namespace audit
