// usage.school-hours — posting, commenting and messaging during the school day on term days,
// reported as one pattern per platform ("9 posts in school hours on term days over 9 years, most
// on Wednesdays") with every item listed, rather than one finding per post.
#include "audit/text/normalise.hpp"
#include "checks/shared/check_util.hpp"
#include "checks/shared/school_calendar.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"post@2025-03-06T10:52:40Z", "World Book Day in Year 4 — three Gruffalos!", true},
    // 07:50 UTC in June is 08:50 BST: in school; the same clock time in January is 07:50 GMT.
    {"post@2025-06-11T07:50:00Z", "Coffee before the register", true},
    {"post@2025-01-15T07:50:00Z", "Coffee before the register", false},
    {"comment@2025-03-05T12:15:00Z", "Ha! Same here", true},
    {"message@2025-03-05T12:15:00Z", "Running late tonight", true},
    {"post@2025-03-06T08:39:00Z", "Just before the bell", false},
    {"post@2025-03-06T08:41:00Z", "Just after the bell", true},
    {"post@2025-03-06T15:19:00Z", "Last minute of the day", true},
    {"post@2025-03-06T15:21:00Z", "Home time!", false},
    {"post@2024-10-30T10:45:12Z", "Half term pancakes for breakfast", false},
    {"post@2023-08-22T10:20:36Z", "Tuesday morning in the summer holiday", false},
    {"post@2025-03-08T10:00:00Z", "Saturday parkrun done", false},
    {"post@2025-09-02T10:00:00Z", "INSET day before term starts", false},
    {"post", "An evening post", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Leave Facebook closed in school hours: move the app off your home screen or log out on "
     "school days.\n"
     "Set a limit: iPhone Settings > Screen Time > App Limits (or Downtime) for Facebook on school "
     "days; Android Settings > Digital Wellbeing & parental controls > App timers, or a Focus "
     "mode scheduled for school hours.\n"
     "To share something from the day, note it and post it after school. Personal profiles "
     "cannot schedule posts; Pages can, in Meta Business Suite > Planner."},
    {Platform::instagram,
     "Set a limit: Instagram > Settings and activity > Time management (daily limit, sleep mode), "
     "or the phone's Screen Time / Digital Wellbeing app timer for school days.\n"
     "To share something from the day, save it as a draft and post it after school; professional "
     "accounts can schedule: new post > Advanced settings > Schedule this post."},
    {Platform::x,
     "Set a limit: the phone's Screen Time (iPhone) or Digital Wellbeing (Android) app timer for "
     "X on school days.\n"
     "To share something from the day, schedule it: on x.com, write the post and choose the "
     "schedule (calendar) icon to pick a time after school."},
    {Platform::linkedin,
     "Set a limit: the phone's Screen Time (iPhone) or Digital Wellbeing (Android) app timer for "
     "LinkedIn on school days.\n"
     "To share something from the day, schedule it: start a post, choose the clock icon "
     "(Schedule for later) and pick a time after school."},
    {Platform::tiktok,
     "Set a limit: TikTok > Settings and privacy > Screen time (daily limit, screen time "
     "breaks), or the phone's Screen Time / Digital Wellbeing app timer for school days.\n"
     "To share something from the day, save it as a draft, or schedule it in TikTok Studio on "
     "the web, for after school."},
};

// An item the account holder wrote, at a time.
struct Activity {
    std::string_view kind; // "post", "comment", "message"
    const SourceRef* source = nullptr;
    Timestamp time = 0;
    std::string_view text;
    std::string_view thread; // messages: shown instead of their private text
};

struct Hit {
    Activity item;
    SchoolMoment moment;
};

constexpr std::array<std::string_view, 3> k_kinds = {"post", "comment", "message"};

// An item's identity (kind, file, item), viewing into the exports.
using ItemKey = std::tuple<std::string_view, std::string_view, std::string_view>;

ItemKey key_of(const Activity& a) { return {a.kind, a.source->file, a.source->item}; }

std::size_t hash_of(const ItemKey& k) {
    const std::hash<std::string_view> h;
    return h(std::get<0>(k)) ^ (h(std::get<1>(k)) * 31) ^ (h(std::get<2>(k)) * 1000003);
}

struct Tally {
    std::vector<Hit> hits;
    std::map<std::string_view, std::size_t> timed; // items with a known time, per kind
    bool wall_clock = false; // some times had no zone
};

std::vector<Activity> activities_of(const Export& ex) {
    std::vector<Activity> out;
    for (const Post& p : ex.posts)
        out.push_back({"post", &p.source, p.time, p.text.empty() ? p.title : p.text, {}});
    for (const Comment& c : ex.comments)
        out.push_back({"comment", &c.source, c.time, c.text, {}});
    for (const Message& m : ex.messages)
        if (m.sent_by_owner) out.push_back({"message", &m.source, m.time, {}, m.thread});
    return out;
}

// Meta, X and LinkedIn write UTC; TikTok's dates carry no zone and are the account's own wall
// clock, which its importer stores as if UTC: those must not be shifted again.
TimeBasis basis_of(Platform platform) {
    return platform == Platform::tiktok ? TimeBasis::local_wall : TimeBasis::utc;
}

