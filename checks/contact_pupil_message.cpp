// contact.pupil-message — direct messages with pupils, or with parents about school business.
#include "checks/shared/roster_contact.hpp"
#include "audit/text/name_forms.hpp"
#include "audit/text/normalise.hpp"
#include "audit/text/school_context.hpp"
#include <algorithm>
#include <map>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"message.from", "Tyler Bennett: hi mrs ellis its tyler from your old class 👋", true},
    {"message.from", "Tyler Bennett: is it true your leaving??", true},     // no school words needed
    {"message.from", "Rachel Mason: Does Ellie need her Roman costume on Thursday or Friday?", true},
    {"message.from", "Rachel Mason: Is the Year 4 trip still on?", true},
    {"message.from", "Rachel Mason: Great to meet you at the Combe Hill 10k! Same time next year?", false},
    {"message.from", "Ellie Foster: see you at yoga x", false},
    {"message.from@2026-03-01T12:00:00Z", "Bethany Rhodes: are you coming to the reunion?", false}, // an adult
    {"message", "Happy birthday!", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "With a pupil: tell the designated safeguarding lead about the conversation first, and do "
     "not reply further on your personal account.\n"
     "With a parent about school business: reply once that you can only discuss school matters "
     "through the school's own channels (office, e-mail, parents' evening).\n"
     "Then Messenger > the chat > … > Delete chat on your side; keep a screenshot if the "
     "safeguarding lead asks for one."},
    {Platform::instagram, "Tell the designated safeguarding lead about a pupil's messages first. Then Direct > the chat > Delete; with parents, point them to the school's channels."},
    {Platform::x, "Tell the designated safeguarding lead about a pupil's messages first. Then Messages > the conversation > Delete; with parents, point them to the school's channels."},
    {Platform::linkedin, "Tell the designated safeguarding lead about a pupil's messages first; with parents, point them to the school's channels."},
    {Platform::tiktok, "Tell the designated safeguarding lead about a pupil's messages first. Then Inbox > the chat > Delete."},
};

constexpr double k_min_business_weight = 0.1;
constexpr double k_parent_factor = 0.9;
constexpr std::size_t k_max_instances = 20;

struct Who {
    const RosterRule* rule = nullptr;
    PersonMatch match;
    std::string name; // the participant's display name
};

const RosterRule k_parent_rule{RosterKind::parents, "parent of a pupil", false};

// The other people in a thread: participants and senders who are not the account holder.
std::vector<std::string> others_in(const Export& ex, const std::vector<const Message*>& thread) {
    std::vector<std::string> out;
    auto add = [&](const std::string& name) {
        if (!name.empty() && name != ex.owner && std::find(out.begin(), out.end(), name) == out.end())
            out.push_back(name);
    };
    for (const Message* m : thread) {
        for (const std::string& p : m->participants) add(p);
        if (!m->sent_by_owner) add(m->sender);
    }
    return out;
}

std::optional<Who> find_who(Facts& facts, const std::vector<std::string>& names, int year) {
    for (const RosterRule* rule : {&k_pupil_rules[0], &k_pupil_rules[1], &k_parent_rule}) {
        const PeopleMatcher* people = facts.people(rule->roster);
        if (!people) continue;
        for (const std::string& name : names) {
            auto match = people->match_name(name);
            DraftFinding age;
            if (match && counts(*rule, *match->person, year, age)) return Who{rule, *match, name};
        }
    }
    return std::nullopt;
}

// A pupil named with the parent's family name: "Does Ellie need her costume?" from Mrs Mason.
std::optional<std::string> child_named(const PeopleMatcher& pupils, std::string_view text,
                                       const std::string& parent) {
    const auto parent_words = squashed_words(parent);
    if (parent_words.size() < 2) return std::nullopt;
    for (const std::string& word : squashed_words(text)) {
        auto match = pupils.match_name(word + " " + parent_words.back());
        if (match && match->confidence >= 0.75)
            return "mentions a pupil by given name who shares the parent's family name";
    }
    return std::nullopt;
}

// Why a message with a parent is about school business, or nothing.
std::vector<std::string> business(Facts& facts, const Message& m, const std::string& parent) {
    std::vector<std::string> why;
    const auto context = school_context(m.text, 0, 0, m.text.size());
    double weight = 0;
    for (const ContextSignal& c : context) weight += c.weight;
    if (weight >= k_min_business_weight)
        for (const ContextSignal& c : context) why.push_back(c.signal);
    if (!facts.school_matcher().find(m.text).empty()) why.push_back("the school is named");
    if (const PeopleMatcher* pupils = facts.people(RosterKind::pupils)) {
        if (!pupils->find_in_text(m.text).empty()) why.push_back("a pupil is named");
        else if (auto child = child_named(*pupils, m.text, parent)) why.push_back(*child);
    }
    return why;
}

void add_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
    for (const std::string& s : from)
        if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}

void check_thread(CheckContext& ctx, const Export& ex, std::vector<const Message*> thread) {
    std::sort(thread.begin(), thread.end(), [](const Message* a, const Message* b) { return a->time < b->time; });
    auto who = find_who(ctx.facts(), others_in(ex, thread), year_of(thread.back()->time));
    if (!who) return;
    const bool pupil = who->rule != &k_parent_rule;
    DraftFinding f;
    f.platform = ex.platform;
    add_match(f, who->match, *who->rule);
    std::vector<const Message*> flagged;
    for (const Message* m : thread) {
        if (pupil) {
            flagged.push_back(m);
            continue;
        }
        auto why = business(ctx.facts(), *m, who->name);
        if (why.empty()) continue;
        add_unique(f.signals, why);
        flagged.push_back(m);
    }
    if (flagged.empty()) return;
    const Message& first = *flagged.front();
    f.location = location_of(first.source);
    f.evidence = "messages with " + who->name + ": " + excerpt(first.text, 0, 0, 100);
    for (std::size_t i = 1; i < flagged.size() && i <= k_max_instances; ++i)
        f.instances.push_back(Instance{location_of(flagged[i]->source), excerpt(flagged[i]->text, 0, 0, 100)});
    f.signals.push_back(std::to_string(thread.size()) + " messages in the thread");
    if (std::any_of(thread.begin(), thread.end(), [](const Message* m) { return m->sent_by_owner; }))
        f.signals.push_back("you replied");
    if (!pupil) {
        f.confidence *= k_parent_factor;
        f.lower_severity = 1; // a parent, not a child: one step less severe
    }
    f.identity = "thread:" + first.thread + ":" + who->name;
    ctx.report(std::move(f));
}

void run(CheckContext& ctx) {
    for (const Export& ex : ctx.exports()) {
        std::map<std::pair<std::string, std::string>, std::vector<const Message*>> threads;
        for (const Message& m : ex.messages) threads[{m.source.file, m.thread}].push_back(&m);
        for (auto& [key, thread] : threads) check_thread(ctx, ex, std::move(thread));
    }
}

} // namespace

extern const CheckInfo contact_pupil_message = {
    "contact.pupil-message",
    "Messages with a pupil, or with a parent about school",
    "messages",
    "Finds direct-message threads with current pupils (and ex-pupils still under 18), by "
    "matching the participants against the school's rosters (plain or hashed), and threads with "
    "parents where a message is about school business: school words, the school or a pupil "
    "named, or the parent's child mentioned by first name. Policies forbid private messaging "
    "with pupils and keep school business with parents on the school's own channels.",
    k_examples,
    k_remedies,
    "Tell the designated safeguarding lead about messages with pupils; move school business "
    "with parents to the school's channels; then delete the chat on your side.",
    run,
};

} // namespace audit
