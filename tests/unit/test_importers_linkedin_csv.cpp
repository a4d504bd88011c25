// The LinkedIn CSV importer on small exports built in memory, one file at a time, with the quirks
// of the real files (EXPORT-FORMATS.md §5). Dates, quoting helpers, detection and broken files:
// test_importers_linkedin_csv_formats.cpp.
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/core/time.hpp"
#include "audit/importers/importer.hpp"
#include <algorithm>
#include <catch2/catch.hpp>

using namespace audit;

namespace {

const Importer& linkedin() {
    for (const Importer& importer : all_importers())
        if (importer.id == "linkedin_csv") return importer;
    FAIL("linkedin_csv is not registered");
    throw 0;
}

Export import_files(std::vector<std::pair<std::string, std::string>> files) {
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive("Complete_LinkedInDataExport_04-06-2026.zip", std::move(files)));
    ExportView view(std::move(parts));
    Export out;
    linkedin().import_export(view, out);
    return out;
}

const ProfileField* field(const Export& out, std::string_view label, std::string_view value) {
    for (const ProfileField& f : out.profile)
        if (f.label == label && f.value == value) return &f;
    return nullptr;
}

const Connection* person(const Export& out, std::string_view item) {
    for (const Connection& c : out.connections)
        if (c.source.item == item) return &c;
    return nullptr;
}

bool has_skipped(const Export& out, std::string_view what) {
    return std::any_of(out.skipped.begin(), out.skipped.end(),
                       [what](const Skipped& s) { return s.what == what; });
}

const char* k_profile =
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    "Jordan,Ellis,Morgan,\"14 Orchard Close, Bath\",May 17,\"Year 4 Teacher at Riverside Primary "
    "School\",\"I teach, I run. \xF0\x9F\x8F\x83 jordan@example.com\",Primary/Secondary Education,"
    "BA2 5QT,\"Bath, England, United Kingdom\",\"[jordan_runs,jellis]\","
    "\"[COMPANY:https://www.riverside.sch.uk/,PERSONAL:https://example.com/a,b]\",\n";

const char* k_connections =
    "Notes:\n"
    "\"When exporting your connection data, you may notice that some of the email addresses are "
    "missing. You will only see email addresses for connections who have allowed it.\"\n"
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Rachel,Mason ,https://www.linkedin.com/in/rachel-mason-1a2b3c,rachel@example.com,"
    "\"Bath Dental, Ltd\",Dentist,06 Apr 2026\n"
    ",,,,,,25 Feb 2026\n"
    "Ben,\"Sample, PhD\",https://www.linkedin.com/in/ben-sample/,,,,03 Apr 2026\n";

} // namespace

TEST_CASE("linkedin_csv: reads Profile.csv with its bracketed lists and a yearless birthday",
          "[importers][linkedin]") {
    const Export out = import_files({{"Profile.csv", k_profile}});
    CHECK(out.problems.empty());
    CHECK(out.platform == Platform::linkedin);
    CHECK(out.format == Format::csv);
    CHECK(out.owner == "Jordan Ellis");
    CHECK(out.files_read == 1);
    struct Expected {
        FieldKind kind;
        std::string label, value;
        bool current;
    };
    const std::vector<Expected> expected = {
        {FieldKind::name, "Profile.Name", "Jordan Ellis", true},
        {FieldKind::name, "Profile.Maiden Name", "Morgan", false},
        {FieldKind::address, "Profile.Address", "14 Orchard Close, Bath", true},
        {FieldKind::birthday, "Profile.Birth Date", "05-17", true},
        {FieldKind::work, "Profile.Headline", "Year 4 Teacher at Riverside Primary School", true},
        {FieldKind::bio, "Profile.Summary", "I teach, I run. \xF0\x9F\x8F\x83 jordan@example.com",
         true},
        {FieldKind::work, "Profile.Industry", "Primary/Secondary Education", true},
        {FieldKind::address, "Profile.Zip Code", "BA2 5QT", true},
        {FieldKind::city, "Profile.Geo Location", "Bath, England, United Kingdom", true},
        {FieldKind::username, "Profile.Twitter Handles", "jordan_runs", true},
        {FieldKind::username, "Profile.Twitter Handles", "jellis", true},
        {FieldKind::website, "Profile.Websites", "https://www.riverside.sch.uk/", true},
        // A comma inside a URL continues it: only "TYPE:" starts a new one.
        {FieldKind::website, "Profile.Websites", "https://example.com/a,b", true},
    };
    CHECK(out.profile.size() == expected.size());
    for (const Expected& e : expected) {
        INFO(e.label << " = " << e.value);
        const ProfileField* f = field(out, e.label, e.value);
        REQUIRE(f);
        CHECK(f->kind == e.kind);
        CHECK(f->current == e.current);
        CHECK(f->source.file == "Profile.csv");
    }
    CHECK(
        field(out, "Profile.Headline", "Year 4 Teacher at Riverside Primary School")->source.item ==
        "profile work: Year 4 Teacher at Riverside Primary School");
    CHECK(has_skipped(out, "profile visibility"));
}

