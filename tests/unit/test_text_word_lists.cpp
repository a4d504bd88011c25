// The bundled word lists (audit/text/data/*.txt) and the scored detector over them: both sides
// of every list (what must match and what must not), the Scunthorpe problem, and the rules a
// term carries (needs_context, near=, unrelated).
#include "audit/text/scored_terms.hpp"
#include "audit/text/word_lists.hpp"
#include <algorithm>
#include <catch2/catch.hpp>
#include <stdexcept>

using namespace audit;

namespace {

// The lists this area owns (other data files may share the folder with another format).
const char* const k_lists[] = {"confidential_terms.txt",  "offensive_terms.txt",
                               "derogatory_patterns.txt", "school_community_terms.txt",
                               "credential_cues.txt",     "disclaimer_phrases.txt",
                               "identity_cues.txt"};

std::vector<std::string> terms_found(std::string_view list, std::string_view text) {
    std::vector<std::string> out;
    for (const WordHit& h : word_list(list).find(text))
        if (!h.entry->unrelated()) out.push_back(h.entry->term);
    return out;
}

double best_score(std::string_view list, std::string_view text) {
    double best = 0;
    for (const ScoredTerm& t : score_terms(text, word_list(list))) best = std::max(best, t.confidence());
    return best;
}

} // namespace

TEST_CASE("word_lists: every bundled list parses without problems", "[text]") {
    for (const char* name : k_lists) {
        INFO(name);
        const WordList& list = word_list(name);
        for (const std::string& p : list.problems()) INFO(p);
        CHECK(list.problems().empty());
        CHECK(list.entries().size() >= 10);
        // Every list documents its format at the top.
        const auto names = bundled_word_lists();
        CHECK(std::find(names.begin(), names.end(), std::string_view(name)) != names.end());
    }
    CHECK_THROWS_AS(word_list("no_such_list.txt"), std::out_of_range);
}

TEST_CASE("word_lists: one pass over every list finds what each list finds alone", "[text]") {
    // Every entry of every list in one text (so hits of different lists overlap and nest), plus
    // the apostrophe-less forms and unrelated senses.
    std::string all;
    for (const char* name : k_lists)
        for (const WordEntry& e : word_list(name).entries()) all += e.term + ", ";
    const std::string texts[] = {all, "Don't tell anyone. Dont tell anyone! Scunthorpe; my parents' evening",
                                 "nothing from any list here", ""};
    for (const std::string& text : texts) {
        const FoldedText folded = fold(text);
        const std::vector<ListHits> every = find_in_every_list(folded);
        for (const char* name : k_lists) {
            INFO(name << " in: " << text.substr(0, 80));
            const WordList& list = word_list(name);
            const std::vector<WordHit> alone = list.find(folded);
            const auto it = std::find_if(every.begin(), every.end(), [&](const ListHits& l) { return l.list == &list; });
            if (alone.empty()) {
                CHECK(it == every.end()); // lists without a hit are left out
                continue;
            }
            REQUIRE(it != every.end());
            REQUIRE(it->hits.size() == alone.size());
            for (std::size_t i = 0; i < alone.size(); ++i) {
                CHECK(it->hits[i].entry == alone[i].entry);
                CHECK(it->hits[i].begin == alone[i].begin);
                CHECK(it->hits[i].end == alone[i].end);
            }
        }
    }
    CHECK(find_in_every_list(fold(all)).size() == std::size(k_lists));
}

TEST_CASE("word_lists: bad lines become problems naming the line, and the rest still loads", "[text]") {
    const WordList list("test.txt", "# a comment\n"
                                    "good term | 0.5 | category\n"
                                    "no weight here\n"
                                    "negative | -0.2 |\n"
                                    "too big | 2\n"
                                    "!!! | 0.3\n"
                                    "spare | 0.1 | unrelated\n");
    REQUIRE(list.entries().size() == 1);
    CHECK(list.entries()[0].term == "good term");
    REQUIRE(list.problems().size() == 5);
    CHECK(list.problems()[0] == "test.txt line 3: expected TERM | WEIGHT | TAGS");
    CHECK(list.problems()[1].find("line 4") != std::string::npos);
    CHECK(list.problems()[4].find("line 7") != std::string::npos);
}

TEST_CASE("word_lists: tags carry categories and rules", "[text]") {
    const WordList list("t.txt", "inadequate | 0.4 | ofsted near=ofsted,special_measures\n"
                                 "referral | 0.35 | safeguarding needs_context\n");
    REQUIRE(list.entries().size() == 2);
    const WordEntry& near = list.entries()[0];
    CHECK(near.category() == "ofsted");
    CHECK(near.value_of("near") == "ofsted,special_measures");
    CHECK(near.values_of("near") == std::vector<std::string>{"ofsted", "special measures"});
    CHECK(list.entries()[1].has("needs_context"));
    CHECK(list.entries()[1].category() == "safeguarding");
    CHECK(near.values_of("missing").empty());
}

TEST_CASE("word_lists: terms match however they are written", "[text]") {
    struct Case {
        const char* list;
        const char* text;
        const char* term;
    };
    const Case cases[] = {
        {"offensive_terms.txt", "What a WANKER!!", "wanker"},
        {"offensive_terms.txt", "#wanker of the week", "wanker"},
        {"offensive_terms.txt", "Wánker", "wanker"},
        {"offensive_terms.txt", "absolute f*cking joke", "f cking"},
        {"derogatory_patterns.txt", "she hasnt got a clue", "hasn't got a clue"},
        {"derogatory_patterns.txt", "she hasn’t got a clue", "hasn't got a clue"},
        {"confidential_terms.txt", "Don’t tell anyone but", "don't tell anyone but"},
        {"confidential_terms.txt", "dont tell anyone", "don't tell anyone"},
        {"school_community_terms.txt", "Parents' Evening tonight", "parents evening"},
        {"school_community_terms.txt", "parents evening tonight", "parents evening"},
    };
    for (const Case& c : cases) {
        INFO(c.list << ": " << c.text);
        const auto found = terms_found(c.list, c.text);
        CHECK(std::find(found.begin(), found.end(), std::string(c.term)) != found.end());
    }
}

