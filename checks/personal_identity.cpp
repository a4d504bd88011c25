// personal.identity — a full date of birth (year, month and day) in the profile or written out,
// plus the other material that answers security questions: hometown, mother's name or maiden
// name, previous names, a pet's name, the street grown up on. One finding per export.
#include "checks/shared/text_findings.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

namespace audit {

namespace {

constexpr std::size_t k_date_window = 40;
constexpr std::size_t k_name_window = 6; // tokens after a pet cue that may hold the name

struct Material {
    std::string kind;   // "hometown", "pet", … (one signal per kind)
    std::string signal; // "your hometown in your profile: 'Frome'"
    Instance instance;
};

// A full date (year, month and day) in `s`, in any common British or ISO form.
bool has_full_date(std::string_view s) {
    static const std::regex k_dates[] = {
        std::regex(R"(\b(19|20)\d\d-\d\d?-\d\d?\b)"),
        std::regex(R"(\b\d\d?[/.-]\d\d?[/.-](\d{4}|\d\d)\b)"),
        std::regex(R"(\b\d\d?(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?\s+(19|20)\d\d\b)",
                   std::regex::icase),
        std::regex(R"(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d\d?(st|nd|rd|th)?,?\s+(19|20)\d\d\b)",
                   std::regex::icase),
    };
    const std::string text(s.substr(0, 200)); // dates are short; never run a regex over a long text
    return std::any_of(std::begin(k_dates), std::end(k_dates),
                       [&](const std::regex& r) { return std::regex_search(text, r); });
}

// "Biscuit" in "our dog Biscuit" or "a hamster called Nibbles": a capitalised word right after
// the cue, or after "called" / "named".
std::string pet_name_after(std::string_view text, std::size_t from) {
    std::size_t pos = from;
    bool after_called = true; // the word right after the cue counts too
    for (std::size_t n = 0; n < k_name_window && pos < text.size(); ++n) {
        while (pos < text.size() && !std::isalpha(static_cast<unsigned char>(text[pos]))) {
            if (text[pos] == '.' || text[pos] == '!' || text[pos] == '?') return {};
            ++pos;
        }
        std::size_t end = pos;
        while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
        const std::string_view word = text.substr(pos, end - pos);
        if (word.empty()) return {};
        if (after_called && std::isupper(static_cast<unsigned char>(word.front())) && word.size() > 1)
            return std::string(word);
        const std::string lower = fold_key(word);
        after_called = lower == "called" || lower == "named";
        pos = end;
    }
    return {};
}

std::string in_quotes(std::string_view s) { return "'" + std::string(s) + "'"; }

void from_profile(const Export& ex, std::vector<Material>& out, const ProfileField*& full,
                  const ProfileField*& partial) {
    for (const ProfileField& f : ex.profile) {
        if (f.value.empty()) continue;
        const std::string label = fold_key(f.label);
        Instance at{location_of(f.source), describe_field(f)};
        if (f.kind == FieldKind::birthday) {
            (has_full_date(f.value) ? full : partial) = &f;
        } else if (f.kind == FieldKind::city && label.find("hometown") != std::string::npos) {
            out.push_back({"hometown", "your hometown in your profile: " + in_quotes(f.value), at});
        } else if (f.kind == FieldKind::other &&
                   (label.find("mother") != std::string::npos || label.find("mum") != std::string::npos)) {
            out.push_back({"mother", "your mother named in your profile (her maiden name is a security answer)", at});
        } else if (f.kind == FieldKind::name && label.find("previous") != std::string::npos) {
            out.push_back({"previous name", "a previous (maiden) name in your profile", at});
        } else if ((f.kind == FieldKind::bio || f.kind == FieldKind::other) &&
                   word_near(f.value, 0, 0, {"born", "dob", "date of birth", "birthday"}, f.value.size()) &&
                   has_full_date(f.value)) {
            full = &f;
        }
    }
}

void from_texts(Facts& facts, const Export& ex, std::vector<Material>& out, const TextItem*& dated) {
    const WordList& cues = word_list("identity_cues.txt");
    const auto& texts = facts.texts();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const TextItem& item = texts[i];
        if (item.source != &ex || !is_written_and_published(item.kind)) continue;
        for (const WordHit& hit : facts.word_hits(i, cues)) {
            const WordEntry& e = *hit.entry;
            if (e.unrelated()) continue;
            Instance at{location_of(item), excerpt(item.text, hit.begin, hit.end)};
            const std::string kind(e.category());
            if (kind == "dob") {
                const std::size_t to = std::min(item.text.size(), hit.end + k_date_window);
                if (has_full_date(item.text.substr(hit.end, to - hit.end))) dated = &item;
            } else if (kind == "pet") {
                const std::string name = pet_name_after(item.text, hit.end);
                if (!name.empty())
                    out.push_back({"pet", "a pet's name in a " + std::string(item.kind) + ": " + in_quotes(name), at});
            } else if (!kind.empty()) {
                out.push_back({kind, kind + " (a security answer) in a " + std::string(item.kind) + ": " +
                                         in_quotes(item.text.substr(hit.begin, hit.end - hit.begin)), at});
            }
        }
    }
}

void check_export(CheckContext& ctx, const Export& ex) {
    std::vector<Material> material;
    const ProfileField* full = nullptr;
    const ProfileField* partial = nullptr;
    const TextItem* dated = nullptr;
    from_profile(ex, material, full, partial);
    from_texts(ctx.facts(), ex, material, dated);
    std::set<std::string> kinds;
    for (const Material& m : material) kinds.insert(m.kind);
    const double other = static_cast<double>(kinds.size());

    DraftFinding f;
    f.platform = ex.platform;
    if (full || dated) {
        f.location = full ? location_of(full->source) : location_of(*dated);
        f.evidence = full ? describe_field(*full) : excerpt(dated->text, 0, std::min<std::size_t>(dated->text.size(), 80));
        f.signals.push_back(full ? "full date of birth (year, month and day) in your profile"
                                 : "full date of birth written in a " + std::string(dated->kind));
        f.confidence = std::min(0.95, 0.6 + 0.1 * other);
    } else if (partial && !kinds.empty()) {
        f.location = location_of(partial->source);
        f.evidence = describe_field(*partial);
        f.signals.push_back("birthday (day and month) in your profile");
        f.confidence = 0.45;
        f.weak = true;
    } else if (kinds.size() >= 2) {
        f.location = material.front().instance.location;
        f.evidence = material.front().instance.evidence;
        f.confidence = 0.4;
        f.weak = true;
    } else {
        return;
    }
    std::set<std::string> shown;
    for (Material& m : material) {
        if (shown.insert(m.signal).second) f.signals.push_back(m.signal);
        f.instances.push_back(std::move(m.instance));
    }
    f.identity = "personal.identity";
    ctx.report(std::move(f));
}

constexpr CheckExample k_examples[] = {
    {"profile.birthday", "1986-05-17", true},
    {"profile.bio", "Teacher, runner, baker. Born 17/05/1986 in Frome.", true},
    {"post", "Mother's maiden name game: mine's Morgan! And my first pet was a hamster called Nibbles", true},
    {"profile.birthday", "05-17", false},
    {"post", "Happy birthday to my lovely sister!", false},
    {"post", "Walked the dog in the rain again", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Settings & privacy > Settings > Accounts Center > Personal details > Birthday: set the "
     "year (or the whole date) to Only me; on your profile, About > Contact and basic info.\n"
     "Set your hometown and family members to Only me, and delete posts that answer security "
     "questions (pets' names, maiden names, first school)."},
    {Platform::instagram, "Settings > Accounts Center > Personal details > Birthday is private by default; remove the date from your bio and delete posts that answer security questions."},
    {Platform::x, "Settings > Your account > Account information > Birth date: set who sees the month and day and the year to Only you."},
    {Platform::linkedin, "Me > View profile > Contact info > Birthday: set visibility to Only you."},
    {Platform::tiktok, "Remove your date of birth from your bio and captions; TikTok keeps the birthday itself private."},
};

void run(CheckContext& ctx) {
    for (const Export& ex : ctx.exports()) check_export(ctx, ex);
}

} // namespace

extern const CheckInfo personal_identity = {
    "personal.identity",
    "Your date of birth and other identity details",
    "profile, posts, comments",
    "Finds a full date of birth (year, month and day) in your profile or written in a post, and "
    "the other details that answer banks' security questions: hometown, your mother's name or "
    "maiden name, previous names, a pet's name, the street you grew up on, \"what's your "
    "superhero name\" games. Together they are what identity fraud needs; policies ask staff "
    "not to share them.",
    k_examples,
    k_remedies,
    "Hide your date of birth (at least the year), hometown and family details, and delete posts "
    "that answer security questions.",
    run,
};

} // namespace audit
