// `staff-audit checklist [EXPORT...] [--platform NAME]... --answers FILE`: the guided privacy
// checklist (docs/checklist.md).
#include "audit/cli/commands.hpp"
#include "audit/cli/output.hpp"
#include "audit/cli/prompt.hpp"
#include "audit/cli/terminal.hpp"
#include "audit/pipeline/checklist.hpp"
#include "audit/pipeline/inputs.hpp"
#include <algorithm>
#include <iostream>

namespace audit {

namespace {

int error(const std::string& message) {
    std::cerr << "staff-audit: " << message << "\n";
    return k_exit_error;
}

// The platforms named, then those of the exports, each once, in the fixed platform order.
Result<std::vector<Platform>> platforms_of(const ChecklistArgs& args) {
    std::vector<Platform> out;
    for (const std::string& name : args.platforms) {
        auto p = parse_platform(name);
        if (!p)
            return fail("--platform " + name +
                        ": not one of facebook, instagram, x, linkedin, tiktok");
        out.push_back(*p);
    }
    if (!args.inputs.empty()) {
        auto detected = open_exports(args.inputs);
        if (!detected) return tl::unexpected(detected.error());
        for (const DetectedExport& d : *detected)
            out.push_back(d.importer->platform);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.empty()) return fail("name the exports, or the platforms with --platform NAME");
    return out;
}

} // namespace

int checklist_command(const ChecklistArgs& args) {
    auto platforms = platforms_of(args);
    if (!platforms) return error(platforms.error().message);
    const bool interactive = is_terminal(stdin);
    // From a pipe the questions go to stderr, so stdout stays clean for scripts.
    std::ostream& out = interactive ? std::cout : std::cerr;
    Prompter prompter(std::cin, out, interactive);
    out << "Privacy checklist: settings your export cannot show. Look each one up in the app "
           "(the route is given) and answer y (yes), n (no) or ? (don't know).\n";
    ChecklistAnswers answers;
    answers.answered = report_clock().substr(0, 10);
    std::size_t asked = 0, answered = 0;
    bool ended = false;
    for (Platform platform : *platforms) {
        if (ended) break;
        out << "\n== " << display_name(platform) << " ==\n";
        for (const ChecklistQuestion& q : checklist_questions()) {
            auto route = route_for(q, platform);
            if (!route) continue;
            ++asked;
            std::function<Result<std::optional<bool>>(const std::string&)> accept = parse_answer;
            auto reply = prompter.ask(std::string(q.question) + " [y/n/?]",
                                      "Where: " + std::string(display_name(platform)) + " > " +
                                          std::string(*route),
                                      accept);
            if (!reply) return error(reply.error().message);
            if (!*reply) { // end of input: the rest stays unanswered
                ended = true;
                break;
            }
            if (!**reply) continue; // don't know
            answers.answers[platform][std::string(q.key)] = ***reply;
            ++answered;
        }
    }
    if (auto ok = write_private_file(args.answers, checklist_toml(answers)); !ok)
        return error(ok.error().message);
    std::cout << answered << " of " << asked << " questions answered; saved to " << args.answers
              << " (use it with: staff-audit scan ... --checklist " << args.answers
              << ", or name it once in your school profile: [me] checklist = \"" << args.answers << "\")\n";
    return k_exit_clean;
}

} // namespace audit
