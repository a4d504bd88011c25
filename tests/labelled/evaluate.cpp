// evaluate_checks: runs every check on every text of a labelled set (tests/labelled/texts.tsv),
// each text as a one-item export with the example school, and prints precision and recall per
// check and overall. Exits 1 when a check labelled in the set falls below the thresholds given,
// 2 on bad input.
//
//   evaluate_checks TEXTS.tsv SCHOOL.toml [--min-precision P] [--min-recall R] [--verbose]
//
// Each line of TEXTS.tsv: EXPECTED<TAB>WHERE<TAB>TEXT, where EXPECTED is "none" or the check ids
// that should fire, comma-separated, and WHERE is an example kind ("post", "comment",
// "message", "profile.bio", …; see checks/check.hpp). Blank lines and '#' lines are ignored.
#include "checks/example_export.hpp"
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace audit;

namespace {

struct Labelled {
    std::size_t line = 0;
    std::set<std::string> expected;
    std::string where;
    std::string text;
};

struct Tally {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / double(tp + fp); }
    double recall() const { return tp + fn == 0 ? 1.0 : double(tp) / double(tp + fn); }
};

struct Options {
    std::string texts;
    std::string school;
    double min_precision = 0;
    double min_recall = 0;
    bool verbose = false;
};

[[noreturn]] void die(const std::string& message) {
    std::cerr << "evaluate_checks: " << message << "\n";
    std::exit(2);
}

Options parse_args(int argc, char** argv) {
    Options o;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto number = [&]() {
            if (i + 1 >= argc) die(a + " needs a number");
            return std::strtod(argv[++i], nullptr);
        };
        if (a == "--min-precision") o.min_precision = number();
        else if (a == "--min-recall") o.min_recall = number();
        else if (a == "--verbose") o.verbose = true;
        else positional.push_back(a);
    }
    if (positional.size() != 2) die("usage: evaluate_checks TEXTS.tsv SCHOOL.toml [--min-precision P] [--min-recall R] [--verbose]");
    o.texts = positional[0];
    o.school = positional[1];
    return o;
}

std::vector<Labelled> read_set(const std::string& path) {
    std::ifstream in(path);
    if (!in) die(path + ": cannot open");
    std::vector<Labelled> out;
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#') continue;
        const auto tab1 = line.find('\t');
        const auto tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
        if (tab2 == std::string::npos) die(path + " line " + std::to_string(n) + ": expected three tab-separated fields");
        Labelled l{n, {}, line.substr(tab1 + 1, tab2 - tab1 - 1), line.substr(tab2 + 1)};
        std::stringstream ids(line.substr(0, tab1));
        for (std::string id; std::getline(ids, id, ',');) {
            if (id == "none") continue;
            if (!find_check(id)) die(path + " line " + std::to_string(n) + ": unknown check '" + id + "'");
            l.expected.insert(id);
        }
        out.push_back(std::move(l));
    }
    return out;
}

// The ids of every check that fires on one labelled text.
std::set<std::string> fired_on(const Labelled& l, const SchoolProfile& profile,
                               std::map<std::string, std::vector<DraftFinding>>& found) {
    const CheckExample example{l.where, l.text, true};
    std::vector<Export> exports;
    try {
        exports.push_back(test::export_from_example(example));
    } catch (const std::exception& e) {
        die("line " + std::to_string(l.line) + ": " + e.what());
    }
    Facts facts(exports, profile);
    std::set<std::string> fired;
    for (const CheckInfo& check : all_checks()) {
        std::vector<DraftFinding> out;
        CheckContext ctx(facts, out);
        try {
            check.run(ctx);
        } catch (const std::exception& e) {
            std::cerr << "line " << l.line << ": " << check.id << " threw: " << e.what() << "\n";
        }
        if (!out.empty()) {
            fired.insert(std::string(check.id));
            found[std::string(check.id)] = std::move(out);
        }
    }
    return fired;
}

void explain(const Labelled& l, const std::string& check, const char* what,
             const std::map<std::string, std::vector<DraftFinding>>& found) {
    std::cout << "  line " << l.line << " " << what << " " << check << ": [" << l.where << "] "
              << l.text << "\n";
    if (auto it = found.find(check); it != found.end())
        for (const DraftFinding& f : it->second) {
            std::printf("      confidence %.2f%s\n", f.confidence, f.weak ? " (review)" : "");
            for (const std::string& s : f.signals) std::cout << "      - " << s << "\n";
        }
}

} // namespace

int main(int argc, char** argv) {
    const Options o = parse_args(argc, argv);
    auto profile = load_profile(o.school);
    if (!profile) die(profile.error().message);
    const std::vector<Labelled> set = read_set(o.texts);

    std::set<std::string> evaluated;
    for (const Labelled& l : set) evaluated.insert(l.expected.begin(), l.expected.end());
    std::map<std::string, Tally> tally;
    std::map<std::string, int> unevaluated; // checks that fired but have no labels in the set
    if (o.verbose) std::cout << "Errors:\n";
    for (const Labelled& l : set) {
        std::map<std::string, std::vector<DraftFinding>> found;
        const std::set<std::string> fired = fired_on(l, *profile, found);
        for (const std::string& id : evaluated) {
            const bool expected = l.expected.count(id) > 0, hit = fired.count(id) > 0;
            Tally& t = tally[id];
            if (expected && hit) ++t.tp;
            else if (hit) ++t.fp;
            else if (expected) ++t.fn;
            if (o.verbose && expected != hit) explain(l, id, hit ? "false positive" : "missed", found);
        }
        for (const std::string& id : fired)
            if (!evaluated.count(id)) ++unevaluated[id];
    }

    std::printf("\n%zu labelled texts (%s)\n\n", set.size(), o.texts.c_str());
    std::printf("%-26s %9s %5s %5s %5s %10s %8s\n", "check", "positives", "TP", "FP", "FN", "precision", "recall");
    Tally overall;
    bool ok = true;
    for (const auto& [id, t] : tally) {
        const bool pass = t.precision() >= o.min_precision && t.recall() >= o.min_recall;
        ok = ok && pass;
        std::printf("%-26s %9d %5d %5d %5d %10.2f %8.2f%s\n", id.c_str(), t.tp + t.fn, t.tp, t.fp,
                    t.fn, t.precision(), t.recall(), pass ? "" : "  BELOW THRESHOLD");
        overall.tp += t.tp;
        overall.fp += t.fp;
        overall.fn += t.fn;
    }
    std::printf("%-26s %9d %5d %5d %5d %10.2f %8.2f\n", "overall (micro)", overall.tp + overall.fn,
                overall.tp, overall.fp, overall.fn, overall.precision(), overall.recall());
    for (const auto& [id, n] : unevaluated)
        std::printf("%-26s fired on %d texts (no labels for it in this set: not evaluated)\n", id.c_str(), n);
    std::printf("\nthresholds: precision >= %.2f, recall >= %.2f per check: %s\n", o.min_precision,
                o.min_recall, ok ? "met" : "NOT MET");
    return ok ? 0 : 1;
}
