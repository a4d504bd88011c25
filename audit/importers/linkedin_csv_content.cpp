// What the account holder wrote and did: Shares.csv (posts, with LinkedIn's broken quoting),
// Comments.csv (backslash-escaped quotes), messages.csv, SearchQueries.csv and Logins.csv.
#include "audit/importers/linkedin_csv_internal.hpp"

namespace audit::linkedin {

namespace {

std::string lower_ascii(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// Visibility as the model's audience words. MEMBER_NETWORK, the value real exports show, is the
// API's name for the kind of visibility, not its value: it does not say public or connections,
// so it is kept as written (lower-cased) and the coverage says so.
std::string audience_of(const std::string& visibility) {
    if (visibility == "PUBLIC" || visibility == "ANYONE") return "public";
    if (visibility == "CONNECTIONS" || visibility == "CONNECTIONS_ONLY") return "connections";
    if (visibility == "LOGGED_IN") return "linkedin_members";
    if (visibility == "CONTAINER") return "group";
    return lower_ascii(visibility);
}

struct ShareCoverage {
    std::size_t undetermined_audience = 0;
    std::size_t with_media = 0;
};

void import_shares(Context& ctx, const Sheet& sheet, ShareCoverage& coverage) {
    for (const CsvRow& row : sheet.rows()) {
        Post post;
        post.kind = PostKind::post;
        post.time = sheet.time(row, "Date");
        post.text = clean_share_text(sheet.cell(row, "ShareCommentary"));
        if (std::string shared = sheet.cell(row, "SharedUrl"); !shared.empty())
            post.links.push_back(std::move(shared));
        if (post.text.empty() && post.links.empty() && post.time == 0) continue;
        post.audience = audience_of(sheet.cell(row, "Visibility"));
        if (post.audience != "public" && post.audience != "connections")
            ++coverage.undetermined_audience;
        if (!sheet.cell(row, "MediaUrl").empty()) ++coverage.with_media;
        post.source = source(ctx, sheet.file(), "share " + time_label(post.time),
                             sheet.cell(row, "ShareLink"));
        ctx.out.posts.push_back(std::move(post));
    }
}

void import_comments(Context& ctx, const Sheet& sheet) {
    for (const CsvRow& row : sheet.rows()) {
        Comment c;
        c.time = sheet.time(row, "Date");
        c.text = sheet.cell(row, "Message");
        if (c.text.empty()) continue;
        c.context = "a LinkedIn post";
        c.source =
            source(ctx, sheet.file(), "comment " + time_label(c.time), sheet.cell(row, "Link"));
        ctx.out.comments.push_back(std::move(c));
    }
}

// messages.csv: CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO, RECIPIENT
// PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER (the header quoted, cell by cell).
void import_messages(Context& ctx, const Sheet& sheet) {
    for (const CsvRow& row : sheet.rows()) {
        Message m;
        m.time = sheet.time(row, "DATE");
        m.sender = sheet.cell(row, "FROM");
        m.text = sheet.cell(row, "CONTENT");
        if (std::string subject = sheet.cell(row, "SUBJECT"); !subject.empty())
            m.text = subject + (m.text.empty() ? "" : "\n" + m.text);
        if (m.text.empty()) continue;
        const std::string to = sheet.cell(row, "TO");
        m.participants = {m.sender};
        if (!to.empty()) m.participants.push_back(to);
        m.thread = sheet.cell(row, "CONVERSATION TITLE");
        if (m.thread.empty()) m.thread = m.sender == ctx.out.owner ? to : m.sender;
        m.sent_by_owner = !ctx.out.owner.empty() && m.sender == ctx.out.owner;
        m.source = source(ctx, sheet.file(), "message " + time_label(m.time) + " in " + m.thread);
        ctx.out.messages.push_back(std::move(m));
    }
}

void import_searches(Context& ctx, const Sheet& sheet) {
    for (const CsvRow& row : sheet.rows()) {
        Search s;
        s.time = sheet.time(row, "Time");
        s.query = sheet.cell(row, "Search Query");
        if (s.query.empty()) continue;
        s.source = source(ctx, sheet.file(), "search " + time_label(s.time));
        ctx.out.searches.push_back(std::move(s));
    }
}

void import_logins(Context& ctx, const Sheet& sheet) {
    for (const CsvRow& row : sheet.rows()) {
        Login login;
        login.time = sheet.time(row, "Login Date");
        login.ip = sheet.cell(row, "IP Address");
        login.device = sheet.cell(row, "User Agent");
        if (login.time == 0 && login.ip.empty()) continue;
        login.source = source(ctx, sheet.file(), "login " + time_label(login.time));
        ctx.out.logins.push_back(std::move(login));
    }
}

void note_share_coverage(Context& ctx, const ShareCoverage& coverage) {
    if (coverage.undetermined_audience > 0)
        ctx.out.skipped.push_back(
            {"share audience", std::to_string(coverage.undetermined_audience) +
                                   " shares have a Visibility (such as MEMBER_NETWORK) or none "
                                   "that does not say whether they were public: check them on "
                                   "LinkedIn"});
    if (coverage.with_media > 0)
        ctx.out.skipped.push_back(
            {"share images and videos",
             std::to_string(coverage.with_media) +
                 " shares link to media on LinkedIn's servers, which the export does not hold: "
                 "the images were not checked"});
}

} // namespace

void import_content(Context& ctx) {
    ShareCoverage coverage;
    for_each_sheet(ctx, "Shares", {"Date", "ShareCommentary"},
                   [&ctx, &coverage](const Sheet& s) { import_shares(ctx, s, coverage); });
    note_share_coverage(ctx, coverage);
    for_each_sheet(
        ctx, "Comments", {"Date", "Message"}, [&ctx](const Sheet& s) { import_comments(ctx, s); },
        Quoting::backslash_escapes);
    for_each_sheet(ctx, "messages", {"FROM", "CONTENT"},
                   [&ctx](const Sheet& s) { import_messages(ctx, s); });
    for_each_sheet(ctx, "SearchQueries", {"Search Query"},
                   [&ctx](const Sheet& s) { import_searches(ctx, s); });
    for_each_sheet(ctx, "Logins", {"Login Date"},
                   [&ctx](const Sheet& s) { import_logins(ctx, s); });
}

} // namespace audit::linkedin
