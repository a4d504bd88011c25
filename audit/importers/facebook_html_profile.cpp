// profile_information.html: a table of <tr><th>Label</th><td>Value</td></tr> rows (2024,
// jdecpn-shru-error1/25.02.2024), the labels in the account's language. Each row becomes the
// ProfileField facebook_json makes of the same profile_v2 key, so identities match
// ("profile email: jane@example.com").
#include "audit/importers/facebook_html_internal.hpp"
#include "audit/importers/instagram_json_internal.hpp"
#include <algorithm>
#include <vector>

namespace audit::html_facebook {

namespace {

using meta_html::Row;

enum class Shape {
    plain,    // one field per value
    email,    // "(Previous email)" marks a past address
    birthday, // "May 1, 2001" → "2001-05-01"
    relative, // "Kate Morgan (Sister)": the relation joins the label, as in the JSON
    ignored,  // flags and dates about the account, not profile text
};

struct Rule {
    std::vector<std::string_view> folded; // labels folded (instagram::fold_label)
    FieldKind kind;
    std::string_view json_label; // facebook_json's label for the same data
    bool current;
    Shape shape;
};

// English labels (the only language whose wording is known); translations are not guessed.
const std::vector<Rule>& rules() {
    static const std::vector<Rule> k_rules = {
        {{"name", "fullname"}, FieldKind::name, "name.full_name", true, Shape::plain},
        {{"othernames", "nicknames", "nickname"}, FieldKind::name, "other_names", true,
         Shape::plain},
        {{"previousnames", "formernames"}, FieldKind::name, "previous_names", false, Shape::plain},
        {{"username"}, FieldKind::username, "username", true, Shape::plain},
        {{"profile", "profileurl", "profilelink", "profileuri"}, FieldKind::username,
         "profile_uri", true, Shape::plain},
        {{"emails", "email", "emailaddress", "emailaddresses"}, FieldKind::email, "emails.emails",
         true, Shape::email},
        {{"phonenumbers", "phonenumber", "phone", "phones", "mobilephones", "mobilenumber"},
         FieldKind::phone, "phone_numbers", true, Shape::plain},
        {{"birthday", "dateofbirth"}, FieldKind::birthday, "birthday", true, Shape::birthday},
        {{"currentcity"}, FieldKind::city, "current_city", true, Shape::plain},
        {{"hometown"}, FieldKind::city, "hometown", true, Shape::plain},
        {{"placeslived", "placesyouvelived"}, FieldKind::city, "places_lived", false,
         Shape::plain},
        {{"address", "currentaddress"}, FieldKind::address, "address", true, Shape::plain},
        {{"work", "workexperience", "workexperiences", "workhistory"}, FieldKind::work,
         "work_experiences", true, Shape::plain},
        {{"education", "educationexperiences", "college", "highschool"}, FieldKind::education,
         "education_experiences", true, Shape::plain},
        {{"aboutme", "about", "aboutyou", "bio"}, FieldKind::bio, "about_me", true, Shape::plain},
        {{"favoritequotes", "favouritequotes"}, FieldKind::bio, "favorite_quotes", true,
         Shape::plain},
        {{"websites", "website", "links"}, FieldKind::website, "websites", true, Shape::plain},
        {{"relationship", "relationshipstatus"}, FieldKind::other, "relationship.partner", true,
         Shape::plain},
        {{"familymembers", "family"}, FieldKind::other, "family_members", true, Shape::relative},
        {{"gender", "pronouns", "registrationdate", "blooddonorsettings", "interestedin",
          "religiousviews", "politicalviews"},
         FieldKind::other, "", true, Shape::ignored},
    };
    return k_rules;
}

const Rule* rule_for(std::string_view label) {
    const std::string folded = instagram::fold_label(label);
    for (const Rule& rule : rules())
        if (std::find(rule.folded.begin(), rule.folded.end(), folded) != rule.folded.end())
            return &rule;
    return nullptr;
}

bool mentions_previous(const std::vector<std::string>& notes) {
    return std::any_of(notes.begin(), notes.end(), [](const std::string& note) {
        return instagram::fold_label(note).find("previous") != std::string::npos;
    });
}

struct ProfileWriter {
    Context& ctx;
    const std::string& file;

    void add(FieldKind kind, std::string label, std::string value, bool current) {
        if (value.empty()) return;
        std::string item = "profile " + std::string(to_string(kind)) + ": " + value;
        ctx.out.profile.push_back(ProfileField{kind, std::move(label), std::move(value),
                                               facebook::source(ctx, file, std::move(item)),
                                               current});
    }

    void row(const Rule& rule, const Row& row) {
        for (const std::string& raw : meta_html::cell_values(row.value)) {
            std::vector<std::string> notes;
            // "Jane (Nickname) (Feb 20, 2024 11:30:44am)", "jane@… (Previous email)".
            std::string value = meta_html::strip_notes(raw, &notes);
            switch (rule.shape) {
            case Shape::ignored: return;
            case Shape::email:
                if (mentions_previous(notes))
                    add(rule.kind, "emails.previous_emails", std::move(value), false);
                else
                    add(rule.kind, std::string(rule.json_label), std::move(value), true);
                break;
            case Shape::birthday: {
                const auto date = parse_html_date(value);
                add(rule.kind, std::string(rule.json_label), date ? birthday_text(*date) : value,
                    rule.current);
                break;
            }
            case Shape::relative:
                add(rule.kind,
                    std::string(rule.json_label) + (notes.empty() ? "" : "." + notes.front()),
                    std::move(value), rule.current);
                break;
            case Shape::plain:
                add(rule.kind, std::string(rule.json_label), std::move(value), rule.current);
                break;
            }
        }
    }
};

void import_profile_page(Context& ctx, const std::string& file, const HtmlDocument& doc) {
    const std::vector<Row> rows = meta_html::rows_of(doc.root());
    ProfileWriter writer{ctx, file};
    std::size_t known = 0;
    for (const Row& row : rows) {
        const Rule* rule = rule_for(row.label);
        if (rule == nullptr) continue;
        ++known;
        if (rule->kind == FieldKind::name && rule->json_label == "name.full_name" &&
            ctx.out.owner.empty())
            ctx.out.owner = meta_html::strip_notes(row.value.text());
        writer.row(*rule, row);
    }
    if (!rows.empty() && known == 0)
        ctx.out.problems.push_back(
            {file, "profile labels in an unsupported language (first: \"" + rows.front().label +
                       "\"): the profile was not read"});
}

} // namespace

void import_profile(Context& ctx) {
    meta_html::for_each_page(ctx, {"profile_information"},
                             [&ctx](const std::string& file, const HtmlDocument& doc,
                                    meta_html::PageDates&) { import_profile_page(ctx, file, doc); });
}

} // namespace audit::html_facebook
