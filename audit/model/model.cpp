#include "audit/model/connection.hpp"
#include "audit/model/export.hpp"
#include "audit/model/profile_field.hpp"

namespace audit {

std::string_view to_string(FieldKind k) {
    switch (k) {
    case FieldKind::name: return "name";
    case FieldKind::username: return "username";
    case FieldKind::work: return "work";
    case FieldKind::education: return "education";
    case FieldKind::bio: return "bio";
    case FieldKind::city: return "city";
    case FieldKind::address: return "address";
    case FieldKind::phone: return "phone";
    case FieldKind::email: return "email";
    case FieldKind::birthday: return "birthday";
    case FieldKind::website: return "website";
    case FieldKind::other: return "other";
    }
    return "other";
}

std::string_view to_string(Relation r) {
    switch (r) {
    case Relation::friend_: return "friend";
    case Relation::follower: return "follower";
    case Relation::following: return "following";
    case Relation::request_received: return "request_received";
    case Relation::request_sent: return "request_sent";
    case Relation::removed: return "removed";
    case Relation::rejected: return "rejected";
    case Relation::blocked: return "blocked";
    case Relation::close_friend: return "close_friend";
    case Relation::suggested: return "suggested";
    }
    return "friend";
}

std::string_view describe(Relation r) {
    switch (r) {
    case Relation::friend_: return "friend";
    case Relation::follower: return "follower";
    case Relation::following: return "account you follow";
    case Relation::request_received: return "friend request received";
    case Relation::request_sent: return "friend request sent";
    case Relation::removed: return "removed friend";
    case Relation::rejected: return "rejected request";
    case Relation::blocked: return "blocked account";
    case Relation::close_friend: return "close friend";
    case Relation::suggested: return "suggested friend";
    }
    return "friend";
}

std::size_t Export::item_count() const {
    return profile.size() + posts.size() + comments.size() + messages.size() + media.size() +
           connections.size() + groups.size() + searches.size() + logins.size() + settings.size();
}

} // namespace audit
