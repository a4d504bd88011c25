// What the account holder published: posts (posts_1.json, a bare list), archived posts, stories,
// reels, IGTV and other content, and profile photos. Files sat in content/ (2022–2025) and
// media/ (2026); only the base names matter.
#include "audit/importers/instagram_json_internal.hpp"
#include <algorithm>
#include <vector>

namespace audit::instagram {

namespace {

struct ContentList {
    std::vector<std::string_view> stems;
    std::vector<std::string_view> keys; // the wrapper key; none for a bare list
    PostKind kind;
    std::string_view item; // identity prefix: "post", "story", …
    MediaKind hint;        // when neither the metadata nor the extension tells
    std::string_view audience;
};

const std::vector<ContentList>& content_lists() {
    static const std::vector<ContentList> lists = {
        {{"posts"}, {}, PostKind::post, "post", MediaKind::photo, ""},
        {{"archived_posts"}, {"ig_archived_post_media"}, PostKind::post, "archived post",
         MediaKind::photo, "only me (archived)"},
        {{"stories"}, {"ig_stories"}, PostKind::story, "story", MediaKind::photo, ""},
        {{"reels"}, {"ig_reels_media"}, PostKind::reel, "reel", MediaKind::video, ""},
        {{"igtv_videos"}, {"ig_igtv_media"}, PostKind::reel, "igtv video", MediaKind::video, ""},
        {{"other_content"}, {"ig_other_media"}, PostKind::other, "other content",
         MediaKind::photo, ""},
    };
    return lists;
}

void add_media_index(Post& post, std::optional<std::size_t> index) {
    if (index && std::find(post.media.begin(), post.media.end(), *index) == post.media.end())
        post.media.push_back(*index);
}

// A single-media post has only {"media": [{…, "title": caption}]}; a carousel has its own
// "title" and "creation_timestamp" beside the media list.
std::string caption_of(const JsonValue& record, const std::vector<JsonValue>& media) {
    if (std::string title = record.get("title").str(); !title.empty()) return title;
    for (const JsonValue& m : media)
        if (std::string title = m.get("title").str(); !title.empty()) return title;
    return {};
}

Timestamp time_of(const JsonValue& record, const std::vector<JsonValue>& media) {
    if (Timestamp t = seconds(record.get("creation_timestamp"))) return t;
    for (const JsonValue& m : media)
        if (Timestamp t = seconds(m.get("creation_timestamp"))) return t;
    return 0;
}

// The media of a record: its "media" list, or the record itself when it is one media object
// (stories).
std::vector<JsonValue> media_of(const JsonValue& record) {
    if (const JsonValue list = record.get("media"); list.is_array()) {
        std::vector<JsonValue> out;
        for (const JsonValue& m : list.items())
            if (m.is_object()) out.push_back(m);
        return out;
    }
    if (record.get("uri").is_string()) return {record};
    return {};
}

void import_record(Context& ctx, const std::string& file, const JsonValue& record,
                   const ContentList& list) {
    const std::vector<JsonValue> media = media_of(record);
    Post post;
    post.kind = list.kind;
    post.text = caption_of(record, media);
    if (media.empty() && post.text.empty()) return;
    post.time = time_of(record, media);
    post.audience = std::string(list.audience);
    post.source = source(ctx, file, std::string(list.item) + " " + time_label(post.time));
    for (const JsonValue& m : media)
        add_media_index(post, add_media(ctx, m, post.source, post.text, list.hint));
    ctx.out.posts.push_back(std::move(post));
}

// profile_photos.json → ig_profile_picture[]: media objects, not posts.
Result<void> import_profile_photos(Context& ctx, const std::string& file, const JsonValue& root) {
    const JsonValue records = record_list(root, {"ig_profile_picture"});
    if (!records.exists()) return unexpected_shape("\"ig_profile_picture\"");
    for (const JsonValue& photo : records.items()) {
        if (!photo.is_object()) continue;
        const Timestamp created = seconds(photo.get("creation_timestamp"));
        add_media(ctx, photo, source(ctx, file, "profile photo " + time_label(created)), {},
                  MediaKind::photo);
    }
    return {};
}

} // namespace

void import_content(Context& ctx) {
    for (const ContentList& list : content_lists()) {
        const std::string expected = list.keys.empty() ? std::string("a list of posts")
                                                       : "\"" + std::string(list.keys.front()) + "\"";
        for_each_record_where(
            ctx, [&list](std::string_view name) { return matches_any_stem(name, list.stems); },
            {list.keys, expected}, [&ctx, &list](const std::string& file, const JsonValue& record) {
                if (record.is_object()) import_record(ctx, file, record, list);
            });
    }
    for_each_file(ctx, {"profile_photos"}, [&ctx](const std::string& file, const JsonValue& root) {
        return import_profile_photos(ctx, file, root);
    });
}

} // namespace audit::instagram
