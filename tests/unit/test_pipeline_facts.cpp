// Facts' one pass over each text (fold once, every matcher scans the folded text; texts the
// AsciiPrefilter rules out are not folded at all) must give exactly what each matcher gives on
// its own, whatever the number of threads it runs on.
#include "audit/pipeline/facts.hpp"
#include "checks/example_school.hpp"
#include "support/test_support.hpp"
#include <algorithm>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

using namespace audit;
using test::example_school;

namespace {

constexpr const char* k_texts[] = {
    "Proud of everyone at Riverside Primary School today, what a sports day",
    "Ellie Mason was brilliant in Oak class this morning",
    "Jayden Cole popped in to say hello, all grown up",
    "Safeguarding referral again, don't tell anyone but the LADO is involved",
    "Bloody Ofsted and their shit new framework. Views are my own.",
    "The door code is 4512, the log-in is oakclass / Summer2024",
    "Naïve café owner, crème brûlée, déjà vu 🙂 at the Riversíde fête",
    "Scunthorpe away on Saturday, then cocktails in Penistone",
    "Nothing to see here, just the weather and a long walk",
    // What the prefilter must not lose: names squashed either way, emoji, curly quotes and
    // no-break spaces (folded as ASCII), and marks, joiners and full-width letters (not).
    "#EllieMason and masonellie and ELLIE-MASON!!! were in today",
    "Mrs Clarke\u2019s class \U0001F642 went to the zoo \u2014 Oak class\u2026 Year 4 parents\u2019 evening",
    "Ellie\u00A0Mason \u2764\uFE0F Jayden\u200DCole, Ma\u200Dson, Elli\u0301e Mason",
    "\uFF25\uFF4C\uFF4C\uFF49\uFF45 \uFF2D\uFF41\uFF53\uFF4F\uFF4E at \u2122 Riverside",
    "ellie masonry, the mason jar, eliemason2014, Oak classroom",
    "",
};

// Enough posts for several threads' chunks, mixing what each matcher looks for with plain text
// and non-ASCII (folded differently from its bytes).
std::vector<Export> posts_export() {
    Export ex;
    ex.platform = Platform::facebook;
    for (int i = 0; i < 1500; ++i) {
        Post p;
        p.source = {"posts.json", "post " + std::to_string(i)};
        const std::string text = k_texts[i % std::size(k_texts)];
        if (!text.empty()) p.text = text + " #" + std::to_string(i);
        ex.posts.push_back(std::move(p));
    }
    return {ex};
}

// The same hits in the same order: what the pass kept against what the matcher gives alone.
bool same(const std::vector<WordHit>& a, const std::vector<WordHit>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const WordHit& x, const WordHit& y) {
        return x.entry == y.entry && x.begin == y.begin && x.end == y.end;
    });
}

bool same(const std::vector<NameHit>& a, const std::vector<NameHit>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const NameHit& x, const NameHit& y) {
        return x.person == y.person && x.begin == y.begin && x.end == y.end && x.signals == y.signals;
    });
}

bool same(const std::vector<CommunityNameHit>& a, const std::vector<CommunityNameHit>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const CommunityNameHit& x, const CommunityNameHit& y) {
        return x.entry == y.entry && x.begin == y.begin && x.end == y.end;
    });
}

bool same(const std::vector<Mention>& a, const std::vector<Mention>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Mention& x, const Mention& y) {
        return x.begin == y.begin && x.end == y.end && x.matched == y.matched && x.signals == y.signals;
    });
}

} // namespace

TEST_CASE("facts: the one pass over each text finds what every matcher finds alone", "[pipeline]") {
    const std::vector<Export> exports = posts_export();
    for (unsigned threads : {1u, 3u}) {
        INFO("threads " << threads);
        Facts facts(exports, example_school(), threads);
        const auto& texts = facts.texts();
        REQUIRE(texts.size() == 1500 - 1500 / std::size(k_texts)); // the empty posts are not texts
        std::size_t words = 0, names = 0, mentions = 0, community = 0;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const std::string_view text = texts[i].text;
            INFO(text);
            CHECK(same(facts.school_mentions(i), facts.school_matcher().find(text)));
            mentions += facts.school_mentions(i).size();
            for (std::string_view name : bundled_word_lists()) {
                if (name == "nicknames.txt") continue;
                const WordList& list = word_list(name);
                CHECK(same(facts.word_hits(i, list), list.find(text)));
                words += facts.word_hits(i, list).size();
            }
            for (RosterKind kind : {RosterKind::pupils, RosterKind::ex_pupils}) {
                REQUIRE(facts.people(kind));
                CHECK(same(facts.name_hits(i, kind), facts.people(kind)->find_in_text(text)));
                names += facts.name_hits(i, kind).size();
            }
            CHECK(same(facts.community_name_hits(i), facts.community_names().find(fold(text))));
            community += facts.community_name_hits(i).size();
        }
        // The pass did find things: mentions, terms of several lists, pupils and ex-pupils.
        CHECK(mentions >= 100);
        CHECK(words >= 600);
        CHECK(names >= 300);
        CHECK(community >= 300);
    }
}

TEST_CASE("facts: rosters and lists the pass does not read are a programming error, not an empty answer", "[pipeline]") {
    const std::vector<Export> exports = posts_export();
    Facts facts(exports, example_school());
    REQUIRE(facts.people(RosterKind::colleagues));
    CHECK_THROWS_AS(facts.name_hits(0, RosterKind::colleagues), std::logic_error);
    const WordList own("own.txt", "staffroom | 0.5 | school\n");
    CHECK_THROWS_AS(facts.word_hits(0, own), std::logic_error);
    CHECK_THROWS_AS(facts.word_hits(facts.texts().size(), word_list("offensive_terms.txt")), std::out_of_range);
}
