// personal_information.json → profile_user[0] (the Instagram profile) or, under threads/, the
// Threads profile (text_post_app_*); account_information.json (contact syncing) and
// account_based_in.json (the city Instagram thinks the account is in).
#include "audit/importers/instagram_json_internal.hpp"
#include <vector>

namespace audit::instagram {

namespace {

// Folded labels of string_map_data in profile_user. The English ones are those seen in real
// exports (EXPORT-FORMATS.md §2.2) in any case; the translations are a best effort. A label not
// listed here keeps its text as an `other` field, so that no profile text goes unchecked.
struct ProfileLabel {
    std::vector<std::string_view> folded;
    FieldKind kind;
};

const std::vector<ProfileLabel>& profile_labels() {
    static const std::vector<ProfileLabel> labels = {
        {{"username", "benutzername", "nomdutilisateur", "nombredeusuario"}, FieldKind::username},
        {{"name", "nom", "nombre", "naam"}, FieldKind::name},
        {{"bio", "biografie", "biographie", "biografia"}, FieldKind::bio},
        {{"email", "emailaddress", "emailadresse", "adresseemail", "correoelectronico"},
         FieldKind::email},
        {{"phonenumber", "phone", "telefonnummer", "numerodetelephone", "numerodetelefono"},
         FieldKind::phone},
        {{"website", "websites", "links", "webseite", "siteweb", "sitioweb"}, FieldKind::website},
        {{"dateofbirth", "birthday", "geburtsdatum", "datedenaissance", "fechadenacimiento"},
         FieldKind::birthday},
        {{"gender", "geschlecht", "genre", "genero"}, FieldKind::other},
    };
    return labels;
}

const std::vector<std::string_view> k_private_labels = {
    "privateaccount", "privateskonto", "privatesprofil", "comptepriv\xc3\xa9", "cuentaprivada"};

// Flags about the account, not profile text.
constexpr std::string_view k_ignored[] = {
    "phoneconfirmed", "phonenumberconfirmed", "phoneconfirmationmethod", "emailconfirmed",
    "onboardingtime", "iseligibleforprofileactivationbadge", "profileshowsactivationbadge"};

bool is_private_label(std::string_view folded) {
    for (std::string_view label : k_private_labels)
        if (folded == label) return true;
    return false;
}

bool is_ignored(std::string_view folded) {
    for (std::string_view label : k_ignored)
        if (folded == label) return true;
    return false;
}

std::optional<FieldKind> kind_of_label(std::string_view folded) {
    for (const ProfileLabel& label : profile_labels())
        for (std::string_view known : label.folded)
            if (folded == known) return label.kind;
    return std::nullopt;
}

struct ProfileWriter {
    Context& ctx;
    const std::string& file;
    std::string_view item_prefix; // "profile", "threads profile"
    std::string_view setting_prefix; // "", "threads_"

    void field(FieldKind kind, const std::string& label, std::string value) {
        if (value.empty()) return;
        std::string item = std::string(item_prefix) + " " + std::string(to_string(kind)) + ": " + value;
        ctx.out.profile.push_back(
            ProfileField{kind, label, std::move(value), source(ctx, file, std::move(item)), true});
    }

    void private_flag(const std::string& label, const JsonValue& value) {
        const std::string name = std::string(setting_prefix) + "private_account";
        add_setting(ctx, file, name, label, flag_value(value), 0, "setting " + name);
    }

