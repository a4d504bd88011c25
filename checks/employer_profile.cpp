// employer.profile — the school, trust or council named in profile fields.
#include "checks/shared/check_util.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>

namespace audit {

namespace {

constexpr CheckExample k_examples[] = {
    {"profile.work", "Riverside Primary School", true},
    {"profile.bio", "Year 4 teacher at #RiversidePrimary. Views my own.", true},
    {"profile.bio", "Proud governor, Vale Learning Trust", true},
    {"profile.email", "j.ellis@riverside.sch.uk", true},
    {"profile.username", "missellis.rps", true},
    {"profile.work", "North Riverside Primary", false},
    {"profile.bio", "Runner. Baker. Walks by the riverside.", false},
    {"profile.city", "Bath, United Kingdom", false},
    {"profile.email", "jordan.ellis@example.com", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Open Facebook > your profile > About > Work and education.\n"
     "Remove the school (or set its audience to Only me with the audience selector beside it).\n"
     "Check Intro/Bio on your profile page for the school's name too."},
    {Platform::instagram, "Open Instagram > Profile > Edit profile.\n"
                          "Remove the school's name from your name, username, bio and links."},
    {Platform::x, "Open X > Profile > Edit profile.\nRemove the school from your bio, location and website."},
    {Platform::linkedin,
     "LinkedIn is a professional network, so naming your employer there is expected; check the "
     "policy's wording and keep the entry factual.\n"
     "Open LinkedIn > Me > View profile > Experience and make sure nothing there identifies pupils "
     "or shares school business."},
    {Platform::tiktok, "Open TikTok > Profile > Edit profile.\nRemove the school from your name, username and bio."},
};

bool is_school_email(const ProfileField& field, const SchoolProfile& profile) {
    if (field.kind != FieldKind::email) return false;
    auto at = field.value.rfind('@');
    if (at == std::string::npos) return false;
    std::string domain = fold_key(field.value.substr(at + 1));
    return std::any_of(profile.domains.begin(), profile.domains.end(), [&](const std::string& d) {
        std::string ours = fold_key(d);
        return domain == ours || (domain.size() > ours.size() &&
                                  domain.compare(domain.size() - ours.size(), ours.size(), ours) == 0 &&
                                  domain[domain.size() - ours.size() - 1] == ' ');
    });
}

// Usernames are lower case, so an abbreviation that prose must write in capitals counts here
// as a whole token ("missellis.rps", "rps_jordan").
bool username_has_abbreviation(const ProfileField& field, const SchoolProfile& profile) {
    if (field.kind != FieldKind::username) return false;
    std::string folded = " " + fold_key(field.value) + " ";
    return std::any_of(profile.aliases.begin(), profile.aliases.end(), [&](const std::string& a) {
        bool abbreviation = a.size() <= 5 && std::all_of(a.begin(), a.end(), [](char c) {
                                return c >= 'A' && c <= 'Z';
                            });
        return abbreviation && folded.find(" " + fold_key(a) + " ") != std::string::npos;
    });
}

void explain_field(DraftFinding& f, const ProfileField& field, Platform platform) {
    if (field.kind == FieldKind::education)
        f.signals.push_back("listed under education: staff often list their workplace there");
    if (!field.current) {
        f.signals.push_back("a past entry: still visible on your profile");
        f.lower_severity += 1;
    }
    if (platform == Platform::linkedin) {
        f.signals.push_back("LinkedIn is a professional network: naming your employer is expected there");
        f.lower_severity += 1;
    }
}

void run(CheckContext& ctx) {
    const SchoolMatcher& matcher = ctx.facts().school_matcher();
    for (const Export& ex : ctx.exports()) {
        for (const ProfileField& field : ex.profile) {
            if (field.kind == FieldKind::name || field.kind == FieldKind::phone ||
                field.kind == FieldKind::birthday || field.kind == FieldKind::address)
                continue;
            DraftFinding f;
            f.platform = ex.platform;
            f.location = location_of(field.source);
            f.evidence = describe_field(field);
            f.confidence = 0;
            if (is_school_email(field, ctx.profile())) {
                f.signals.push_back("account e-mail on the school's domain");
                f.confidence = 0.9;
            } else if (username_has_abbreviation(field, ctx.profile())) {
                f.signals.push_back("username contains the school's abbreviation");
                f.confidence = 0.6;
            } else {
                auto mentions = matcher.find(field.value);
                if (mentions.empty()) continue;
                add_mentions(f, mentions);
                f.weak = all_weak(mentions);
            }
            f.signals.insert(f.signals.begin(), "in your " + std::string(to_string(field.kind)) +
                                                    " profile field");
            explain_field(f, field, ex.platform);
            ctx.report(std::move(f));
        }
    }
}

} // namespace

extern const CheckInfo employer_profile = {
    "employer.profile",
    "Your school named in your profile",
    "profile",
    "Finds your school, trust or council in profile fields: work and education entries, bio, "
    "website, a username containing the school's abbreviation, or an account e-mail on the "
    "school's domain. Policies ask staff not to identify themselves as employees of the school on "
    "personal accounts, because it links everything you post to the school.",
    k_examples,
    k_remedies,
    "Edit your profile on this platform and remove the school's name, or limit who can see it to "
    "Only me.",
    run,
};

} // namespace audit
