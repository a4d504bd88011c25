#include "reports/sample_report.hpp"
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace audit;
using Json = nlohmann::ordered_json;

namespace {

std::vector<std::string> keys_of(const Json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items())
        keys.push_back(item.key());
    return keys;
}

using Keys = std::vector<std::string>;

Json written_json(const Report& report) {
    return Json::parse(test::render(test::writer_for("json"), report));
}

} // namespace

TEST_CASE("json_writer: is registered as json with a .json extension", "[reports]") {
    const Writer& writer = test::writer_for("json");
    CHECK(writer.extension == ".json");
}

TEST_CASE("json_writer: top level has the contract's keys in order", "[reports]") {
    const Json j = written_json(test::sample_report());
    CHECK(keys_of(j) == Keys{"schema_version", "tool", "generated_at", "profile", "sources",
                             "findings", "coverage", "summary", "names_masked"});
    CHECK(j["schema_version"] == 1);
    CHECK(j["schema_version"].is_number_integer());
    CHECK(keys_of(j["tool"]) == Keys{"name", "version"});
    CHECK(j["tool"]["name"] == "staff-audit");
    CHECK(j["tool"]["version"] == "0.1.0");
    CHECK(j["generated_at"] == "2026-11-22T10:00:00Z");
    CHECK(keys_of(j["profile"]) == Keys{"school", "policy"});
    CHECK(j["profile"]["school"] == "Riverside Primary School");
    CHECK(j["profile"]["policy"] == "woodstock-ce-primary-2024");
    CHECK(j["names_masked"] == true);
}

TEST_CASE("json_writer: sources carry counts and problems", "[reports]") {
    const Json j = written_json(test::sample_report());
    REQUIRE(j["sources"].size() == 2);
    const Json& fb = j["sources"][0];
    CHECK(keys_of(fb) == Keys{"path", "platform", "format", "items", "media", "problems"});
    CHECK(fb["path"] == "facebook-jordan.zip");
    CHECK(fb["platform"] == "facebook");
    CHECK(fb["format"] == "json");
    CHECK(fb["items"] == 1234);
    CHECK(fb["items"].is_number_unsigned());
    CHECK(fb["media"] == 210);
    REQUIRE(fb["problems"].size() == 1);
    CHECK(keys_of(fb["problems"][0]) == Keys{"file", "message"});
    CHECK(fb["problems"][0]["message"] == "not valid JSON at byte 12");
    CHECK(j["sources"][1]["format"] == "html");
    CHECK(j["sources"][1]["problems"].is_array());
    CHECK(j["sources"][1]["problems"].empty());
}

TEST_CASE("json_writer: findings follow the contract, extensions come last", "[reports]") {
    const Json j = written_json(test::sample_report());
    REQUIRE(j["findings"].size() == 4);
    const Keys finding_keys{"id",       "check",     "severity", "confidence", "platform",
                            "location", "evidence",  "signals",  "clauses",    "remediation",
                            "status",   "instances", "title"};
    for (const Json& f : j["findings"])
        CHECK(keys_of(f) == finding_keys);

    const Json& content = j["findings"][0];
    CHECK(content["id"] == "f-00000000000000a1");
    CHECK(content["check"] == "employer.content");
    CHECK(content["severity"] == "high");
    CHECK(content["confidence"].get<double>() == Approx(0.92).epsilon(0));
    CHECK(content["platform"] == "facebook");
    CHECK(keys_of(content["location"]) == Keys{"file", "item", "url"});
    CHECK(content["location"]["url"] == std::string(test::k_post_url));
    CHECK(content["evidence"] == std::string(test::k_hostile_evidence));
    CHECK(content["signals"].size() == 2);
    REQUIRE(content["clauses"].size() == 1);
    CHECK(keys_of(content["clauses"][0]) == Keys{"policy", "ref", "text"});
    CHECK(content["remediation"][1] == "Delete the post or edit out the school's name");
    CHECK(content["status"] == "new");
    CHECK(content["instances"].is_array());
    CHECK(content["instances"].empty());
    CHECK(content["title"] == "School named in a post");
}

TEST_CASE("json_writer: borrowed clauses say so, others do not", "[reports]") {
    const Json j = written_json(test::sample_report());
    const Json& message = j["findings"][1];
    CHECK(keys_of(message["location"]) == Keys{"file", "item", "media"});
    REQUIRE(message["clauses"].size() == 1);
    CHECK(keys_of(message["clauses"][0]) == Keys{"policy", "ref", "text", "borrowed"});
    CHECK(message["clauses"][0]["borrowed"] == true);
    CHECK(message["clauses"][0]["policy"] == "bath-wells-mat-2016");
    CHECK(message["clauses"][0]["ref"] == "4.3.1");
    CHECK(message["status"] == "persisting");
    CHECK_FALSE(j["findings"][0]["clauses"][0].contains("borrowed"));
}

