#include "checks/check.hpp"

namespace audit {

#define CHECK(name) extern const CheckInfo name;
#include "checks/checks.def"
#undef CHECK

std::span<const CheckInfo> all_checks() {
    static const std::vector<CheckInfo> checks = {
#define CHECK(name) name,
#include "checks/checks.def"
#undef CHECK
    };
    return checks;
}

const CheckInfo* find_check(std::string_view id) {
    for (const CheckInfo& c : all_checks())
        if (c.id == id) return &c;
    return nullptr;
}

} // namespace audit
