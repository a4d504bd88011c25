// The school profile: TOML (CONTRACTS.md "School profile") → SchoolProfile, validated the way a
// careful user would expect, so that a typo never silently turns a check off.
#include "audit/profile/school_profile.hpp"
#include "audit/profile/profile_values.hpp"
#include "audit/profile/toml_fields.hpp"
#include <array>
#include <toml++/toml.h>

namespace audit {

namespace {

using profile::key_path;
using profile::TomlFields;
namespace fs = std::filesystem;

constexpr std::size_t k_max_profile_bytes = 1024 * 1024;
constexpr double k_max_radius_m = 20000;
constexpr std::string_view k_circle_shape = "{ lat = 51.3811, lon = -2.3590, radius_m = 250 }";

std::string in_quotes(std::string_view text) {
    return "'" + std::string(text) + "'";
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines)
        out += (out.empty() ? "" : "\n") + line;
    return out;
}

fs::path resolve(const fs::path& base_dir, const std::string& written) {
    fs::path path(written);
    return path.is_absolute() ? path : base_dir / path;
}

// Reads one profile, collecting every problem before giving up.
class ProfileReader {
public:
    ProfileReader(std::string origin, fs::path base_dir)
        : m_fields(std::move(origin)), m_base_dir(std::move(base_dir)) {}

    SchoolProfile read(const toml::table& root) {
        SchoolProfile profile;
        m_fields.reject_unknown_keys(root, "", {"school", "policy", "people", "me"});
        if (const toml::table* school = section(root, "school"))
            read_school(*school, profile);
        else if (!root.get("school"))
            m_fields.problem("[school]", "is missing");
        if (const toml::table* policy = section(root, "policy")) read_policy(*policy, profile);
        if (const toml::table* people = section(root, "people")) read_people(*people, profile);
        if (const toml::table* me = section(root, "me")) read_me(*me, profile);
        return profile;
    }

    const std::vector<std::string>& problems() const { return m_fields.problems(); }

private:
    const toml::table* section(const toml::table& root, std::string_view name) {
        return m_fields.table_at(root, name, "", "[" + std::string(name) + "]");
    }

    void read_school(const toml::table& school, SchoolProfile& profile) {
        const std::string path = "school";
        m_fields.reject_unknown_keys(school, path,
                                     {"name", "aliases", "trust", "others", "not_us", "domains",
                                      "postcode", "location", "logos", "timezone", "school_day",
                                      "terms", "networks", "devices"});
        profile.name = m_fields.required_text(school, "name", path).value_or("");
        profile.aliases = m_fields.text_list(school, "aliases", path);
        profile.trust = m_fields.text(school, "trust", path).value_or("");
        profile.others = m_fields.text_list(school, "others", path);
        profile.not_us = m_fields.text_list(school, "not_us", path);
        profile.domains = validated_list(school, "domains", path, profile::parse_domain,
                                         "is not a domain name (write it like riverside.sch.uk)");
        read_postcode(school, profile);
        profile.location = circle(school, "location", path);
        read_logos(school, profile);
        read_timezone(school, profile);
        if (const toml::table* day = m_fields.table_at(school, "school_day", path,
                                                       "{ start = \"08:40\", end = \"15:20\" }"))
            read_school_day(*day, key_path(path, "school_day"), profile.school_day);
        read_terms(school, profile);
        profile.networks = validated_list(school, "networks", path, profile::parse_network,
                                          "is not an IP network (write it like 195.10.20.0/24)");
        profile.devices = m_fields.text_list(school, "devices", path);
    }

    template <class Parse>
    std::vector<std::string> validated_list(const toml::table& table, std::string_view key,
                                            const std::string& path, Parse parse,
                                            std::string_view problem) {
        std::vector<std::string> out;
        for (const auto& written : m_fields.text_list(table, key, path)) {
            if (auto value = parse(written))
                out.push_back(*value);
            else
                m_fields.problem(key_path(path, key),
                                 in_quotes(written) + " " + std::string(problem));
        }
        return out;
    }

