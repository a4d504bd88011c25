#pragma once
#include "audit/model/source_ref.hpp"
#include <string>

namespace audit {

enum class Relation {
    friend_,          // mutual friend / connection
    follower,         // follows the account holder
    following,        // the account holder follows them
    request_received, // friend/follow request received
    request_sent,     // friend/follow request sent
    removed,
    rejected,
    blocked,
    close_friend,
    suggested,
};

std::string_view to_string(Relation r);
// "friend", "follower", "request received", …: for evidence and reports.
std::string_view describe(Relation r);

// A person (or page) in one of the account's people lists.
struct Connection {
    Relation relation = Relation::friend_;
    SourceRef source;
    std::string display_name;
    std::string username;
    std::string account_id; // when the export gives only ids (X)
    std::string company;    // LinkedIn
    std::string position;   // LinkedIn
    std::string contact;    // e-mail given with the connection, if any
    Timestamp since = 0;
};

} // namespace audit
