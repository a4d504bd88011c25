#include "audit/cli/commands.hpp"
#include "audit/policy/policy.hpp"
#include "checks/check.hpp"
#include <iostream>

namespace audit {

namespace {

void print_citation(const PolicyPack& pack, std::string_view check_id) {
    Citation c = cite(pack, check_id);
    for (const Clause& clause : c.clauses) {
        std::cout << "    " << (c.borrowed ? "(none in " + pack.short_name + "; from " : "")
                  << clause.policy << " " << clause.ref << (c.borrowed ? ")" : "") << " ["
                  << to_string(clause.strength) << "]\n";
    }
}

} // namespace

// The README's table of checks is this output, pasted; a test keeps the two in step.
void print_markdown_table() {
    std::cout << "| id | what it finds | reads |\n|---|---|---|\n";
    for (const CheckInfo& check : all_checks())
        std::cout << "| `" << check.id << "` | " << check.title << " | " << check.reads << " |\n";
}

int checks_command(const std::string& policy, bool markdown) {
    if (markdown) {
        print_markdown_table();
        return k_exit_clean;
    }
    std::vector<PolicyPack> packs;
    if (policy.empty()) {
        packs = bundled_packs();
    } else {
        auto pack = load_pack(policy);
        if (!pack) {
            std::cerr << "staff-audit: " << pack.error().message << "\n";
            return k_exit_error;
        }
        packs.push_back(*pack);
    }
    for (const CheckInfo& check : all_checks()) {
        std::cout << check.id << "  " << check.title << "\n  reads: " << check.reads << "\n  "
                  << check.about << "\n  cites:\n";
        for (const PolicyPack& pack : packs) print_citation(pack, check.id);
        std::cout << "\n";
    }
    return k_exit_clean;
}

} // namespace audit
