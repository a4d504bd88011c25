// LinkedIn's date formats, its two non-RFC-4180 quoting habits, detection (both ways: LinkedIn is
// not claimed by other importers, and LinkedIn claims no one else's export), and broken files.
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/core/time.hpp"
#include "audit/importers/importer.hpp"
#include "audit/importers/linkedin_csv_internal.hpp"
#include <catch2/catch.hpp>

using namespace audit;

namespace {

const Importer& linkedin_importer() {
    for (const Importer& importer : all_importers())
        if (importer.id == "linkedin_csv") return importer;
    FAIL("linkedin_csv is not registered");
    throw 0;
}

ExportView view_of(std::vector<std::pair<std::string, std::string>> files) {
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive("export.zip", std::move(files)));
    return ExportView(std::move(parts));
}

Export import_files(std::vector<std::pair<std::string, std::string>> files) {
    const ExportView view = view_of(std::move(files));
    Export out;
    linkedin_importer().import_export(view, out);
    return out;
}

const char* k_connections_header =
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

} // namespace

TEST_CASE("linkedin_csv: every date format LinkedIn writes, as UTC", "[importers][linkedin]") {
    struct Case {
        std::string text, iso;
    };
    const std::vector<Case> cases = {
        {"06 Apr 2026", "2026-04-06T00:00:00Z"}, // Connections
        {"6 Apr 2026", "2026-04-06T00:00:00Z"},
        {"4/6/26, 2:12 PM", "2026-04-06T14:12:00Z"}, // Invitations, e-mails, registration
        {"3/24/09, 1:38 AM", "2009-03-24T01:38:00Z"},
        {"12/31/25, 12:00 AM", "2025-12-31T00:00:00Z"}, // midnight
        {"1/1/26, 12:30 PM", "2026-01-01T12:30:00Z"},   // half past noon
        {"4/6/2026", "2026-04-06T00:00:00Z"},
        {"2026-04-02 22:25:49", "2026-04-02T22:25:49Z"}, // Shares, Comments, Member_Follows
        {"2026-04-02 22:25:49 UTC", "2026-04-02T22:25:49Z"},
        {"2026/04/02 22:25:49 UTC", "2026-04-02T22:25:49Z"},
        {"2026-04-02", "2026-04-02T00:00:00Z"},
        {"May 2016", "2016-05-01T00:00:00Z"}, // Positions
        {"September 2016", "2016-09-01T00:00:00Z"},
        {"2015", "2015-01-01T00:00:00Z"},                         // Education
        {"Sat Sep 05 08:12:14 UTC 2026", "2026-09-05T08:12:14Z"}, // Company Follows
        {"Jun 1 2026", "2026-06-01T00:00:00Z"},
        {"  06 Apr 2026 ", "2026-04-06T00:00:00Z"},
        {"29 Feb 2024", "2024-02-29T00:00:00Z"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        auto t = linkedin::parse_date(c.text);
        REQUIRE(t);
        CHECK(iso_utc(*t) == c.iso);
    }
}

TEST_CASE("linkedin_csv: dates in no known format are refused, never guessed",
          "[importers][linkedin]") {
    for (std::string_view text :
         {"", "Tomorrow", "06/04/2026 14:12", "4/6/26, 14:12", "4/6/26, 13:12 PM", "13/1/26",
          "29 Feb 2025", "31 Apr 2026", "2026-13-01", "2026-04-02 25:00:00", "Jun 20",
          "06 Avr 2026", "2026-04-02 22:25:49 BST", "20260402", "4/6/126, 2:12 PM"}) {
        INFO("'" << text << "'");
        CHECK_FALSE(linkedin::parse_date(text));
    }
}

TEST_CASE("linkedin_csv: birthdays with and without a year", "[importers][linkedin]") {
    CHECK(linkedin::parse_birthday("Jun 20") == std::optional<std::string>("06-20"));
    CHECK(linkedin::parse_birthday("Feb 29") == std::optional<std::string>("02-29"));
    CHECK(linkedin::parse_birthday("Jun 20, 1986") == std::optional<std::string>("1986-06-20"));
    CHECK(linkedin::parse_birthday("20 Jun 1986") == std::optional<std::string>("1986-06-20"));
    CHECK(linkedin::parse_birthday("1986-06-20") == std::optional<std::string>("1986-06-20"));
    CHECK_FALSE(linkedin::parse_birthday("Jun 31"));
    CHECK_FALSE(linkedin::parse_birthday("sometime in June"));
}

TEST_CASE("linkedin_csv: share text artefacts and backslash quotes", "[importers][linkedin]") {
    using linkedin::clean_share_text;
    CHECK(clean_share_text("one line with \"quotes\"") == "one line with \"quotes\"");
    CHECK(clean_share_text("para1\"\n\"\"\n\"para2") == "para1\n\npara2");
    CHECK(clean_share_text("para1\"\r\n\"\"\r\n\"para2") == "para1\n\npara2");
    CHECK(clean_share_text("a\"\n\"b\"\n\"c") == "a\nb\nc");
    // Lines without the artefacts are left alone.
    CHECK(clean_share_text("first\nsecond") == "first\nsecond");

    using linkedin::rfc4180_quotes;
    CHECK(rfc4180_quotes("a,\"x \\\"y\\\" z\",b") == "a,\"x \"\"y\"\" z\",b");
    CHECK(rfc4180_quotes("a,\"rfc \"\"ok\"\"\",b") == "a,\"rfc \"\"ok\"\"\",b");
    // Outside a quoted field a backslash is an ordinary character.
    CHECK(rfc4180_quotes("a,back\\slash \\\"x,b") == "a,back\\slash \\\"x,b");
    CHECK(rfc4180_quotes("x\n\"\\\"\"\n") == "x\n\"\"\"\"\n");
}

TEST_CASE("linkedin_csv: an unknown date is a problem naming the file, the row stays",
          "[importers][linkedin]") {
    const Export out = import_files(
        {{"Connections.csv", std::string(k_connections_header) +
                                 "Anna,Example,https://www.linkedin.com/in/anna,,,,Tomorrow\n"
                                 "Ben,Sample,https://www.linkedin.com/in/ben,,,,Next week\n"}});
    REQUIRE(out.connections.size() == 2);
    CHECK(out.connections[0].since == 0);
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].file == "Connections.csv");
    CHECK(out.problems[0].message.find("2 dates") != std::string::npos);
    CHECK(out.problems[0].message.find("'Tomorrow', line 2, column Connected On") !=
          std::string::npos);
}

