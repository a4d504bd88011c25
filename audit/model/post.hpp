#pragma once
#include "audit/model/source_ref.hpp"
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace audit {

struct Place {
    std::string name;
    std::string address;
    std::string url;
    std::optional<GeoPoint> point;
};

enum class PostKind { post, group_post, album, story, reel, check_in, other };

// Something the account holder published: status, photo post, check-in, group post, album.
struct Post {
    PostKind kind = PostKind::post;
    SourceRef source;
    Timestamp time = 0;
    std::string text;  // what the user typed
    std::string title; // the platform's line ("Jane updated her status.")
    std::string audience; // "public", "friends", … when the export says; empty when it does not
    std::vector<std::string> tags;  // people tagged
    std::vector<std::string> links; // external URLs
    std::vector<Place> places;
    std::vector<std::string> events; // event names attached
    std::vector<std::size_t> media;  // indices into Export::media
};

} // namespace audit
