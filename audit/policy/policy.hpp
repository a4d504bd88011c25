#pragma once
// Policy packs: for each check id, the clauses of one school policy that ask for it, with their
// exact wording and strength. The five packs made from ../shared/policies are bundled with the
// tool (embedded at build time); a pack may also be read from a TOML file.
#include "audit/core/result.hpp"
#include "audit/core/severity.hpp"
#include <map>
#include <string>
#include <vector>

namespace audit {

struct Clause {
    std::string policy; // pack name, e.g. "woodstock-ce-primary-2024"
    std::string ref;    // "4.3.10" or a section heading
    std::string text;   // the clause's exact words
    Strength strength = Strength::should;
};

struct PolicyPack {
    std::string name;  // "bath-wells-mat-2016"
    std::string short_name; // "BWM"
    std::string title; // "Bath and Wells Multi-Academy Trust — Social Media Policy (2016)"
    std::map<std::string, std::vector<Clause>, std::less<>> clauses; // by check id
};

// The clauses a finding of `check` cites under the chosen pack. When the pack has none, the
// closest clause of another bundled pack, with `borrowed` set so the report can say so.
struct Citation {
    std::vector<Clause> clauses;
    bool borrowed = false;
};

const std::vector<PolicyPack>& bundled_packs();
// A bundled pack by name, or a pack read from a TOML file at `name_or_path`.
Result<PolicyPack> load_pack(const std::string& name_or_path);
Result<PolicyPack> parse_pack(std::string_view toml_text, const std::string& origin);
Citation cite(const PolicyPack& chosen, std::string_view check_id);

} // namespace audit
