#pragma once
#include "audit/model/source_ref.hpp"
#include <string>

namespace audit {

// A comment the account holder wrote (on a post, in a group).
struct Comment {
    SourceRef source;
    Timestamp time = 0;
    std::string text;
    std::string context; // "commented on Jane's post", the group's name, the media owner
};

} // namespace audit
