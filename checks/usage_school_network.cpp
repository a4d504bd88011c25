// usage.school-network — log-ins from the school's network or its devices (the profile's
// `networks` and `devices`), and photos uploaded from the school's network: one finding per
// platform, listing every log-in and upload.
#include "audit/core/time.hpp"
#include "audit/profile/profile_values.hpp"
#include "checks/shared/check_util.hpp"
#include "checks/shared/ip_network.hpp"
#include "checks/shared/school_calendar.hpp"
#include <algorithm>
#include <map>
#include <set>

namespace audit {

namespace {

// The example school's network is 198.51.100.0/24 and its devices are named "RPS-…".
constexpr CheckExample k_examples[] = {
    {"login.ip", "198.51.100.23", true},      {"login.ip", "198.51.100.255", true},
    {"login.ip", "198.51.100.7:51234", true}, {"login.ip", "::ffff:198.51.100.9", true},
    {"login.ip", "198.51.101.0", false},      {"login.ip", "198.51.99.255", false},
    {"login.ip", "2001:db8::1", false},       {"login.ip", "198.51.x.x", false},
    {"login.device", "RPS-LAPTOP-07", true},  {"login.device", "rps-ipad-3", true},
    {"login.device", "MyRPS-PC", false},      {"login.device", "Jordan's iPhone", false},
    {"upload_ip", "198.51.100.200", true},    {"upload_ip", "203.0.113.5", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Log out of school devices: Facebook > Settings & privacy > Settings > Accounts Center > "
     "Password and security > Where you're logged in > select each school device > Log out.\n"
     "Use your own phone on mobile data, outside school hours, for your personal accounts."},
    {Platform::instagram,
     "Log out of school devices: Instagram > Settings and activity > Accounts Center > Password "
     "and security > Where you're logged in > select each school device > Log out.\n"
     "Use your own phone on mobile data, outside school hours, for your personal accounts."},
    {Platform::x,
     "Log out of school devices: x.com > Settings and privacy > Security and account access > "
     "Apps and sessions > Sessions > select each school device > Log out the device shown.\n"
     "Use your own phone on mobile data, outside school hours, for your personal accounts."},
    {Platform::linkedin,
     "Sign out of school devices: LinkedIn > Settings > Sign in & security > Where you're signed "
     "in > End the sessions on school devices.\n"
     "Use your own phone on mobile data, outside school hours, for your personal accounts."},
    {Platform::tiktok,
     "Remove school devices: TikTok > Settings and privacy > Security > Manage devices > remove "
     "each school device.\n"
     "Use your own phone on mobile data, outside school hours, for your personal accounts."},
};

constexpr std::size_t k_short_prefix = 3; // shorter device prefixes match too much on their own
constexpr std::size_t k_listed_signals = 5;

struct SchoolNetworks {
    std::vector<IpNetwork> networks;
    std::vector<std::string> device_prefixes; // lower case

    explicit SchoolNetworks(const SchoolProfile& profile) {
        for (const std::string& n : profile.networks)
            if (auto net = IpNetwork::parse(n)) networks.push_back(std::move(*net));
        for (const std::string& d : profile.devices)
            if (auto prefix = profile::ascii_lower(profile::trim(d)); !prefix.empty())
                device_prefixes.push_back(std::move(prefix));
    }
    bool empty() const { return networks.empty() && device_prefixes.empty(); }

