// Regression tests for what the hostile exports (tests/hostile) uncovered in the importers.
#include "audit/archive/export_view.hpp"
#include "audit/importers/importer.hpp"
#include "audit/importers/linkedin_csv_internal.hpp"
#include <catch2/catch.hpp>
#include <memory>

using namespace audit;
using Catch::Matchers::Contains;

namespace {

Export import_with(std::string_view id, std::vector<std::pair<std::string, std::string>> files) {
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive("export", std::move(files)));
    const ExportView view(std::move(parts));
    Export out;
    for (const Importer& importer : all_importers())
        if (importer.id == id) importer.import_export(view, out);
    return out;
}

} // namespace

TEST_CASE("facebook_json: friends whose name is not text are counted in one problem",
          "[importers]") {
    const Export out =
        import_with("facebook_json",
                    {{"connections/friends/your_friends.json",
                      R"({"friends_v2": [{"name": "Sam Lee", "timestamp": 1700000000}, {"name": 42},
                              {"name": ["a"]}, null, 7, {"name": {"first": "A"}}]})"}});
    REQUIRE(out.connections.size() == 1);
    CHECK(out.connections.front().display_name == "Sam Lee");
    bool reported = false;
    for (const auto& problem : out.problems)
        if (problem.file == "connections/friends/your_friends.json" &&
            problem.message == "5 of 6 entries have no name as text and were skipped")
            reported = true;
    CHECK(reported);
}

TEST_CASE("linkedin_csv: a broken quote below the header does not hide it from detection",
          "[importers]") {
    const std::vector<std::string_view> columns = {"First Name", "Last Name", "Connected On"};
    CHECK(
        linkedin::has_header("Notes:\n\"When exporting...\"\n\nFirst Name,Last Name,Connected On\n"
                             "\"Ellie,Mason,01 Jan 2025\n",
                             columns));
    CHECK_FALSE(linkedin::has_header("Name,Connected On\n\"Ellie,01 Jan 2025\n", columns));
}
