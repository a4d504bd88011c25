#include "audit/profile/hashed_roster.hpp"
#include "audit/profile/school_profile.hpp"
#include <sodium.h>
#include <toml++/toml.h>
#include <algorithm>
#include <array>
#include <chrono>
#include <mutex>
#include <sstream>

namespace audit {

namespace {

constexpr std::array<std::string_view, k_name_form_count> k_form_names = {
    "full",   "nickname",       "typo_given",    "typo_family", "family",
    "title_family", "initial_family", "given_initial", "squashed", "squashed_initial"};

constexpr std::string_view k_hash_name = "blake2b-256(salt || form)";
constexpr std::size_t k_max_people = 100000;

void ensure_sodium() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    });
}

std::string to_hex(std::span<const unsigned char> bytes) {
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += k_hex[b >> 4];
        out += k_hex[b & 15];
    }
    return out;
}

std::optional<std::vector<unsigned char>> from_hex(std::string_view hex, std::size_t bytes) {
    if (hex.size() != bytes * 2) return std::nullopt;
    std::vector<unsigned char> out(bytes);
    for (std::size_t i = 0; i < hex.size(); ++i) {
        const char c = hex[i];
        int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (v < 0) return std::nullopt;
        out[i / 2] = static_cast<unsigned char>(out[i / 2] | (i % 2 ? v : v << 4));
    }
    return out;
}

// A TOML basic string: quotes, backslashes and control characters escaped.
std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            static constexpr char k_hex[] = "0123456789ABCDEF";
            out += "\\u00";
            out += k_hex[(c >> 4) & 15];
            out += k_hex[c & 15];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string person_line(const PersonForms& person, std::span<const unsigned char> salt) {
    std::string line = "  {";
    std::string sep = " ";
    auto field = [&](std::string_view key, const std::string& value) {
        line += sep + std::string(key) + " = " + value;
        sep = ", ";
    };
    if (!person.year_group.empty()) field("year_group", toml_string(person.year_group));
    if (person.birth_year != 0) field("birth_year", std::to_string(person.birth_year));
    if (!person.class_name.empty()) field("class", toml_string(person.class_name));
    for (std::size_t f = 0; f < k_name_form_count; ++f) {
        std::vector<std::string> hashes;
        for (const auto& [form_text, form] : person.forms)
            if (static_cast<std::size_t>(form) == f)
                hashes.push_back(to_hex(hash_name_form(salt, form_text)));
        if (hashes.empty()) continue;
        std::sort(hashes.begin(), hashes.end());
        hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
        std::string list = "[";
        for (const std::string& h : hashes) list += (list.size() > 1 ? ", \"" : "\"") + h + "\"";
        field(k_form_names[f], list + "]");
    }
    return line + " },\n";
}

int current_year() {
    using namespace std::chrono;
    return static_cast<int>(year_month_day(floor<days>(system_clock::now())).year());
}

Result<Person> person_from(const toml::table& entry, const std::string& where) {
    Person person;
    for (const auto& [key, value] : entry) {
        const std::string_view k = key.str();
        if (k == "year_group" || k == "class") {
            auto text = value.value<std::string>();
            if (!text) return fail(where + ": " + std::string(k) + " is not a string");
            (k == "class" ? person.class_name : person.year_group) = *text;
        } else if (k == "birth_year") {
            auto year = value.value<std::int64_t>();
            if (!year || *year < 1900 || *year > current_year())
                return fail(where + ": birth_year is not a plausible year of birth");
            person.birth_year = static_cast<int>(*year);
        } else if (auto form = name_form_from(k)) {
            const toml::array* hashes = value.as_array();
            if (!hashes) return fail(where + ": " + std::string(k) + " is not a list of hashes");
            for (const toml::node& h : *hashes) {
                auto bytes = from_hex(h.value<std::string>().value_or(""), sizeof(NameDigest));
                if (!bytes) return fail(where + ": " + std::string(k) + " holds a value that is not a 64-digit hex hash");
                HashedName name;
                std::copy(bytes->begin(), bytes->end(), name.digest.begin());
                name.form = *form;
                person.hashed_names.push_back(name);
            }
        } else {
            return fail(where + ": unknown key '" + std::string(k) + "'");
        }
    }
    if (person.hashed_names.empty()) return fail(where + " has no hashed names");
    return person;
}

std::optional<RosterKind> kind_from(std::string_view name) {
    for (RosterKind k : {RosterKind::pupils, RosterKind::ex_pupils, RosterKind::parents, RosterKind::colleagues})
        if (to_string(k) == name) return k;
    return std::nullopt;
}

} // namespace

