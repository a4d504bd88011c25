#include "audit/text/school_context.hpp"
#include "audit/text/literal_set.hpp"
#include <algorithm>
#include <array>

namespace audit {

namespace {

struct ContextWord {
    std::string_view folded; // as fold_key writes it
    std::string_view shown;
    double weight;
};

// UK primary and secondary school vocabulary; folded, matched as whole words.
constexpr std::array k_school_words = {
    ContextWord{"my class", "my class", 0.15},       ContextWord{"our class", "our class", 0.15},
    ContextWord{"my pupils", "my pupils", 0.2},      ContextWord{"pupil", "pupil", 0.15},
    ContextWord{"pupils", "pupils", 0.15},           ContextWord{"my kids at school", "my kids at school", 0.15},
    ContextWord{"year 1", "Year 1", 0.1},            ContextWord{"year 2", "Year 2", 0.1},
    ContextWord{"year 3", "Year 3", 0.1},            ContextWord{"year 4", "Year 4", 0.1},
    ContextWord{"year 5", "Year 5", 0.1},            ContextWord{"year 6", "Year 6", 0.1},
    ContextWord{"year 7", "Year 7", 0.1},            ContextWord{"year 8", "Year 8", 0.1},
    ContextWord{"year 9", "Year 9", 0.1},            ContextWord{"year 10", "Year 10", 0.1},
    ContextWord{"year 11", "Year 11", 0.1},          ContextWord{"reception", "Reception", 0.05},
    ContextWord{"slt", "SLT", 0.15},                 ContextWord{"head teacher", "head teacher", 0.1},
    ContextWord{"headteacher", "headteacher", 0.1},  ContextWord{"the head", "the head", 0.05},
    ContextWord{"parents evening", "parents' evening", 0.15},
    ContextWord{"parents", "parents", 0.05},         ContextWord{"ofsted", "Ofsted", 0.15},
    ContextWord{"classroom", "classroom", 0.1},      ContextWord{"playground", "playground", 0.1},
    ContextWord{"school trip", "school trip", 0.15}, ContextWord{"sports day", "sports day", 0.1},
    ContextWord{"assembly", "assembly", 0.1},        ContextWord{"staff room", "staff room", 0.1},
    ContextWord{"staffroom", "staffroom", 0.1},      ContextWord{"inset", "INSET", 0.1},
    ContextWord{"senco", "SENCo", 0.15},             ContextWord{"sats", "SATs", 0.1},
    ContextWord{"ehcp", "EHCP", 0.15},               ContextWord{"dsl", "DSL", 0.1},
    ContextWord{"safeguarding", "safeguarding", 0.1},ContextWord{"at school", "at school", 0.1},
    ContextWord{"school", "school", 0.05},           ContextWord{"teacher", "teacher", 0.05},
    ContextWord{"teaching", "teaching", 0.05},       ContextWord{"lesson", "lesson", 0.05},
    ContextWord{"homework", "homework", 0.05},       ContextWord{"register", "register", 0.05},
};

constexpr std::array<std::string_view, 9> k_negations = {
    "not", "never", "no", "isnt", "isn", "dont", "don", "wasnt", "nothing"};

const LiteralSet& school_words() {
    static const LiteralSet set = [] {
        std::vector<std::string> literals;
        for (const ContextWord& w : k_school_words) literals.emplace_back(w.folded);
        return LiteralSet(literals);
    }();
    return set;
}

} // namespace

std::vector<ContextSignal> school_context(std::string_view text, std::size_t begin, std::size_t end,
                                          std::size_t window) {
    std::size_t from = begin > window ? begin - window : 0;
    std::size_t to = std::min(text.size(), end + window);
    FoldedText folded = fold(text.substr(from, to - from));
    std::vector<ContextSignal> out;
    std::vector<std::size_t> seen;
    for (const LiteralSet::Hit& hit : school_words().scan(folded, 64)) {
        if (std::find(seen.begin(), seen.end(), hit.id) != seen.end()) continue;
        // Words inside the match itself are not context for it.
        auto [b, e] = folded.original_range(hit.fbegin, hit.fend);
        if (from + b >= begin && from + e <= end) continue;
        seen.push_back(hit.id);
        const ContextWord& w = k_school_words[hit.id];
        out.push_back({"school words nearby: '" + std::string(w.shown) + "'", w.weight});
    }
    return out;
}

bool negated_before(std::string_view text, std::size_t begin) {
    std::size_t from = begin > 40 ? begin - 40 : 0;
    std::string before = " " + fold_key(text.substr(from, begin - from)) + " ";
    // Keep the last four words only.
    std::size_t cut = before.size();
    for (int words = 0; words < 5 && cut > 0; ++words) cut = before.rfind(' ', cut - 1);
    std::string tail = before.substr(cut == std::string::npos ? 0 : cut);
    return std::any_of(k_negations.begin(), k_negations.end(), [&](std::string_view n) {
        return tail.find(" " + std::string(n) + " ") != std::string::npos;
    });
}

double with_context(double base, const std::vector<ContextSignal>& context) {
    for (const ContextSignal& c : context) base += c.weight;
    return std::clamp(base, 0.05, 0.99);
}

} // namespace audit
