#pragma once
// The first remediation step of a finding: how to get to the item it is about. A direct link
// when the export gives one; else, for a dated post or comment, the platform's menu route to it
// filtered by its date; else nothing (the check's own steps say where profile fields and people
// are).
#include "reports/report.hpp"
#include <string>
#include <string_view>

namespace audit {

// "Open it directly: https://…", "Facebook > Settings & privacy > Activity log, filter by
// 2025-03-14", or "" when neither applies.
std::string open_item_step(Platform platform, const Location& location);

// The UTC date in an item identity ("post 2025-03-14T16:02:11Z" → "2025-03-14"), or "".
std::string date_in_item(std::string_view item);

} // namespace audit
