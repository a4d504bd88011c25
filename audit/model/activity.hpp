#pragma once
#include "audit/model/source_ref.hpp"
#include <string>

namespace audit {

enum class GroupKind { group, page, event, list };

// A group joined, a page liked or followed, an event.
struct Group {
    GroupKind kind = GroupKind::group;
    SourceRef source;
    std::string name;
    Timestamp time = 0;
};

struct Search {
    SourceRef source;
    Timestamp time = 0;
    std::string query;
};

struct Login {
    SourceRef source;
    Timestamp time = 0;
    std::string ip;
    std::string device;
    std::string location;
};

// A privacy or account setting the export states. `name` is normalised across platforms
// ("private_account", "two_factor", "find_by_phone", …); `label` keeps the platform's words.
struct Setting {
    SourceRef source;
    std::string name;
    std::string label;
    std::string value;
    Timestamp time = 0;
};

} // namespace audit
