// The account's own pages: personal_information.html (label/value rows: <td colspan="2"
// class="_2pin _a6_q">Label<div><div>Value</div></div></td>), comments (a record per comment
// with Comment / Media Owner / Time rows), the history of switching to private, and who may
// comment. Labels are folded as instagram_json folds its keys, and map to the same fields.
#include "audit/importers/instagram_html_internal.hpp"
#include <algorithm>

namespace audit::html_instagram {

namespace {

using meta_html::PageDates;
using meta_html::Row;

const std::vector<std::string_view> k_photo_labels = {"profilephoto", "profilbild",
                                                      "photodeprofil", "fotodelperfil"};

bool contains(const std::vector<std::string_view>& list, std::string_view folded) {
    return std::find(list.begin(), list.end(), folded) != list.end();
}

bool is_flag(std::string_view value) {
    const std::string folded = instagram::fold_label(value);
    return folded == "true" || folded == "false";
}

// "True" → "true", as instagram::flag_value writes JSON booleans and "True" strings.
std::string flag_text(std::string value) {
    return is_flag(value) ? instagram::fold_label(value) : value;
}

struct ProfileWriter {
    Context& ctx;
    const std::string& file;
    std::string_view item_prefix;    // "profile", "threads profile"
    std::string_view setting_prefix; // "", "threads_"

    void field(FieldKind kind, const std::string& label, std::string value) {
        if (value.empty()) return;
        std::string item =
            std::string(item_prefix) + " " + std::string(to_string(kind)) + ": " + value;
        ctx.out.profile.push_back(ProfileField{kind, label, std::move(value),
                                               facebook::source(ctx, file, std::move(item)), true});
    }

    void photo(const Row& row) {
        for (const meta_html::MediaRef& ref : meta_html::read_body(row.value).media)
            meta_html::add_media(ctx, ref,
                                 facebook::source(ctx, file, "profile photo " + facebook::time_label(0)));
    }

    void row(const Row& row) {
        const std::string folded = instagram::fold_label(row.label);
        std::string value = row.value.text();
        if (contains(k_photo_labels, folded)) {
            photo(row);
        } else if (instagram::is_private_account_label(folded)) {
            const std::string name = std::string(setting_prefix) + "private_account";
            instagram::add_setting(ctx, file, name, row.label, flag_text(value), 0,
                                   "setting " + name);
        } else if (auto kind = instagram::profile_label_kind(folded)) {
            field(*kind, row.label, std::move(value));
        } else if (!instagram::is_account_flag_label(folded) && !is_flag(value)) {
            field(FieldKind::other, row.label, std::move(value));
        }
    }
};

void set_owner(Context& ctx, const std::vector<Row>& rows) {
    for (FieldKind kind : {FieldKind::name, FieldKind::username})
        for (const Row& row : rows)
            if (instagram::profile_label_kind(instagram::fold_label(row.label)) == kind && ctx.out.owner.empty())
                ctx.out.owner = row.value.text();
}

// The Threads profile shares the page's name (your_instagram_activity/threads/): its fields are
// the Threads profile's, as instagram_json keeps them apart.
void import_personal_information(Context& ctx, const std::string& file, const HtmlDocument& doc) {
    const std::vector<Row> rows = meta_html::rows_of(doc.root());
    const bool threads = file.find("threads/") != std::string::npos;
    if (!threads) set_owner(ctx, rows);
    ProfileWriter writer{ctx, file, threads ? "threads profile" : "profile",
                         threads ? "threads_" : ""};
    for (const Row& row : rows) writer.row(row);
}

// --- comments and settings ----------------------------------------------------------------

const std::vector<std::string_view> k_comment_labels = {"comment", "kommentar", "commentaire",
                                                        "comentario"};
const std::vector<std::string_view> k_owner_labels = {"mediaowner", "medieninhaber",
                                                      "proprietairedumedia",
                                                      "propietariodelcontenido"};
const std::vector<std::string_view> k_time_labels = {"time", "zeit"};

bool is_time_label(const Row& row) {
    return contains(k_time_labels, instagram::fold_label(row.label));
}

// The record's date: its "Time" row (localised; else the one row that reads as a date), else
// the date under the record.
std::string date_text(const HtmlElement& record, const std::vector<Row>& rows) {
    for (const Row& row : rows)
        if (is_time_label(row)) return row.value.text();
    for (const Row& row : rows)
        if (html_timestamp(row.value.text())) return row.value.text();
    return meta_html::date_text_of(record);
}

meta_html::PageHandler comment_pages(Context& ctx, std::string prefix) {
    return [&ctx, prefix = std::move(prefix)](const std::string& file, const HtmlDocument& doc,
                                              PageDates& dates) {
        for (const HtmlElement& record : meta_html::records_of(doc)) {
            const std::vector<Row> rows = meta_html::rows_of(record);
            Comment c;
            for (const Row& row : rows) {
                const std::string folded = instagram::fold_label(row.label);
                if (contains(k_comment_labels, folded) && c.text.empty()) c.text = row.value.text();
                else if (contains(k_owner_labels, folded) && c.context.empty())
                    c.context = row.value.text();
            }
            // An unknown language still gives the comment: the first row that is not a time.
            for (const Row& row : rows)
                if (c.text.empty() && !is_time_label(row) && row.value.text() != c.context)
                    c.text = row.value.text();
            if (c.text.empty()) continue;
            c.time = dates.read(date_text(record, rows));
            c.source = facebook::source(ctx, file, prefix + facebook::time_label(c.time));
            ctx.out.comments.push_back(std::move(c));
        }
    };
}

// A record per change: title "Switched to Private", a Time row.
void import_privacy_changes(Context& ctx, const std::string& file, const HtmlDocument& doc,
                            PageDates& dates) {
    for (const HtmlElement& record : meta_html::records_of(doc)) {
        std::string change = meta_html::title_of(record);
        if (change.empty()) continue;
        const Timestamp time = dates.read(date_text(record, meta_html::rows_of(record)));
        instagram::add_setting(ctx, file, "privacy_change", "account privacy", std::move(change),
                               time, "privacy change " + facebook::time_label(time));
    }
}

// The page holds only this setting, so every row is it, whatever the label's language.
void import_comments_allowed(Context& ctx, const std::string& file, const HtmlDocument& doc) {
    for (const Row& row : meta_html::rows_of(doc.root())) {
        std::string value = row.value.text();
        if (value.empty()) continue;
        instagram::add_setting(ctx, file, "comments_allowed_from", row.label, std::move(value), 0,
                               "setting comments_allowed_from");
    }
}

} // namespace

void import_profile(Context& ctx) {
    meta_html::for_each_page(ctx, {"personal_information"},
                             [&ctx](const std::string& file, const HtmlDocument& doc, PageDates&) {
                                 import_personal_information(ctx, file, doc);
                             });
}

void import_activity(Context& ctx) {
    meta_html::for_each_page(ctx, {"post_comments"}, comment_pages(ctx, "comment "));
    meta_html::for_each_page(ctx, {"reels_comments"}, comment_pages(ctx, "reel comment "));
    meta_html::for_each_page(ctx, {"account_privacy_changes", "profile_privacy_changes"},
                             [&ctx](const std::string& file, const HtmlDocument& doc,
                                    PageDates& dates) { import_privacy_changes(ctx, file, doc, dates); });
    meta_html::for_each_page(ctx, {"comments_allowed_from"},
                             [&ctx](const std::string& file, const HtmlDocument& doc, PageDates&) {
                                 import_comments_allowed(ctx, file, doc);
                             });
}

} // namespace audit::html_instagram
