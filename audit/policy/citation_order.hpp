#pragma once
// When a school's own policy has no clause for a check, the finding borrows one from another
// bundled policy. Which one is fixed per check: the order in which REQUIREMENTS.md lists the
// policies for that check, so that the nearest wording is cited and reports stay stable.
#include <string_view>
#include <vector>

namespace audit {

// Policy short names ("SSM", "WCE", …) in order of preference; empty for an unknown check.
const std::vector<std::string_view>& citation_order(std::string_view check_id);

} // namespace audit
