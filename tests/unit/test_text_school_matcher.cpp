#include "audit/text/school_matcher.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using audit::Mention;
using audit::MentionKind;
using audit::SchoolMatcher;
using audit::SchoolProfile;

namespace {

SchoolProfile riverside() {
    SchoolProfile p;
    p.name = "Riverside Primary School";
    p.aliases = {"Riverside Primary", "RPS"};
    p.trust = "Vale Learning Trust";
    p.others = {"Somerset Council"};
    p.domains = {"riverside.sch.uk"};
    p.not_us = {"North Riverside Primary"};
    return p;
}

std::string span(const std::string& text, const Mention& m) {
    return text.substr(m.begin, m.end - m.begin);
}

bool any_signal_contains(const Mention& m, const std::string& part) {
    for (const auto& s : m.signals) {
        if (s.find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("school_matcher: finds the school however it is written", "[text]") {
    struct Case {
        std::string text;
        MentionKind kind;
        std::string span;    // original text of the mention
        std::string matched; // the profile's term
        double min_confidence;
        double max_confidence;
        std::string signal; // part of one signal
    };
    const std::vector<Case> cases = {
        {"Great day at Riverside Primary School today", MentionKind::name,
         "Riverside Primary School", "Riverside Primary School", 0.9, 1.0,
         "school name 'Riverside Primary School' in text"},
        {"Off to Riv\xC3\xA9rside Primary for the fair", MentionKind::alias,
         "Riv\xC3\xA9rside Primary", "Riverside Primary", 0.85, 0.95, "school alias"},
        {"RIVERSIDE PRIMARY SCHOOL", MentionKind::name, "RIVERSIDE PRIMARY SCHOOL",
         "Riverside Primary School", 0.9, 1.0, "school name"},
        {"#RiversidePrimary sports day!", MentionKind::hashtag, "RiversidePrimary",
         "Riverside Primary", 0.8, 0.9, "hashtag #RiversidePrimary"},
        {"loved #RiversidePrimarySchool", MentionKind::hashtag, "RiversidePrimarySchool",
         "Riverside Primary School", 0.8, 0.9, "hashtag #RiversidePrimarySchool"},
        {"follow riverside_primary for news", MentionKind::alias, "riverside_primary",
         "Riverside Primary", 0.85, 0.95, "school alias"},
        {"tagged @riversideprimary in it", MentionKind::alias, "riversideprimary",
         "Riverside Primary", 0.75, 0.9, "account name @riversideprimary"},
        {"Email head@riverside.sch.uk for details", MentionKind::domain, "riverside.sch.uk",
         "riverside.sch.uk", 0.9, 1.0, "e-mail address on the school web domain"},
        {"see https://www.riverside.sch.uk/news/1", MentionKind::domain, "riverside.sch.uk",
         "riverside.sch.uk", 0.9, 1.0, "school web domain riverside.sch.uk"},
        {"So proud of RPS today", MentionKind::abbreviation, "RPS", "RPS", 0.65, 0.75,
         "school abbreviation 'RPS'"},
        {"(RPS)", MentionKind::abbreviation, "RPS", "RPS", 0.65, 0.75, "abbreviation"},
        {"fun times #rps", MentionKind::hashtag, "rps", "RPS", 0.65, 0.75, "hashtag #rps"},
        {"A letter from the Vale Learning Trust", MentionKind::trust, "Vale Learning Trust",
         "Vale Learning Trust", 0.75, 0.85, "trust name"},
        {"working for somerset council", MentionKind::other_employer, "somerset council",
         "Somerset Council", 0.55, 0.65, "employer name"},
        {"Staff at Lower Riverside Primary again", MentionKind::alias, "Riverside Primary",
         "Riverside Primary", 0.0, 0.45, "preceded by 'Lower' — may be another school"},
        {"We met at Westfield Riverside Primary", MentionKind::alias, "Riverside Primary",
         "Riverside Primary", 0.0, 0.45, "preceded by 'Westfield'"},
        {"St. Riverside Primary", MentionKind::alias, "Riverside Primary", "Riverside Primary", 0.0,
         0.45, "preceded by 'St'"},
        {"Visiting Riverside Primary", MentionKind::alias, "Riverside Primary", "Riverside Primary",
         0.85, 0.95, "school alias"},
        {"Hello. Riverside Primary is great", MentionKind::alias, "Riverside Primary",
         "Riverside Primary", 0.85, 0.95, "school alias"},
        {"\xFF\xFE RPS \xC3", MentionKind::abbreviation, "RPS", "RPS", 0.65, 0.75, "abbreviation"},
    };
    const SchoolMatcher matcher(riverside());
    REQUIRE_FALSE(matcher.empty());
    for (const auto& c : cases) {
        INFO("text: " << c.text);
        const auto mentions = matcher.find(c.text);
        REQUIRE(mentions.size() == 1);
        const auto& m = mentions.front();
        CHECK(m.kind == c.kind);
        CHECK(span(c.text, m) == c.span);
        CHECK(m.matched == c.matched);
        CHECK(m.confidence >= c.min_confidence);
        CHECK(m.confidence <= c.max_confidence);
        CHECK(any_signal_contains(m, c.signal));
    }
}

TEST_CASE("school_matcher: rejects look-alikes and other schools", "[text]") {
    const std::vector<std::string> negatives = {
        "that was a corpse",               // abbreviation inside a word
        "RPSX results",                    // abbreviation followed by more letters
        "XRPS",                            //
        "RPS2024",                         //
        "rps in lower case means nothing", // lower-case abbreviation in prose
        "the Rps meeting",                 // mixed case
        "North Riverside Primary won",     // another school, listed in not_us
        "North Riverside Primary School fair",
        "north riverside primary",
        "#NorthRiversidePrimary",
        "riverside sch uk", // domain words but not a domain
        "the riverside park and primary school",
        "Riversideprimaryschools", // squashed name inside a longer word
        "",
        "\xFF\xFE\xFD",
    };
    const SchoolMatcher matcher(riverside());
    for (const auto& text : negatives) {
        INFO("text: " << text);
        const auto mentions = matcher.find(text);
        CHECK(mentions.empty());
    }
}

TEST_CASE("school_matcher: overlapping terms merge, longest wins, order by position", "[text]") {
    const SchoolMatcher matcher(riverside());
    const std::string text = "RPS (Riverside Primary School) is part of Vale Learning Trust; "
                             "office@riverside.sch.uk";
    const auto mentions = matcher.find(text);
    REQUIRE(mentions.size() == 4);
    CHECK(mentions[0].kind == MentionKind::abbreviation);
    CHECK(mentions[1].kind == MentionKind::name); // not also the alias "Riverside Primary"
    CHECK(span(text, mentions[1]) == "Riverside Primary School");
    CHECK(mentions[2].kind == MentionKind::trust);
    CHECK(mentions[3].kind == MentionKind::domain);
    for (std::size_t i = 1; i < mentions.size(); ++i) {
        CHECK(mentions[i - 1].end <= mentions[i].begin);
    }
    // Repeated mentions sharing a separator are all found.
    CHECK(matcher.find("RPS RPS RPS").size() == 3);
}

TEST_CASE("school_matcher: common-word aliases are weak, empty profiles match nothing", "[text]") {
    SchoolProfile oaks;
    oaks.name = "The Oaks Academy";
    oaks.aliases = {"Oaks", "kes"};
    const SchoolMatcher matcher(oaks);
    const auto oak_mentions = matcher.find("under the Oaks again");
    REQUIRE(oak_mentions.size() == 1);
    CHECK(oak_mentions[0].confidence < 0.5);
    CHECK(any_signal_contains(oak_mentions[0], "everyday word"));
    const auto short_alias = matcher.find("kes is here");
    REQUIRE(short_alias.size() == 1);
    CHECK(short_alias[0].confidence < 0.5);

    const SchoolMatcher nothing(SchoolProfile{});
    CHECK(nothing.empty());
    CHECK(nothing.find("Riverside Primary School").empty());
}

TEST_CASE("school_matcher: find is safe from several threads at once", "[text]") {
    const SchoolMatcher matcher(riverside());
    const std::string text = "At #RiversidePrimary with RPS staff and head@riverside.sch.uk";
    const auto expected = matcher.find(text);
    REQUIRE(expected.size() == 3);
    std::vector<int> agreed(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < agreed.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                const auto got = matcher.find(text);
                if (got.size() == expected.size() && got[0].begin == expected[0].begin &&
                    got[2].end == expected[2].end) {
                    ++agreed[t];
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (const auto count : agreed) {
        CHECK(count == 200);
    }
}

TEST_CASE("school_matcher: kind names", "[text]") {
    CHECK(audit::to_string(MentionKind::hashtag) == "hashtag");
    CHECK(audit::to_string(MentionKind::other_employer) == "other_employer");
}
