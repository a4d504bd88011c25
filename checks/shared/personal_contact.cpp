#include "checks/shared/personal_contact.hpp"
#include "audit/text/normalise.hpp"

namespace audit {

namespace {

// A profile's own contact fields: the export does not say who can see them, so they are for
// review unless the platform states they are public.
void check_profile(CheckContext& ctx, const ContactRule& rule) {
    for (const Export& ex : ctx.exports()) {
        for (const ProfileField& field : ex.profile) {
            if (field.kind != rule.field_kind || !field.current || field.value.empty()) continue;
            DraftFinding f;
            f.platform = ex.platform;
            f.location = location_of(field.source);
            f.evidence = describe_field(field);
            f.confidence = 0.5;
            f.weak = true;
            f.signals.push_back(std::string(rule.what) + " in your profile");
            f.signals.push_back("the export does not say who can see it: check its audience");
            Found whole{0, field.value.size(), field.value, 0.5};
            if (rule.keep && !rule.keep(whole)) continue;
            ctx.report(std::move(f));
        }
    }
}

void check_texts(CheckContext& ctx, const ContactRule& rule) {
    const auto& texts = ctx.facts().texts();
    for (const TextItem& item : texts) {
        if (!is_published(item.kind)) continue;
        for (const Found& found : rule.find(item.text)) {
            DraftFinding f;
            f.platform = item.source->platform;
            f.location = location_of(item);
            f.evidence = excerpt(item.text, found.begin, found.end);
            f.confidence = found.confidence;
            f.signals.push_back(std::string(rule.what) + " in a " + std::string(item.kind));
            if (rule.keep && !rule.keep(found)) continue;
            if (rule.weigh) rule.weigh(item.text, found, f);
            f.weak = f.weak || f.confidence < 0.5;
            f.identity = std::string(item.kind) + ":" + found.value;
            ctx.report(std::move(f));
        }
    }
}

} // namespace

void run_contact_check(CheckContext& ctx, const ContactRule& rule) {
    check_profile(ctx, rule);
    check_texts(ctx, rule);
}

} // namespace audit