TEST_CASE("linkedin_csv: broken files are problems and the rest is imported",
          "[importers][linkedin]") {
    const Export out = import_files({
        {"Shares.csv", "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                       "2026-04-02 22:25:49,https://x,\"never closed\n"},
        {"Positions.csv", "Something,Else\n1,2\n"},
        {"Profile.csv", "First Name,Last Name\nJordan,Ellis\n"},
        {"Comments.csv", ""},
    });
    CHECK(out.owner == "Jordan Ellis");
    REQUIRE(out.problems.size() == 2);
    for (const Problem& p : out.problems) {
        INFO(p.file << ": " << p.message);
        CHECK((p.file == "Shares.csv" || p.file == "Positions.csv"));
        CHECK_FALSE(p.message.empty());
    }
    CHECK(out.files_read == 4);
}

TEST_CASE("linkedin_csv: detection is sure of LinkedIn exports and claims no other",
          "[importers][linkedin]") {
    const ExportView complete =
        view_of({{"Connections.csv",
                  std::string("Notes:\n\"Some note, with a comma\"\n\n") + k_connections_header},
                 {"Profile.csv", "First Name,Last Name,Headline,Geo Location\nA,B,C,D\n"},
                 {"Shares_252701747.csv",
                  "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"}});
    CHECK(linkedin_importer().detect(complete) >= 0.9);
    const Importer* chosen = detect_importer(complete);
    REQUIRE(chosen);
    CHECK(chosen->id == "linkedin_csv");

    // The quick "Basic" archive: profile files only.
    const ExportView basic =
        view_of({{"Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,"
                                 "Headline,Summary,Industry,Zip Code,Geo Location\n"},
                 {"Skills.csv", "Name\nTeaching\n"}});
    CHECK(linkedin_importer().detect(basic) >= 0.9);

    // Not LinkedIn: other platforms' exports, a lone generic CSV, a CSV named like LinkedIn's
    // with someone else's header.
    const std::vector<std::vector<std::pair<std::string, std::string>>> others = {
        {{"user_data_tiktok.json", R"({"Profile": {}})"}},
        {{"personal_information/profile_information/profile_information.json",
          R"({"profile_v2": {}})"},
         {"connections/friends/your_friends.json", R"({"friends_v2": []})"}},
        {{"data/tweets.js", "window.YTD.tweets.part0 = []"}},
        {{"Comments.csv", "id,text\n1,hello\n"}},
        {{"Profile.csv", "id,nickname,score\n1,x,2\n"}, {"Positions.csv", "x,y\n"}},
    };
    for (const auto& files : others) {
        INFO(files.front().first);
        const ExportView view = view_of(files);
        CHECK(linkedin_importer().detect(view) < 0.3);
    }
}
