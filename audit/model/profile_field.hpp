#pragma once
#include "audit/model/source_ref.hpp"
#include <string>

namespace audit {

// What a profile field holds, whatever the platform calls it.
enum class FieldKind {
    name,      // display or full name, previous names, nicknames
    username,  // handle, username, screen name, profile URL
    work,      // employer, job title, position, headline
    education, // school or college entries
    bio,       // about me, description, summary, favourite quotes
    city,      // current city, hometown, places lived, location
    address,   // postal address
    phone,
    email,
    birthday,
    website,
    other,
};

std::string_view to_string(FieldKind k);

struct ProfileField {
    FieldKind kind = FieldKind::other;
    std::string label; // the platform's own label, e.g. "work_experiences.employer"
    std::string value;
    SourceRef source;
    bool current = true; // false for past jobs, previous e-mails, ended education
};

} // namespace audit
