// `staff-audit init [-o FILE] [--force]`: writes a school profile by asking questions, checking
// each answer as it goes with the profile's own validators (answers from stdin when it is not a
// terminal: one per line, an empty line takes the default).
#include "audit/cli/commands.hpp"
#include "audit/cli/output.hpp"
#include "audit/cli/prompt.hpp"
#include "audit/cli/terminal.hpp"
#include "audit/pipeline/toml_text.hpp"
#include "audit/policy/policy.hpp"
#include "audit/profile/profile_values.hpp"
#include "audit/profile/school_profile.hpp"
#include <filesystem>
#include <iostream>
#include <sstream>

namespace audit {

namespace fs = std::filesystem;

namespace {

using Answer = std::function<Result<std::string>(const std::string&)>;

int error(const std::string& message) {
    std::cerr << "staff-audit: " << message << "\n";
    return k_exit_error;
}

std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> out;
    std::string item;
    std::istringstream in{std::string(text)};
    while (std::getline(in, item, ','))
        if (std::string t = profile::trim(item); !t.empty()) out.push_back(t);
    return out;
}

std::string toml_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + toml_string(items[i]);
    return out + "]";
}

// Each validator turns an answer into the TOML value to write ("" = leave the key out).
Result<std::string> required_name(const std::string& a) {
    if (profile::trim(a).empty()) return fail("the school's name is needed");
    return toml_string(profile::trim(a));
}

Result<std::string> optional_text(const std::string& a) {
    return profile::trim(a).empty() ? std::string() : toml_string(profile::trim(a));
}

Result<std::string> text_list(const std::string& a) {
    auto items = split_list(a);
    return items.empty() ? std::string() : toml_list(items);
}

Result<std::string> domain_list(const std::string& a) {
    std::vector<std::string> out;
    for (const std::string& d : split_list(a)) {
        auto domain = profile::parse_domain(d);
        if (!domain) return fail("'" + d + "' is not a web domain like riverside.sch.uk");
        out.push_back(*domain);
    }
    return out.empty() ? std::string() : toml_list(out);
}

Result<std::string> postcode(const std::string& a) {
    if (profile::trim(a).empty()) return std::string();
    auto p = profile::parse_uk_postcode(a);
    if (!p) return fail("'" + a + "' is not a full UK postcode like BA1 2AB");
    return toml_string(*p);
}

Result<std::string> location(const std::string& a) {
    auto parts = split_list(a);
    if (parts.empty()) return std::string();
    if (parts.size() < 2 || parts.size() > 3)
        return fail("write latitude, longitude[, radius in metres]");
    try {
        double lat = std::stod(parts[0]), lon = std::stod(parts[1]);
        double radius = parts.size() == 3 ? std::stod(parts[2]) : 250;
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || radius <= 0 || radius > 50000)
            return fail("latitude -90..90, longitude -180..180, radius 1..50000 metres");
        std::ostringstream out;
        out << "{ lat = " << lat << ", lon = " << lon << ", radius_m = " << radius << " }";
        return out.str();
    } catch (const std::exception&) {
        return fail("'" + a + "' is not numbers like 51.3811, -2.3590, 250");
    }
}

Result<std::string> timezone(const std::string& a) {
    std::string tz = profile::trim(a).empty() ? "Europe/London" : profile::trim(a);
    if (!profile::is_known_timezone(tz))
        return fail("'" + tz + "' is not a time zone like Europe/London");
    return toml_string(tz);
}

Result<std::string> school_hours(const std::string& a) {
    std::string text = profile::trim(a).empty() ? "08:30-15:30" : profile::trim(a);
    auto dash = text.find('-');
    auto start = profile::parse_clock_time(text.substr(0, dash));
    auto end =
        dash == std::string::npos ? std::nullopt : profile::parse_clock_time(text.substr(dash + 1));
    if (!start || !end || *end <= *start) return fail("write the start and end like 08:40-15:20");
    return "start = " + toml_string(*start) + ", end = " + toml_string(*end);
}

Result<std::string> school_days(const std::string& a) {
    auto items = split_list(profile::trim(a).empty() ? "Mon,Tue,Wed,Thu,Fri" : a);
    std::vector<std::string> days;
    for (const std::string& d : items) {
        auto day = profile::parse_day_name(d);
        if (!day) return fail("'" + d + "' is not a day name like Mon");
        days.push_back(*day);
    }
    return toml_list(days);
}

Result<std::string> terms(const std::string& a) {
    std::vector<std::string> out;
    for (const std::string& range : split_list(a)) {
        auto dots = range.find("..");
        auto start = profile::parse_iso_date(profile::trim(range.substr(0, dots)));
        auto end = dots == std::string::npos
                       ? std::nullopt
                       : profile::parse_iso_date(profile::trim(range.substr(dots + 2)));
        if (!start || !end || *end < *start)
            return fail("'" + range + "' is not a term like 2025-09-03..2025-10-24");
        out.push_back("{ start = " + toml_string(*start) + ", end = " + toml_string(*end) + " }");
    }
    if (out.empty()) return std::string();
    std::string list = "[\n";
    for (const std::string& t : out)
        list += "  " + t + ",\n";
    return list + "]";
}

Result<std::string> policy(const std::string& a) {
    std::string name = profile::trim(a).empty() ? "woodstock-ce-primary-2024" : profile::trim(a);
    auto pack = load_pack(name);
    if (!pack) return fail(pack.error().message);
    return toml_string(name);
}

