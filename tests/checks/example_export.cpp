#include "checks/example_export.hpp"
#include "audit/vision/media_analyser.hpp" // merge_metadata: what the stage does with a photo's sidecar
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace audit::test {

namespace {

const std::map<std::string_view, FieldKind> k_profile_fields = {
    {"profile.work", FieldKind::work},         {"profile.education", FieldKind::education},
    {"profile.bio", FieldKind::bio},           {"profile.username", FieldKind::username},
    {"profile.email", FieldKind::email},       {"profile.phone", FieldKind::phone},
    {"profile.address", FieldKind::address},   {"profile.city", FieldKind::city},
    {"profile.website", FieldKind::website},   {"profile.name", FieldKind::name},
    {"profile.birthday", FieldKind::birthday},
};

const std::map<std::string_view, Relation> k_relations = {
    {"friend", Relation::friend_},
    {"follower", Relation::follower},
    {"following", Relation::following},
    {"request_received", Relation::request_received},
    {"request_sent", Relation::request_sent},
    {"suggested", Relation::suggested},
};

SourceRef ref(std::string_view what) {
    return SourceRef{"example.json", "example " + std::string(what), ""};
}

// "post@2025-03-06T10:47:00Z" → "post" and that UTC time (0 when the kind has no '@').
std::pair<std::string_view, Timestamp> split_time(std::string_view where) {
    const auto at = where.find('@');
    if (at == std::string_view::npos) return {where, 0};
    const std::string iso(where.substr(at + 1));
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (iso.size() != 20 ||
        std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2dZ", &y, &mo, &d, &h, &mi, &s) != 6)
        throw std::invalid_argument("bad example time '" + iso + "'");
    using namespace std::chrono;
    const sys_days day{year{y} / mo / d};
    return {where.substr(0, at), day.time_since_epoch().count() * 86400 + h * 3600 + mi * 60 + s};
}

// "tiktok:setting.private_account" → TikTok and "setting.private_account"; no platform when the
// text before the first ':' names none ("post@2025-03-06T10:47:00Z" keeps its colons).
std::pair<std::optional<Platform>, std::string_view> split_platform(std::string_view where) {
    const auto colon = where.find(':');
    if (colon == std::string_view::npos) return {std::nullopt, where};
    auto platform = parse_platform(where.substr(0, colon));
    if (!platform) return {std::nullopt, where};
    return {platform, where.substr(colon + 1)};
}

// A "public_view" example is an export with this path whose bio field is what the page shows;
// run_on turns it into the fetched public view the privacy.public-view check reads.
constexpr std::string_view k_public_view_export = "example public view";

std::vector<PublicProfile> public_views_of(const std::vector<Export>& exports) {
    std::vector<PublicProfile> views;
    for (const Export& ex : exports) {
        if (ex.path != k_public_view_export) continue;
        PublicProfile view;
        view.platform = ex.platform;
        view.account = "example";
        view.url = "https://www.example.com/example";
        view.state = PageState::visible;
        view.bio = ex.profile.empty() ? "" : ex.profile.front().value;
        view.text = view.bio;
        views.push_back(std::move(view));
    }
    return views;
}

// A "photo" example: "faces=6:small gps=51.3812,-2.3588 taken=2025-03-06T10:47:00Z
// make=Apple model=iPhone 13 caption=Sports day". GPS, time, camera and caption become the
// export's own metadata for the photo (as importers fill them); faces (and "source=file", GPS
// read from the file's EXIF) stand for what the image stage found, kept after '#' in the URI
// for run_on. The stage itself is tested on real images in tests/unit/test_media_*.
constexpr std::string_view k_photo_uri = "photos/example-photo.jpg";
const std::string_view k_photo_keys[] = {"faces=", "gps=", "taken=", "make=", "model=", "caption=", "source=",
                                         "logo=", "text="};

std::map<std::string, std::string> photo_spec(const std::string& text) {
    std::map<std::string, std::string> out;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto eq = text.find('=', at);
        if (eq == std::string::npos) throw std::invalid_argument("bad photo example '" + text + "'");
        std::string key = text.substr(at, eq - at);
        // A value runs to the next " key=" (captions and models have spaces).
        std::size_t end = text.size();
        for (std::string_view k : k_photo_keys)
            if (auto next = text.find(" " + std::string(k), eq); next != std::string::npos) end = std::min(end, next);
        out[key] = text.substr(eq + 1, end - eq - 1);
        at = end == text.size() ? end : end + 1;
    }
    return out;
}

Media photo_from_example(const std::string& text) {
    auto spec = photo_spec(text);
    Media m;
    m.source = ref("photo");
    m.uri = std::string(k_photo_uri) + "#faces=" + spec["faces"] + "&source=" + spec["source"] + "&logo=" +
            spec["logo"] + "&text=" + spec["text"];
    m.caption = spec["caption"];
    m.camera_make = spec["make"];
    m.camera_model = spec["model"];
    if (!spec["taken"].empty()) m.taken = split_time("x@" + spec["taken"]).second;
    if (!spec["gps"].empty()) {
        GeoPoint p;
        if (std::sscanf(spec["gps"].c_str(), "%lf,%lf", &p.lat, &p.lon) != 2)
            throw std::invalid_argument("bad example GPS '" + spec["gps"] + "'");
        m.gps = p;
    }
    return m;
}

// "logo=W:INLIERS" (the logo found W px wide with that many homography inliers) or
// "logo=repost" (the photo is the logo), and "text=..." (what OCR read; "\\n" ends a line).
void add_logo_and_text(const std::string& spec, MediaFacts& f) {
    const auto logo_at = spec.find("&logo=") + 6, text_at = spec.find("&text=");
    const std::string logo = spec.substr(logo_at, text_at - logo_at);
    if (logo == "repost") {
        f.logos.push_back(LogoHit{"crest.png", 0, 0.9, true, Box{0, 0, 1024, 768}});
    } else if (!logo.empty()) {
        int width = 0, inliers = 0;
        std::sscanf(logo.c_str(), "%d:%d", &width, &inliers);
        const double score = 1.0 - std::exp(-inliers / 20.0);
        f.logos.push_back(LogoHit{"crest.png", inliers, score, false,
                                  Box{300, 200, static_cast<float>(width), static_cast<float>(width)}});
    }
    std::string text = spec.substr(text_at + 6);
    for (auto at = text.find("\\n"); at != std::string::npos; at = text.find("\\n")) text.replace(at, 2, "\n");
    f.text = text;
}

// What the image stage would have found for a photo example: its metadata as the stage merges
// it, plus the faces the example names (N boxes; ":small" makes them a distant group).
std::vector<MediaFacts> media_facts_of(const std::vector<Export>& exports) {
    std::vector<MediaFacts> out;
    for (const Export& ex : exports)
        for (const Media& m : ex.media) {
            if (!m.uri.starts_with(k_photo_uri)) continue;
            MediaFacts f;
            f.source = &ex;
            f.media = &m;
            merge_metadata(m, nullptr, f);
            f.decoded = f.faces_checked = f.text_checked = true;
            f.frames = 1;
            f.analysis_width = 1024;
            f.analysis_height = 768;
            const std::string spec = m.uri.substr(m.uri.find('#') + 1);
            int faces = 0;
            std::sscanf(spec.c_str(), "faces=%d", &faces);
            const int size = spec.find(":small") != std::string::npos ? 40 : 180;
            for (int i = 0; i < faces; ++i) f.faces.push_back(Face{10 + i * (size + 10), 100, size, size});
            if (spec.find("source=file") != std::string::npos && f.gps) f.gps_source = "file EXIF";
            add_logo_and_text(spec, f);
            out.push_back(std::move(f));
        }
    return out;
}

void set_time(Export& ex, Timestamp when) {
    for (Post& p : ex.posts) p.time = when;
    for (Comment& c : ex.comments) c.time = when;
    for (Message& m : ex.messages) m.time = when;
}

} // namespace

Export export_from_example(const CheckExample& example) {
    Export ex;
    ex.path = "example";
    std::string text(example.text);
    const auto [platform, kind] = split_platform(example.where);
    const auto [where, when] = split_time(kind);
    // Settings are Instagram's unless the example names a platform (Facebook states few).
    ex.platform = platform.value_or(where.starts_with("setting.") ? Platform::instagram : Platform::facebook);
    if (auto f = k_profile_fields.find(where); f != k_profile_fields.end()) {
        ex.profile.push_back(ProfileField{f->second, std::string(where), text, ref(where), true});
    } else if (auto r = k_relations.find(where); r != k_relations.end()) {
        Connection c;
        c.relation = r->second;
        c.source = ref(where);
        // "ellie.m_2016" is a user name, as Instagram and TikTok list people; with a space it
        // is a display name, as Facebook and LinkedIn do.
        (text.find(' ') == std::string_view::npos ? c.username : c.display_name) = text;
        ex.connections.push_back(c);
    } else if (where == "post") {
        Post p;
        p.source = ref(where);
        p.text = text;
        p.time = 1700000000;
        ex.posts.push_back(p);
    } else if (where == "place") {
        Post p;
        p.source = ref(where);
        p.places.push_back(Place{text, "", "", std::nullopt});
        ex.posts.push_back(p);
    } else if (where == "caption") {
        Media m;
        m.source = ref(where);
        m.caption = text;
        ex.media.push_back(m);
    } else if (where == "comment") {
        ex.comments.push_back(Comment{ref(where), 1700000000, text, ""});
    } else if (where == "message") {
        Message m;
        m.source = ref(where);
        m.text = text;
        m.sent_by_owner = true;
        ex.messages.push_back(m);
    } else if (where == "message.received") {
        // A message someone else sent to the account holder.
        Message m;
        m.source = ref(where);
        m.text = text;
        m.sender = "Someone Else";
        ex.messages.push_back(m);
    } else if (where == "group") {
        ex.groups.push_back(Group{GroupKind::group, ref(where), text, 0});
    } else if (where == "search") {
        ex.searches.push_back(Search{ref(where), 1700000000, text});
    } else if (where == "message.from") {
        // "Name: text": a message from Name in a thread between Name and the account holder.
        const auto colon = text.find(": ");
        Message m;
        m.source = ref(where);
        m.sender = text.substr(0, colon);
        m.text = colon == std::string::npos ? "" : text.substr(colon + 2);
        m.thread = m.sender;
        m.participants = {m.sender, "Jordan Ellis"};
        m.time = 1700000000;
        ex.owner = "Jordan Ellis";
        ex.messages.push_back(m);
    } else if (where == "login.ip" || where == "login.device") {
        Login login;
        login.source = ref(where);
        login.time = 1700000000;
        (where == "login.ip" ? login.ip : login.device) = text;
        ex.logins.push_back(login);
    } else if (where == "upload_ip") {
        Media m;
        m.source = ref(where);
        m.upload_ip = text;
        ex.media.push_back(m);
    } else if (where.starts_with("setting.")) {
        Setting s;
        s.name = std::string(where.substr(8));
        s.label = s.name;
        s.value = text;
        s.source = ref(where);
        ex.settings.push_back(s);
    } else if (where == "audience.post") {
        Post p;
        p.source = ref(where);
        p.text = "An example post";
        p.audience = text;
        p.time = 1700000000;
        ex.posts.push_back(p);
    } else if (where == "photo") {
        ex.media.push_back(photo_from_example(text));
    } else if (where == "public_view") {
        ex.path = k_public_view_export;
        ex.profile.push_back(ProfileField{FieldKind::bio, "public view", text, ref(where), true});
    } else {
        throw std::invalid_argument("unknown example kind '" + std::string(where) + "'");
    }
    if (when) set_time(ex, when);
    return ex;
}

std::vector<DraftFinding> run_on(const CheckInfo& check, const std::vector<Export>& exports,
                                 const SchoolProfile& profile) {
    Facts facts(exports, profile);
    if (auto views = public_views_of(exports); !views.empty()) facts.set_public_views(std::move(views));
    facts.set_media_facts(media_facts_of(exports));
    std::vector<DraftFinding> found;
    CheckContext ctx(facts, found);
    check.run(ctx);
    return found;
}

} // namespace audit::test
