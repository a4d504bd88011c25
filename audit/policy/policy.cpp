#include "audit/policy/policy.hpp"
#include "audit/core/embedded.hpp"
#include "audit/policy/citation_order.hpp"
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <toml++/toml.h>

namespace audit {

// Generated at build time from audit/policy/packs/*.toml (cmake/embed.cmake).
extern const EmbeddedFile k_policy_packs[];
extern const std::size_t k_policy_packs_count;

namespace {

constexpr std::uintmax_t k_max_pack_bytes = 1024 * 1024;

std::string collapse_spaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

bool is_check_id(std::string_view id) {
    if (id.find('.') == std::string_view::npos || id.front() == '.' || id.back() == '.')
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
}

// The first unknown key of `table`, or "".
std::string unknown_key(const toml::table& table, std::initializer_list<std::string_view> known) {
    for (const auto& [key, value] : table)
        if (std::find(known.begin(), known.end(), key.str()) == known.end())
            return std::string(key.str());
    return "";
}

std::string text_at(const toml::table& table, std::string_view key) {
    return collapse_spaces(table[key].value_or(std::string_view{}));
}

Result<std::vector<std::string>> checks_of(const toml::table& clause, const std::string& where) {
    const toml::array* array = clause["checks"].as_array();
    if (!array || array->empty())
        return fail(where + ": checks must be a list of check ids, like [\"employer.profile\"]");
    std::vector<std::string> checks;
    for (const auto& node : *array) {
        auto id = node.value<std::string>();
        if (!id || !is_check_id(*id))
            return fail(where + ": '" + id.value_or("?") +
                        "' is not a check id (like employer.profile)");
        checks.push_back(*id);
    }
    return checks;
}

Result<Clause> read_clause(const toml::table& table, const PolicyPack& pack,
                           const std::string& origin, std::size_t index) {
    Clause clause;
    clause.policy = pack.name;
    clause.ref = text_at(table, "ref");
    std::string where =
        origin + ": clause " + (clause.ref.empty() ? "#" + std::to_string(index + 1) : clause.ref);
    if (auto key = unknown_key(table, {"ref", "strength", "checks", "text"}); !key.empty())
        return fail(where + ": unknown key '" + key + "' (known: ref, strength, checks, text)");
    if (clause.ref.empty()) return fail(where + " has no ref");
    clause.text = text_at(table, "text");
    if (clause.text.empty()) return fail(where + " has no text");
    std::string strength = text_at(table, "strength");
    if (strength.empty()) return fail(where + " has no strength");
    auto parsed = parse_strength(strength);
    if (!parsed)
        return fail(where + ": strength '" + strength + "' is not one of must, should, advised");
    clause.strength = *parsed;
    return clause;
}

Result<PolicyPack> read_pack(const toml::table& root, const std::string& origin) {
    PolicyPack pack;
    if (auto key = unknown_key(root, {"name", "short", "title", "clause"}); !key.empty())
        return fail(origin + ": unknown key '" + key + "' (known: name, short, title, clause)");
    pack.name = text_at(root, "name");
    if (pack.name.empty()) return fail(origin + ": name is missing");
    pack.short_name = text_at(root, "short");
    if (pack.short_name.empty()) pack.short_name = pack.name;
    pack.title = text_at(root, "title");
    if (pack.title.empty()) pack.title = pack.name;
    const toml::array* clauses = root["clause"].as_array();
    if (!clauses || clauses->empty()) return fail(origin + ": no [[clause]] entries");
    for (std::size_t i = 0; i < clauses->size(); ++i) {
        const toml::table* table = (*clauses)[i].as_table();
        if (!table) return fail(origin + ": clause #" + std::to_string(i + 1) + " is not a table");
        auto clause = read_clause(*table, pack, origin, i);
        if (!clause) return tl::unexpected(clause.error());
        auto checks = checks_of(*table, origin + ": clause " + clause->ref);
        if (!checks) return tl::unexpected(checks.error());
        for (const auto& check : *checks)
            pack.clauses[check].push_back(*clause);
    }
    return pack;
}

std::vector<PolicyPack> parse_bundled_packs() {
    std::vector<PolicyPack> packs;
    for (std::size_t i = 0; i < k_policy_packs_count; ++i) {
        auto pack = parse_pack(k_policy_packs[i].bytes, std::string(k_policy_packs[i].name));
        // The bundled packs are tested at build time; one that does not parse is a bug.
        if (!pack) throw std::logic_error("bundled policy pack: " + pack.error().message);
        packs.push_back(std::move(*pack));
    }
    std::sort(packs.begin(), packs.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return packs;
}

const PolicyPack* bundled_by_short_name(std::string_view short_name) {
    for (const auto& pack : bundled_packs())
        if (pack.short_name == short_name) return &pack;
    return nullptr;
}

const std::vector<Clause>* clauses_for(const PolicyPack& pack, std::string_view check_id) {
    auto it = pack.clauses.find(check_id);
    return it == pack.clauses.end() || it->second.empty() ? nullptr : &it->second;
}

bool looks_like_path(const std::string& text) {
    return text.find('/') != std::string::npos || text.ends_with(".toml");
}

std::string bundled_names() {
    std::string names;
    for (const auto& pack : bundled_packs())
        names += (names.empty() ? "" : ", ") + pack.name;
    return names;
}

Result<PolicyPack> load_pack_file(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return fail("cannot read policy pack " + file.string() + ": no such file");
    if (std::filesystem::file_size(file, ec) > k_max_pack_bytes)
        return fail("policy pack " + file.string() + " is too large");
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) return fail("cannot read policy pack " + file.string());
    return parse_pack(text.str(), file.string());
}

} // namespace

const std::vector<PolicyPack>& bundled_packs() {
    static const std::vector<PolicyPack> k_packs = parse_bundled_packs();
    return k_packs;
}

Result<PolicyPack> parse_pack(std::string_view toml_text, const std::string& origin) {
    try {
        return read_pack(toml::parse(toml_text, origin), origin);
    } catch (const toml::parse_error& e) {
        const auto& where = e.source().begin;
        return fail(origin + ": line " + std::to_string(where.line) + ", column " +
                    std::to_string(where.column) + ": " + std::string(e.description()));
    }
}

Result<PolicyPack> load_pack(const std::string& name_or_path) {
    for (const auto& pack : bundled_packs())
        if (pack.name == name_or_path) return pack;
    std::error_code ec;
    if (looks_like_path(name_or_path) || std::filesystem::exists(name_or_path, ec))
        return load_pack_file(name_or_path);
    return fail("unknown policy '" + name_or_path + "'; the bundled policies are " +
                bundled_names() + " (or give the path of a policy pack .toml file)");
}

Citation cite(const PolicyPack& chosen, std::string_view check_id) {
    if (const auto* own = clauses_for(chosen, check_id)) return Citation{*own, false};
    for (std::string_view short_name : citation_order(check_id)) {
        const PolicyPack* other = bundled_by_short_name(short_name);
        if (!other || other->name == chosen.name) continue;
        if (const auto* clauses = clauses_for(*other, check_id)) return Citation{*clauses, true};
    }
    // A check REQUIREMENTS.md does not list: any bundled policy that speaks to it.
    for (const auto& other : bundled_packs()) {
        if (other.name == chosen.name) continue;
        if (const auto* clauses = clauses_for(other, check_id)) return Citation{*clauses, true};
    }
    return Citation{};
}

} // namespace audit
