#include "audit/parse/json.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

using audit::JsonParser;
using audit::JsonValue;

TEST_CASE("json: reads members, arrays and nested paths", "[parse]") {
    JsonParser parser;
    auto root = parser.parse(R"({"profile_v2": {"name": {"full_name": "Jane Q Example"},
        "work_experiences": [{"employer": "Riverside Primary"}, {"employer": "Vale Trust"}]}})",
                             "profile.json");
    REQUIRE(root);
    CHECK(root->is_object());
    CHECK(root->find("profile_v2.name.full_name").str() == "Jane Q Example");
    CHECK(root->get("profile_v2").get("name").get("full_name").str() == "Jane Q Example");
    CHECK((*root)["profile_v2"]["work_experiences"].size() == 2);
    CHECK(root->find("profile_v2.work_experiences.1.employer").str() == "Vale Trust");
    std::vector<std::string> employers;
    for (const JsonValue& job : root->find("profile_v2.work_experiences").items())
        employers.push_back(job["employer"].str());
    CHECK(employers == std::vector<std::string>{"Riverside Primary", "Vale Trust"});
    auto members = root->get("profile_v2").members();
    REQUIRE(members.size() == 2);
    CHECK(members[0].key == "name");
    CHECK(members[1].key == "work_experiences");
}

TEST_CASE("json: wrong types and missing members read as empty, never throw", "[parse]") {
    JsonParser parser;
    auto root = parser.parse(R"({"name": "Jane", "list": [1, 2], "n": 5, "o": {}})", "x.json");
    REQUIRE(root);
    // A string where an object was expected.
    CHECK_FALSE(root->get("name").get("full_name").exists());
    CHECK(root->get("name").items().empty());
    CHECK(root->get("name").members().empty());
    CHECK_FALSE(root->get("name").i64().has_value());
    // An array where an object was expected, and the reverse.
    CHECK_FALSE(root->get("list").get("0").exists());
    CHECK(root->get("o").items().empty());
    CHECK(root->get("n").str().empty());
    CHECK_FALSE(root->get("n").opt_str().has_value());
    CHECK_FALSE(root->find("missing.deeper.still").exists());
    CHECK_FALSE(root->find("list.7").exists());
    CHECK(root->find("list.1").i64() == 2);
    // Nothing at all behaves the same way.
    JsonValue nothing;
    CHECK_FALSE(nothing.exists());
    CHECK(nothing.str().empty());
    CHECK(nothing.size() == 0);
    CHECK_FALSE(nothing.get("a").exists());
}

TEST_CASE("json: numbers accept numeric strings; booleans accept Meta's \"False\"", "[parse]") {
    JsonParser parser;
    auto root = parser.parse(R"({"ts": 1640475654, "s": "1640475654", "f": 38.792581,
        "fs": " -90.566324 ", "frac": 12.9, "big": 18446744073709551615, "bad": "12abc",
        "t": true, "F": "False", "yes": "TRUE", "no": "no", "neg": -5})",
                             "numbers.json");
    REQUIRE(root);
    CHECK(root->get("ts").i64() == 1640475654);
    CHECK(root->get("s").i64() == 1640475654);
    CHECK(root->get("f").f64() == Approx(38.792581));
    CHECK(root->get("fs").f64() == Approx(-90.566324));
    CHECK(root->get("frac").i64() == 12);
    CHECK(root->get("ts").f64() == Approx(1640475654.0));
    CHECK(root->get("neg").i64() == -5);
    CHECK_FALSE(root->get("big").i64().has_value());
    CHECK(root->get("big").f64().has_value());
    CHECK_FALSE(root->get("bad").i64().has_value());
    CHECK_FALSE(root->get("bad").f64().has_value());
    CHECK(root->get("t").boolean() == true);
    CHECK(root->get("F").boolean() == false);
    CHECK(root->get("yes").boolean() == true);
    CHECK_FALSE(root->get("no").boolean().has_value());
    CHECK(root->get("ts").is_number());
    CHECK(root->get("s").is_string());
}

