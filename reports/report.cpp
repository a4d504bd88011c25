#include "reports/report.hpp"

namespace audit {

std::map<Severity, std::size_t> Report::count_by_severity() const {
    std::map<Severity, std::size_t> counts{
        {Severity::high, 0}, {Severity::medium, 0}, {Severity::low, 0}, {Severity::review, 0}};
    for (const Finding& f : findings) ++counts[f.severity];
    return counts;
}

std::map<std::string, std::size_t> Report::count_by_check() const {
    std::map<std::string, std::size_t> counts;
    for (const Finding& f : findings) ++counts[f.check];
    return counts;
}

} // namespace audit
