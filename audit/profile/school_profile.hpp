#pragma once
// The school profile (TOML, CONTRACTS.md): who the school is, when it is in session, which
// policy to cite, and optional rosters of the people the checks look for.
#include "audit/core/result.hpp"
#include "audit/model/source_ref.hpp"
#include "audit/profile/hashed_roster.hpp"
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace audit {

struct GeoCircle {
    GeoPoint centre;
    double radius_m = 0;
};

struct Person {
    std::string name;
    std::string year_group;
    int birth_year = 0; // 0 = not given
    std::string class_name;
    // A hashed roster's person (docs/hashed-rosters.md): `name` is empty and these are the
    // salted hashes of the name's forms.
    std::vector<HashedName> hashed_names;
};

enum class RosterKind { pupils, ex_pupils, parents, colleagues };
std::string_view to_string(RosterKind k);

struct Roster {
    RosterKind kind = RosterKind::pupils;
    std::string file; // where it was read from, for messages
    std::vector<Person> people;
    // Set for a hashed roster: the salt its names were hashed with; no names are in memory.
    std::vector<unsigned char> salt;
    bool hashed() const { return !salt.empty(); }
};

struct DateRange {
    std::string start; // YYYY-MM-DD
    std::string end;
};

struct SchoolDay {
    std::string start = "08:30"; // HH:MM, local time
    std::string end = "15:30";
    std::vector<std::string> days = {"Mon", "Tue", "Wed", "Thu", "Fri"};
};

struct SchoolProfile {
    std::string name;
    std::vector<std::string> aliases;
    std::string trust;
    std::vector<std::string> others;
    // Names of other schools that contain ours ("North Riverside Primary"): never a mention of
    // our school. An extension of the CONTRACTS.md format.
    std::vector<std::string> not_us;
    std::vector<std::string> domains;
    std::string postcode;
    std::optional<GeoCircle> location;
    std::vector<std::filesystem::path> logos; // resolved against the profile's folder
    std::string timezone = "Europe/London";
    SchoolDay school_day;
    std::vector<DateRange> terms;
    std::vector<std::string> networks;
    std::vector<std::string> devices;
    std::string policy = "woodstock-ce-primary-2024";
    std::vector<Roster> rosters;
    std::optional<GeoCircle> home;
    // [me] checklist: the saved answers of `staff-audit checklist`, used by every scan with
    // this profile (--checklist overrides it). An extension of the CONTRACTS.md format.
    std::filesystem::path checklist;
    std::filesystem::path file; // the profile's own path ("" when built in code)

    const Roster* roster(RosterKind kind) const;
};

// Reads and validates a profile; errors name the file, the key and the problem.
Result<SchoolProfile> load_profile(const std::filesystem::path& file);
// Parses profile text (`origin` names it in messages; rosters resolve against `base_dir`).
Result<SchoolProfile> parse_profile(std::string_view toml_text, const std::string& origin,
                                    const std::filesystem::path& base_dir);
// Reads a roster: plain CSV (header optional; columns name[,year_group][,birth_year][,class]),
// or a hashed roster (hashed_roster.hpp), told apart by its header line.
Result<Roster> load_roster(const std::filesystem::path& file, RosterKind kind);
// The same from the roster's bytes; `file` names it in messages.
Result<Roster> parse_roster(std::string_view bytes, const std::string& file, RosterKind kind);

} // namespace audit
