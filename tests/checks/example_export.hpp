#pragma once
// Builds a one-item Facebook export from a check's own example, for the generic example test.
#include "checks/check.hpp"

namespace audit::test {

// Throws std::invalid_argument for an unknown `where`.
Export export_from_example(const CheckExample& example);
// Runs one check over one export with the example school profile; returns what it found.
std::vector<DraftFinding> run_on(const CheckInfo& check, const std::vector<Export>& exports,
                                 const SchoolProfile& profile);

} // namespace audit::test