TEST_CASE("word_lists: words that contain a listed word never match (the Scunthorpe problem)", "[text]") {
    // Place names, surnames and ordinary words that contain obscenities or slurs.
    const char* const allow[] = {
        "Scunthorpe", "Penistone",  "cocktail",  "assassin",   "analysis",  "Essex",
        "Sussex",     "Middlesex",  "classic",   "Dickens",    "Dickinson", "shitake",
        "Shitterton", "therapist",  "Hancock",   "Hitchcock",  "peacock",   "cockpit",
        "Cockburn",   "Arsenal",    "Pakistan",  "Pakistani",  "snigger",   "spice",
        "raccoon",    "cocoon",     "retardant", "mongoose",   "Mongolia",  "scrapped",
        "prickly",    "Wankel",     "bassist",   "passion",    "glasses",   "document",
        "butterscotch", "sextant",  "titanic",   "crappie",    "bugle",     "spotted dick",
        "Moby Dick",  "Maine Coon", "a chink of light", "faggots and peas", "Offa's Dyke",
        "Dick Whittington", "a blue tits nest", "weather cock", "went on a bender"};
    for (const char* word : allow) {
        INFO(word);
        CHECK(best_score("offensive_terms.txt", word) < 0.35);
    }
    // And the school words: "classroom" is not "class", "assembly line" is not an assembly.
    CHECK(terms_found("school_community_terms.txt", "classroom declassified").empty());
    CHECK(terms_found("derogatory_patterns.txt", "a jokey clowning dinosaurlike feralness").empty());
    CHECK(terms_found("confidential_terms.txt", "sent seniority cpu lados ofstedish").empty());
}

TEST_CASE("word_lists: a term inside a longer term is one match, the longer", "[text]") {
    CHECK(terms_found("confidential_terms.txt", "don't tell anyone but") ==
          std::vector<std::string>{"don't tell anyone but"});
    CHECK(terms_found("school_community_terms.txt", "parents' evening") ==
          std::vector<std::string>{"parents evening"});
    // Unrelated senses stay visible to scorers alongside what they overlap.
    const auto hits = word_list("offensive_terms.txt").find("spotted dick");
    CHECK(hits.size() == 2);
}

TEST_CASE("scored_terms: context raises, negation and other senses lower", "[text]") {
    struct Case {
        const char* list;
        const char* text;
        double at_least;
        double below;
    };
    const Case cases[] = {
        // Everyday senses of needs_context words stay low without school words.
        {"confidential_terms.txt", "My GP referral came through", 0, 0.2},
        {"confidential_terms.txt", "Made a referral for one of my class today", 0.5, 1},
        {"confidential_terms.txt", "Don't tell anyone but I ate the last biscuit", 0, 0.2},
        {"confidential_terms.txt", "Don't tell anyone but Ofsted are in tomorrow", 0.55, 1},
        // near= needs its word.
        {"confidential_terms.txt", "The portions were inadequate", 0, 0.2},
        {"confidential_terms.txt", "Ofsted said inadequate, we're gutted", 0.4, 1},
        // Other senses.
        {"offensive_terms.txt", "Spotted dick for pudding", 0, 0.2},
        {"offensive_terms.txt", "What a dick", 0.4, 1},
        {"offensive_terms.txt", "Our Maine Coon is huge", 0, 0.2},
        // Negation.
        {"offensive_terms.txt", "I would never drink drive", 0, 0.2},
        {"derogatory_patterns.txt", "SLT aren't useless", 0, 0.4},
        {"derogatory_patterns.txt", "SLT are useless", 0.55, 1},
    };
    for (const Case& c : cases) {
        INFO(c.list << ": " << c.text);
        const double score = best_score(c.list, c.text);
        CHECK(score >= c.at_least);
        CHECK(score < c.below);
    }
}

TEST_CASE("scored_terms: every score is explained by its signals", "[text]") {
    const auto terms = score_terms("Safeguarding referral then an EHCP meeting after school",
                                   word_list("confidential_terms.txt"));
    REQUIRE(terms.size() == 2);
    const ScoredTerm& first = terms.front();
    CHECK(first.describe("Safeguarding referral then an EHCP meeting after school") ==
          "'Safeguarding referral' (safeguarding)");
    CHECK(first.base == Approx(0.75));
    double sum = first.base;
    bool school_words = false, other_term = false;
    for (const ContextSignal& s : first.signals) {
        sum += s.weight;
        school_words |= s.signal.find("school words nearby") != std::string::npos;
        other_term |= s.signal.find("also 'EHCP meeting'") != std::string::npos;
    }
    CHECK(school_words);
    CHECK(other_term);
    CHECK(first.confidence() == Approx(std::min(0.99, sum)));
}

TEST_CASE("scored_terms: text-wide signals count as context", "[text]") {
    ScoreRules rules;
    rules.text_signals = {{"names your school", 0.2}};
    const auto terms = score_terms("Big grievance meeting tomorrow", word_list("confidential_terms.txt"), rules);
    REQUIRE(terms.size() == 1);
    CHECK(terms[0].has_context());
    CHECK(terms[0].confidence() == Approx(0.6));
    const auto without = score_terms("Big grievance meeting tomorrow", word_list("confidential_terms.txt"));
    REQUIRE(without.size() == 1);
    CHECK(without[0].confidence() < 0.1);
}
