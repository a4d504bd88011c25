// Streamed record lists: JsonParser::for_each_record must hand over exactly what the DOM route
// (parse, then the list's items) gives, and word errors exactly as parse() does.
#include "audit/parse/json.hpp"
#include "audit/parse/json_split.hpp"
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace audit;

namespace {

// The records' "t" members (or their raw text for non-objects), via the streamed route.
std::vector<std::string> streamed(std::string_view doc, const std::vector<std::string_view>& keys,
                                  Result<bool>* result = nullptr) {
    JsonParser parser;
    std::vector<std::string> out;
    Result<bool> found = parser.for_each_record(doc, "f.json", keys, [&](const JsonValue& record) {
        out.push_back(record.is_object() ? record.get("t").str() : "<" + std::to_string(record.i64().value_or(-1)) + ">");
    });
    if (result) *result = found;
    return out;
}

} // namespace

TEST_CASE("json records: a root array is streamed element by element", "[parse]") {
    Result<bool> found = false;
    auto records = streamed(R"( [ {"t": "one"}, {"t": "two, \"quoted\" ]}"}, 7, {"t": "three", "x": [[{}]]} ] )",
                            {}, &found);
    REQUIRE(found);
    CHECK(*found);
    CHECK(records == std::vector<std::string>{"one", "two, \"quoted\" ]}", "<7>", "three"});
}

TEST_CASE("json records: the first listed key holding an array is the list", "[parse]") {
    const std::string doc = R"({"v": 2, "posts_v2": "not a list", "other": [{"t": "no"}],
        "status_updates_v2": [{"t": "a"}, {"t": "b"}], "posts_v2": [{"t": "dup"}]})";
    CHECK(streamed(doc, {"posts_v2", "status_updates_v2"}) == std::vector<std::string>{"a", "b"});
    Result<bool> found = true;
    CHECK(streamed(doc, {"missing"}, &found).empty());
    REQUIRE(found);
    CHECK_FALSE(*found);
    CHECK(streamed("[]", {}).empty());
}

TEST_CASE("json records: mojibake in records is repaired as in the DOM route", "[parse]") {
    // "Ã©" is how Meta writes "é".
    CHECK(streamed(R"({"comments_v2": [{"t": "caf\u00c3\u00a9"}]})", {"comments_v2"}) ==
          std::vector<std::string>{"café"});
}

TEST_CASE("json records: a broken file hands over nothing and says why as parse() does", "[parse]") {
    for (std::string doc : {R"([{"t": "a"}, {"t": "b"})", R"([{"t": "a"}, {"t": tru}])",
                            R"({"list": [{"t": "a"}], "x": [1,]})", R"([{"t": "a"}] [])", "", "\xff[]"}) {
        Result<bool> found = true;
        CHECK(streamed(doc, {"list"}, &found).empty());
        JsonParser parser;
        Result<JsonValue> whole = parser.parse(doc, "f.json");
        REQUIRE_FALSE(whole);
        REQUIRE_FALSE(found);
        CHECK(found.error().message == whole.error().message);
        CHECK(found.error().message.starts_with("not valid JSON at f.json: "));
    }
}

TEST_CASE("json records: escaped keys and scalar roots fall back to the whole-document parser", "[parse]") {
    CHECK_FALSE(split_json_list(R"({"li\u0073t": [1]})", {"list"}).has_value());
    CHECK(streamed(R"({"li\u0073t": [1, 2]})", {"list"}) == std::vector<std::string>{"<1>", "<2>"});
    Result<bool> found = true;
    CHECK(streamed("42", {"list"}, &found).empty());
    REQUIRE(found);
    CHECK_FALSE(*found);
}

TEST_CASE("json split: finds element ranges without parsing them", "[parse]") {
    auto split = split_json_list(R"({"a": {"b": "[["}, "list": [ 1 , "x,y" , {"c": [2]} ]})", {"list"});
    REQUIRE(split);
    CHECK(split->found);
    CHECK(split->elements == std::vector<std::string_view>{"1", R"("x,y")", R"({"c": [2]})"});
    CHECK(split->others == std::vector<std::string_view>{R"({"b": "[["})"});
    CHECK_FALSE(split_json_list(R"([1, {"a": [}])", {}).has_value());
    CHECK_FALSE(split_json_list(R"({"list": [1])", {"list"}).has_value());
}
