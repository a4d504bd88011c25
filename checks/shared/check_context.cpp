#include "checks/check.hpp"
#include <algorithm>

namespace audit {

void CheckContext::not_checkable(Platform platform, std::string what, std::string why) {
    not_checkable(std::string(display_name(platform)) + " " + what, std::move(why));
}

void CheckContext::not_checkable(std::string what, std::string why) {
    const bool known = std::any_of(m_not_checkable.begin(), m_not_checkable.end(),
                                   [&](const Skipped& s) { return s.what == what && s.why == why; });
    if (!known) m_not_checkable.push_back(Skipped{std::move(what), std::move(why)});
}

} // namespace audit
