#include "audit/text/contacts.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using audit::find_emails;
using audit::find_phones;
using audit::find_postcodes;
using audit::normalise_postcode;

namespace {

std::string span(const std::string& text, const audit::Found& f) {
    return text.substr(f.begin, f.end - f.begin);
}

} // namespace

TEST_CASE("contacts: finds UK and international phone numbers in common formats", "[text]") {
    struct Case {
        std::string number; // as written, placed inside a sentence
        std::string e164;
    };
    const std::vector<Case> cases = {
        {"07700 900123", "+447700900123"},     {"07700900123", "+447700900123"},
        {"+44 7700 900123", "+447700900123"},  {"+44 (0)7700 900123", "+447700900123"},
        {"0044 7700 900123", "+447700900123"}, {"(01225) 123456", "+441225123456"},
        {"01225 123 456", "+441225123456"},    {"0117 496 0123", "+441174960123"},
        {"020 7946 0018", "+442079460018"},    {"+1 415 555 2671", "+14155552671"},
        {"07911 123456", "+447911123456"},     {"07911-123-456", "+447911123456"},
    };
    for (const auto& c : cases) {
        const std::string text = "Call me on " + c.number + " after school.";
        INFO("text: " << text);
        const auto phones = find_phones(text);
        REQUIRE(phones.size() == 1);
        CHECK(phones[0].value == c.e164);
        CHECK(span(text, phones[0]) == c.number);
        CHECK(phones[0].confidence >= 0.6);
    }
}

TEST_CASE("contacts: dates, times, money and ids are not phone numbers", "[text]") {
    const std::vector<std::string> negatives = {
        "Trip on 14/03/2024 at the farm",
        "Trip on 2024-03-14 at the farm",
        "Trip on 14.03.2024 at the farm",
        "Session 10:30-11:45 in the hall",
        "Governor 2019-2024 and 2020-2021",
        "Raised \xC2\xA3"
        "1,234,567.00 for charity, \xC2\xA3"
        "12345678901",
        "Order 1234567890 shipped",
        "Order #07700900123 shipped",
        "Ref 123456789012345 and id 9876543210",
        "Tracking AB07700900123CD",
        "Only 12345 people",
        "",
    };
    for (const auto& text : negatives) {
        INFO("text: " << text);
        CHECK(find_phones(text).empty());
    }
}

TEST_CASE("contacts: phone offsets are UTF-8 byte offsets", "[text]") {
    const std::string text =
        "Caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x94 ring 07700 900123 \xF0\x9F\x93\x9E";
    const auto phones = find_phones(text);
    REQUIRE(phones.size() == 1);
    CHECK(span(text, phones[0]) == "07700 900123");
    CHECK(phones[0].begin == text.find("07700"));

    // Invalid UTF-8 elsewhere neither hides the number nor shifts its offsets.
    const std::string broken = "\xFF\xFE ring 07700 900123 \xC3";
    const auto found = find_phones(broken);
    REQUIRE(found.size() == 1);
    CHECK(span(broken, found[0]) == "07700 900123");
}

TEST_CASE("contacts: several numbers in one text, in order", "[text]") {
    const std::string link = "<a href=\"tel:07911123456\">ring</a>";
    const auto linked = find_phones(link);
    REQUIRE(linked.size() == 1);
    CHECK(linked[0].value == "+447911123456");

    const std::string text = "Home 01225 123456, mobile +44 7911 123456.";
    const auto phones = find_phones(text);
    REQUIRE(phones.size() == 2);
    CHECK(phones[0].value == "+441225123456");
    CHECK(phones[1].value == "+447911123456");
    CHECK(phones[0].end <= phones[1].begin);
}

TEST_CASE("contacts: e-mail addresses", "[text]") {
    struct Case {
        std::string text;
        std::vector<std::string> values;
    };
    const std::vector<Case> cases = {
        {"Write to Head@Riverside.SCH.uk today", {"head@riverside.sch.uk"}},
        {"me: jane.doe+school@gmail.com.", {"jane.doe+school@gmail.com"}},
        {"<a.b-c@mail.example.co.uk>, x_y@z.io", {"a.b-c@mail.example.co.uk", "x_y@z.io"}},
        {"mailto:office@riverside.sch.uk", {"office@riverside.sch.uk"}},
        {"see https://x.com/@user and https://www.tiktok.com/@someone", {}},
        {"ftp://user:pass@host.example.com/file", {}},
        {"@handle says hi @ noon", {}},
        {"broken@domain and a@b.c and a@-b.com", {}},
        {"two@@ats.com", {}},
        {"", {}},
    };
    for (const auto& c : cases) {
        INFO("text: " << c.text);
        const auto found = find_emails(c.text);
        REQUIRE(found.size() == c.values.size());
        for (std::size_t i = 0; i < found.size(); ++i) {
            CHECK(found[i].value == c.values[i]);
            CHECK(span(c.text, found[i]).size() == c.values[i].size());
        }
    }
    // A long run of '@' and address characters stays linear and finds nothing bad.
    const std::string hostile(100000, '@');
    CHECK(find_emails(hostile).empty());
    CHECK(find_emails(std::string(100, 'a') + "@example.com").empty());
    CHECK(find_emails("a@" + std::string(300, 'b') + ".com").empty());
    std::string many;
    for (int i = 0; i < 2000; ++i) {
        many += "a@b.co ";
    }
    CHECK(find_emails(many).size() == 2000);
}

TEST_CASE("contacts: UK postcodes in every outward shape", "[text]") {
    struct Case {
        std::string postcode;
        std::string value;
    };
    const std::vector<Case> positives = {
        {"BA1 2AB", "BA1 2AB"},   {"ba1 2ab", "BA1 2AB"},  {"BA12AB", "BA1 2AB"},
        {"M1 1AE", "M1 1AE"},     {"B33 8TH", "B33 8TH"},  {"CR2 6XH", "CR2 6XH"},
        {"DN55 1PT", "DN55 1PT"}, {"W1A 0AX", "W1A 0AX"},  {"EC1A 1BB", "EC1A 1BB"},
        {"SW1A 1AA", "SW1A 1AA"}, {"sw1a1aa", "SW1A 1AA"}, {"GIR 0AA", "GIR 0AA"},
    };
    for (const auto& c : positives) {
        const std::string text = "We live at 3 High St, Bath, " + c.postcode + ".";
        INFO("text: " << text);
        const auto found = find_postcodes(text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].value == c.value);
        CHECK(span(text, found[0]) == c.postcode);
        CHECK(normalise_postcode(c.postcode) == c.value);
    }
    const std::vector<std::string> negatives = {
        "XBA1 2AB", // not at a word start
        "BA1 2ABC", // runs on
        "QA1 2AB",  // Q never starts a postcode
        "BA1 2CB",  // C is not an inward letter
        "BI1 2AB",  // I is not a second letter
        "W1L 0AX",  // L is not a third letter in A9A
        "EC1C 1BB", // C is not a fourth letter in AA9A
        "BA1  2AB", // two spaces
        "mp3 player 4you", "",
    };
    for (const auto& text : negatives) {
        INFO("text: " << text);
        CHECK(find_postcodes(text).empty());
    }
    const auto clear = find_postcodes("BA1 2AB");
    const auto loose = find_postcodes("ba12ab");
    REQUIRE(clear.size() == 1);
    REQUIRE(loose.size() == 1);
    CHECK(clear[0].confidence > loose[0].confidence);
    CHECK(normalise_postcode("not a postcode").empty());
    CHECK(normalise_postcode(" ba1   2ab ") == "BA1 2AB");
    CHECK(normalise_postcode("BA1 2AB X").empty());
}