// Paths are written as given and checked against the profile's folder, as load_profile reads them.
Answer existing_files(const fs::path& base, bool roster, RosterKind kind = RosterKind::pupils) {
    return [base, roster, kind](const std::string& a) -> Result<std::string> {
        auto items = split_list(a);
        for (const std::string& p : items) {
            fs::path file = fs::path(p).is_absolute() ? fs::path(p) : base / p;
            std::error_code ec;
            if (!fs::is_regular_file(file, ec)) return fail(file.string() + ": no such file");
            if (roster)
                if (auto r = load_roster(file, kind); !r) return fail(r.error().message);
        }
        if (items.empty()) return std::string();
        if (roster && items.size() > 1) return fail("one roster file per kind");
        return roster ? toml_string(items[0]) : toml_list(items);
    };
}

struct Question {
    std::string table; // TOML table
    std::string key;
    std::string text;
    std::string hint;
    Answer answer;
};

std::vector<Question> questions(const fs::path& base) {
    return {
        {"school", "name", "The school's full name?", "e.g. Riverside Primary School",
         required_name},
        {"school", "aliases", "Other names, abbreviations or hashtags (comma-separated)?",
         "e.g. Riverside Primary, RPS", text_list},
        {"school", "trust", "Trust, council or diocese (optional)?", "", optional_text},
        {"school", "domains", "Web and e-mail domains (comma-separated)?", "e.g. riverside.sch.uk",
         domain_list},
        {"school", "postcode", "Postcode?", "e.g. BA1 2AB", postcode},
        {"school", "location", "The site: latitude, longitude[, radius in metres] (optional)?",
         "e.g. 51.3811, -2.3590, 250", location},
        {"school", "timezone", "Time zone?", "empty: Europe/London", timezone},
        {"school", "school_day", "School day, start-end?", "empty: 08:30-15:30", school_hours},
        {"school", "days", "School days (comma-separated)?", "empty: Mon, Tue, Wed, Thu, Fri",
         school_days},
        {"school", "terms", "Term dates, start..end (comma-separated, optional)?",
         "e.g. 2025-09-03..2025-10-24, 2025-11-03..2025-12-19", terms},
        {"school", "logos", "Logo or crest image files (comma-separated, optional)?",
         "paths relative to the profile's folder", existing_files(base, false)},
        {"policy", "cite", "Which policy to cite?",
         "empty: woodstock-ce-primary-2024; or another bundled pack, or a pack file", policy},
        {"people", "pupils", "Pupil roster (CSV, optional)?",
         "columns name[,year_group][,birth_year][,class]",
         existing_files(base, true, RosterKind::pupils)},
        {"people", "ex_pupils", "Former pupils roster (optional)?", "",
         existing_files(base, true, RosterKind::ex_pupils)},
        {"people", "parents", "Parents roster (optional)?", "",
         existing_files(base, true, RosterKind::parents)},
        {"people", "colleagues", "Staff roster (optional)?", "",
         existing_files(base, true, RosterKind::colleagues)},
    };
}

std::string profile_text(const std::vector<Question>& qs, const std::vector<std::string>& values) {
    std::ostringstream out;
    out << "# School profile written by staff-audit init. Format: CONTRACTS.md \"School "
           "profile\".\n";
    std::string table, day, days;
    for (std::size_t i = 0; i < qs.size(); ++i) {
        if (values[i].empty()) continue;
        if (qs[i].key == "school_day") {
            day = values[i];
            continue;
        }
        if (qs[i].key == "days") {
            days = values[i];
            continue;
        }
        if (qs[i].table != table) {
            if (table == "school" && !day.empty())
                out << "school_day = { " << day << ", days = " << days << " }\n";
            table = qs[i].table;
            out << "\n[" << table << "]\n";
        }
        out << qs[i].key << " = " << values[i] << "\n";
    }
    return out.str();
}

} // namespace

int init_command(const InitArgs& args) {
    const fs::path file(args.output);
    std::error_code ec;
    if (fs::exists(file, ec) && !args.force)
        return error(file.string() + " exists; use --force to replace it");
    const fs::path base = file.has_parent_path() ? file.parent_path() : fs::path(".");
    const bool interactive = is_terminal(stdin);
    std::ostream& out = interactive ? std::cout : std::cerr;
    out << "A school profile for staff-audit. Empty answers take the default or leave it out.\n\n";
    Prompter prompter(std::cin, out, interactive);
    const auto qs = questions(base);
    std::vector<std::string> values;
    for (const Question& q : qs) {
        auto reply = prompter.ask(q.text, q.hint, q.answer);
        if (!reply) return error(reply.error().message);
        if (*reply) {
            values.push_back(**reply);
            continue;
        }
        // End of input: the rest take their defaults (the name cannot).
        auto fallback = q.answer("");
        if (!fallback) return error("the input ended before: " + q.text);
        values.push_back(*fallback);
    }
    const std::string text = profile_text(qs, values);
    // The profile's own loader is the final word on what was written.
    auto parsed = parse_profile(text, file.string(), base);
    if (!parsed) return error("the profile would not load: " + parsed.error().message);
    if (auto ok = write_private_file(file, text); !ok) return error(ok.error().message);
    std::cout << "School profile written to " << file.string() << " (" << parsed->name << ")\n";
    return k_exit_clean;
}

} // namespace audit
