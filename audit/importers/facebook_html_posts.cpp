// What the account holder published and wrote, as records: posts and check-ins
// (your_posts__check_ins__photos_and_videos_N.html, your_posts_N.html), group posts, albums,
// comments
// (comments.html, your_comments_in_groups.html) and Messenger threads (message_N.html).
#include "audit/importers/facebook_html_internal.hpp"
#include <algorithm>

namespace audit::html_facebook {

namespace {

using meta_html::Body;
using meta_html::PageDates;

std::string_view item_prefix(PostKind kind) {
    switch (kind) {
    case PostKind::group_post: return "group post ";
    case PostKind::check_in: return "check-in ";
    default: return "post ";
    }
}

void import_post_page(Context& ctx, const std::string& file, const HtmlDocument& doc,
                      PageDates& dates, PostKind kind) {
    for (const HtmlElement& record : meta_html::records_of(doc)) {
        Post post;
        post.kind = kind;
        post.time = dates.read(meta_html::date_text_of(record));
        post.source = facebook::source(ctx, file, std::string(item_prefix(kind)) +
                                                      facebook::time_label(post.time));
        post.title = meta_html::title_of(record);
        const Body body = meta_html::read_body(meta_html::body_of(record));
        post.text = facebook::strip_mentions(body.text());
        post.links = body.links;
        post.places = body.places;
        meta_html::add_post_media(ctx, body, post);
        ctx.out.posts.push_back(std::move(post));
    }
}

meta_html::PageHandler post_pages(Context& ctx, PostKind kind) {
    return [&ctx, kind](const std::string& file, const HtmlDocument& doc, PageDates& dates) {
        import_post_page(ctx, file, doc, dates, kind);
    };
}

// A comment's title says where it was written ("Jane commented on Sam's post.").
meta_html::PageHandler comment_pages(Context& ctx, std::string prefix) {
    return [&ctx, prefix = std::move(prefix)](const std::string& file, const HtmlDocument& doc,
                                              PageDates& dates) {
        for (const HtmlElement& record : meta_html::records_of(doc)) {
            Comment c;
            c.time = dates.read(meta_html::date_text_of(record));
            c.text = facebook::strip_mentions(meta_html::read_body(meta_html::body_of(record)).text());
            c.context = meta_html::title_of(record);
            c.source = facebook::source(ctx, file, prefix + facebook::time_label(c.time));
            ctx.out.comments.push_back(std::move(c));
        }
    };
}

bool is_album_page(std::string_view name) {
    const std::string_view base = facebook::basename_of(name);
    const std::string_view folder = name.substr(0, name.size() - base.size());
    if (!folder.ends_with("album/") || !base.ends_with(".html") || base.size() <= 5) return false;
    return std::all_of(base.begin(), base.end() - 5, [](char c) { return c >= '0' && c <= '9'; });
}

// posts/album/<n>.html (VoidPharah41/fb_old): the album's name and description in the page's
// header (`_a70e`, `_a70f`), one record per photo with its creation date and a metadata table
// (taken, upload IP). One album Post, as facebook_json makes of <n>.json.
void import_album(Context& ctx, const std::string& file, const HtmlDocument& doc,
                  PageDates& dates) {
    Post album;
    album.kind = PostKind::album;
    album.title = doc.find_first("div", "_a70e").text();
    if (album.title.empty()) album.title = doc.title();
    album.text = facebook::strip_mentions(doc.find_first("div", "_a70f").text());
    album.source = facebook::source(ctx, file, "album " + album.title);
    for (const HtmlElement& record : meta_html::records_of(doc)) {
        const Timestamp created = dates.read(meta_html::date_text_of(record));
        Body body = meta_html::read_body(meta_html::body_of(record));
        const std::string caption = meta_html::title_of(record);
        for (meta_html::MediaRef& ref : body.media) {
            if (ref.album.empty()) ref.album = album.title;
            if (ref.caption.empty()) ref.caption = caption.empty() ? body.text() : caption;
            const auto index = meta_html::add_media(ctx, ref, album.source);
            if (!index) continue;
            Media& m = ctx.out.media[*index];
            if (m.created == 0) m.created = created;
            if (body.media.size() == 1) meta_html::apply_media_rows(m, body.rows);
            if (std::find(album.media.begin(), album.media.end(), *index) == album.media.end())
                album.media.push_back(*index);
        }
        // The JSON's last_modified_timestamp is not on the page: the newest photo stands in.
        album.time = std::max(album.time, created);
    }
    ctx.out.posts.push_back(std::move(album));
}

bool is_message_page(std::string_view name) {
    return name.find("messages/") != std::string_view::npos &&
           meta_html::matches_html_stem(facebook::basename_of(name), "message");
}

// A thread page: <title> is the thread's name; each record a message, its title the sender.
void import_thread(Context& ctx, const std::string& file, const HtmlDocument& doc,
                   PageDates& dates) {
    const std::string thread = doc.title();
    const std::vector<HtmlElement> records = meta_html::records_of(doc);
    std::vector<std::string> participants;
    for (const HtmlElement& record : records) {
        std::string sender = meta_html::title_of(record);
        if (!sender.empty() &&
            std::find(participants.begin(), participants.end(), sender) == participants.end())
            participants.push_back(std::move(sender));
    }
    for (const HtmlElement& record : records) {
        Message m;
        m.time = dates.read(meta_html::date_text_of(record));
        m.thread = thread;
        m.participants = participants;
        m.sender = meta_html::title_of(record);
        const Body body = meta_html::read_body(meta_html::body_of(record));
        m.text = facebook::strip_mentions(body.text());
        // As the JSON importer does with share.link: a shared link is part of what was sent.
        for (const std::string& link : body.links) m.text += (m.text.empty() ? "" : "\n") + link;
        m.sent_by_owner = !ctx.out.owner.empty() && m.sender == ctx.out.owner;
        m.source = facebook::source(ctx, file,
                                    "message " + facebook::time_label(m.time) + " in " + thread);
        ctx.out.messages.push_back(std::move(m));
    }
}

} // namespace

void import_posts(Context& ctx) {
    meta_html::for_each_page(ctx, {"your_posts", "your_posts__check_ins__photos_and_videos"},
                             post_pages(ctx, PostKind::post));
    meta_html::for_each_page(ctx, {"check-ins", "your_check-ins", "check_ins"},
                             post_pages(ctx, PostKind::check_in));
    meta_html::for_each_page(ctx, {"your_posts_in_groups", "group_posts_and_comments"},
                             post_pages(ctx, PostKind::group_post));
    meta_html::for_each_page_where(ctx, is_album_page,
                                   [&ctx](const std::string& file, const HtmlDocument& doc,
                                          PageDates& dates) { import_album(ctx, file, doc, dates); });
}

void import_messages(Context& ctx) {
    meta_html::for_each_page_where(ctx, is_message_page,
                                   [&ctx](const std::string& file, const HtmlDocument& doc,
                                          PageDates& dates) { import_thread(ctx, file, doc, dates); });
}

void import_comments(Context& ctx) {
    meta_html::for_each_page(ctx, {"comments"}, comment_pages(ctx, "comment "));
    meta_html::for_each_page(ctx, {"your_comments_in_groups"},
                             comment_pages(ctx, "group comment "));
}

} // namespace audit::html_facebook
