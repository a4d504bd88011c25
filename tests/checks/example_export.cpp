#include "checks/example_export.hpp"
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

} // namespace

Export export_from_example(const CheckExample& example) {
    Export ex;
    ex.path = "example";
    std::string text(example.text);
    std::string_view where = example.where;
    if (auto f = k_profile_fields.find(where); f != k_profile_fields.end()) {
        ex.profile.push_back(ProfileField{f->second, std::string(where), text, ref(where), true});
    } else if (auto r = k_relations.find(where); r != k_relations.end()) {
        Connection c;
        c.relation = r->second;
        c.source = ref(where);
        c.display_name = text;
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
    } else if (where == "group") {
        ex.groups.push_back(Group{GroupKind::group, ref(where), text, 0});
    } else {
        throw std::invalid_argument("unknown example kind '" + std::string(where) + "'");
    }
    return ex;
}

std::vector<DraftFinding> run_on(const CheckInfo& check, const std::vector<Export>& exports,
                                 const SchoolProfile& profile) {
    Facts facts(exports, profile);
    std::vector<DraftFinding> found;
    CheckContext ctx(facts, found);
    check.run(ctx);
    return found;
}

} // namespace audit::test
