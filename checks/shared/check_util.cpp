#include "checks/shared/check_util.hpp"
#include <algorithm>
#include <ctime>

namespace audit {

namespace {
constexpr double k_weak_mention = 0.5;
}

Location location_of(const SourceRef& ref, std::string media) {
    return Location{ref.file, ref.item, std::move(media), ref.url};
}

Location location_of(const TextItem& item) { return location_of(*item.ref, std::string(item.media)); }

std::string describe_field(const ProfileField& field) {
    std::string out(to_string(field.kind));
    out += ": ";
    out += field.value;
    return out;
}

void add_mentions(DraftFinding& finding, const std::vector<Mention>& mentions) {
    for (const Mention& m : mentions) {
        finding.confidence = std::max(finding.confidence, m.confidence);
        for (const std::string& s : m.signals)
            if (std::find(finding.signals.begin(), finding.signals.end(), s) == finding.signals.end())
                finding.signals.push_back(s);
    }
}

bool all_weak(const std::vector<Mention>& mentions) {
    return std::all_of(mentions.begin(), mentions.end(),
                       [](const Mention& m) { return m.confidence < k_weak_mention; });
}

bool is_published(std::string_view text_kind) { return text_kind != "message"; }

int year_of(Timestamp t) {
    std::time_t when = t ? static_cast<std::time_t>(t) : std::time(nullptr);
    std::tm tm{};
    gmtime_r(&when, &tm);
    return tm.tm_year + 1900;
}

} // namespace audit
