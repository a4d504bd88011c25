#include "audit/policy/citation_order.hpp"
#include <map>
#include <string>

namespace audit {

namespace {

using Order = std::vector<std::string_view>;

// Copied from the "clauses" column of REQUIREMENTS.md (and its remediation rules).
const std::map<std::string_view, Order, std::less<>>& orders() {
    static const std::map<std::string_view, Order, std::less<>> k_orders = {
        {"employer.profile", {"SSM", "WCE", "BWM", "PMG"}},
        {"employer.content", {"SSM", "WCE", "PMG", "BWM"}},
        {"profession.profile", {"SSM"}},
        {"work.disclaimer", {"BWM"}},
        {"image.logo", {"PMG", "BWM"}},
        {"image.school-text", {"PMG", "SSM"}},
        {"image.pupils", {"WCE", "BWM", "PMG", "AJS"}},
        {"image.location", {"SSM", "PMG"}},
        {"image.personal-device", {"PMG", "WCE"}},
        {"confidential.pupil-name", {"WCE", "SSM", "BWM", "PMG"}},
        {"confidential.matter", {"SSM", "BWM", "PMG"}},
        {"conduct.derogatory", {"SSM", "WCE", "BWM", "PMG"}},
        {"conduct.offensive", {"SSM", "BWM"}},
        {"conduct.school-community", {"PMG", "WCE"}},
        {"credentials.shared", {"SSM", "PMG"}},
        {"personal.phone", {"SSM", "PMG"}},
        {"personal.address", {"SSM", "PMG"}},
        {"personal.email", {"SSM", "BWM"}},
        {"personal.identity", {"SSM", "PMG"}},
        {"contact.pupil", {"SSM", "WCE", "AJS", "PMG", "BWM"}},
        {"contact.pupil-request", {"WCE", "AJS", "BWM"}},
        {"contact.parent", {"WCE", "AJS"}},
        {"contact.pupil-message", {"SSM", "BWM", "AJS"}},
        {"contact.school-group", {"AJS"}},
        {"contact.search", {"BWM"}},
        {"usage.school-hours", {"WCE", "PMG"}},
        {"usage.school-network", {"WCE", "SSM", "PMG"}},
        {"privacy.public-account", {"SSM", "AJS", "PMG", "BWM", "WCE"}},
        {"privacy.discoverability", {"SSM", "BWM"}},
        {"privacy.security", {"BWM", "SSM"}},
        {"privacy.public-view", {"SSM", "BWM"}},
        {"remedy.keep-evidence", {"SSM", "WCE", "PMG"}},
        {"remedy.report-dsl", {"BWM"}},
        {"remedy.declare-family", {"BWM", "SSM"}},
    };
    return k_orders;
}

} // namespace

const std::vector<std::string_view>& citation_order(std::string_view check_id) {
    static const Order k_none;
    auto it = orders().find(check_id);
    return it == orders().end() ? k_none : it->second;
}

} // namespace audit
