// privacy.security — two-factor authentication off, log-ins from many devices, a log-in that
// looks shared (a device named after someone else).
#include "checks/shared/check_util.hpp"
#include "checks/shared/privacy_util.hpp"
#include "audit/core/time.hpp"
#include "audit/text/normalise.hpp"
#include <map>
#include <set>

namespace audit {

namespace {

// Phones and laptops replaced over the years add up; beyond this many, some are likely stale.
constexpr std::size_t k_many_devices = 6;
// Mobile networks hand out new addresses all the time: only a very long list is worth a look.
constexpr std::size_t k_many_addresses = 30;

constexpr CheckExample k_examples[] = {
    {"setting.two_factor", "false", true},
    {"x:setting.two_factor", "Disabled", true},
    {"login.device", "Sam's iPhone", true},
    {"login.device", "Chris’s MacBook Air", true},
    {"setting.two_factor", "true", false},
    {"tiktok:setting.two_factor", "Enabled", false},
    {"login.device", "iPhone 15 Pro", false},
    {"login.device", "Chrome on Windows", false},
    {"login.ip", "192.0.2.10", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open Facebook > Settings & privacy > Settings > Accounts Center > Password and security > "
     "Two-factor authentication and turn it on.\n"
     "In Accounts Center > Password and security > Where you're logged in, log out of every device "
     "you do not recognise or no longer use.\n"
     "Never share your log-in; if someone else has used it, change your password there too."},
    {Platform::instagram,
     "Open Instagram > Profile > Menu (☰) > Accounts Center > Password and security > Two-factor "
     "authentication and turn it on.\n"
     "In Password and security > Where you're logged in, log out of devices you do not use."},
    {Platform::x,
     "Open X > More > Settings and privacy > Security and account access > Security > Two-factor "
     "authentication and turn it on.\n"
     "In Security and account access > Apps and sessions > Sessions, log out of the ones you do "
     "not recognise."},
    {Platform::tiktok,
     "Open TikTok > Profile > Menu (☰) > Settings and privacy > Security & permissions > 2-step "
     "verification and turn it on.\n"
     "In Security & permissions > Manage devices, remove devices you do not use."},
    {Platform::linkedin,
     "Open LinkedIn > Me > Settings & Privacy > Sign in & security > Two-step verification and turn "
     "it on.\n"
     "In Sign in & security > Where you're signed in, sign out of sessions you do not recognise."},
};

void check_two_factor(CheckContext& ctx, const Export& ex) {
    const Setting* s = latest_setting(ex, "two_factor");
    const auto on = s ? setting_flag(s->value) : std::nullopt;
    if (!on) {
        ctx.not_checkable(ex.platform, "two-factor authentication",
                          "the export does not say whether it is on: check it in the app's "
                          "security settings");
        return;
    }
    if (*on) return;
    DraftFinding f;
    f.platform = ex.platform;
    f.location = location_of(s->source);
    f.evidence = "two-factor authentication is off (" + (s->label.empty() ? s->name : s->label) +
                 ": " + s->value + ")";
    f.signals.push_back(setting_origin(*s));
    f.signals.push_back("a guessed or leaked password is enough to take over the account");
    f.confidence = 0.9;
    f.identity = "two-factor off";
    ctx.report(std::move(f));
}

// "Sam's iPhone" → "Sam"; "" when the device is not named after a person.
std::string owner_of_device(std::string_view device) {
    for (std::string_view apostrophe : {"'s ", "’s "}) {
        auto at = device.find(apostrophe);
        if (at == std::string_view::npos || at == 0) continue;
        std::string_view name = device.substr(0, at);
        auto space = name.rfind(' ');
        if (space != std::string_view::npos) name.remove_prefix(space + 1);
        if (!name.empty() && name.front() >= 'A' && name.front() <= 'Z') return std::string(name);
    }
    return {};
}

bool is_owners_name(const std::string& person, const std::string& owner) {
    if (owner.empty()) return false;
    const std::string folded_owner = " " + fold_key(owner) + " ";
    return folded_owner.find(" " + fold_key(person) + " ") != std::string::npos;
}

void check_shared_devices(CheckContext& ctx, const Export& ex) {
    std::set<std::string> reported;
    for (const Login& login : ex.logins) {
        const std::string person = owner_of_device(login.device);
        if (person.empty() || is_owners_name(person, ex.owner) || !reported.insert(login.device).second)
            continue;
        DraftFinding f;
        f.platform = ex.platform;
        f.location = location_of(login.source);
        f.evidence = "log-in on a device named \"" + login.device + "\"";
        f.signals.push_back("the device is named after " + person +
                            (ex.owner.empty() ? "" : ", not after you") +
                            ": is the log-in shared, or the device someone else's?");
        f.confidence = 0.4;
        f.weak = true;
        f.identity = "device " + login.device;
        f.steps.push_back("If " + person + " is you or the device is yours, mark this finding accepted.");
        ctx.report(std::move(f));
    }
}

struct Seen {
    const Login* last = nullptr;
};

void check_many_devices(CheckContext& ctx, const Export& ex) {
    std::map<std::string, Seen> devices;
    std::set<std::string> addresses;
    for (const Login& login : ex.logins) {
        if (!login.ip.empty()) addresses.insert(login.ip);
        if (login.device.empty()) continue;
        Seen& seen = devices[fold_key(login.device)];
        if (!seen.last || login.time >= seen.last->time) seen.last = &login;
    }
    if (devices.size() < k_many_devices && addresses.size() < k_many_addresses) return;
    DraftFinding f;
    f.platform = ex.platform;
    f.evidence = "log-ins from " + std::to_string(devices.size()) + " devices and " +
                 std::to_string(addresses.size()) + " network addresses";
    std::set<std::string> files;
    for (const auto& [key, seen] : devices) {
        const Login& l = *seen.last;
        f.instances.push_back(Instance{location_of(l.source),
                                       l.device + (l.time ? ", last " + iso_utc(l.time).substr(0, 10) : "")});
        files.insert(l.source.file);
    }
    f.location = Location{files.size() == 1 ? *files.begin() : "", "log-ins", "", ""};
    f.signals.push_back("many devices or addresses: some may be old phones, shared or public computers");
    f.confidence = 0.4;
    f.weak = true;
    f.identity = "many devices";
    f.steps.push_back("Check the list against the devices you use now; log out of the others.");
    ctx.report(std::move(f));
}

void run(CheckContext& ctx) {
    for (const Export& ex : ctx.exports()) {
        check_two_factor(ctx, ex);
        check_shared_devices(ctx, ex);
        check_many_devices(ctx, ex);
        if (ex.logins.empty())
            ctx.not_checkable(ex.platform, "log-ins and sessions",
                              "the export lists none: check the devices logged in to your account "
                              "in the app's security settings");
    }
}

} // namespace

extern const CheckInfo privacy_security = {
    "privacy.security",
    "Your account is easy to take over",
    "security settings, log-ins",
    "Finds two-factor authentication switched off (where an export says), log-ins from many "
    "devices or network addresses (old phones and shared computers stay logged in), and log-ins "
    "on devices named after someone else, which suggest a shared log-in. A taken-over account "
    "can post in your name to pupils and parents; policies ask staff to keep their accounts "
    "secure and never to share log-ins.",
    k_examples,
    k_remedies,
    "Turn on two-factor authentication in the platform's security settings, log out of devices "
    "you do not use, and never share your log-in.",
    run,
};

} // namespace audit
