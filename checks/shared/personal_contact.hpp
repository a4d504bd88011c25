#pragma once
// Shared by the personal.phone, personal.email and personal.address checks: each finds contact
// details in profile fields of one kind and in published text, the same way.
#include "checks/shared/check_util.hpp"
#include "audit/text/contacts.hpp"
#include <functional>

namespace audit {

struct ContactRule {
    FieldKind field_kind;         // the profile field that holds this detail
    std::string_view what;        // "phone number", "e-mail address", "postcode"
    std::function<std::vector<Found>(std::string_view)> find;
    // Whether a detail counts at all (e.g. not the school's own address); null keeps all.
    std::function<bool(const Found& found)> keep;
    // Weighs a match in free text by its surroundings: adds signals, sets confidence.
    std::function<void(std::string_view text, const Found& found, DraftFinding& f)> weigh;
};

void run_contact_check(CheckContext& ctx, const ContactRule& rule);

} // namespace audit
