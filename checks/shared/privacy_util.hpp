#pragma once
// Shared by the privacy checks: reading the settings an export states, whatever words the
// platform writes them in ("False", "Disabled", "Everyone").
#include "checks/check.hpp"
#include <optional>
#include <string>
#include <string_view>

namespace audit {

// true for "true", "yes", "on", "enabled" (and "1"); false for "false", "no", "off", "disabled"
// (and "0"); nullopt for anything else. Case-insensitive.
std::optional<bool> setting_flag(std::string_view value);
// "Everyone", "Public", "PUBLIC", "Anyone": the audience is everyone, logged out or in.
bool is_everyone(std::string_view value);
// A post audience that lets anyone see the post: everyone (above), or LinkedIn's LOGGED_IN
// (anyone signed in to LinkedIn).
bool is_public_audience(std::string_view audience);
// The setting of this normalised name the export states last (the latest time; for equal
// times, the last listed), or nullptr.
const Setting* latest_setting(const Export& ex, std::string_view name);
// Where a setting's value comes from, as a signal: "stated by the export's settings", or "your
// answer in the privacy checklist (FILE)" for a staff-audit checklist answer.
std::string setting_origin(const Setting& s);

} // namespace audit