TEST_CASE("linkedin_csv: an empty Finished On is the current job", "[importers][linkedin]") {
    const Export out = import_files(
        {{"Positions.csv",
          "Company Name,Title,Description,Location,Started On,Finished On\n"
          "Riverside Primary School,Year 4 Teacher,\"Oak class; maths lead.\",\"Bath, UK\",Sep "
          "2015,\n"
          "Little Acorns Day Nursery,Nursery Practitioner,,Frome,Sep 2008,Jul 2015\n"},
         {"Education.csv", "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                           "Kingsmead University,2004,2008,,BEd,\n"
                           "Open University,2024,,,MA Education,\n"}});
    CHECK(out.problems.empty());
    REQUIRE(field(out, "Positions.Company Name", "Riverside Primary School"));
    CHECK(field(out, "Positions.Company Name", "Riverside Primary School")->current);
    CHECK(field(out, "Positions.Title", "Year 4 Teacher")->current);
    CHECK(field(out, "Positions.Description", "Oak class; maths lead.")->current);
    REQUIRE(field(out, "Positions.Company Name", "Little Acorns Day Nursery"));
    CHECK_FALSE(field(out, "Positions.Company Name", "Little Acorns Day Nursery")->current);
    CHECK_FALSE(field(out, "Positions.Title", "Nursery Practitioner")->current);
    CHECK(field(out, "Positions.Company Name", "Riverside Primary School")->kind ==
          FieldKind::work);
    REQUIRE(field(out, "Education.School Name", "Kingsmead University"));
    CHECK_FALSE(field(out, "Education.School Name", "Kingsmead University")->current);
    CHECK(field(out, "Education.School Name", "Open University")->current);
    CHECK(field(out, "Education.School Name", "Open University")->kind == FieldKind::education);
    CHECK(out.profile.size() == 7);
}

TEST_CASE("linkedin_csv: finds the Connections header after the Notes preamble",
          "[importers][linkedin]") {
    const Export out = import_files({{"Connections.csv", k_connections}});
    CHECK(out.problems.empty());
    // The row empty apart from its date is skipped, and the coverage says so.
    REQUIRE(out.connections.size() == 2);
    CHECK(has_skipped(out, "connections without a name"));
    const Connection* rachel = person(out, "connection Rachel Mason");
    REQUIRE(rachel);
    CHECK(rachel->relation == Relation::friend_);
    CHECK(rachel->display_name == "Rachel Mason");
    CHECK(rachel->username == "rachel-mason-1a2b3c");
    CHECK(rachel->source.url == "https://www.linkedin.com/in/rachel-mason-1a2b3c");
    CHECK(rachel->source.file == "Connections.csv");
    CHECK(rachel->contact == "rachel@example.com");
    CHECK(rachel->company == "Bath Dental, Ltd");
    CHECK(rachel->position == "Dentist");
    CHECK(iso_utc(rachel->since) == "2026-04-06T00:00:00Z");
    const Connection* ben = person(out, "connection Ben Sample, PhD");
    REQUIRE(ben);
    CHECK(ben->username == "ben-sample");
    CHECK(ben->contact.empty());
    CHECK(ben->company.empty());
}

TEST_CASE("linkedin_csv: Connections without a preamble read the same", "[importers][linkedin]") {
    const Export out = import_files(
        {{"Connections.csv",
          "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
          "Anna,Example,https://www.linkedin.com/in/anna-example,,,,06 Apr 2026\r\n"}});
    CHECK(out.problems.empty());
    REQUIRE(out.connections.size() == 1);
    CHECK(out.connections[0].display_name == "Anna Example");
    CHECK_FALSE(has_skipped(out, "connections without a name"));
}

