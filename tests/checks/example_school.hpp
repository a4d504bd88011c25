#pragma once
// The example school profile (examples/school.toml) the check and pipeline tests run against.
#include "audit/profile/school_profile.hpp"

namespace audit::test {

// Loaded once; throws std::runtime_error if it does not load.
const SchoolProfile& example_school();

} // namespace audit::test
