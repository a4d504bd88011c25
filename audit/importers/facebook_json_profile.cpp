// profile_information.json → profile_v2 (the same key from 2020 to 2026), and the 2022
// primary_public_location.json.
#include "audit/importers/facebook_json_internal.hpp"
#include <cstdio>

namespace audit::facebook {

namespace {

struct ProfileWriter {
    Context& ctx;
    const std::string& file;

    void add(FieldKind kind, std::string label, std::string value, bool current = true) {
        if (value.empty()) return;
        std::string item = "profile " + std::string(to_string(kind)) + ": " + value;
        ctx.out.profile.push_back(ProfileField{kind, std::move(label), std::move(value),
                                               source(ctx, file, std::move(item)), current});
    }
    void add(FieldKind kind, std::string label, const JsonValue& value, bool current = true) {
        add(kind, std::move(label), value.str(), current);
    }
};

bool ended(const JsonValue& experience) {
    return seconds(experience.get("end_timestamp")) != 0;
}

void add_names(ProfileWriter& w, const JsonValue& p) {
    w.add(FieldKind::name, "name.full_name", p.find("name.full_name"));
    for (const JsonValue& previous : p.get("previous_names").items())
        w.add(FieldKind::name, "previous_names", previous.is_string() ? previous : previous["name"],
              false);
    for (const JsonValue& other : p.get("other_names").items())
        w.add(FieldKind::name, "other_names", other.is_string() ? other : other["name"]);
}

void add_usernames(ProfileWriter& w, const JsonValue& p) {
    w.add(FieldKind::username, "username", p.get("username"));
    w.add(FieldKind::username, "profile_uri", p.get("profile_uri"));
    for (const JsonValue& service : p.get("screen_names").items()) {
        const std::string label = "screen_names." + service.get("service_name").str();
        for (const JsonValue& name : service.get("names").items())
            w.add(FieldKind::username, label, name.is_string() ? name : name["name"]);
    }
}

void add_contacts(ProfileWriter& w, const JsonValue& p) {
    const JsonValue emails = p.get("emails");
    for (std::string_view key : {"emails", "pending_emails", "ad_account_emails"})
        for (const JsonValue& email : emails.get(key).items())
            w.add(FieldKind::email, "emails." + std::string(key), email);
    for (const JsonValue& email : emails.get("previous_emails").items())
        w.add(FieldKind::email, "emails.previous_emails", email, false);
    for (const JsonValue& phone : p.get("phone_numbers").items())
        w.add(FieldKind::phone, "phone_numbers", phone.is_string() ? phone : phone["phone_number"]);
}

// "YYYY-MM-DD", or "MM-DD" when the year is hidden (0 or absent).
std::string birthday_of(const JsonValue& b) {
    const auto month = b.get("month").i64().value_or(0);
    const auto day = b.get("day").i64().value_or(0);
    const auto year = b.get("year").i64().value_or(0);
    if (month < 1 || month > 12 || day < 1 || day > 31) return {};
    char buf[32];
    if (year > 0 && year < 10000)
        std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(year),
                      static_cast<long long>(month), static_cast<long long>(day));
    else
        std::snprintf(buf, sizeof buf, "%02lld-%02lld", static_cast<long long>(month),
                      static_cast<long long>(day));
    return buf;
}

std::string address_of(const JsonValue& a) {
    std::string out;
    for (std::string_view key : {"street", "city", "region", "zipcode", "postal_code", "country"}) {
        std::string part = a.get(key).str();
        if (part.empty()) continue;
        if (!out.empty()) out += ", ";
        out += part;
    }
    return out;
}

void add_places(ProfileWriter& w, const JsonValue& p) {
    w.add(FieldKind::birthday, "birthday", birthday_of(p.get("birthday")));
    w.add(FieldKind::city, "current_city", p.find("current_city.name"));
    w.add(FieldKind::city, "hometown", p.find("hometown.name"));
    // A history: the place lived now is current_city.
    for (const JsonValue& place : p.get("places_lived").items())
        w.add(FieldKind::city, "places_lived", place.is_string() ? place : place["place"], false);
    w.add(FieldKind::address, "address", address_of(p.get("address")));
}

void add_work(ProfileWriter& w, const JsonValue& p) {
    for (const JsonValue& job : p.get("work_experiences").items()) {
        const bool current = !ended(job);
        w.add(FieldKind::work, "work_experiences.employer", job.get("employer"), current);
        w.add(FieldKind::work, "work_experiences.title", job.get("title"), current);
        w.add(FieldKind::work, "work_experiences.description", job.get("description"), current);
    }
    for (const JsonValue& school : p.get("education_experiences").items()) {
        const std::string type = school.get("school_type").str();
        const bool current = !ended(school) && !school.get("graduated").boolean().value_or(false);
        w.add(FieldKind::education,
              type.empty() ? "education_experiences" : "education_experiences." + type,
              school.get("name"), current);
    }
}

void add_about(ProfileWriter& w, const JsonValue& p) {
    w.add(FieldKind::bio, "about_me", p.get("about_me"));
    w.add(FieldKind::bio, "favorite_quotes", p.get("favorite_quotes"));
    for (const JsonValue& site : p.get("websites").items())
        w.add(FieldKind::website, "websites", site.is_string() ? site : site["address"]);
}

// People named on the profile: who they are can matter (a pupil's parent as partner).
void add_relations(ProfileWriter& w, const JsonValue& p) {
    w.add(FieldKind::other, "relationship.partner", p.find("relationship.partner"));
    for (const JsonValue& member : p.get("family_members").items()) {
        const std::string relation = member.get("relation").str();
        w.add(FieldKind::other, relation.empty() ? "family_members" : "family_members." + relation,
              member.get("name"));
    }
}

Result<void> import_profile_file(Context& ctx, const std::string& file, const JsonValue& root) {
    const JsonValue p = root.get("profile_v2");
    if (!p.is_object()) return unexpected_shape("an object with \"profile_v2\"");
    if (ctx.out.owner.empty()) ctx.out.owner = p.find("name.full_name").str();
    ProfileWriter w{ctx, file};
    add_names(w, p);
    add_usernames(w, p);
    add_contacts(w, p);
    add_places(w, p);
    add_work(w, p);
    add_about(w, p);
    add_relations(w, p);
    return {};
}

Result<void> import_public_location(Context& ctx, const std::string& file, const JsonValue& root) {
    const JsonValue location = root.get("primary_public_location_v2");
    if (!location.is_object()) return unexpected_shape("\"primary_public_location_v2\"");
    std::string place;
    for (std::string_view key : {"city", "region", "country"}) {
        std::string part = location.get(key).str();
        if (part.empty()) continue;
        if (!place.empty()) place += ", ";
        place += part;
    }
    ProfileWriter{ctx, file}.add(FieldKind::city, "primary_public_location", std::move(place));
    return {};
}

} // namespace

void import_profile(Context& ctx) {
    for_each_file(ctx, {"profile_information"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_profile_file(ctx, file, root);
                  });
    for_each_file(ctx, {"primary_public_location"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_public_location(ctx, file, root);
                  });
}

} // namespace audit::facebook