    // Every string_map_data entry: known labels by kind, the private flag as a Setting, other
    // text as an `other` field.
    void entries(const JsonValue& string_map) {
        for (const JsonMember& member : string_map.members()) {
            const std::string folded = fold_label(member.key);
            const JsonValue value = member.value.get("value");
            if (is_private_label(folded)) {
                if (value.is_string()) private_flag(member.key, value);
            } else if (auto kind = kind_of_label(folded)) {
                field(*kind, member.key, value.str());
            } else if (!is_ignored(folded) && !value.boolean()) {
                field(FieldKind::other, member.key, value.str());
            }
        }
    }
};

// media_map_data: {"Profile Photo": {uri, creation_timestamp, …}}, the label localised.
void add_profile_photos(Context& ctx, const std::string& file, const JsonValue& media_map) {
    for (const JsonMember& member : media_map.members()) {
        if (!member.value.get("uri").is_string()) continue;
        const Timestamp created = seconds(member.value.get("creation_timestamp"));
        add_media(ctx, member.value, source(ctx, file, "profile photo " + time_label(created)), {},
                  MediaKind::photo);
    }
}

void set_owner(Context& ctx, const JsonValue& string_map) {
    if (!ctx.out.owner.empty()) return;
    for (FieldKind kind : {FieldKind::name, FieldKind::username})
        for (const ProfileLabel& label : profile_labels())
            if (label.kind == kind)
                if (std::string v = map_entry(string_map, label.folded).get("value").str(); !v.empty()) {
                    ctx.out.owner = v;
                    return;
                }
}

JsonValue threads_profiles(const JsonValue& root) {
    for (const JsonMember& member : root.members())
        if (member.key.starts_with("text_post_app") && member.key.ends_with("profile") &&
            member.value.is_array())
            return member.value;
    return {};
}

Result<void> import_personal_information(Context& ctx, const std::string& file,
                                         const JsonValue& root) {
    if (const JsonValue users = root.get("profile_user"); users.is_array()) {
        ProfileWriter w{ctx, file, "profile", ""};
        for (const JsonValue& user : users.items()) {
            set_owner(ctx, user.get("string_map_data"));
            w.entries(user.get("string_map_data"));
            add_profile_photos(ctx, file, user.get("media_map_data"));
        }
        return {};
    }
    if (const JsonValue threads = threads_profiles(root); threads.exists()) {
        ProfileWriter w{ctx, file, "threads profile", "threads_"};
        for (const JsonValue& profile : threads.items())
            w.entries(profile.get("string_map_data"));
        return {};
    }
    return unexpected_shape("\"profile_user\" (or a Threads \"text_post_app_…profile\")");
}

// profile_account_insights[0].string_map_data: only "Contact Syncing" says something about
// privacy (the phone's contacts uploaded, so that they are suggested to follow).
Result<void> import_account_information(Context& ctx, const std::string& file,
                                        const JsonValue& root) {
    // Only this key is read; a file of the same name holding something else has nothing for us.
    const JsonValue insights = root.get("profile_account_insights");
    for (const JsonValue& record : insights.items()) {
        for (const JsonMember& member : record.get("string_map_data").members()) {
            if (fold_label(member.key) != "contactsyncing") continue;
            add_setting(ctx, file, "contact_syncing", member.key,
                        flag_value(member.value.get("value")), 0, "setting contact_syncing");
        }
    }
    return {};
}

// inferred_data_primary_location[0].string_map_data."City Name".
Result<void> import_account_based_in(Context& ctx, const std::string& file, const JsonValue& root) {
    const JsonValue locations = root.get("inferred_data_primary_location");
    ProfileWriter w{ctx, file, "profile", ""};
    for (const JsonValue& record : locations.items())
        for (const JsonMember& member : record.get("string_map_data").members())
            w.field(FieldKind::city, member.key, member.value.get("value").str());
    return {};
}

} // namespace

void import_profile(Context& ctx) {
    for_each_file(ctx, {"personal_information"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_personal_information(ctx, file, root);
                  });
    for_each_file(ctx, {"account_information"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_account_information(ctx, file, root);
                  });
    for_each_file(ctx, {"account_based_in"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_account_based_in(ctx, file, root);
                  });
}

std::optional<FieldKind> profile_label_kind(std::string_view folded) {
    return kind_of_label(folded);
}

bool is_private_account_label(std::string_view folded) {
    return is_private_label(folded);
}

bool is_account_flag_label(std::string_view folded) {
    return is_ignored(folded);
}

} // namespace audit::instagram
