#include "audit/parse/csv.hpp"
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using audit::CsvOptions;
using audit::parse_csv;
using Fields = std::vector<std::string>;

TEST_CASE("csv: splits plain rows and records the line each starts on", "[parse]") {
    auto table = parse_csv("a,b,c\n1,2,3\n", "t.csv");
    REQUIRE(table);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].fields == Fields{"a", "b", "c"});
    CHECK(table->rows[1].fields == Fields{"1", "2", "3"});
    CHECK(table->rows[0].line == 1);
    CHECK(table->rows[1].line == 2);
}

TEST_CASE("csv: quoted fields keep commas, doubled quotes and embedded newlines", "[parse]") {
    auto table = parse_csv("name,note\n\"Sample, PhD\",\"said \"\"hi\"\"\"\n"
                           "\"two\nlines\",x\nlast,row\n",
                           "t.csv");
    REQUIRE(table);
    REQUIRE(table->rows.size() == 4);
    CHECK(table->rows[1].fields == Fields{"Sample, PhD", "said \"hi\""});
    CHECK(table->rows[2].fields == Fields{"two\nlines", "x"});
    CHECK(table->rows[2].line == 3);
    // The embedded newline is counted, so the next row is reported on its real line.
    CHECK(table->rows[3].line == 5);
}

TEST_CASE("csv: strips a UTF-8 byte order mark", "[parse]") {
    auto table = parse_csv("\xEF\xBB\xBFName,Year\nAva,4\n", "t.csv");
    REQUIRE(table);
    CHECK(table->rows[0].fields == Fields{"Name", "Year"});
    CHECK(table->column("name") == 0u);
    CHECK(table->column(" YEAR ") == 1u);
    CHECK_FALSE(table->column("class"));
}

TEST_CASE("csv: accepts CRLF line ends without inventing blank rows", "[parse]") {
    CsvOptions keep_blank;
    keep_blank.skip_blank_rows = false;
    auto table = parse_csv("a,b\r\nc,d\r\n\r\ne,f\r\n", "t.csv", keep_blank);
    REQUIRE(table);
    REQUIRE(table->rows.size() == 4);
    CHECK(table->rows[1].fields == Fields{"c", "d"});
    CHECK(table->rows[2].fields.empty()); // the one real blank line
    CHECK(table->rows[3].fields == Fields{"e", "f"});
    CHECK(table->rows[3].line == 4);
}

TEST_CASE("csv: skips blank rows and rows of empty fields by default", "[parse]") {
    auto table = parse_csv("Extension,Number,Type\n,,\n\n, +1 555-555-0123,\n,,\n", "t.csv");
    REQUIRE(table);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[1].fields == Fields{"", "+1 555-555-0123", ""});
    CHECK(table->rows[1].line == 4);
}

TEST_CASE("csv: skips preamble lines and keeps counting lines from the file's start", "[parse]") {
    CsvOptions options;
    options.skip_lines = 3;
    std::string text = "Notes:\n\"A quoted note, with a comma\"\n\n"
                       "First Name,Last Name\nAnna,Example \n";
    auto table = parse_csv(text, "Connections.csv", options);
    REQUIRE(table);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].fields == Fields{"First Name", "Last Name"});
    CHECK(table->rows[0].line == 4);
    CHECK(table->rows[1].fields == Fields{"Anna", "Example"}); // trailing space trimmed
}

TEST_CASE("csv: can keep spaces around unquoted fields", "[parse]") {
    CsvOptions options;
    options.trim_spaces = false;
    auto table = parse_csv(" a , b\n", "t.csv", options);
    REQUIRE(table);
    CHECK(table->rows[0].fields == Fields{" a ", " b"});
}

TEST_CASE("csv: reads a last row without a final newline, and other delimiters", "[parse]") {
    CsvOptions options;
    options.delimiter = ';';
    auto table = parse_csv("a;b\nc;\"d;e\"", "t.csv", options);
    REQUIRE(table);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[1].fields == Fields{"c", "d;e"});
}

TEST_CASE("csv: short rows read as empty fields", "[parse]") {
    auto table = parse_csv("a,b,c\nonly\n", "t.csv");
    REQUIRE(table);
    const auto& row = table->rows[1];
    CHECK(row.field(0) == "only");
    CHECK(row.field(2).empty());
    CHECK(row.field(99).empty());
}

TEST_CASE("csv: a stray quote inside an unquoted field is kept as text", "[parse]") {
    auto table = parse_csv("size,item\n5\" screen,tablet\n", "t.csv");
    REQUIRE(table);
    CHECK(table->rows[1].fields == Fields{"5\" screen", "tablet"});
}

TEST_CASE("csv: an unbalanced quote is an error naming the file and line", "[parse]") {
    auto table = parse_csv("a,b\nc,d\n\"never closed,e\nmore\n", "Comments.csv");
    REQUIRE_FALSE(table);
    CHECK(table.error().message.find("Comments.csv: line 3") != std::string::npos);
    CHECK(table.error().message.find("never closed") != std::string::npos);
}

TEST_CASE("csv: empty and hostile inputs never crash", "[parse]") {
    CHECK(parse_csv("", "t.csv")->rows.empty());
    CHECK(parse_csv("\xEF\xBB\xBF", "t.csv")->rows.empty());
    CHECK(parse_csv("\n\n\r\n", "t.csv")->rows.empty());
    std::string binary("\0\x01\xff,\"\0\"\n", 8);
    auto table = parse_csv(binary, "t.csv");
    REQUIRE(table);
    CHECK(table->rows.size() == 1);
    CHECK(table->rows[0].fields.size() == 2);
    CHECK_FALSE(parse_csv("\"", "t.csv"));
    CsvOptions too_many;
    too_many.skip_lines = 50;
    CHECK(parse_csv("a\nb\n", "t.csv", too_many)->rows.empty());
}
