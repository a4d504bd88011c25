// The profile: Profile.csv, Positions.csv, Education.csv, Email Addresses.csv, PhoneNumbers.csv,
// Whatsapp Phone Numbers.csv, and Registration.csv (the sign-up, kept as the first log-in).
#include "audit/importers/linkedin_csv_internal.hpp"

namespace audit::linkedin {

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
};

// "[jane_example]", "[a,b]" → {"jane_example"}, {"a", "b"}.
std::vector<std::string> bracket_list(std::string_view text) {
    if (text.starts_with('[') && text.ends_with(']')) text = text.substr(1, text.size() - 2);
    std::vector<std::string> out;
    for (std::size_t start = 0; start <= text.size();) {
        const auto comma = text.find(',', start);
        std::string_view part =
            text.substr(start, comma == std::string_view::npos ? comma : comma - start);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ')
            part.remove_suffix(1);
        if (!part.empty()) out.emplace_back(part);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return out;
}

bool is_type_tag(std::string_view tag) {
    if (tag.empty()) return false;
    for (char c : tag)
        if (!((c >= 'A' && c <= 'Z') || c == '_')) return false;
    return true;
}

// "[COMPANY:https://example.com/,PERSONAL:https://me.example]" → the URLs. A part without a
// "TYPE:" tag continues the previous URL (a comma inside it).
std::vector<std::string> tagged_list(std::string_view text) {
    std::vector<std::string> out;
    for (const std::string& part : bracket_list(text)) {
        const auto colon = part.find(':');
        const bool tagged =
            colon != std::string::npos && is_type_tag(std::string_view(part).substr(0, colon));
        if (tagged)
            out.push_back(part.substr(colon + 1));
        else if (!out.empty())
            out.back() += "," + part;
        else
            out.push_back(part);
    }
    return out;
}

void import_profile_sheet(Context& ctx, const Sheet& sheet) {
    ProfileWriter w{ctx, sheet.file()};
    for (const CsvRow& row : sheet.rows()) {
        std::string name = full_name(sheet.cell(row, "First Name"), sheet.cell(row, "Last Name"));
        if (ctx.out.owner.empty()) ctx.out.owner = name;
        w.add(FieldKind::name, "Profile.Name", std::move(name));
        w.add(FieldKind::name, "Profile.Maiden Name", sheet.cell(row, "Maiden Name"), false);
        w.add(FieldKind::work, "Profile.Headline", sheet.cell(row, "Headline"));
        w.add(FieldKind::work, "Profile.Industry", sheet.cell(row, "Industry"));
        w.add(FieldKind::bio, "Profile.Summary", sheet.cell(row, "Summary"));
        w.add(FieldKind::address, "Profile.Address", sheet.cell(row, "Address"));
        w.add(FieldKind::address, "Profile.Zip Code", sheet.cell(row, "Zip Code"));
        w.add(FieldKind::city, "Profile.Geo Location", sheet.cell(row, "Geo Location"));
        if (std::string birth = sheet.cell(row, "Birth Date"); !birth.empty()) {
            auto birthday = parse_birthday(birth);
            if (!birthday)
                ctx.out.problems.push_back(
                    {sheet.file(),
                     "Birth Date '" + birth + "' is in no known format; kept as written"});
            w.add(FieldKind::birthday, "Profile.Birth Date", birthday.value_or(birth));
        }
        for (std::string& handle : bracket_list(sheet.cell(row, "Twitter Handles")))
            w.add(FieldKind::username, "Profile.Twitter Handles", std::move(handle));
        for (std::string& site : tagged_list(sheet.cell(row, "Websites")))
            w.add(FieldKind::website, "Profile.Websites", std::move(site));
        for (std::string& im : tagged_list(sheet.cell(row, "Instant Messengers")))
            w.add(FieldKind::username, "Profile.Instant Messengers", std::move(im));
    }
}

// An empty Finished On is the job held now (EXPORT-FORMATS.md §5).
void import_positions(Context& ctx, const Sheet& sheet) {
    ProfileWriter w{ctx, sheet.file()};
    for (const CsvRow& row : sheet.rows()) {
        sheet.time(row, "Started On"); // checked, so that an odd date is reported
        const bool current = sheet.cell(row, "Finished On").empty();
        if (!current) sheet.time(row, "Finished On");
        w.add(FieldKind::work, "Positions.Company Name", sheet.cell(row, "Company Name"), current);
        w.add(FieldKind::work, "Positions.Title", sheet.cell(row, "Title"), current);
        w.add(FieldKind::work, "Positions.Description", sheet.cell(row, "Description"), current);
    }
}

void import_education(Context& ctx, const Sheet& sheet) {
    ProfileWriter w{ctx, sheet.file()};
    for (const CsvRow& row : sheet.rows()) {
        sheet.time(row, "Start Date");
        const bool current = sheet.cell(row, "End Date").empty();
        if (!current) sheet.time(row, "End Date");
        w.add(FieldKind::education, "Education.School Name", sheet.cell(row, "School Name"),
              current);
    }
}

// Confirmed/Primary say which address the account uses; every one is the holder's.
void import_emails(Context& ctx, const Sheet& sheet) {
    ProfileWriter w{ctx, sheet.file()};
    for (const CsvRow& row : sheet.rows()) {
        sheet.time(row, "Updated On");
        const bool primary = sheet.cell(row, "Primary") == "Yes";
        const bool confirmed = sheet.cell(row, "Confirmed") == "Yes";
        std::string label = "Email Addresses";
        if (primary)
            label += ".Primary";
        else if (!confirmed)
            label += ".Unconfirmed";
        w.add(FieldKind::email, std::move(label), sheet.cell(row, "Email Address"));
    }
}

// PhoneNumbers.csv (Extension,Number,Type) and Whatsapp Phone Numbers.csv
// (Number,Extension,Is_WhatsApp_Number); blank rows are dropped by the reader, and cells are
// trimmed (" +1 555-555-0123").
void import_phones(Context& ctx, const Sheet& sheet, const std::string& label) {
    ProfileWriter w{ctx, sheet.file()};
    for (const CsvRow& row : sheet.rows()) {
        std::string number = sheet.cell(row, "Number");
        if (number.empty()) continue;
        if (std::string ext = sheet.cell(row, "Extension"); !ext.empty()) number += " ext. " + ext;
        std::string type = sheet.cell(row, "Type");
        w.add(FieldKind::phone, type.empty() ? label : label + "." + type, std::move(number));
    }
}

void import_registration(Context& ctx, const Sheet& sheet) {
    for (const CsvRow& row : sheet.rows()) {
        Login login;
        login.time = sheet.time(row, "Registered At");
        login.ip = sheet.cell(row, "Registration Ip");
        if (login.time == 0 && login.ip.empty()) continue;
        login.device = "registration";
        login.source = source(ctx, sheet.file(), "registration " + time_label(login.time));
        ctx.out.logins.push_back(std::move(login));
    }
}

} // namespace

void import_profile(Context& ctx) {
    for_each_sheet(ctx, "Profile", {"First Name", "Last Name"},
                   [&ctx](const Sheet& s) { import_profile_sheet(ctx, s); });
    for_each_sheet(ctx, "Positions", {"Company Name", "Title"},
                   [&ctx](const Sheet& s) { import_positions(ctx, s); });
    for_each_sheet(ctx, "Education", {"School Name"},
                   [&ctx](const Sheet& s) { import_education(ctx, s); });
    for_each_sheet(ctx, "Email Addresses", {"Email Address"},
                   [&ctx](const Sheet& s) { import_emails(ctx, s); });
    for_each_sheet(ctx, "PhoneNumbers", {"Number"},
                   [&ctx](const Sheet& s) { import_phones(ctx, s, "PhoneNumbers"); });
    for_each_sheet(ctx, "Whatsapp Phone Numbers", {"Number"},
                   [&ctx](const Sheet& s) { import_phones(ctx, s, "Whatsapp Phone Numbers"); });
    for_each_sheet(ctx, "Registration", {"Registered At"},
                   [&ctx](const Sheet& s) { import_registration(ctx, s); });
}

} // namespace audit::linkedin
