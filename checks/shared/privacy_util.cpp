#include "checks/shared/privacy_util.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <array>

namespace audit {

namespace {

bool one_of(const std::string& folded, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), folded) != words.end();
}

} // namespace

std::optional<bool> setting_flag(std::string_view value) {
    const std::string folded = fold_key(value);
    if (one_of(folded, {"true", "yes", "on", "enabled", "1"})) return true;
    if (one_of(folded, {"false", "no", "off", "disabled", "0"})) return false;
    return std::nullopt;
}

bool is_everyone(std::string_view value) {
    return one_of(fold_key(value), {"everyone", "public", "anyone", "all"});
}

bool is_public_audience(std::string_view audience) {
    return is_everyone(audience) || one_of(fold_key(audience), {"logged in"});
}

const Setting* latest_setting(const Export& ex, std::string_view name) {
    const Setting* found = nullptr;
    for (const Setting& s : ex.settings)
        if (s.name == name && (!found || s.time >= found->time)) found = &s;
    return found;
}

std::string setting_origin(const Setting& s) {
    if (s.source.item.starts_with("checklist answer"))
        return "your answer in the privacy checklist (" + s.source.file + ")";
    return "stated by the export's settings";
}

} // namespace audit
