// profession.profile — the profession identifiable from profile fields.
#include "checks/shared/check_util.hpp"
#include "audit/text/normalise.hpp"
#include <array>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"profile.work", "Year 4 Teacher", true},
    {"profile.bio", "Primary teacher | mum of two | Bath", true},
    {"profile.bio", "Miss Ellis, Year 2", true},
    {"profile.work", "SENCo", true},
    {"profile.username", "mrsellis_teaches", true},
    {"profile.bio", "Class Oak's biggest fan", true},
    {"profile.work", "Delivery Driver", false},
    {"profile.bio", "Lifelong learner, part-time baker", false},
    {"profile.bio", "Teach yourself Italian: day 300", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook, "Open Facebook > your profile > About > Work and education and Intro.\n"
                         "Remove the job title or set its audience to Only me."},
    {Platform::instagram, "Open Instagram > Profile > Edit profile.\nRemove the job title from your name and bio."},
    {Platform::x, "Open X > Profile > Edit profile.\nRemove the job title from your bio."},
    {Platform::linkedin, "LinkedIn is a professional network, so a job title there is expected; keep it factual and make sure it names no pupils or classes."},
    {Platform::tiktok, "Open TikTok > Profile > Edit profile.\nRemove the job title from your name and bio."},
};

struct Term {
    std::string_view folded; // folded, space-padded words
    double confidence;
    std::string_view signal;
};

// Folded forms, matched as whole words. "teach" alone is too common in other senses.
constexpr std::array k_terms = {
    Term{" teacher ", 0.9, "job title 'teacher'"},
    Term{" teachers ", 0.7, "the word 'teachers'"},
    Term{" teaches ", 0.6, "the word 'teaches'"},
    Term{" teaching assistant ", 0.9, "job title 'teaching assistant'"},
    Term{" headteacher ", 0.9, "job title 'headteacher'"},
    Term{" head teacher ", 0.9, "job title 'head teacher'"},
    Term{" deputy head ", 0.85, "job title 'deputy head'"},
    Term{" senco ", 0.9, "job title 'SENCo'"},
    Term{" sendco ", 0.9, "job title 'SENDCo'"},
    Term{" hlta ", 0.9, "job title 'HLTA'"},
    Term{" nqt ", 0.8, "'NQT' (newly qualified teacher)"},
    Term{" ect ", 0.6, "'ECT' (early career teacher)"},
    Term{" learning support assistant ", 0.85, "job title 'learning support assistant'"},
    Term{" lunchtime supervisor ", 0.8, "job title 'lunchtime supervisor'"},
    Term{" school business manager ", 0.85, "job title 'school business manager'"},
    Term{" school governor ", 0.8, "'school governor'"},
};

bool has_year_group(const std::string& folded) {
    for (std::size_t at = folded.find(" year "); at != std::string::npos;
         at = folded.find(" year ", at + 1)) {
        std::size_t digit = at + 6;
        if (digit < folded.size() && folded[digit] >= '1' && folded[digit] <= '9' &&
            (digit + 1 >= folded.size() || folded[digit + 1] == ' ' ||
             (folded[digit + 1] >= '0' && folded[digit + 1] <= '3')))
            return true;
    }
    return false;
}

// "Class Oak", "Oak Class": a class name the way primary schools write them.
bool has_class_name(const std::string& original) {
    return original.find("Class ") != std::string::npos ||
           original.find(" Class") != std::string::npos;
}

bool has_title_honorific(const std::string& folded) {
    for (std::string_view h : {" miss ", " mrs ", " mr ", " ms "})
        if (folded.find(h) != std::string::npos) return true;
    return false;
}

void run(CheckContext& ctx) {
    for (const Export& ex : ctx.exports()) {
        for (const ProfileField& field : ex.profile) {
            if (field.kind != FieldKind::work && field.kind != FieldKind::bio &&
                field.kind != FieldKind::username && field.kind != FieldKind::name)
                continue;
            std::string folded = " " + fold_key(field.value) + " ";
            // Usernames squash words: "mrsellis_teaches" folds to "mrsellis teaches".
            DraftFinding f;
            f.platform = ex.platform;
            f.location = location_of(field.source);
            f.evidence = describe_field(field);
            f.confidence = 0;
            for (const Term& t : k_terms) {
                if (folded.find(t.folded) == std::string::npos) continue;
                f.signals.emplace_back(t.signal);
                f.confidence = std::max(f.confidence, t.confidence);
            }
            bool year = has_year_group(folded);
            if (year) f.signals.emplace_back("a year group ('Year N')");
            if (has_class_name(field.value)) f.signals.emplace_back("a class name ('Class …')");
            if ((year || has_class_name(field.value)) && has_title_honorific(folded)) {
                f.signals.emplace_back("a title with a year group or class, as pupils address staff");
                f.confidence = std::max(f.confidence, 0.85);
            } else if (year || has_class_name(field.value)) {
                f.confidence = std::max(f.confidence, f.confidence > 0 ? 0.9 : 0.55);
            }
            if (f.signals.empty()) continue;
            f.weak = f.confidence < 0.6;
            f.signals.insert(f.signals.begin(),
                             "in your " + std::string(to_string(field.kind)) + " profile field");
            if (ex.platform == Platform::linkedin) f.lower_severity += 1;
            ctx.report(std::move(f));
        }
    }
}

} // namespace

extern const CheckInfo profession_profile = {
    "profession.profile",
    "Your profession identifiable from your profile",
    "profile",
    "Finds profile fields that say you work in a school: teacher, teaching assistant, "
    "headteacher, SENCo, a year group or class name ('Miss X, Year 2', 'Class Oak'). Pupils and "
    "parents search for staff; a profile that says what you do makes you easy to find.",
    k_examples,
    k_remedies,
    "Edit your profile and remove the job title, year group or class name, or hide it.",
    run,
};

} // namespace audit
