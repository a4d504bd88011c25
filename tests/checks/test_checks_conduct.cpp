// The word-list checks (confidential.matter, conduct.*, credentials.shared, work.disclaimer,
// personal.identity): hard cases per check, and the scoring rules every finding explains —
// negation lowers, school context raises, abuse received is evidence, secrets are masked.
#include "checks/example_export.hpp"
#include "checks/example_school.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>

using namespace audit;
using test::example_school;

namespace {

std::vector<DraftFinding> run(std::string_view check, std::string_view where, std::string_view text) {
    const CheckInfo* info = find_check(check);
    REQUIRE(info);
    std::vector<Export> exports{test::export_from_example(CheckExample{where, text, true})};
    return test::run_on(*info, exports, example_school());
}

std::vector<DraftFinding> run(std::string_view check, const Export& ex) {
    const CheckInfo* info = find_check(check);
    REQUIRE(info);
    std::vector<Export> exports{ex};
    return test::run_on(*info, exports, example_school());
}

bool has_signal(const DraftFinding& f, std::string_view part) {
    return std::any_of(f.signals.begin(), f.signals.end(),
                       [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

struct Case {
    const char* check;
    const char* where;
    const char* text;
    bool fires;
};

Post post(std::string text, std::string when) {
    Post p;
    p.source = SourceRef{"posts.json", "post " + when, ""};
    p.text = std::move(text);
    return p;
}

} // namespace

TEST_CASE("conduct checks: hard cases fire or stay silent as a reader would expect", "[checks]") {
    const Case cases[] = {
        // conduct.derogatory needs a target the policies protect.
        {"conduct.derogatory", "post", "my class are feral today", true},
        {"conduct.derogatory", "post", "She's a legend", false},
        {"conduct.derogatory", "post", "She's a legend, the best head in Bath", false},
        {"conduct.derogatory", "post", "Killing it in Year 6 this term", false},
        {"conduct.derogatory", "post", "The kids were feral at the soft play", false},
        {"conduct.derogatory", "post", "My parents are clueless with their new phone", false},
        {"conduct.derogatory", "post", "LADO involved after an allegation against a colleague. Awful week.", false},
        {"conduct.derogatory", "comment", "Mrs Clarke is two faced", true},
        {"conduct.derogatory", "comment", "RPS is a laughing stock", true},
        {"conduct.derogatory", "message", "SLT are useless", false}, // private: not published
        // conduct.offensive: whole words, other senses, threats not figures of speech.
        {"conduct.offensive", "post", "Killing it in Year 6, so proud", false},
        {"conduct.offensive", "post", "I could kill for a coffee", false},
        {"conduct.offensive", "post", "Scunthorpe, Penistone, Essex and Sussex: our tour of Britain", false},
        {"conduct.offensive", "post", "Spotted dick for pudding", false},
        {"conduct.offensive", "post", "What a dickhead", true},
        {"conduct.offensive", "post", "Someone should kick his head in", true},
        {"conduct.offensive", "message", "fucking brilliant night", false}, // own message: not read
        // confidential.matter weighs context.
        {"confidential.matter", "post", "Don't tell anyone but I ate the last biscuit", false},
        {"confidential.matter", "post", "Don't tell anyone but Ofsted are in tomorrow", true},
        {"confidential.matter", "post", "GP referral came through", false},
        {"confidential.matter", "post", "Made a referral to the DSL about one of my class", true},
        // conduct.school-community discounts the writer's own children.
        {"conduct.school-community", "post", "Lily's sports day today, she came second", false},
        {"conduct.school-community", "post", "Lily\u2019s sports day today, she came second", false},
        {"conduct.school-community", "post", "Noah's  school trip to the zoo was brilliant", false},
        {"conduct.school-community", "post", "My daughter's parents' evening went well", false},
        {"conduct.school-community", "post", "Parents' evening marathon tonight", true},
        {"conduct.school-community", "post", "Headteacher's new behaviour policy launched today", true},
        // credentials.shared needs a value that looks like a secret.
        {"credentials.shared", "message", "the wifi password is on the fridge", false},
        {"credentials.shared", "message", "the wifi password is Kettle-Lamp-7", true},
        {"credentials.shared", "post", "Dress code is smart casual", false},
        {"credentials.shared", "message", "Log-in for Teams is j.ellis and the password's Autumn2024", true},
    };
    for (const Case& c : cases) {
        INFO(c.check << " on " << c.where << ": " << c.text);
        const auto found = run(c.check, c.where, c.text);
        for (const DraftFinding& f : found)
            for (const std::string& s : f.signals) INFO("signal: " << s);
        CHECK(!found.empty() == c.fires);
    }
}

TEST_CASE("conduct checks: a negation lowers, school context raises", "[checks]") {
    // Negation: the plain remark fires, the negated one is lower or silent.
    const auto plain = run("conduct.derogatory", "post", "The head is useless");
    const auto negated = run("conduct.derogatory", "post", "The head is not useless");
    REQUIRE(plain.size() == 1);
    CHECK((negated.empty() || negated[0].confidence < plain[0].confidence));

    // School context: the same word is surer next to school words.
    const auto bare = run("confidential.matter", "post", "A disciplinary hearing today");
    const auto school = run("confidential.matter", "post", "A disciplinary hearing at school today for a colleague");
    REQUIRE(school.size() == 1);
    CHECK(has_signal(school[0], "school words nearby"));
    CHECK((bare.empty() || bare[0].confidence < school[0].confidence));

    // Every finding lists where it is, the words that fired and their base.
    CHECK(has_signal(school[0], "in a post"));
    CHECK(has_signal(school[0], "'disciplinary hearing' (staffing) (base 60%)"));
}

TEST_CASE("conduct.derogatory: says who the remark is about", "[checks]") {
    const auto pupils = run("conduct.derogatory", "post", "My class are feral today");
    REQUIRE(pupils.size() == 1);
    CHECK(has_signal(pupils[0], "about pupils: 'My class'"));
    CHECK(pupils[0].confidence >= 0.6);
    CHECK_FALSE(pupils[0].weak);

    const auto colleague = run("conduct.derogatory", "post", "Mrs Clarke hasn't got a clue");
    REQUIRE(colleague.size() == 1);
    CHECK(has_signal(colleague[0], "a colleague on your staff roster"));

    const auto parents = run("conduct.derogatory", "post", "Nightmare parents again");
    REQUIRE(parents.size() == 1);
    CHECK(has_signal(parents[0], "names who it is about: parents"));
}

TEST_CASE("conduct.offensive: abuse received is evidence to keep and report, not delete", "[checks]") {
    const auto received = run("conduct.offensive", "message.received", "You're a useless fucking cunt");
    REQUIRE(received.size() == 1);
    const DraftFinding& f = received[0];
    CHECK(f.weak); // not the account holder's conduct: review, never high
    CHECK(has_signal(f, "sent to you by Someone Else"));
    REQUIRE(f.steps.size() >= 3);
    CHECK(f.steps[0].find("Do not delete it yet") != std::string::npos);
    CHECK(f.steps[1].find("screenshots") != std::string::npos);
    CHECK(f.steps[2].find("SSM 2.8.3") != std::string::npos);

    const auto own = run("conduct.offensive", "post", "You're a useless fucking cunt");
    REQUIRE(own.size() == 1);
    CHECK(own[0].steps.empty());
    CHECK_FALSE(own[0].weak);
    // Friendly swearing sent to you is not abuse.
    CHECK(run("conduct.offensive", "message.received", "That gig was fucking amazing").empty());
}

TEST_CASE("credentials.shared: the evidence masks the secret itself", "[checks]") {
    const auto found = run("credentials.shared", "message",
                           "The class blog log-in is oakclass / Conker!Oak24 if you need it tomorrow");
    REQUIRE(found.size() == 1);
    const DraftFinding& f = found[0];
    CHECK(f.evidence.find("Conker") == std::string::npos);
    CHECK(f.evidence.find("oakclass / ******") != std::string::npos);
    CHECK(f.identity.find("Conker") == std::string::npos);
    for (const std::string& s : f.signals) CHECK(s.find("Conker") == std::string::npos);
    CHECK(has_signal(f, "a user name and a password follow"));

    const auto pin = run("credentials.shared", "post", "Door code is 4821, let yourselves in");
    REQUIRE(pin.size() == 1);
    CHECK(pin[0].evidence.find("4821") == std::string::npos);
    CHECK(pin[0].evidence.find("Door code is ******") != std::string::npos);

    // Written twice, hidden twice.
    const auto twice = run("credentials.shared", "message", "Password is Tulip2024! Yes, Tulip2024! again");
    REQUIRE(twice.size() == 1);
    CHECK(twice[0].evidence.find("Tulip") == std::string::npos);
    CHECK(twice[0].identity.find("Tulip") == std::string::npos);
}

TEST_CASE("work.disclaimer: one finding per export listing the work posts", "[checks]") {
    Export ex;
    ex.posts.push_back(post("So proud of my Year 4 class at Riverside Primary today!", "2024-01-01T18:00:00Z"));
    ex.posts.push_back(post("Parents' evening marathon. Send biscuits.", "2024-01-02T18:00:00Z"));
    ex.posts.push_back(post("Staff meeting ran until six again", "2024-01-03T18:00:00Z"));
    ex.posts.push_back(post("Parkrun PB this morning", "2024-01-04T18:00:00Z"));
    const auto found = run("work.disclaimer", ex);
    REQUIRE(found.size() == 1);
    CHECK(found[0].instances.size() == 3);
    CHECK_FALSE(found[0].weak);
    CHECK(has_signal(found[0], "1 of them name the school"));

    // A disclaimer anywhere, in the profile or a post, clears the account.
    Export with_bio = ex;
    with_bio.profile.push_back(ProfileField{FieldKind::bio, "about_me", "Teacher. Views my own.", {}, true});
    CHECK(run("work.disclaimer", with_bio).empty());
    Export with_post = ex;
    with_post.posts.push_back(post("Personal account, opinions are my own", "2024-01-05T18:00:00Z"));
    CHECK(run("work.disclaimer", with_post).empty());

    // One post about school events alone is not "writing about work".
    Export one;
    one.posts.push_back(post("Parents' evening marathon. Send biscuits.", "2024-01-02T18:00:00Z"));
    CHECK(run("work.disclaimer", one).empty());
}

TEST_CASE("personal.identity: a full date of birth, made worse by other security answers", "[checks]") {
    Export ex;
    ex.profile.push_back(ProfileField{FieldKind::birthday, "birthday", "1986-05-17", {"profile.json", "profile birthday", ""}, true});
    ex.profile.push_back(ProfileField{FieldKind::city, "hometown", "Frome, Somerset", {"profile.json", "profile hometown", ""}, true});
    ex.profile.push_back(ProfileField{FieldKind::other, "family_members.Mother", "Pat Morgan", {"profile.json", "profile family", ""}, true});
    ex.posts.push_back(post("Our dog Biscuit turned 10 today", "2024-01-01T18:00:00Z"));
    const auto found = run("personal.identity", ex);
    REQUIRE(found.size() == 1);
    const DraftFinding& f = found[0];
    CHECK(f.location.item == "profile birthday");
    CHECK_FALSE(f.weak);
    CHECK(f.confidence >= 0.85);
    CHECK(has_signal(f, "full date of birth"));
    CHECK(has_signal(f, "your hometown in your profile: 'Frome, Somerset'"));
    CHECK(has_signal(f, "your mother named in your profile"));
    CHECK(has_signal(f, "a pet's name in a post: 'Biscuit'"));
    CHECK(f.instances.size() == 3);

    // Day and month alone are not enough; with other material they are for review.
    Export partial;
    partial.profile.push_back(ProfileField{FieldKind::birthday, "birthday", "05-17", {}, true});
    CHECK(run("personal.identity", partial).empty());
    partial.profile.push_back(ProfileField{FieldKind::city, "hometown", "Frome", {}, true});
    const auto weak = run("personal.identity", partial);
    REQUIRE(weak.size() == 1);
    CHECK(weak[0].weak);
}
