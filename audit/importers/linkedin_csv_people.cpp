// People: Connections.csv (names, profile URL, company and position; an e-mail only when the
// connection allows it), Invitations.csv (both directions, with the invitation's note),
// Member_Follows.csv, and Company Follows.csv (pages followed).
#include "audit/importers/linkedin_csv_internal.hpp"

namespace audit::linkedin {

namespace {

// Connections.csv has rows empty apart from the date (accounts that left or hide themselves).
bool anonymous_row(const Sheet& sheet, const CsvRow& row) {
    for (std::string_view column :
         {"First Name", "Last Name", "URL", "Email Address", "Company", "Position"})
        if (!sheet.cell(row, column).empty()) return false;
    return true;
}

void import_connections(Context& ctx, const Sheet& sheet) {
    std::size_t anonymous = 0;
    for (const CsvRow& row : sheet.rows()) {
        if (anonymous_row(sheet, row)) {
            ++anonymous;
            continue;
        }
        Connection c;
        c.relation = Relation::friend_;
        c.display_name = full_name(sheet.cell(row, "First Name"), sheet.cell(row, "Last Name"));
        const std::string url = sheet.cell(row, "URL");
        if (!url.empty()) c.username = profile_slug(url);
        c.contact = sheet.cell(row, "Email Address");
        c.company = sheet.cell(row, "Company");
        c.position = sheet.cell(row, "Position");
        c.since = sheet.time(row, "Connected On");
        const std::string& who = c.display_name.empty() ? c.username : c.display_name;
        c.source = source(ctx, sheet.file(), "connection " + who, url);
        ctx.out.connections.push_back(std::move(c));
    }
    if (anonymous > 0)
        ctx.out.skipped.push_back(
            {"connections without a name",
             std::to_string(anonymous) + " rows of " + sheet.file() +
                 " carry only a date: LinkedIn leaves out who they are, so they were not checked"});
}

struct Invitation {
    Relation relation;
    std::string person;
    std::string url;
};

std::optional<Invitation> invitation_of(const Sheet& sheet, const CsvRow& row) {
    const std::string direction = sheet.cell(row, "Direction");
    if (direction == "INCOMING")
        return Invitation{Relation::request_received, sheet.cell(row, "From"),
                          sheet.cell(row, "inviterProfileUrl")};
    if (direction == "OUTGOING")
        return Invitation{Relation::request_sent, sheet.cell(row, "To"),
                          sheet.cell(row, "inviteeProfileUrl")};
    return std::nullopt;
}

// The note sent with an invitation is a direct message between the two.
void add_invitation_message(Context& ctx, const Sheet& sheet, const CsvRow& row,
                            const Invitation& inv, Timestamp time) {
    std::string text = sheet.cell(row, "Message");
    if (text.empty()) return;
    Message m;
    m.time = time;
    m.sender = sheet.cell(row, "From");
    m.participants = {m.sender, sheet.cell(row, "To")};
    m.thread = "invitation " +
               std::string(inv.relation == Relation::request_sent ? "to " : "from ") + inv.person;
    m.text = std::move(text);
    m.sent_by_owner = inv.relation == Relation::request_sent;
    m.source =
        source(ctx, sheet.file(), "message " + time_label(time) + " in " + m.thread, inv.url);
    ctx.out.messages.push_back(std::move(m));
}

void import_invitations(Context& ctx, const Sheet& sheet) {
    std::size_t unknown = 0;
    std::string first_unknown;
    for (const CsvRow& row : sheet.rows()) {
        auto inv = invitation_of(sheet, row);
        if (!inv) {
            if (unknown++ == 0)
                first_unknown =
                    "'" + sheet.cell(row, "Direction") + "', line " + std::to_string(row.line);
            continue;
        }
        if (inv->person.empty()) continue;
        Connection c;
        c.relation = inv->relation;
        c.display_name = inv->person;
        if (!inv->url.empty()) c.username = profile_slug(inv->url);
        c.since = sheet.time(row, "Sent At");
        const std::string prefix =
            inv->relation == Relation::request_sent ? "invitation sent " : "invitation received ";
        c.source = source(ctx, sheet.file(), prefix + inv->person, inv->url);
        add_invitation_message(ctx, sheet, row, *inv, c.since);
        ctx.out.connections.push_back(std::move(c));
    }
    if (unknown > 0)
        ctx.out.problems.push_back(
            {sheet.file(), std::to_string(unknown) +
                               " invitations with a Direction other than "
                               "INCOMING or OUTGOING were left out (first: " +
                               first_unknown + ")"});
}

// Status "Active" (or anything else) is a follow; "Unfollow" one undone.
void import_member_follows(Context& ctx, const Sheet& sheet) {
    for (const CsvRow& row : sheet.rows()) {
        std::string name = sheet.cell(row, "FullName");
        if (name.empty()) continue;
        const bool unfollowed = sheet.cell(row, "Status") == "Unfollow";
        Connection c;
        c.relation = unfollowed ? Relation::removed : Relation::following;
        c.since = sheet.time(row, "Date");
        c.source = source(ctx, sheet.file(), (unfollowed ? "unfollowed " : "following ") + name);
        c.display_name = std::move(name);
        ctx.out.connections.push_back(std::move(c));
    }
}

void import_company_follows(Context& ctx, const Sheet& sheet) {
    for (const CsvRow& row : sheet.rows()) {
        std::string name = sheet.cell(row, "Organization");
        if (name.empty()) continue;
        Group g;
        g.kind = GroupKind::page;
        g.time = sheet.time(row, "Followed On");
        g.source = source(ctx, sheet.file(), "company " + name);
        g.name = std::move(name);
        ctx.out.groups.push_back(std::move(g));
    }
}

} // namespace

void import_people(Context& ctx) {
    for_each_sheet(ctx, "Connections", {"First Name", "Last Name", "URL"},
                   [&ctx](const Sheet& s) { import_connections(ctx, s); });
    for_each_sheet(ctx, "Invitations", {"From", "To", "Direction"},
                   [&ctx](const Sheet& s) { import_invitations(ctx, s); });
    for_each_sheet(ctx, "Member_Follows", {"FullName"},
                   [&ctx](const Sheet& s) { import_member_follows(ctx, s); });
    for_each_sheet(ctx, "Company Follows", {"Organization"},
                   [&ctx](const Sheet& s) { import_company_follows(ctx, s); });
}

} // namespace audit::linkedin
