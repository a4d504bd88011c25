// Account records: log-ins and sessions (security_and_login_information/…), and the settings an
// export states (privacy checkup progress, messaging settings).
#include "audit/importers/facebook_json_internal.hpp"

namespace audit::facebook {

namespace {

std::string join_present(const JsonValue& record, std::initializer_list<std::string_view> keys) {
    std::string out;
    for (std::string_view key : keys) {
        std::string part = record.get(key).str();
        if (part.empty()) continue;
        if (!out.empty()) out += ", ";
        out += part;
    }
    return out;
}

std::string first_of(const JsonValue& record, std::initializer_list<std::string_view> keys) {
    for (std::string_view key : keys)
        if (std::string value = record.get(key).str(); !value.empty()) return value;
    return {};
}

// account_activity_v2[], account_accesses_v2[], active_sessions_v2[]: one Login each.
FileHandler login_list(Context& ctx, std::vector<std::string_view> keys, std::string prefix) {
    return [&ctx, keys = std::move(keys), prefix = std::move(prefix)](
               const std::string& file, const JsonValue& root) -> Result<void> {
        JsonValue list = record_list(root, keys);
        if (!list.exists()) return unexpected_shape("\"" + std::string(keys.front()) + "\"");
        for (const JsonValue& record : list.items()) {
            if (!record.is_object()) continue;
            Login login;
            login.time = record_time(record);
            if (login.time == 0) login.time = seconds(record.get("created_timestamp"));
            login.ip = first_of(record, {"ip_address", "ip"});
            login.device = first_of(record, {"device", "user_agent", "site_name", "site", "app"});
            login.location = first_of(record, {"location"});
            if (login.location.empty())
                login.location = join_present(record, {"city", "region", "country"});
            login.source = source(ctx, file, prefix + time_label(login.time));
            ctx.out.logins.push_back(std::move(login));
        }
        return {};
    };
}

// privacy_checkup_interactions_v2.privacy_checkup_topic[]: {name, started_timestamp,
// completed_timestamp}: which privacy reviews the account holder went through.
Result<void> import_privacy_checkup(Context& ctx, const std::string& file, const JsonValue& root) {
    // "interactions.json" is a common name: a file without the key is someone else's.
    const JsonValue checkup = root.get("privacy_checkup_interactions_v2");
    if (!checkup.exists()) return {};
    const JsonValue topics = checkup.get("privacy_checkup_topic");
    if (!topics.is_array()) return unexpected_shape("\"privacy_checkup_topic\"");
    for (const JsonValue& topic : topics.items()) {
        const std::string name = topic.get("name").str();
        if (name.empty()) continue;
        const Timestamp completed = seconds(topic.get("completed_timestamp"));
        const Timestamp started = seconds(topic.get("started_timestamp"));
        add_setting(ctx, file, "privacy_checkup", name,
                    completed ? "completed" : (started ? "started" : "not started"),
                    completed ? completed : started, "privacy checkup " + name);
    }
    return {};
}

// messaging_settings.json: {label_values: [{label, value}]}, labels in the account's language.
Result<void> import_messaging_settings(Context& ctx, const std::string& file,
                                       const JsonValue& root) {
    if (!has_label_values(root)) return unexpected_shape("\"label_values\"");
    for (const JsonValue& entry : root.get("label_values").items()) {
        const std::string label = entry.get("label").str();
        auto value = entry.get("value").opt_str();
        if (label.empty() || !value) continue;
        add_setting(ctx, file, "messaging", label, *value, seconds(entry.get("timestamp_value")),
                    "setting " + label);
    }
    return {};
}

} // namespace

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

void import_account(Context& ctx) {
    for_each_file(
        ctx, {"account_activity"},
        login_list(ctx, {"account_activity_v2", "account_activity"}, "account activity "));
    for_each_file(ctx, {"logins_and_logouts"},
                  login_list(ctx, {"account_accesses_v2", "account_accesses"}, "login "));
    for_each_file(ctx, {"where_you're_logged_in", "where_you_re_logged_in", "active_sessions"},
                  login_list(ctx, {"active_sessions_v2", "active_sessions"}, "session "));
    for_each_file(ctx, {"interactions"}, [&ctx](const std::string& file, const JsonValue& root) {
        return import_privacy_checkup(ctx, file, root);
    });
    for_each_file(ctx, {"messaging_settings"},
                  [&ctx](const std::string& file, const JsonValue& root) {
                      return import_messaging_settings(ctx, file, root);
                  });
}

} // namespace audit::facebook