    void read_postcode(const toml::table& school, SchoolProfile& profile) {
        auto written = m_fields.text(school, "postcode", "school");
        if (!written || written->empty()) return;
        if (auto postcode = profile::parse_uk_postcode(*written))
            profile.postcode = *postcode;
        else
            m_fields.problem("school.postcode",
                             in_quotes(*written) + " is not a UK postcode (like BA1 2AB)");
    }

    std::optional<GeoCircle> circle(const toml::table& table, std::string_view key,
                                    const std::string& parent) {
        const toml::table* inner = m_fields.table_at(table, key, parent, k_circle_shape);
        if (!inner) return std::nullopt;
        std::string path = key_path(parent, key);
        m_fields.reject_unknown_keys(*inner, path, {"lat", "lon", "radius_m"});
        auto lat = m_fields.number(*inner, "lat", path);
        auto lon = m_fields.number(*inner, "lon", path);
        auto radius = m_fields.number(*inner, "radius_m", path);
        bool ok = lat && lon && radius;
        if (lat && (*lat < -90 || *lat > 90)) {
            m_fields.problem(path + ".lat", "must be a latitude between -90 and 90");
            ok = false;
        }
        if (lon && (*lon < -180 || *lon > 180)) {
            m_fields.problem(path + ".lon", "must be a longitude between -180 and 180");
            ok = false;
        }
        if (radius && !(*radius > 0)) {
            m_fields.problem(path + ".radius_m", "must be a positive number");
            ok = false;
        } else if (radius && *radius > k_max_radius_m) {
            m_fields.problem(path + ".radius_m", "is too large (at most 20000 metres)");
            ok = false;
        }
        if (!ok) return std::nullopt;
        return GeoCircle{GeoPoint{*lat, *lon}, *radius};
    }

    void read_logos(const toml::table& school, SchoolProfile& profile) {
        for (const auto& written : m_fields.text_list(school, "logos", "school")) {
            fs::path file = resolve(m_base_dir, written);
            std::error_code ec;
            if (fs::is_regular_file(file, ec))
                profile.logos.push_back(file);
            else
                m_fields.problem("school.logos", "file " + in_quotes(written) +
                                                     " not found (looked for " + file.string() +
                                                     ")");
        }
    }

    void read_timezone(const toml::table& school, SchoolProfile& profile) {
        auto written = m_fields.text(school, "timezone", "school");
        if (!written) return;
        if (profile::is_known_timezone(*written))
            profile.timezone = *written;
        else
            m_fields.problem("school.timezone",
                             in_quotes(*written) + " is not a time zone name (like Europe/London)");
    }