// Which activities repeat an earlier one: several exports (or files) of one account can hold
// the same item. Sorted by key, repeats sit next to their first; a hash set of every item of a
// ten-year export cost more than the rest of the check (a node per item, a cache miss each).
std::vector<bool> repeats(const std::vector<Activity>& all) {
    struct Keyed {
        std::size_t hash, index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) keyed.push_back({hash_of(key_of(all[i])), i});
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
        if (a.hash != b.hash) return a.hash < b.hash;
        const ItemKey ka = key_of(all[a.index]), kb = key_of(all[b.index]);
        return ka != kb ? ka < kb : a.index < b.index;
    });
    std::vector<bool> out(all.size());
    for (std::size_t i = 1; i < keyed.size(); ++i)
        if (keyed[i].hash == keyed[i - 1].hash && key_of(all[keyed[i].index]) == key_of(all[keyed[i - 1].index]))
            out[keyed[i].index] = true;
    return out;
}

Tally tally_of(const std::vector<Activity>& activities, Platform platform, const SchoolCalendar& calendar) {
    const TimeBasis basis = basis_of(platform);
    const std::vector<bool> repeated = repeats(activities);
    Tally tally;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const Activity& a = activities[i];
        if (repeated[i]) continue;
        ++tally.timed[a.kind];
        // Most items are out of hours: only those in hours get their reasons written.
        if (!calendar.in_school_hours(a.time, basis)) continue;
        auto moment = calendar.at(a.time, basis);
        if (!moment || !moment->in_hours) continue;
        tally.wall_clock = tally.wall_clock || basis == TimeBasis::local_wall;
        tally.hits.push_back({a, std::move(*moment)});
    }
    return tally;
}

std::string count_of(std::size_t n, std::string_view kind) {
    std::string word = kind == "message" ? "message you sent" : std::string(kind);
    if (n != 1) word = kind == "message" ? "messages you sent" : word + "s";
    return std::to_string(n) + " " + word;
}

// "9 posts", "9 posts and 2 comments", "9 posts, 2 comments and 1 message you sent".
std::string counts_phrase(const std::map<std::string_view, std::size_t>& counts) {
    std::vector<std::string> parts;
    for (std::string_view kind : k_kinds)
        if (auto it = counts.find(kind); it != counts.end())
            parts.push_back(count_of(it->second, kind));
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : (i + 1 == parts.size() ? " and " : ", ")) + parts[i];
    return out;
}

std::string span_phrase(Timestamp first, Timestamp last) {
    const double days = static_cast<double>(last - first) / 86400.0;
    auto over = [](double n, std::string_view unit) {
        const long rounded = std::max(2L, std::lround(n));
        return "over " + std::to_string(rounded) + " " + std::string(unit);
    };
    if (days < 1) return "on one day";
    if (days < 14) return over(std::ceil(days), "days");
    if (days < 60) return over(days / 7, "weeks");
    if (days < 730) return over(days / 30.44, "months");
    return over(days / 365.25, "years");
}

// The index of the one largest count when it is at least 2; nullopt on a tie or all ones.
template <std::size_t N>
std::optional<std::size_t> busiest(const std::array<std::size_t, N>& counts) {
    auto top = std::max_element(counts.begin(), counts.end());
    if (*top < 2 || std::count(counts.begin(), counts.end(), *top) > 1) return std::nullopt;
    return static_cast<std::size_t>(top - counts.begin());
}

// Half-hour `slot` (0 = 00:00–00:30) as "12:00" and "12:30".
std::pair<std::string, std::string> half_hour(std::size_t slot) {
    LocalTime from, to;
    from.seconds = static_cast<int>(slot) * 1800;
    to.seconds = from.seconds + 1800;
    return {from.hhmm(), to.hhmm()};
}

std::string share_signal(std::size_t hits, std::size_t timed, std::string_view kind) {
    const double percent =
        timed ? 100.0 * static_cast<double>(hits) / static_cast<double>(timed) : 0;
    char share[32];
    std::snprintf(share, sizeof share, " (%.1f%%)", percent);
    return std::to_string(hits) + " of " + count_of(timed, kind) + " in school hours" + share;
}

// Weekday and half-hour pattern: evidence words and signals.
std::string add_pattern(const std::vector<Hit>& hits, DraftFinding& f) {
    std::array<std::size_t, 7> by_day{};
    std::array<std::size_t, 48> by_slot{};
    for (const Hit& h : hits) {
        ++by_day[static_cast<std::size_t>(h.moment.local.weekday)];
        ++by_slot[static_cast<std::size_t>(h.moment.local.seconds / 1800)];
    }
    const std::string of = " of " + std::to_string(hits.size()) + ")";
    std::string words;
    if (auto day = busiest(by_day)) {
        const std::string name(weekday_name(static_cast<Weekday>(*day)));
        words += ", most on " + name + "s";
        f.signals.push_back("busiest weekday: " + name + " (" + std::to_string(by_day[*day]) + of);
    }
    if (auto slot = busiest(by_slot)) {
        const auto [from, to] = half_hour(*slot);
        words +=
            std::string(words.empty() ? ", most" : " and most") + " between " + from + " and " + to;
        f.signals.push_back("busiest half-hour: " + from + "\u2013" + to + " (" +
                            std::to_string(by_slot[*slot]) + of);
    }
    return words;
}