TEST_CASE("linkedin_csv: strips Shares.csv's doubled-quote artefacts line by line",
          "[importers][linkedin]") {
    const Export out = import_files(
        {{"Shares.csv",
          "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
          "2026-04-02 22:25:49,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,"
          "\"So proud of Year 4 at Riverside Primary today.\"\"\n"
          "\"\"\"\"\n"
          "\"\"Thank you to every parent who came along.\"\"\n"
          "\"\"\"\"\n"
          "\"\"More photos on the school page.\",\"https://www.riverside.sch.uk/news\","
          "\"https://media.licdn.com/x.jpg\",MEMBER_NETWORK\n"
          "2026-03-11 21:39:01,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A2,"
          "\"Reading \"\"The Gruffalo\"\" again\",\"\",\"\",PUBLIC\n"
          "2026-03-10 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A3,"
          "Hire my colleague!  She's great,,,CONNECTIONS\n"}});
    CHECK(out.problems.empty());
    REQUIRE(out.posts.size() == 3);
    const Post& first = out.posts[0];
    CHECK(first.text == "So proud of Year 4 at Riverside Primary today.\n\nThank you to every "
                        "parent who came along.\n\nMore photos on the school page.");
    CHECK(first.source.item == "share 2026-04-02T22:25:49Z");
    CHECK(first.source.url == "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1");
    CHECK(first.links == std::vector<std::string>{"https://www.riverside.sch.uk/news"});
    CHECK(first.audience == "member_network");
    // One line is an ordinary field: the author's own quotes stay.
    CHECK(out.posts[1].text == "Reading \"The Gruffalo\" again");
    CHECK(out.posts[1].audience == "public");
    CHECK(out.posts[1].links.empty());
    CHECK(out.posts[2].text == "Hire my colleague!  She's great");
    CHECK(out.posts[2].audience == "connections");
    CHECK(has_skipped(out, "share audience"));
    CHECK(has_skipped(out, "share images and videos"));
}

TEST_CASE("linkedin_csv: reads Comments.csv's backslash-escaped quotes", "[importers][linkedin]") {
    const Export out = import_files(
        {{"Comments.csv",
          "Date,Link,Message\n"
          "2026-04-06 "
          "18:32:55,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A3,Exactly!\n"
          "2026-04-06 15:43:56,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A4,"
          "\"I heard it called a \\\"pitch slap\\\", and it stuck.\"\n"
          "2026-04-05 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A5,"
          "\"She said \\\"hi\\\"\"\n"}});
    CHECK(out.problems.empty());
    REQUIRE(out.comments.size() == 3);
    CHECK(out.comments[0].text == "Exactly!");
    // A standard reader would end the field at `\",` and shift every later column.
    CHECK(out.comments[1].text == "I heard it called a \"pitch slap\", and it stuck.");
    CHECK(out.comments[1].source.url ==
          "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A4");
    CHECK(out.comments[1].source.item == "comment 2026-04-06T15:43:56Z");
    CHECK(out.comments[2].text == "She said \"hi\"");
}

TEST_CASE("linkedin_csv: invitations in both directions, with their notes as messages",
          "[importers][linkedin]") {
    const Export out = import_files(
        {{"Profile.csv", "First Name,Last Name,Headline\nJordan,Ellis,Teacher\n"},
         {"Invitations.csv",
          "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
          "Jordan Ellis,Ben Sample,\"4/6/26, 2:12 "
          "PM\",,OUTGOING,https://www.linkedin.com/in/jordan,"
          "https://www.linkedin.com/in/ben-sample\n"
          "\"Cara Person, MBA\",Jordan Ellis,\"3/23/26, 12:05 AM\",Let's connect!,INCOMING,"
          "https://www.linkedin.com/in/cara-person,https://www.linkedin.com/in/jordan\n"
          "Someone,Jordan Ellis,\"3/1/26, 9:00 AM\",,SIDEWAYS,,\n"}});
    const Connection* sent = person(out, "invitation sent Ben Sample");
    REQUIRE(sent);
    CHECK(sent->relation == Relation::request_sent);
    CHECK(sent->username == "ben-sample");
    CHECK(iso_utc(sent->since) == "2026-04-06T14:12:00Z");
    const Connection* received = person(out, "invitation received Cara Person, MBA");
    REQUIRE(received);
    CHECK(received->relation == Relation::request_received);
    CHECK(received->source.url == "https://www.linkedin.com/in/cara-person");
    CHECK(iso_utc(received->since) == "2026-03-23T00:05:00Z");
    REQUIRE(out.messages.size() == 1);
    CHECK(out.messages[0].text == "Let's connect!");
    CHECK(out.messages[0].sender == "Cara Person, MBA");
    CHECK_FALSE(out.messages[0].sent_by_owner);
    CHECK(out.messages[0].thread == "invitation from Cara Person, MBA");
    // An unknown direction is reported, not guessed.
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].file == "Invitations.csv");
    CHECK(out.problems[0].message.find("SIDEWAYS") != std::string::npos);
}

