#pragma once
// Hashed rosters: a roster file that holds salted hashes of people's normalised names (and of
// their nickname, typo and partial forms) instead of the names, so a lost laptop does not carry
// a list of children's names. Year group, birth year and class stay in clear: they are not
// names, and the checks need them. What this protects and what it does not:
// docs/hashed-rosters.md.
//
// The file is TOML, written by `staff-audit roster hash`:
//   staff_audit_hashed_roster = 1          (the header line load_roster recognises)
//   kind = "pupils"
//   hash = "blake2b-256(salt || form)"
//   salt = "<32 hex digits: 16 random bytes>"
//   people = [
//     { year_group = "Year 4", birth_year = 2016, class = "Oak", full = ["<64 hex>", …], … },
//   ]
// one inline table per person, in random order, each form's hashes under the form's name.
#include "audit/core/result.hpp"
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace audit {

struct Roster;
enum class RosterKind;

// What a name form is, so a match says how sure it is. Every form is folded (fold_key): lower
// case, no accents, words separated by one space; "given family" forms squash each part's own
// words ("Ellie-May Smith Jones" → "elliemay smithjones").
enum class NameForm : std::uint8_t {
    full,             // "ellie mason"; also with middle names ("ellierose mason")
    nickname,         // a common short form of the given name: "nell mason" for Eleanor
    typo_given,       // the full form with one letter of the given name left out: "elie mason"
    typo_family,      // … of the family name: "ellie mson"
    family,           // "mason" alone: only with school words nearby
    title_family,     // "mrs clarke": colleagues, and anyone written with a title
    initial_family,   // "e mason" (weak)
    given_initial,    // "ellie m" (weak)
    squashed,         // "elliemason", "masonellie": user names
    squashed_initial, // "elliem": user names with digits ("ellie.m_2014")
};
inline constexpr std::size_t k_name_form_count = 10;

std::string_view to_string(NameForm form);
std::optional<NameForm> name_form_from(std::string_view name);
// Forms that hold only part of a name (a family name alone, an initial): much easier to guess
// from a hash than a full name (docs/hashed-rosters.md); `roster hash --full-names-only` leaves
// them out.
bool is_partial_form(NameForm form);

inline constexpr std::size_t k_roster_salt_bytes = 16;
using NameDigest = std::array<unsigned char, 32>;

struct HashedName {
    NameDigest digest{};
    NameForm form = NameForm::full;
};

// BLAKE2b-256(salt ‖ folded_form).
NameDigest hash_name_form(std::span<const unsigned char> salt, std::string_view folded_form);
// 16 bytes from libsodium's randombytes.
std::vector<unsigned char> new_roster_salt();

inline constexpr std::string_view k_hashed_roster_header = "staff_audit_hashed_roster = 1";
// True when `bytes` starts with the header line (after an optional UTF-8 byte-order mark).
bool is_hashed_roster(std::string_view bytes);

// One person about to be hashed: the folded forms of the name, and what stays in clear.
struct PersonForms {
    std::vector<std::pair<std::string, NameForm>> forms;
    std::string year_group;
    int birth_year = 0;
    std::string class_name;
};

// The file's text. People are shuffled (their order in the CSV can hint at the names, e.g.
// alphabetical by surname) and each form's hashes are sorted.
std::string write_hashed_roster(RosterKind kind, std::vector<PersonForms> people,
                                std::span<const unsigned char> salt);
// Reads a hashed roster: people with an empty name and their hashed forms; the roster's salt
// set. Fails, naming the file, on a bad header, salt, hash or kind, or a kind other than
// `expected`.
Result<Roster> parse_hashed_roster(std::string_view text, const std::string& file,
                                   RosterKind expected);

} // namespace audit
