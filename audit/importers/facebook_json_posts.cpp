// What the account holder published: posts, check-ins, group posts, albums, and the photos and
// videos that stand on their own (uncategorized photos, videos).
#include "audit/importers/facebook_json_internal.hpp"
#include <algorithm>

namespace audit::facebook {

namespace {

void append_line(std::string& text, const std::string& line) {
    if (line.empty()) return;
    if (!text.empty()) text += '\n';
    text += line;
}

void add_media_index(Post& post, std::optional<std::size_t> index) {
    if (index && std::find(post.media.begin(), post.media.end(), *index) == post.media.end())
        post.media.push_back(*index);
}

Place parse_place(const JsonValue& place) {
    Place p;
    p.name = place.get("name").str();
    p.address = place.get("address").str();
    p.url = place.get("url").str();
    const JsonValue coordinate = place.get("coordinate");
    auto lat = coordinate.get("latitude").f64();
    auto lon = coordinate.get("longitude").f64();
    if (lat && lon && !(*lat == 0 && *lon == 0)) p.point = GeoPoint{*lat, *lon};
    return p;
}

void read_attachment(Context& ctx, const JsonValue& item, Post& post) {
    if (JsonValue media = item.get("media"); media.is_object())
        add_media_index(post, add_media(ctx, media, post.source));
    if (JsonValue place = item.get("place"); place.is_object()) {
        Place p = parse_place(place);
        if (!p.name.empty() || p.point) post.places.push_back(std::move(p));
    }
    if (std::string url = item.find("external_context.url").str(); !url.empty())
        post.links.push_back(std::move(url));
    if (std::string event = item.find("event.name").str(); !event.empty())
        post.events.push_back(std::move(event));
}

void read_tags(const JsonValue& tags, Post& post) {
    for (const JsonValue& tag : tags.items()) {
        std::string name = tag.is_string() ? tag.str() : tag.get("name").str();
        if (!name.empty()) post.tags.push_back(std::move(name));
    }
}

// The synthetic-fixture shape: label_values with the text as values and media alongside.
void read_label_values_post(Context& ctx, const JsonValue& record, Post& post) {
    for (const JsonValue& entry : record.get("label_values").items()) {
        std::string value = entry.get("value").str();
        if (value.starts_with("http://") || value.starts_with("https://"))
            post.links.push_back(std::move(value));
        else if (!entry.get("value").boolean().has_value())
            append_line(post.text, strip_mentions(value));
    }
    for (const JsonValue& media : record.get("media").items())
        if (media.is_object()) add_media_index(post, add_media(ctx, media, post.source));
}

std::string_view item_prefix(PostKind kind) {
    switch (kind) {
    case PostKind::group_post: return "group post ";
    case PostKind::check_in: return "check-in ";
    default: return "post ";
    }
}

Post parse_post(Context& ctx, const std::string& file, const JsonValue& record, PostKind kind) {
    Post post;
    post.kind = kind;
    post.time = record_time(record);
    post.source = source(ctx, file, std::string(item_prefix(kind)) + time_label(post.time));
    post.title = record.get("title").str();
    for (const JsonValue& data : record.get("data").items())
        append_line(post.text, strip_mentions(data.get("post").str()));
    read_tags(record.get("tags"), post);
    for (const JsonValue& attachment : record.get("attachments").items())
        for (const JsonValue& item : attachment.get("data").items())
            read_attachment(ctx, item, post);
    if (has_label_values(record) && !record.get("data").exists())
        read_label_values_post(ctx, record, post);
    return post;
}

RecordHandler post_records(Context& ctx, PostKind kind) {
    return [&ctx, kind](const std::string& file, const JsonValue& record) {
        if (record.is_object()) ctx.out.posts.push_back(parse_post(ctx, file, record, kind));
    };
}

// posts/album/<n>.json: {name, photos[], description, last_modified_timestamp}.
Result<void> import_album(Context& ctx, const std::string& file, const JsonValue& root) {
    if (!root.is_object() || !root.get("photos").is_array())
        return unexpected_shape("an album object with \"photos\"");
    Post album;
    album.kind = PostKind::album;
    album.title = root.get("name").str();
    album.text = strip_mentions(root.get("description").str());
    album.time = seconds(root.get("last_modified_timestamp"));
    album.source = source(ctx, file, "album " + album.title);
    for (const JsonValue& photo : root.get("photos").items()) {
        if (!photo.is_object()) continue;
        auto index = add_media(ctx, photo, album.source);
        if (index && ctx.out.media[*index].album.empty()) ctx.out.media[*index].album = album.title;
        add_media_index(album, index);
    }
    ctx.out.posts.push_back(std::move(album));
    return {};
}

bool is_album_file(std::string_view name) {
    const std::string_view base = basename_of(name);
    const std::string_view folder = name.substr(0, name.size() - base.size());
    if (!folder.ends_with("album/") || !base.ends_with(".json") || base.size() <= 5) return false;
    return std::all_of(base.begin(), base.end() - 5, [](char c) { return c >= '0' && c <= '9'; });
}

// Photos and videos outside any post: the media's own item is its source.
// One photo or video of a file that lists them (uncategorised photos, videos): read a record at
// a time, since ten years of photos make a list of tens of thousands.
RecordHandler media_records(Context& ctx, MediaKind kind, std::string_view what) {
    return [&ctx, kind, what](const std::string& file, const JsonValue& media) {
        if (!media.is_object()) return;
        const Timestamp created = seconds(media.get("creation_timestamp"));
        add_media(ctx, media, source(ctx, file, std::string(what) + " " + time_label(created)), kind);
    };
}

} // namespace

void import_posts(Context& ctx) {
    const std::string posts = "a list of posts";
    for_each_record(ctx, {"your_posts", "your_posts__check_ins__photos_and_videos"},
                    {{"status_updates_v2", "posts_v2"}, posts}, post_records(ctx, PostKind::post));
    for_each_record(ctx, {"check-ins", "your_check-ins", "check_ins"},
                    {{"checkins_v2", "check_ins_v2"}, posts}, post_records(ctx, PostKind::check_in));
    for_each_record(ctx, {"your_posts_in_groups", "group_posts_and_comments"},
                    {{"group_posts_v2", "group_posts"}, posts}, post_records(ctx, PostKind::group_post));
    for_each_file_where(ctx, is_album_file, [&ctx](const std::string& file, const JsonValue& root) {
        return import_album(ctx, file, root);
    });
    for_each_record(ctx, {"your_uncategorized_photos"}, {{"other_photos_v2", "other_photos"}, "a list of photos"},
                    media_records(ctx, MediaKind::photo, "photo"));
    for_each_record(ctx, {"your_videos"}, {{"videos_v2", "videos"}, "a list of videos"},
                    media_records(ctx, MediaKind::video, "video"));
    if (!ctx.out.posts.empty())
        ctx.out.skipped.push_back(
            {"post audience", "Facebook exports do not say who can see each post"});
}

} // namespace audit::facebook