std::string_view to_string(NameForm form) { return k_form_names[static_cast<std::size_t>(form)]; }

std::optional<NameForm> name_form_from(std::string_view name) {
    for (std::size_t f = 0; f < k_name_form_count; ++f)
        if (k_form_names[f] == name) return static_cast<NameForm>(f);
    return std::nullopt;
}

bool is_partial_form(NameForm form) {
    return form == NameForm::family || form == NameForm::title_family ||
           form == NameForm::initial_family || form == NameForm::given_initial ||
           form == NameForm::squashed_initial;
}

NameDigest hash_name_form(std::span<const unsigned char> salt, std::string_view folded_form) {
    ensure_sodium();
    crypto_generichash_state state;
    NameDigest digest{};
    crypto_generichash_init(&state, nullptr, 0, digest.size());
    crypto_generichash_update(&state, salt.data(), salt.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(folded_form.data()),
                              folded_form.size());
    crypto_generichash_final(&state, digest.data(), digest.size());
    return digest;
}

std::vector<unsigned char> new_roster_salt() {
    ensure_sodium();
    std::vector<unsigned char> salt(k_roster_salt_bytes);
    randombytes_buf(salt.data(), salt.size());
    return salt;
}

bool is_hashed_roster(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (!bytes.starts_with(k_hashed_roster_header)) return false;
    bytes.remove_prefix(k_hashed_roster_header.size());
    return bytes.empty() || bytes.front() == '\n' || bytes.front() == '\r';
}

std::string write_hashed_roster(RosterKind kind, std::vector<PersonForms> people,
                                std::span<const unsigned char> salt) {
    ensure_sodium();
    // Fisher–Yates with libsodium's generator: the file's order says nothing about the CSV's.
    for (std::size_t i = people.size(); i > 1; --i)
        std::swap(people[i - 1], people[randombytes_uniform(static_cast<std::uint32_t>(i))]);
    std::ostringstream out;
    out << k_hashed_roster_header << "\n"
        << "# Salted hashes of normalised names, never the names (docs/hashed-rosters.md).\n"
        << "# Made by `staff-audit roster hash`. Year group, birth year and class are in clear.\n"
        << "kind = " << toml_string(to_string(kind)) << "\n"
        << "hash = " << toml_string(k_hash_name) << "\n"
        << "salt = " << toml_string(to_hex(salt)) << "\n"
        << "people = [\n";
    for (const PersonForms& person : people) out << person_line(person, salt);
    out << "]\n";
    return out.str();
}

Result<Roster> parse_hashed_roster(std::string_view text, const std::string& file,
                                   RosterKind expected) {
    if (!is_hashed_roster(text)) return fail(file + ": not a hashed roster (no '" + std::string(k_hashed_roster_header) + "' line first)");
    toml::table root;
    try {
        root = toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        return fail(file + ": line " + std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
    }
    Roster roster;
    roster.kind = expected;
    roster.file = file;
    const auto kind_name = root["kind"].value<std::string>().value_or("");
    const auto kind = kind_from(kind_name);
    if (!kind) return fail(file + ": kind '" + kind_name + "' is not pupils, ex_pupils, parents or colleagues");
    if (*kind != expected)
        return fail(file + " was hashed as a " + kind_name + " roster but is listed under " +
                    std::string(to_string(expected)) + "; hash the CSV again with --kind " +
                    std::string(to_string(expected)));
    if (root["hash"].value<std::string>().value_or("") != k_hash_name)
        return fail(file + ": hash must be \"" + std::string(k_hash_name) + "\"");
    auto salt = from_hex(root["salt"].value<std::string>().value_or(""), k_roster_salt_bytes);
    if (!salt) return fail(file + ": salt is not 32 hex digits");
    roster.salt = std::move(*salt);
    const toml::array* people = root["people"].as_array();
    if (!people) return fail(file + ": no people list");
    if (people->size() > k_max_people) return fail(file + ": more than 100000 people");
    for (std::size_t i = 0; i < people->size(); ++i) {
        const std::string where = file + ": person " + std::to_string(i + 1);
        const toml::table* entry = people->get(i)->as_table();
        if (!entry) return fail(where + " is not a table");
        auto person = person_from(*entry, where);
        if (!person) return tl::unexpected(person.error());
        roster.people.push_back(std::move(*person));
    }
    if (roster.people.empty()) return fail(file + " has no people in it");
    return roster;
}

} // namespace audit