TEST_CASE("json: strings and keys come back with mojibake repaired", "[parse]") {
    JsonParser parser;
    auto root = parser.parse(
        R"({"friends_v2": [{"name": "Zo\u00c3\u00ab Friend"}],
            "L\u00e1\u00bb\u008bch": "Sai", "event": "MAGIC MEN\u00c2\u00ae LIVE!"})",
        "friends.json");
    REQUIRE(root);
    CHECK(root->find("friends_v2.0.name").str() == "Zo\u00eb Friend");
    CHECK(root->find("friends_v2.0.name").raw_str() == "Zo\u00c3\u00ab Friend");
    CHECK(root->get("event").str() == "MAGIC MEN\u00ae LIVE!");
    // Keys: looked up by their repaired spelling, and listed repaired.
    CHECK(root->get("L\u1ecbch").str() == "Sai");
    bool found = false;
    for (const auto& member : root->members())
        found = found || member.key == "L\u1ecbch";
    CHECK(found);
}

TEST_CASE("json: invalid input is an error naming the file and the reason", "[parse]") {
    JsonParser parser;
    auto broken = parser.parse(R"({"friends_v2": [ {"name": "x"} )", "connections/friends.json");
    REQUIRE_FALSE(broken);
    CHECK_THAT(broken.error().message,
               Catch::Contains("not valid JSON at connections/friends.json"));
    CHECK(broken.error().message.size() >
          std::string("not valid JSON at connections/friends.json: ").size());
    auto empty = parser.parse("", "empty.json");
    REQUIRE_FALSE(empty);
    CHECK_THAT(empty.error().message, Catch::Contains("empty.json"));
    auto garbage = parser.parse(std::string_view("\x00\xff\xfe garbage", 12), "bin.json");
    CHECK_FALSE(garbage);
    // The parser is still usable after errors.
    auto fine = parser.parse(R"([1, 2, 3])", "ok.json");
    REQUIRE(fine);
    CHECK(fine->size() == 3);
}

TEST_CASE("json: deep nesting is refused with an error, not a crash", "[parse]") {
    JsonParser parser(audit::JsonLimits{64, 1u << 20});
    std::string deep(100000, '[');
    deep += std::string(100000, ']');
    auto result = parser.parse(deep, "deep.json");
    REQUIRE_FALSE(result);
    CHECK_THAT(result.error().message, Catch::Contains("deep.json"));
    std::string shallow(60, '[');
    shallow += std::string(60, ']');
    CHECK(parser.parse(shallow, "shallow.json"));
}

TEST_CASE("json: documents above the size limit are refused", "[parse]") {
    JsonParser parser(audit::JsonLimits{64, 16});
    auto result = parser.parse(R"({"name": "longer than sixteen bytes"})", "big.json");
    REQUIRE_FALSE(result);
    CHECK_THAT(result.error().message, Catch::Contains("big.json"));
}

TEST_CASE("json: one parser parses many documents, inputs need no padding", "[parse]") {
    JsonParser parser;
    for (int i = 0; i < 50; ++i) {
        // Built fresh so the string has no spare capacity past its end.
        std::string doc = "{\"n\": " + std::to_string(i) + ", \"pad\": \"" +
                          std::string(static_cast<std::size_t>(i) * 97, 'x') + "\"}";
        doc.shrink_to_fit();
        auto root = parser.parse(doc, "doc.json");
        REQUIRE(root);
        CHECK(root->get("n").i64() == i);
    }
    CHECK(parser.parse("\xEF\xBB\xBF{\"bom\": true}", "bom.json")->get("bom").boolean() == true);
}

TEST_CASE("json: parses a real Facebook sample with mojibake names", "[parse]") {
    const auto file = audit::test::shared_dir() /
                      "samples/facebook/2026_json/connections/friends/your_friends.json";
    if (!std::filesystem::exists(file)) {
        WARN("skipped: " << file << " is absent");
        return;
    }
    JsonParser parser;
    const std::string bytes = audit::test::read_file(file);
    auto root = parser.parse(bytes, "your_friends.json");
    REQUIRE(root);
    auto friends = root->get("friends_v2").items();
    REQUIRE(friends.size() == 3);
    CHECK(friends[0]["name"].str() == "Nguy\u1ec5n V\u0103n An");
    CHECK(friends[1]["name"].str() == "Tr\u1ea7n Th\u1ecb B\u00ecnh");
    CHECK(friends[2]["name"].str() == "L\u00ea V\u0103n C\u01b0\u1eddng");
    CHECK(friends[0]["timestamp"].i64() == 1772926883);
}
