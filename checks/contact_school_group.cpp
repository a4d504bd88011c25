// contact.school-group — groups you joined that the school's community runs: the school's
// name (or an alias) in the group's name together with class or parents' words.
#include "checks/shared/check_util.hpp"
#include "audit/text/literal_set.hpp"
#include "audit/text/normalise.hpp"
#include <array>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"group", "Riverside Primary Year 4 Parents", true},
    {"group", "RPS PTA", true},
    {"group", "Riverside Primary School Oak Class 2025/26", true},
    {"group", "Friends of Riverside Primary School", true},
    {"group", "North Riverside Primary PTA", false}, // another school (profile not_us)
    {"group", "Friends of Riverside Park", false},   // the place, not the school
    {"group", "KS2 Maths Ideas Swap", false},        // a national teachers' group
    {"group", "Avon Gymnastics Club Parents", false},
    {"group", "Riverside Primary School", false},    // the school named, no community words
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open Facebook > Groups > the group > Joined > Leave group.\n"
     "If you run the group for the school, ask the head teacher whether it should be an official "
     "school account instead of your personal one."},
    {Platform::instagram, "Leave the group chat or unfollow the account."},
    {Platform::x, "Leave the community or unfollow the account."},
    {Platform::linkedin, "My Network > Groups > the group > … > Leave this group."},
    {Platform::tiktok, "Leave the group chat or unfollow the account."},
};

// Words that make a group one of the school's community's (folded, whole words).
constexpr std::array<std::string_view, 24> k_community_words = {
    "class",    "parents", "parent",  "pta",     "pto",       "ptfa",   "pfa",   "friends of",
    "reception", "nursery", "mums",   "dads",    "families",  "governors", "staff", "leavers",
    "class of", "year 1",  "year 2",  "year 3",  "year 4",    "year 5", "year 6", "school run"};

const LiteralSet& community_words() {
    static const LiteralSet set = [] {
        std::vector<std::string> literals(k_community_words.begin(), k_community_words.end());
        return LiteralSet(literals);
    }();
    return set;
}

bool names_our_school(const Mention& m) {
    return m.kind != MentionKind::trust && m.kind != MentionKind::other_employer && m.confidence >= 0.5;
}

void run(CheckContext& ctx) {
    const SchoolMatcher& school = ctx.facts().school_matcher();
    for (const Export& ex : ctx.exports()) {
        for (const Group& g : ex.groups) {
            if (g.kind != GroupKind::group) continue;
            const auto mentions = school.find(g.name);
            auto ours = std::find_if(mentions.begin(), mentions.end(), names_our_school);
            if (ours == mentions.end()) continue;
            const auto words = community_words().scan(fold(g.name), 8);
            if (words.empty()) continue;
            DraftFinding f;
            f.platform = ex.platform;
            f.location = location_of(g.source);
            f.evidence = "group: " + g.name;
            f.confidence = std::min(0.95, ours->confidence + 0.05 * static_cast<double>(words.size()));
            f.signals = ours->signals;
            f.signals.push_back("community words in the group's name: '" +
                                std::string(k_community_words[words.front().id]) + "'");
            f.identity = "group:" + g.name;
            ctx.report(std::move(f));
        }
    }
}

} // namespace

extern const CheckInfo contact_school_group = {
    "contact.school-group",
    "A group run by the school's community",
    "groups",
    "Finds groups you joined whose names show they belong to the school's community: your "
    "school's name or alias together with class, parents', PTA or year-group words (\"Riverside "
    "Primary Year 4 Parents\"). Another school whose name contains yours, and places that share "
    "a word with it, do not count. Policies discourage staff from joining such private groups "
    "on personal accounts.",
    k_examples,
    k_remedies,
    "Leave the group; if you run it for the school, ask whether it should be an official account.",
    run,
};

} // namespace audit
