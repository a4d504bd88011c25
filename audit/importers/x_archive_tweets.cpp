// tweets.js (2022+: {"tweet": {…}}) and tweet.js (≤2021; ≤2019 the tweet objects sit bare in
// the array), in one or several part files. Photos and videos are linked to their files in
// data/tweets_media/<tweet id>-<media file name>.
#include "audit/importers/x_archive_internal.hpp"
#include <algorithm>
#include <cmath>

namespace audit::x {

namespace {

const DataType k_tweets{{"tweets", "tweet"}, {"tweets", "tweet"}, "tweet", true};

std::string_view basename_of_url(std::string_view url) {
    url = url.substr(0, url.find_first_of("?#"));
    const auto slash = url.rfind('/');
    return slash == std::string_view::npos ? url : url.substr(slash + 1);
}

// The photo or video files an archive may hold for this media object, best first: for videos
// and GIFs the MP4 variants by falling bitrate (X stores one of them), then the still image.
std::vector<std::string> media_urls(const JsonValue& m) {
    std::vector<std::pair<std::int64_t, std::string>> variants;
    for (const JsonValue& v : m.find("video_info.variants").items()) {
        std::string url = text_of(v.get("url"));
        if (url.empty() || !basename_of_url(url).ends_with(".mp4")) continue;
        variants.emplace_back(v.get("bitrate").i64().value_or(0), std::move(url));
    }
    std::stable_sort(variants.begin(), variants.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> out;
    for (auto& v : variants)
        out.push_back(std::move(v.second));
    for (std::string_view key : {"media_url_https", "media_url"})
        if (std::string url = text_of(m.get(key)); !url.empty()) {
            out.push_back(std::move(url));
            break;
        }
    return out;
}

struct TweetReader {
    Context& ctx;
    std::string media_folder;                                  // "data/tweets_media/"
    std::unordered_map<std::string, std::size_t> media_by_uri; // index into out.media

    std::string resolve_media(const std::string& tweet_id, const std::vector<std::string>& urls) {
        if (tweet_id.empty()) return {};
        for (const std::string& url : urls) {
            const std::string file = tweet_id + "-" + std::string(basename_of_url(url));
            std::vector<ViewEntry> found = ctx.view.by_basename(file);
            if (found.empty()) continue;
            for (const ViewEntry& entry : found)
                if (entry.name().starts_with(media_folder)) return entry.name();
            return found.front().name();
        }
        return {};
    }

    void add_media(const JsonValue& m, const std::string& tweet_id, Post& post) {
        const std::vector<std::string> urls = media_urls(m);
        if (urls.empty()) return;
        auto [it, added] = media_by_uri.try_emplace(urls.front(), ctx.out.media.size());
        if (added) {
            Media media;
            const std::string type = text_of(m.get("type"));
            media.kind = (type == "video" || type == "animated_gif") ? MediaKind::video
                         : type.empty() || type == "photo"           ? MediaKind::photo
                                                                     : MediaKind::other;
            media.uri = urls.front();
            media.entry = resolve_media(tweet_id, urls);
            media.source = post.source;
            media.created = post.time;
            ctx.out.media.push_back(std::move(media));
        }
        if (std::find(post.media.begin(), post.media.end(), it->second) == post.media.end())
            post.media.push_back(it->second);
    }

    void read_media(const JsonValue& tweet, const std::string& tweet_id, Post& post) {
        JsonValue media = tweet.find("extended_entities.media");
        if (media.size() == 0) media = tweet.find("entities.media");
        for (const JsonValue& m : media.items())
            if (m.is_object()) add_media(m, tweet_id, post);
    }

    std::string status_url(const std::string& id) const {
        if (id.empty()) return {};
        return "https://x.com/" + (ctx.username.empty() ? std::string("i") : ctx.username) +
               "/status/" + id;
    }

    void read(const std::string& file, const JsonValue& tweet);
};

// Mentioned accounts by the name they display (what a roster would hold), else the handle.
void read_mentions(const JsonValue& tweet, Post& post) {
    for (const JsonValue& mention : tweet.find("entities.user_mentions").items()) {
        std::string name = text_of(mention.get("name"));
        if (name.empty()) name = "@" + text_of(mention.get("screen_name"));
        if (name != "@" && std::find(post.tags.begin(), post.tags.end(), name) == post.tags.end())
            post.tags.push_back(std::move(name));
    }
}

void read_links(const JsonValue& tweet, Post& post) {
    for (const JsonValue& url : tweet.find("entities.urls").items())
        if (std::string target = text_of(url.get("expanded_url")); !target.empty())
            post.links.push_back(std::move(target));
}

// [lon, lat] in "coordinates", [lat, lon] in the older "geo"; both as strings or numbers.
std::optional<GeoPoint> point_of(const JsonValue& tweet) {
    auto pair = [](const JsonValue& v) -> std::optional<std::pair<double, double>> {
        auto items = v.get("coordinates").items();
        if (items.size() != 2) return std::nullopt;
        auto a = items[0].f64(), b = items[1].f64();
        if (!a || !b) return std::nullopt;
        return std::pair{*a, *b};
    };
    std::optional<GeoPoint> p;
    if (auto lon_lat = pair(tweet.get("coordinates")))
        p = GeoPoint{lon_lat->second, lon_lat->first};
    else if (auto lat_lon = pair(tweet.get("geo")))
        p = GeoPoint{lat_lon->first, lat_lon->second};
    if (!p || std::abs(p->lat) > 90 || std::abs(p->lon) > 180 || (p->lat == 0 && p->lon == 0))
        return std::nullopt;
    return p;
}

void read_place(const JsonValue& tweet, Post& post) {
    Place place;
    const JsonValue p = tweet.get("place");
    place.name = text_of(p.get("full_name"));
    if (place.name.empty()) place.name = text_of(p.get("name"));
    place.address = text_of(p.get("country"));
    place.url = text_of(p.get("url"));
    place.point = point_of(tweet);
    if (!place.name.empty() || place.point) post.places.push_back(std::move(place));
}

// "Retweet of @handle" for "RT @handle: …", "Reply to @handle" for replies.
std::string title_of(const JsonValue& tweet, std::string_view text) {
    constexpr std::string_view k_rt = "RT @";
    if (text.starts_with(k_rt)) {
        const auto end = text.find_first_of(": \n", k_rt.size());
        return "Retweet of " +
               std::string(text.substr(3, end == std::string_view::npos ? std::string_view::npos
                                                                        : end - 3));
    }
    if (std::string to = text_of(tweet.get("in_reply_to_screen_name")); !to.empty())
        return "Reply to @" + to;
    return {};
}

void TweetReader::read(const std::string& file, const JsonValue& tweet) {
    std::string id = text_of(tweet.get("id_str"));
    if (id.empty()) id = text_of(tweet.get("id"));
    Post post;
    post.kind = PostKind::post;
    post.time = parse_created_at(tweet.get("created_at").raw_str()).value_or(0);
    post.source = source(ctx, file, "tweet " + time_label(post.time), status_url(id));
    std::string raw = text_of(tweet.get("full_text"));
    if (raw.empty()) raw = text_of(tweet.get("text"));
    post.text = unescape_html(
        expand_links(std::move(raw), tweet.find("entities.urls"), tweet.find("entities.media")));
    post.title = title_of(tweet, post.text);
    read_mentions(tweet, post);
    read_links(tweet, post);
    read_place(tweet, post);
    read_media(tweet, id, post);
    ctx.out.posts.push_back(std::move(post));
}

} // namespace

void import_tweets(Context& ctx) {
    TweetReader reader{
        ctx, media_dir(ctx, {"tweetsMedia", "tweets", "tweet"}, "data/tweets_media"), {}};
    for_each_record(ctx, k_tweets, [&reader](const std::string& file, const JsonValue& tweet) {
        reader.read(file, tweet);
    });
}

} // namespace audit::x
