// Question and answer for `checklist` and `init`: a bad answer is asked again on a terminal and
// stops a script naming its line; the end of the input is "no answer".
#include "audit/cli/prompt.hpp"
#include <catch2/catch.hpp>
#include <sstream>

using namespace audit;

namespace {

Result<int> small_number(const std::string& text) {
    if (text.size() == 1 && text[0] >= '0' && text[0] <= '9') return text[0] - '0';
    return fail("'" + text + "' is not a digit");
}

const std::function<Result<int>(const std::string&)> k_digit = small_number;

} // namespace

TEST_CASE("prompter: a terminal is asked again after a bad answer", "[cli]") {
    std::istringstream in("x\n7\n");
    std::ostringstream out;
    Prompter p(in, out, true);
    auto got = p.ask("A digit?", "0 to 9", k_digit);
    REQUIRE(got);
    CHECK(**got == 7);
    CHECK(out.str().find("'x' is not a digit") != std::string::npos);
    CHECK(out.str().find("  0 to 9") != std::string::npos);
}

TEST_CASE("prompter: a script's bad answer stops, naming the line", "[cli]") {
    std::istringstream in("3\nx\n");
    std::ostringstream out;
    Prompter p(in, out, false);
    CHECK(**p.ask("First?", "", k_digit) == 3);
    auto bad = p.ask("Second?", "", k_digit);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "answer on line 2: 'x' is not a digit");
}

TEST_CASE("prompter: the end of the input is no answer", "[cli]") {
    std::istringstream in("");
    std::ostringstream out;
    Prompter p(in, out, false);
    auto got = p.ask("A digit?", "", k_digit);
    REQUIRE(got);
    CHECK_FALSE(got->has_value());
}