TEST_CASE("linkedin_csv: e-mails, phones with blank rows and leading spaces, WhatsApp",
          "[importers][linkedin]") {
    const Export out = import_files(
        {{"Email Addresses.csv", "Email Address,Confirmed,Primary,Updated On\n"
                                 "jordan@example.com,Yes,Yes,\"1/19/26, 12:21 PM\"\n"
                                 "old@example.org,No,No,\"1/19/26, 12:21 PM\""},
         {"PhoneNumbers.csv",
          "Extension,Number,Type\n,,\n, +44 7700 900461,Mobile\n,,\n12, 0117 496 0738,\n"},
         {"Whatsapp Phone Numbers.csv",
          "Number,Extension,Is_WhatsApp_Number\n447700900461,,true\n"}});
    CHECK(out.problems.empty());
    CHECK(field(out, "Email Addresses.Primary", "jordan@example.com"));
    CHECK(field(out, "Email Addresses.Unconfirmed", "old@example.org"));
    CHECK(field(out, "PhoneNumbers.Mobile", "+44 7700 900461"));
    CHECK(field(out, "PhoneNumbers", "0117 496 0738 ext. 12"));
    CHECK(field(out, "Whatsapp Phone Numbers", "447700900461"));
    CHECK(out.profile.size() == 5);
    for (const ProfileField& f : out.profile)
        CHECK((f.kind == FieldKind::email || f.kind == FieldKind::phone));
}

TEST_CASE("linkedin_csv: follows, company pages, searches, log-ins and registration",
          "[importers][linkedin]") {
    const Export out = import_files(
        {{"Member_Follows_252701747.csv", "Date,Status,FullName\n"
                                          "2026-04-06 14:48:23,Active,Anna Example\n"
                                          "2026-01-17 17:05:01,Unfollow,Former Follow\n"},
         {"Company Follows.csv",
          "Organization,Followed On\nRiverside Primary School,Sat Sep 05 08:12:14 UTC 2026\n"},
         {"SearchQueries.csv", "Time,Search Query\n2026-02-01 20:00:00 UTC,ellie mason\n"},
         {"Logins.csv", "Login Date,IP Address,User Agent,Login "
                        "Type\n2026-01-01,198.51.100.7,Mozilla,PASSWORD\n"},
         {"Registration.csv",
          "Registered At,Registration Ip,Subscription Types\n\"3/24/09, 1:38 AM\",192.0.2.19,\n"}});
    CHECK(out.problems.empty());
    const Connection* anna = person(out, "following Anna Example");
    REQUIRE(anna);
    CHECK(anna->relation == Relation::following);
    CHECK(anna->source.file == "Member_Follows_252701747.csv");
    REQUIRE(person(out, "unfollowed Former Follow"));
    CHECK(person(out, "unfollowed Former Follow")->relation == Relation::removed);
    REQUIRE(out.groups.size() == 1);
    CHECK(out.groups[0].kind == GroupKind::page);
    CHECK(out.groups[0].name == "Riverside Primary School");
    CHECK(iso_utc(out.groups[0].time) == "2026-09-05T08:12:14Z");
    REQUIRE(out.searches.size() == 1);
    CHECK(out.searches[0].query == "ellie mason");
    CHECK(out.searches[0].source.item == "search 2026-02-01T20:00:00Z");
    REQUIRE(out.logins.size() == 2);
    CHECK(out.logins[0].source.item == "registration 2009-03-24T01:38:00Z");
    CHECK(out.logins[0].ip == "192.0.2.19");
    CHECK(out.logins[1].ip == "198.51.100.7");
    CHECK(out.logins[1].device == "Mozilla");
    CHECK(iso_utc(out.logins[1].time) == "2026-01-01T00:00:00Z");
}

TEST_CASE("linkedin_csv: messages.csv with its quoted header", "[importers][linkedin]") {
    const Export out = import_files(
        {{"Profile.csv", "First Name,Last Name\nJordan,Ellis\n"},
         {"messages.csv",
          "\"CONVERSATION ID\",\"CONVERSATION TITLE\",\"FROM\",\"SENDER PROFILE URL\",\"TO\","
          "\"RECIPIENT PROFILE URLS\",\"DATE\",\"SUBJECT\",\"CONTENT\",\"FOLDER\"\n"
          "2-abc,,Jordan Ellis,https://www.linkedin.com/in/jordan,Priya Shah,"
          "https://www.linkedin.com/in/priya,2026-02-02 19:00:00 UTC,,See you Monday,INBOX\n"}});
    CHECK(out.problems.empty());
    REQUIRE(out.messages.size() == 1);
    CHECK(out.messages[0].sent_by_owner);
    CHECK(out.messages[0].thread == "Priya Shah");
    CHECK(out.messages[0].source.item == "message 2026-02-02T19:00:00Z in Priya Shah");
}