Instance instance_of(const Hit& h) {
    std::string what = describe_local(h.moment.local) + " " + std::string(h.item.kind);
    if (h.item.kind == "message")
        what += h.item.thread.empty() ? "" : " in " + std::string(h.item.thread);
    else if (!h.item.text.empty())
        what += ": " + excerpt(h.item.text, 0, 0, 80);
    return Instance{location_of(*h.item.source), what};
}

void add_context_signals(const SchoolCalendar& calendar, const Tally& tally, DraftFinding& f) {
    f.signals.push_back("school day " + calendar.describe());
    if (!calendar.terms_known()) {
        f.signals.push_back("term dates unknown (no terms in the profile): holidays counted as "
                            "school days");
        f.lower_severity = 1;
        f.confidence -= 0.25;
    }
    if (!calendar.zone_known()) {
        f.signals.push_back("time zone " + calendar.zone_name() + " unknown: times read as UTC");
        f.confidence -= 0.2;
    }
    if (tally.wall_clock)
        f.signals.push_back("the export's times carry no zone: read as local time");
    else if (calendar.zone_known())
        f.signals.push_back("the export's UTC times read in " + calendar.zone_name() + " time");
}

DraftFinding pattern_finding(Platform platform, const SchoolCalendar& calendar, Tally& tally) {
    auto& hits = tally.hits;
    std::sort(hits.begin(), hits.end(),
              [](const Hit& a, const Hit& b) { return a.item.time < b.item.time; });
    std::map<std::string_view, std::size_t> counts;
    for (const Hit& h : hits)
        ++counts[h.item.kind];
    DraftFinding f;
    f.platform = platform;
    f.confidence = 0.9;
    const bool one = hits.size() == 1;
    f.evidence = counts_phrase(counts) + " in school hours " +
                 (calendar.terms_known() ? (one ? "on a term day" : "on term days")
                                         : (one ? "on a school weekday" : "on school weekdays"));
    if (one)
        f.evidence += ", " + describe_local(hits.front().moment.local);
    else
        f.evidence += " " + span_phrase(hits.front().item.time, hits.back().item.time);
    for (std::string_view kind : k_kinds)
        if (counts.count(kind))
            f.signals.push_back(share_signal(counts[kind], tally.timed[kind], kind));
    if (hits.size() >= 3) f.evidence += add_pattern(hits, f);
    f.signals.push_back("first " + hits.front().moment.local.date + ", last " +
                        hits.back().moment.local.date);
    add_context_signals(calendar, tally, f);
    // One or two items may be a one-off (a break, a sick day): worth a look, not a pattern.
    if (hits.size() <= 2) {
        f.weak = true;
        f.confidence = std::min(f.confidence, 0.5);
        f.signals.push_back("only " + std::to_string(hits.size()) + ": not a pattern");
    }
    f.confidence = std::max(f.confidence, 0.2);
    std::set<std::string_view> files;
    for (const Hit& h : hits)
        files.insert(h.item.source->file);
    f.location = Location{files.size() == 1 ? std::string(*files.begin()) : "",
                          "activity in school hours", "", ""};
    for (const Hit& h : hits)
        f.instances.push_back(instance_of(h));
    f.steps.push_back("Check the times listed against your timetable. Some policies forbid only "
                      "use in contact time with pupils; yours may forbid all of school hours.");
    f.steps.push_back("You need not delete these items for their timing alone; other findings "
                      "say if one shows the school, pupils or places.");
    // One finding per platform, whatever it covers, so its id survives new downloads.
    f.identity = "school hours";
    return f;
}

void run(CheckContext& ctx) {
    const SchoolCalendar calendar(ctx.profile());
    std::map<Platform, std::vector<Activity>> by_platform;
    for (const Export& ex : ctx.exports()) {
        std::vector<Activity>& all = by_platform[ex.platform];
        for (const Activity& a : activities_of(ex))
            if (a.time != 0) all.push_back(a);
    }
    for (const auto& [platform, activities] : by_platform) {
        Tally tally = tally_of(activities, platform, calendar);
        if (!tally.hits.empty()) ctx.report(pattern_finding(platform, calendar, tally));
    }
}

} // namespace

extern const CheckInfo usage_school_hours = {
    "usage.school-hours",
    "Posting during school hours",
    "posts, comments, messages you sent (their times)",
    "Finds what you posted, commented or sent during the school day on term days, using the "
    "profile's school day, term dates and time zone (exports write UTC: summer times are moved "
    "to BST). It reports the pattern once per platform, with every item listed. Several policies "
    "ask staff not to use personal social media in school hours or in contact time with pupils.",
    k_examples,
    k_remedies,
    "Keep personal social media closed during the school day: set an app limit or a Focus / "
    "Digital Wellbeing schedule for school hours.\n"
    "To share something from the day, save it as a draft or schedule it for after school.",
    run,
};

} // namespace audit