    const IpNetwork* network_of(std::string_view ip) const {
        auto address = parse_ip(ip);
        if (!address) return nullptr;
        for (const IpNetwork& n : networks)
            if (n.contains(*address)) return &n;
        return nullptr;
    }
    const std::string* prefix_of(std::string_view device) const {
        const std::string name = profile::ascii_lower(profile::trim(device));
        for (const std::string& p : device_prefixes)
            if (name.rfind(p, 0) == 0) return &p;
        return nullptr;
    }
};

struct Tally {
    std::vector<Instance> logins;
    std::vector<Instance> uploads;
    std::set<std::string> signals;
    std::set<std::string> files;
    std::size_t all_logins = 0;
    bool strong = false; // an address in the school's network, or a long device prefix
    Timestamp first = 0, last = 0;
};

void note_time(Tally& t, Timestamp when) {
    if (when == 0) return;
    t.first = t.first == 0 ? when : std::min(t.first, when);
    t.last = std::max(t.last, when);
}

std::string when_text(const SchoolCalendar& calendar, Timestamp t) {
    auto moment = calendar.at(t);
    return moment ? describe_local(moment->local) : "time unknown";
}

void check_login(const Login& login, const SchoolNetworks& school, const SchoolCalendar& calendar,
                 Tally& t) {
    const IpNetwork* net = login.ip.empty() ? nullptr : school.network_of(login.ip);
    const std::string* prefix = login.device.empty() ? nullptr : school.prefix_of(login.device);
    if (!net && !prefix) return;
    std::string what = when_text(calendar, login.time) + " log-in";
    if (!login.ip.empty()) what += " from " + login.ip;
    if (!login.device.empty()) what += " on " + login.device;
    if (net) {
        t.signals.insert("address " + login.ip + " in the school's network " + net->text());
        t.strong = true;
    }
    if (prefix) {
        t.signals.insert("device '" + login.device + "' named like the school's ('" + *prefix +
                         "…')");
        t.strong = t.strong || prefix->size() >= k_short_prefix;
    }
    t.logins.push_back(Instance{location_of(login.source), what});
    t.files.insert(login.source.file);
    note_time(t, login.time);
}

void check_upload(const Media& m, const SchoolNetworks& school, const SchoolCalendar& calendar,
                  Tally& t) {
    if (m.upload_ip.empty()) return;
    const IpNetwork* net = school.network_of(m.upload_ip);
    if (!net) return;
    const Timestamp when = m.created ? m.created : m.taken;
    const std::string kind = m.kind == MediaKind::video ? "video" : "photo";
    t.uploads.push_back(
        Instance{location_of(m.source, m.entry.empty() ? m.uri : m.entry),
                 when_text(calendar, when) + " " + kind + " uploaded from " + m.upload_ip});
    t.signals.insert(kind + " uploaded from " + m.upload_ip + ", in the school's network " +
                     net->text());
    t.strong = true;
    t.files.insert(m.source.file);
    note_time(t, when);
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

DraftFinding finding_of(Platform platform, Tally& t) {
    DraftFinding f;
    f.platform = platform;
    std::vector<std::string> parts;
    if (!t.logins.empty())
        parts.push_back(plural(t.logins.size(), "log-in", "log-ins") +
                        " from the school's network or devices");
    if (!t.uploads.empty())
        parts.push_back(
            plural(t.uploads.size(), "photo or video upload", "photo or video uploads") +
            " from the school's network");
    f.evidence = parts.front() + (parts.size() > 1 ? " and " + parts.back() : "");
    if (t.first) {
        const std::string first = iso_date_utc(t.first), last = iso_date_utc(t.last);
        f.evidence += first == last ? ", on " + first : ", " + first + " to " + last;
    }
    std::size_t listed = 0;
    for (const std::string& s : t.signals)
        if (listed++ < k_listed_signals) f.signals.push_back(s);
    if (t.signals.size() > k_listed_signals)
        f.signals.push_back("and " + std::to_string(t.signals.size() - k_listed_signals) + " more");
    if (!t.logins.empty())
        f.signals.push_back(std::to_string(t.logins.size()) + " of " +
                            std::to_string(t.all_logins) + " log-ins in the export");
    f.confidence = t.strong ? 0.9 : 0.5;
    f.weak = !t.strong;
    if (f.weak) f.signals.push_back("only a short device-name prefix matched");
    f.location = Location{t.files.size() == 1 ? *t.files.begin() : "",
                          "log-ins from the school's network", "", ""};
    for (auto* list : {&t.logins, &t.uploads})
        for (Instance& i : *list)
            f.instances.push_back(std::move(i));
    f.steps.push_back("If a school computer or tablet may still be signed in, sign out now and "
                      "change your password; then turn on two-factor authentication.");
    f.identity = "school network";
    return f;
}

void run(CheckContext& ctx) {
    const SchoolNetworks school(ctx.profile());
    if (school.empty()) return;
    const SchoolCalendar calendar(ctx.profile());
    std::map<Platform, Tally> tallies;
    for (const Export& ex : ctx.exports()) {
        Tally& t = tallies[ex.platform];
        t.all_logins += ex.logins.size();
        for (const Login& login : ex.logins)
            check_login(login, school, calendar, t);
        for (const Media& m : ex.media)
            check_upload(m, school, calendar, t);
    }
    for (auto& [platform, tally] : tallies)
        if (!tally.logins.empty() || !tally.uploads.empty())
            ctx.report(finding_of(platform, tally));
}

} // namespace

extern const CheckInfo usage_school_network = {
    "usage.school-network",
    "Signed in from the school's network or devices",
    "login history, upload addresses",
    "Finds log-ins and sessions whose address is in the school's network (the profile's "
    "`networks`, IPv4 or IPv6) or whose device is named like the school's (`devices`), and "
    "photos uploaded from the school's network. Policies ask staff not to use school equipment "
    "or school-owned devices for personal accounts.",
    k_examples,
    k_remedies,
    "Sign out of your personal accounts on every school device, change your password, and use "
    "your own device on mobile data for personal social media.",
    run,
};

} // namespace audit