    void read_school_day(const toml::table& day, const std::string& path, SchoolDay& out) {
        m_fields.reject_unknown_keys(day, path, {"start", "end", "days"});
        auto clock = [&](std::string_view key, std::string& target) {
            auto written = m_fields.text(day, key, path);
            if (!written) return day.get(key) == nullptr;
            auto time = profile::parse_clock_time(*written);
            if (time)
                target = *time;
            else
                m_fields.problem(key_path(path, key), in_quotes(*written) + " is not HH:MM");
            return time.has_value();
        };
        bool start_ok = clock("start", out.start);
        bool end_ok = clock("end", out.end);
        if (start_ok && end_ok && out.end <= out.start)
            m_fields.problem(path, "ends (" + out.end + ") before it starts (" + out.start + ")");
        if (!day.get("days")) return;
        auto days = validated_list(day, "days", path, profile::parse_day_name,
                                   "is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
        if (days.empty())
            m_fields.problem(path + ".days", "must name at least one day");
        else
            out.days = days;
    }

    void read_terms(const toml::table& school, SchoolProfile& profile) {
        const toml::node* node = school.get("terms");
        if (!node) return;
        const toml::array* terms = node->as_array();
        if (!terms) {
            m_fields.problem("school.terms", "must be a list, like [ { start = \"2025-09-03\", "
                                             "end = \"2025-10-24\" } ]");
            return;
        }
        for (std::size_t i = 0; i < terms->size(); ++i) {
            std::string path = "school.terms[" + std::to_string(i) + "]";
            const toml::table* term = (*terms)[i].as_table();
            if (!term) {
                m_fields.problem(
                    path, "must be a table, like { start = \"2025-09-03\", end = \"2025-10-24\" }");
                continue;
            }
            m_fields.reject_unknown_keys(*term, path, {"start", "end"});
            auto start = m_fields.date(*term, "start", path);
            auto end = m_fields.date(*term, "end", path);
            if (!start || !end) continue;
            if (*end < *start)
                m_fields.problem(path, "ends (" + *end + ") before it starts (" + *start + ")");
            else
                profile.terms.push_back(DateRange{*start, *end});
        }
    }

    void read_policy(const toml::table& policy, SchoolProfile& profile) {
        m_fields.reject_unknown_keys(policy, "policy", {"cite"});
        auto cite = m_fields.text(policy, "cite", "policy");
        if (!cite) return;
        if (cite->empty()) m_fields.problem("policy.cite", "is empty");
        // A path to a pack file resolves against the profile, like every other path in it;
        // a bare name is a bundled pack, checked by the policy loader.
        else if (cite->find('/') != std::string::npos || cite->ends_with(".toml"))
            profile.policy = resolve(m_base_dir, *cite).string();
        else
            profile.policy = *cite;
    }

    void read_people(const toml::table& people, SchoolProfile& profile) {
        static constexpr std::array<RosterKind, 4> k_kinds = {
            RosterKind::pupils, RosterKind::ex_pupils, RosterKind::parents, RosterKind::colleagues};
        std::vector<std::string> known;
        for (auto kind : k_kinds)
            known.emplace_back(to_string(kind));
        m_fields.reject_unknown_keys(people, "people", known);
        for (auto kind : k_kinds) {
            std::string key(to_string(kind));
            auto written = m_fields.text(people, key, "people");
            if (!written) continue;
            std::string path = key_path("people", key);
            if (written->empty()) {
                m_fields.problem(path, "is empty");
                continue;
            }
            auto roster = load_roster(resolve(m_base_dir, *written), kind);
            if (roster)
                profile.rosters.push_back(std::move(*roster));
            else
                m_fields.problem(path + ":", roster.error().message);
        }
    }

    void read_me(const toml::table& me, SchoolProfile& profile) {
        m_fields.reject_unknown_keys(me, "me", {"home", "checklist"});
        profile.home = circle(me, "home", "me");
        auto checklist = m_fields.text(me, "checklist", "me");
        if (!checklist) return;
        const fs::path file = resolve(m_base_dir, *checklist);
        std::error_code ec;
        if (checklist->empty())
            m_fields.problem("me.checklist", "is empty");
        else if (!fs::is_regular_file(file, ec))
            m_fields.problem("me.checklist", "file " + in_quotes(*checklist) + " not found (looked for " +
                                                 file.string() + "; staff-audit checklist writes it)");
        else
            profile.checklist = file;
    }

    TomlFields m_fields;
    fs::path m_base_dir;
};

} // namespace

Result<SchoolProfile> parse_profile(std::string_view toml_text, const std::string& origin,
                                    const fs::path& base_dir) {
    toml::table root;
    try {
        root = toml::parse(toml_text, origin);
    } catch (const toml::parse_error& e) {
        const auto& where = e.source().begin;
        return fail(origin + ": line " + std::to_string(where.line) + ", column " +
                    std::to_string(where.column) + ": " + std::string(e.description()));
    }
    ProfileReader reader(origin, base_dir);
    SchoolProfile profile = reader.read(root);
    if (!reader.problems().empty()) return fail(join_lines(reader.problems()));
    return profile;
}

Result<SchoolProfile> load_profile(const fs::path& file) {
    auto text = profile::read_small_file(file, k_max_profile_bytes);
    if (!text) return tl::unexpected(text.error());
    auto profile = parse_profile(*text, file.string(), file.parent_path());
    if (profile) profile->file = file;
    return profile;
}

} // namespace audit
