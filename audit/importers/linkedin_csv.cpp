// LinkedIn's data export: a zip of CSV files, "Basic" or "Complete" (EXPORT-FORMATS.md §5).
#include "audit/importers/importer.hpp"
#include "audit/importers/linkedin_csv_internal.hpp"
#include <algorithm>
#include <cstdint>
#include <set>

namespace audit {

namespace {

using linkedin::basename_of;
using linkedin::matches_stem;

// Base names LinkedIn's archives hold (with or without a "_<member id>" suffix). Several are
// generic on their own ("Comments", "Profile"); together, or with a confirming header, they
// are LinkedIn's.
constexpr std::string_view k_marker_stems[] = {
    "Profile",
    "Positions",
    "Connections",
    "Education",
    "Email Addresses",
    "PhoneNumbers",
    "Whatsapp Phone Numbers",
    "Registration",
    "Invitations",
    "Member_Follows",
    "Company Follows",
    "Shares",
    "Comments",
    "SearchQueries",
    "Skills",
    "Endorsement_Received_Info",
    "Endorsement_Given_Info",
    "Ad_Targeting",
    "Inferences_about_you",
    "Rich_Media",
    "Logins",
    "Reactions",
    "Votes",
    "Saved_Items",
    "Recommendations_Received",
    "Receipts_v2",
    "Security Challenges",
    "Ads Clicked",
    "messages",
    "ImportedContacts",
    "Profile Summary",
    "LAN Ads Engagement",
    "SavedJobAlerts",
    "InstantReposts",
    "Private_identity_asset",
    "Learning",
};

// Files whose header settles the question, best first.
struct Confirming {
    std::string_view stem;
    std::vector<std::string_view> columns;
};

const std::vector<Confirming>& confirming_files() {
    static const std::vector<Confirming> files = {
        {"Connections", {"First Name", "Last Name", "URL", "Connected On"}},
        {"Profile", {"First Name", "Last Name", "Headline", "Geo Location"}},
        {"Positions", {"Company Name", "Title", "Started On", "Finished On"}},
        {"Invitations", {"From", "To", "Direction", "inviterProfileUrl"}},
        {"Email Addresses", {"Email Address", "Confirmed", "Primary"}},
        {"Shares", {"ShareLink", "ShareCommentary", "Visibility"}},
    };
    return files;
}
constexpr std::uint64_t k_max_confirm_bytes = 4u << 20;

struct Evidence {
    std::set<std::string_view> markers;
    std::optional<ViewEntry> confirm;
    std::size_t confirm_rank = SIZE_MAX;
};

void note_entry(const ViewEntry& entry, Evidence& ev) {
    const std::string& name = entry.name();
    if (name.starts_with("__MACOSX/")) return;
    const std::string_view base = basename_of(name);
    for (std::string_view stem : k_marker_stems)
        if (matches_stem(base, stem)) ev.markers.insert(stem);
    const auto& confirming = confirming_files();
    for (std::size_t rank = 0; rank < confirming.size() && rank < ev.confirm_rank; ++rank) {
        if (!matches_stem(base, confirming[rank].stem) || entry.entry->size > k_max_confirm_bytes)
            continue;
        ev.confirm = entry;
        ev.confirm_rank = rank;
    }
}

double detect(const ExportView& view) {
    Evidence ev;
    for (const ViewEntry& entry : view.entries())
        note_entry(entry, ev);
    if (ev.markers.empty()) return 0.0;
    const double score = std::min(0.6, 0.15 + 0.1 * static_cast<double>(ev.markers.size()));
    if (!ev.confirm) return score;
    Result<std::string> bytes = view.read(*ev.confirm);
    if (!bytes) return score;
    return linkedin::has_header(*bytes, confirming_files()[ev.confirm_rank].columns)
               ? 0.95
               : std::min(score, 0.2);
}

// What a LinkedIn export never tells, whatever it holds.
void note_coverage(Export& out) {
    out.skipped.push_back({"profile visibility",
                           "LinkedIn exports carry no profile-visibility settings: check Me > "
                           "Settings & Privacy > Visibility by hand"});
    out.skipped.push_back({"times", "LinkedIn writes times without a time zone; they were read "
                                    "as UTC"});
    out.skipped.push_back({"followers", "LinkedIn exports list whom you follow, not who follows "
                                        "you"});
}

void import_export(const ExportView& view, Export& out) {
    out.platform = Platform::linkedin;
    out.format = Format::csv;
    if (out.path.empty()) out.path = view.display_name();
    linkedin::Context ctx(view, out);
    // The profile first: messages need the owner's name.
    linkedin::import_profile(ctx);
    linkedin::import_people(ctx);
    linkedin::import_content(ctx);
    note_coverage(out);
}

} // namespace

extern const Importer linkedin_csv;
const Importer linkedin_csv{"linkedin_csv", Platform::linkedin, Format::csv, detect, import_export};

} // namespace audit
