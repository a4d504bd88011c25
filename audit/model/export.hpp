#pragma once
#include "audit/core/platform.hpp"
#include "audit/model/activity.hpp"
#include "audit/model/comment.hpp"
#include "audit/model/connection.hpp"
#include "audit/model/media.hpp"
#include "audit/model/message.hpp"
#include "audit/model/post.hpp"
#include "audit/model/profile_field.hpp"
#include <cstddef>
#include <string>
#include <vector>

namespace audit {

// Something wrong with one file of an export. The scan goes on; the report lists these.
struct Problem {
    std::string file;
    std::string message;
};

// Something the export cannot tell us, for the report's coverage section.
struct Skipped {
    std::string what;
    std::string why;
};

// One platform export, normalised. Importers fill it; checks read it. Only importers know the
// platforms' formats.
struct Export {
    std::string path; // what the user passed (several parts joined with ", ")
    Platform platform = Platform::facebook;
    Format format = Format::json;
    std::string owner; // the account holder's name, when known

    std::vector<ProfileField> profile;
    std::vector<Post> posts;
    std::vector<Comment> comments;
    std::vector<Message> messages;
    std::vector<Media> media;
    std::vector<Connection> connections;
    std::vector<Group> groups;
    std::vector<Search> searches;
    std::vector<Login> logins;
    std::vector<Setting> settings;

    std::vector<Problem> problems;
    std::vector<Skipped> skipped;
    std::size_t files_read = 0;

    // Every item counted once (profile fields, posts, comments, messages, connections, …).
    std::size_t item_count() const;
};

} // namespace audit