TEST_CASE("json_writer: instances list file, item, optional media and url, evidence", "[reports]") {
    const Json j = written_json(test::sample_report());
    const Json& instances = j["findings"][2]["instances"];
    REQUIRE(instances.size() == 3);
    CHECK(keys_of(instances[0]) == Keys{"file", "item", "url", "evidence"});
    CHECK(keys_of(instances[1]) == Keys{"file", "item", "media", "evidence"});
    CHECK(instances[1]["media"] == "your_facebook_activity/posts/media/2.jpg");
    CHECK(instances[0]["evidence"] == "coffee break <b>again</b>");
    CHECK(j["findings"][3]["clauses"].empty());
    CHECK(j["findings"][3]["evidence"] == "");
}

TEST_CASE("json_writer: coverage and summary in contract order", "[reports]") {
    const Json j = written_json(test::sample_report());
    CHECK(keys_of(j["coverage"]) == Keys{"scanned", "skipped"});
    CHECK(keys_of(j["coverage"]["scanned"]) ==
          Keys{"posts", "comments", "messages", "media", "connections", "searches"});
    CHECK(j["coverage"]["scanned"]["media"] == 230);
    REQUIRE(j["coverage"]["skipped"].size() == 1);
    CHECK(keys_of(j["coverage"]["skipped"][0]) == Keys{"what", "why"});
    CHECK(keys_of(j["summary"]) == Keys{"by_severity", "by_check"});
    CHECK(keys_of(j["summary"]["by_severity"]) == Keys{"high", "medium", "low", "review"});
    CHECK(j["summary"]["by_severity"]["high"] == 1);
    CHECK(j["summary"]["by_severity"]["review"] == 1);
    CHECK(j["summary"]["by_check"]["usage.school-hours"] == 1);
    CHECK(j["summary"]["by_check"].size() == 4);
}

TEST_CASE("json_writer: an empty report still has every contract key", "[reports]") {
    Report empty;
    empty.tool_version = "0.1.0";
    const Json j = written_json(empty);
    CHECK(j["sources"].is_array());
    CHECK(j["findings"].is_array());
    CHECK(keys_of(j["coverage"]["scanned"]) ==
          Keys{"posts", "comments", "messages", "media", "connections"});
    CHECK(j["coverage"]["scanned"]["posts"] == 0);
    CHECK(j["summary"]["by_check"].is_object());
    CHECK(j["summary"]["by_severity"]["high"] == 0);
}

TEST_CASE("json_writer: 2-space indent, trailing newline, UTF-8 unescaped", "[reports]") {
    const std::string text = test::render(test::writer_for("json"), test::sample_report());
    CHECK(text.rfind("{\n  \"schema_version\": 1,\n  \"tool\": {\n    \"name\"", 0) == 0);
    CHECK(text.back() == '\n');
    CHECK(text[text.size() - 2] == '}');
    CHECK(text.find("\"confidence\": 0.92,") != std::string::npos);
    CHECK(text.find("\u00E9l\u00E8ve") != std::string::npos);
    CHECK(text.find("\\u00e9") == std::string::npos);
}

TEST_CASE("json_writer: invalid UTF-8 in evidence is replaced, not thrown", "[reports]") {
    Report report = test::sample_report();
    report.findings[0].evidence = "bad \xC3\x28 bytes \xFF";
    std::string text;
    REQUIRE_NOTHROW(text = test::render(test::writer_for("json"), report));
    const Json j = Json::parse(text);
    CHECK(j["findings"][0]["evidence"] == "bad \uFFFD( bytes \uFFFD");
}

TEST_CASE("json_writer: confidence is clamped and rounded to two decimals", "[reports]") {
    Report report = test::sample_report();
    report.findings[0].confidence = 0.8449;
    report.findings[1].confidence = 1.7;
    report.findings[2].confidence = -0.2;
    const Json j = written_json(report);
    CHECK(j["findings"][0]["confidence"].get<double>() == 0.84);
    CHECK(j["findings"][1]["confidence"].get<double>() == 1.0);
    CHECK(j["findings"][2]["confidence"].get<double>() == 0.0);
}

TEST_CASE("json_writer: writing twice gives identical bytes", "[reports]") {
    const Report report = test::sample_report();
    const Writer& writer = test::writer_for("json");
    CHECK(test::render(writer, report) == test::render(writer, report));
}
