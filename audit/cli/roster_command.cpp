// `staff-audit roster hash CSV -o FILE`: turns a plain roster into a hashed one (salted
// BLAKE2b-256 of every normalised name form, never the names; docs/hashed-rosters.md). The
// hashed file is written owner-only and can replace the CSV wherever a profile names a roster.
#include "audit/cli/commands.hpp"
#include "audit/cli/output.hpp"
#include "audit/text/name_forms.hpp"
#include <filesystem>
#include <iostream>

namespace audit {

namespace {

std::optional<RosterKind> kind_named(std::string_view name) {
    for (RosterKind k : {RosterKind::pupils, RosterKind::ex_pupils, RosterKind::parents, RosterKind::colleagues})
        if (to_string(k) == name) return k;
    return std::nullopt;
}

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ec;
    return std::filesystem::equivalent(a, b, ec) && !ec;
}

} // namespace

int roster_hash_command(const RosterHashArgs& args) {
    const auto kind = kind_named(args.kind);
    if (!kind) {
        std::cerr << "staff-audit: --kind must be pupils, ex_pupils, parents or colleagues\n";
        return k_exit_error;
    }
    if (same_file(args.input, args.output)) {
        std::cerr << "staff-audit: " << args.output << ": refusing to write over the roster being hashed\n";
        return k_exit_error;
    }
    auto roster = load_roster(args.input, *kind);
    if (!roster) {
        std::cerr << "staff-audit: " << roster.error().message << "\n";
        return k_exit_error;
    }
    if (roster->hashed()) {
        std::cerr << "staff-audit: " << args.input << " is already a hashed roster\n";
        return k_exit_error;
    }
    auto people = forms_for_hashing(*roster, args.full_names_only);
    const std::size_t left_out = roster->people.size() - people.size();
    if (people.empty()) {
        std::cerr << "staff-audit: " << args.input << ": no name has a given and a family name to hash\n";
        return k_exit_error;
    }
    const std::size_t count = people.size();
    const auto text = write_hashed_roster(*kind, std::move(people), new_roster_salt());
    if (auto written = write_private_file(args.output, text); !written) {
        std::cerr << "staff-audit: " << written.error().message << "\n";
        return k_exit_error;
    }
    std::cout << "Hashed " << count << " " << to_string(*kind) << " into " << args.output
              << " (owner-only). It holds no names; keep the CSV somewhere safer, or delete it.\n";
    if (left_out > 0)
        std::cout << left_out << " name(s) of one word left out: they could be anyone's.\n";
    if (args.full_names_only)
        std::cout << "Full names only: family names alone, titles and initials will not be matched.\n";
    return k_exit_clean;
}

} // namespace audit
