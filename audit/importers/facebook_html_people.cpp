// People lists (friends, requests, following, followers, suggestions), memberships (groups,
// pages) and searches: one record per person, group or search, the name in the record's title and the date under it
// (jdecpn-shru-error1/25.02.2024:connections/friends/your_friends.html).
#include "audit/importers/facebook_html_internal.hpp"

namespace audit::html_facebook {

namespace {

using meta_html::PageDates;

struct PeopleList {
    std::vector<std::string_view> stems; // 2022 and 2024+ base names, as facebook_json's
    Relation relation;
    bool dated; // followers and suggestions come without dates
};

const std::vector<PeopleList>& people_lists() {
    static const std::vector<PeopleList> lists = {
        {{"friends", "your_friends"}, Relation::friend_, true},
        {{"friend_requests_received", "received_friend_requests"}, Relation::request_received,
         true},
        {{"friend_requests_sent", "sent_friend_requests"}, Relation::request_sent, true},
        {{"rejected_friend_requests"}, Relation::rejected, true},
        {{"removed_friends"}, Relation::removed, true},
        {{"who_you_follow", "who_you've_followed", "who_you_ve_followed", "following"},
         Relation::following, true},
        {{"people_who_follow_you", "people_who_followed_you", "followers"}, Relation::follower,
         false},
        {{"people_you_may_know", "suggested_friends"}, Relation::suggested, false},
    };
    return lists;
}

// The record's title, else the first line of its body.
std::string name_of(const HtmlElement& record) {
    if (std::string title = meta_html::title_of(record); !title.empty()) return title;
    const meta_html::Body body = meta_html::read_body(meta_html::body_of(record));
    return body.lines.empty() ? std::string() : body.lines.front();
}

void import_people_page(Context& ctx, const std::string& file, const HtmlDocument& doc,
                        PageDates& dates, const PeopleList& list) {
    for (const HtmlElement& record : meta_html::records_of(doc)) {
        std::string name = name_of(record);
        if (name.empty()) continue;
        Connection c;
        c.relation = list.relation;
        c.since = dates.read(meta_html::date_text_of(record), list.dated);
        c.source = facebook::source(ctx, file, std::string(describe(list.relation)) + " " + name);
        c.display_name = std::move(name);
        ctx.out.connections.push_back(std::move(c));
    }
}

// A group's or page's name: the body's first line ("You became a member of X." sits in the
// title), else the title.
std::string group_name_of(const HtmlElement& record) {
    const meta_html::Body body = meta_html::read_body(meta_html::body_of(record));
    if (!body.lines.empty()) return body.lines.front();
    return meta_html::title_of(record);
}

meta_html::PageHandler group_pages(Context& ctx, GroupKind kind, std::string prefix) {
    return [&ctx, kind, prefix = std::move(prefix)](const std::string& file,
                                                    const HtmlDocument& doc, PageDates& dates) {
        for (const HtmlElement& record : meta_html::records_of(doc)) {
            std::string name = group_name_of(record);
            if (name.empty()) continue;
            Group g;
            g.kind = kind;
            g.time = dates.read(meta_html::date_text_of(record));
            g.source = facebook::source(ctx, file, prefix + name);
            g.name = std::move(name);
            ctx.out.groups.push_back(std::move(g));
        }
    };
}

// Meta writes queries quoted: "\"riverside primary\"".
std::string unquote(std::string text) {
    for (std::string_view quote : {"\"", "\xe2\x80\x9c"}) {
        const std::string_view close = quote == "\"" ? "\"" : "\xe2\x80\x9d";
        if (text.size() >= quote.size() + close.size() && text.starts_with(quote) &&
            text.ends_with(close))
            return text.substr(quote.size(), text.size() - quote.size() - close.size());
    }
    return text;
}

// your_search_history.html: a record per search, the query in the body ("You searched
// Facebook" is the title).
void import_searches(Context& ctx, const std::string& file, const HtmlDocument& doc,
                     PageDates& dates) {
    for (const HtmlElement& record : meta_html::records_of(doc)) {
        const meta_html::Body body = meta_html::read_body(meta_html::body_of(record));
        if (body.lines.empty()) continue;
        Search s;
        s.time = dates.read(meta_html::date_text_of(record));
        s.query = unquote(body.lines.front());
        if (s.query.empty()) continue;
        s.source = facebook::source(ctx, file, "search " + facebook::time_label(s.time));
        ctx.out.searches.push_back(std::move(s));
    }
}

} // namespace

void import_people(Context& ctx) {
    for (const PeopleList& list : people_lists())
        meta_html::for_each_page(ctx, list.stems,
                                 [&ctx, &list](const std::string& file, const HtmlDocument& doc,
                                               PageDates& dates) {
                                     import_people_page(ctx, file, doc, dates, list);
                                 });
}

void import_activity(Context& ctx) {
    import_comments(ctx);
    meta_html::for_each_page(ctx, {"your_group_membership_activity", "group_membership_activity"},
                             group_pages(ctx, GroupKind::group, "group "));
    meta_html::for_each_page(ctx, {"pages_you've_liked", "pages_you_ve_liked"},
                             group_pages(ctx, GroupKind::page, "page liked "));
    meta_html::for_each_page(ctx, {"pages_you_follow", "pages_and_profiles_you_follow"},
                             group_pages(ctx, GroupKind::page, "page followed "));
    meta_html::for_each_page(ctx, {"your_search_history", "search_history"},
                             [&ctx](const std::string& file, const HtmlDocument& doc,
                                    PageDates& dates) { import_searches(ctx, file, doc, dates); });
}

} // namespace audit::html_facebook
