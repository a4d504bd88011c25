#pragma once
#include "audit/model/source_ref.hpp"
#include <string>
#include <vector>

namespace audit {

// One direct message in a thread.
struct Message {
    SourceRef source;
    Timestamp time = 0;
    std::string thread; // the thread's title
    std::vector<std::string> participants;
    std::string sender;
    std::string text;
    bool sent_by_owner = false;
};

} // namespace audit
