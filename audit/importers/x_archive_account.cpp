// The account and profile: account.js, profile.js, phone-number.js, ageinfo.js,
// screen-name-change.js; the settings and log-ins the archive states: protected-history.js,
// account-timezone.js, ip-audit.js.
#include "audit/importers/x_archive_internal.hpp"

namespace audit::x {

namespace {

const DataType k_account{{"account"}, {"account"}, "account"};
const DataType k_profile{{"profile"}, {"profile"}, "profile"};
const DataType k_phone{{"phoneNumber"}, {"phone-number"}, "device"};
const DataType k_ageinfo{{"ageinfo"}, {"ageinfo"}, "ageMeta"};
const DataType k_screen_names{{"screenNameChange"}, {"screen-name-change"}, "screenNameChange"};
const DataType k_protected{{"protectedHistory"}, {"protected-history"}, "protectedHistory"};
const DataType k_timezone{{"accountTimezone"}, {"account-timezone"}, "accountTimezone"};
const DataType k_ip_audit{{"ipAudit"}, {"ip-audit"}, "ipAudit"};

void add_field(Context& ctx, const std::string& file, FieldKind kind, std::string label,
               std::string value, bool current = true) {
    if (value.empty()) return;
    std::string item = "profile " + std::string(to_string(kind)) + ": " + value;
    ctx.out.profile.push_back(ProfileField{kind, std::move(label), std::move(value),
                                           source(ctx, file, std::move(item)), current});
}

void add_setting(Context& ctx, const std::string& file, std::string name, std::string label,
                 std::string value, Timestamp time, std::string item) {
    Setting s;
    s.source = source(ctx, file, std::move(item));
    s.name = std::move(name);
    s.label = std::move(label);
    s.value = std::move(value);
    s.time = time;
    ctx.out.settings.push_back(std::move(s));
}

// account.js: {email, createdVia, username, accountId, createdAt, accountDisplayName}, and
// phoneNumber in 2019 archives.
void read_account(Context& ctx, const std::string& file, const JsonValue& a) {
    const std::string username = text_of(a.get("username"));
    const std::string name = text_of(a.get("accountDisplayName"));
    if (ctx.username.empty()) ctx.username = username;
    if (ctx.account_id.empty()) ctx.account_id = text_of(a.get("accountId"));
    if (ctx.out.owner.empty()) ctx.out.owner = name;
    add_field(ctx, file, FieldKind::name, "account.accountDisplayName", name);
    add_field(ctx, file, FieldKind::username, "account.username", username);
    add_field(ctx, file, FieldKind::email, "account.email", text_of(a.get("email")));
    add_field(ctx, file, FieldKind::phone, "account.phoneNumber", text_of(a.get("phoneNumber")));
    if (const Timestamp created = iso_time(a.get("createdAt")))
        add_setting(ctx, file, "account_created", "account.createdAt", time_label(created), created,
                    "account created");
}

// profile.js: {description: {bio, website, location}, avatarMediaUrl, headerMediaUrl}.
void read_profile(Context& ctx, const std::string& file, const JsonValue& p) {
    const JsonValue d = p.get("description");
    add_field(ctx, file, FieldKind::bio, "profile.description.bio", text_of(d.get("bio")));
    add_field(ctx, file, FieldKind::website, "profile.description.website",
              text_of(d.get("website")));
    add_field(ctx, file, FieldKind::city, "profile.description.location",
              text_of(d.get("location")));
}

// screen-name-change.js: {accountId, screenNameChange: {changedAt, changedFrom, changedTo}}.
void read_screen_name_change(Context& ctx, const std::string& file, const JsonValue& record) {
    const JsonValue change = record.get("screenNameChange");
    add_field(ctx, file, FieldKind::username, "screenNameChange.changedFrom",
              text_of(change.get("changedFrom")), false);
}

// protected-history.js: {protectedAt, action: "Protect" | "Unprotect"}.
void read_protected(Context& ctx, const std::string& file, const JsonValue& record) {
    const std::string action = text_of(record.get("action"));
    if (action.empty()) return;
    const Timestamp at = iso_time(record.get("protectedAt"));
    add_setting(ctx, file, "protected_history", "Protect your posts", action, at,
                "protected history " + time_label(at));
}

void read_login(Context& ctx, const std::string& file, const JsonValue& record) {
    Login login;
    login.time = iso_time(record.get("createdAt"));
    login.ip = text_of(record.get("loginIp"));
    if (login.ip.empty() && login.time == 0) return;
    login.source = source(ctx, file, "login " + time_label(login.time));
    ctx.out.logins.push_back(std::move(login));
}

} // namespace

void import_account(Context& ctx) {
    for_each_record(ctx, k_account, [&ctx](const std::string& file, const JsonValue& a) {
        read_account(ctx, file, a);
    });
    // The manifest names the account holder too, for archives whose account.js is missing.
    if (ctx.username.empty()) ctx.username = ctx.manifest.username;
    if (ctx.account_id.empty()) ctx.account_id = ctx.manifest.account_id;
    if (ctx.out.owner.empty()) ctx.out.owner = ctx.manifest.display_name;

    for_each_record(ctx, k_profile, [&ctx](const std::string& file, const JsonValue& p) {
        read_profile(ctx, file, p);
    });
    for_each_record(ctx, k_phone, [&ctx](const std::string& file, const JsonValue& device) {
        add_field(ctx, file, FieldKind::phone, "phoneNumber", text_of(device.get("phoneNumber")));
    });
    for_each_record(ctx, k_ageinfo, [&ctx](const std::string& file, const JsonValue& meta) {
        add_field(ctx, file, FieldKind::birthday, "ageInfo.birthDate",
                  text_of(meta.find("ageInfo.birthDate")));
    });
    for_each_record(ctx, k_screen_names, [&ctx](const std::string& file, const JsonValue& r) {
        read_screen_name_change(ctx, file, r);
    });
    for_each_record(ctx, k_protected, [&ctx](const std::string& file, const JsonValue& r) {
        read_protected(ctx, file, r);
    });
    ctx.out.skipped.push_back(
        {"whether the account is protected",
         "X's protected-history.js lists only the changes to \"Protect your posts\" in the last "
         "six months, so an empty list does not mean the posts are public"});
    for_each_record(ctx, k_timezone, [&ctx](const std::string& file, const JsonValue& r) {
        if (std::string zone = text_of(r.get("timeZone")); !zone.empty())
            add_setting(ctx, file, "timezone", "accountTimezone.timeZone", zone, 0, "time zone");
    });
    for_each_record(ctx, k_ip_audit, [&ctx](const std::string& file, const JsonValue& r) {
        read_login(ctx, file, r);
    });
}

} // namespace audit::x
