// What the account holder published (posts_N.html, archived posts, stories, reels: a record per
// post, the caption in `_a6-h`, the media linked in `_a6-p`, optional Latitude/Longitude rows)
// and the follow lists (a record per account: a link to the profile, the date under it).
#include "audit/importers/instagram_html_internal.hpp"

namespace audit::html_instagram {

namespace {

using meta_html::PageDates;

struct ContentList {
    std::vector<std::string_view> stems;
    PostKind kind;
    std::string_view item; // identity prefix, as instagram_json's
    std::string_view audience;
};

const std::vector<ContentList>& content_lists() {
    static const std::vector<ContentList> lists = {
        {{"posts"}, PostKind::post, "post", ""},
        {{"archived_posts"}, PostKind::post, "archived post", "only me (archived)"},
        {{"stories"}, PostKind::story, "story", ""},
        {{"reels"}, PostKind::reel, "reel", ""},
        {{"igtv_videos"}, PostKind::reel, "igtv video", ""},
        {{"other_content"}, PostKind::other, "other content", ""},
    };
    return lists;
}

void import_content_page(Context& ctx, const std::string& file, const HtmlDocument& doc,
                         PageDates& dates, const ContentList& list) {
    for (const HtmlElement& record : meta_html::records_of(doc)) {
        meta_html::Body body = meta_html::read_body(meta_html::body_of(record));
        Post post;
        post.kind = list.kind;
        post.text = meta_html::title_of(record);
        if (body.media.empty() && post.text.empty()) continue;
        post.time = dates.read(meta_html::date_text_of(record));
        post.audience = std::string(list.audience);
        post.source = facebook::source(ctx, file, std::string(list.item) + " " +
                                                      facebook::time_label(post.time));
        // On Instagram a media's caption is the post's; there are no albums.
        for (meta_html::MediaRef& ref : body.media) {
            ref.album.clear();
            if (ref.caption.empty()) ref.caption = post.text;
        }
        meta_html::add_post_media(ctx, body, post);
        ctx.out.posts.push_back(std::move(post));
    }
}

struct PeopleList {
    std::vector<std::string_view> stems;
    Relation relation;
    std::string_view item; // identity prefix, as instagram_json's
};

const std::vector<PeopleList>& people_lists() {
    static const std::vector<PeopleList> lists = {
        {{"followers"}, Relation::follower, "follower"},
        {{"following"}, Relation::following, "following"},
        {{"close_friends"}, Relation::close_friend, "close friend"},
        {{"pending_follow_requests"}, Relation::request_sent, "follow request sent"},
        {{"recent_follow_requests", "follow_requests_you've_received",
          "follow_requests_you_ve_received"},
         Relation::request_received,
         "follow request received"},
        {{"blocked_accounts", "blocked_profiles"}, Relation::blocked, "blocked"},
        {{"recently_unfollowed_accounts", "recently_unfollowed_profiles"}, Relation::removed,
         "unfollowed"},
    };
    return lists;
}

bool is_url(std::string_view text) {
    return text.starts_with("http://") || text.starts_with("https://");
}

// The date of a follow record: under the record (`_a6-o`), else the line beside the link.
std::string follow_date_text(const HtmlElement& record, const HtmlElement& link) {
    if (std::string date = meta_html::date_text_of(record); !date.empty()) return date;
    const HtmlElement body = meta_html::body_of(record);
    std::string found;
    for (const HtmlElement& div : body.find_all("div")) {
        if (div.find_first("div") || div.find_first("a") || div == link.parent()) continue;
        if (std::string text = div.text(); !text.empty()) found = std::move(text);
    }
    return found;
}

void import_people_page(Context& ctx, const std::string& file, const HtmlDocument& doc,
                        PageDates& dates, const PeopleList& list) {
    for (const HtmlElement& record : meta_html::records_of(doc)) {
        const HtmlElement link = record.find_first("a");
        const std::string href(link.attr("href"));
        // The username: the link's text (2023), else the title (2024+: the link shows the URL),
        // else the link's last path segment.
        std::string username = link.text();
        if (username.empty() || is_url(username)) username = meta_html::title_of(record);
        if (username.empty()) username = instagram::username_from_href(href);
        if (username.empty()) continue;
        Connection c;
        c.relation = list.relation;
        c.since = dates.read(follow_date_text(record, link));
        c.source = facebook::source(ctx, file, std::string(list.item) + " " + username,
                                    is_url(href) ? href : instagram::profile_url(username));
        c.username = std::move(username);
        ctx.out.connections.push_back(std::move(c));
    }
}

// profile_photos.html: photos, not posts; each its own item.
void import_profile_photos(Context& ctx, const std::string& file, const HtmlDocument& doc,
                           PageDates& dates) {
    for (const HtmlElement& record : meta_html::records_of(doc)) {
        const Timestamp created = dates.read(meta_html::date_text_of(record));
        for (const meta_html::MediaRef& ref : meta_html::read_body(record).media) {
            const auto index = meta_html::add_media(
                ctx, ref, facebook::source(ctx, file, "profile photo " + facebook::time_label(created)));
            if (index && ctx.out.media[*index].created == 0) ctx.out.media[*index].created = created;
        }
    }
}

} // namespace

void import_content(Context& ctx) {
    for (const ContentList& list : content_lists())
        meta_html::for_each_page(ctx, list.stems,
                                 [&ctx, &list](const std::string& file, const HtmlDocument& doc,
                                               PageDates& dates) {
                                     import_content_page(ctx, file, doc, dates, list);
                                 });
    meta_html::for_each_page(ctx, {"profile_photos"},
                             [&ctx](const std::string& file, const HtmlDocument& doc,
                                    PageDates& dates) { import_profile_photos(ctx, file, doc, dates); });
}

void import_people(Context& ctx) {
    for (const PeopleList& list : people_lists())
        meta_html::for_each_page(ctx, list.stems,
                                 [&ctx, &list](const std::string& file, const HtmlDocument& doc,
                                               PageDates& dates) {
                                     import_people_page(ctx, file, doc, dates, list);
                                 });
}

} // namespace audit::html_instagram
