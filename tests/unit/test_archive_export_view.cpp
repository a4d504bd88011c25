#include "audit/archive/export_view.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <filesystem>

using namespace audit;
using audit::test::TempDir;
using audit::test::write_zip;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<Archive> open_ok(const fs::path& path, const ArchiveLimits& limits = {}) {
    auto archive = open_archive(path.string(), limits);
    if (!archive) FAIL("open_archive failed: " << archive.error().message);
    return std::move(*archive);
}

ExportView view_of(std::vector<fs::path> paths) {
    std::vector<std::unique_ptr<Archive>> parts;
    for (const auto& path : paths)
        parts.push_back(open_ok(path));
    return ExportView(std::move(parts));
}

std::vector<std::string> names_of(const std::vector<ViewEntry>& entries) {
    std::vector<std::string> names;
    for (const ViewEntry& e : entries)
        names.push_back(e.name());
    return names;
}

std::string read_ok(const ExportView& view, const ViewEntry& entry) {
    auto bytes = view.read(entry);
    if (!bytes) FAIL("read failed: " << bytes.error().message);
    return *bytes;
}

} // namespace

TEST_CASE("export_view: merges the parts of one export split in two zips", "[archive]") {
    TempDir dir;
    write_zip(dir / "facebook-1.zip", {{"your_facebook_activity/posts/your_posts_1.json", "[1]"},
                                       {"your_facebook_activity/posts/media/a.jpg", "jpeg a"}});
    write_zip(dir / "facebook-2.zip",
              {{"your_facebook_activity/messages/inbox/sam/message_1.json", "{}"},
               {"your_facebook_activity/posts/media/b.jpg", "jpeg b"}});
    ExportView view = view_of({dir / "facebook-1.zip", dir / "facebook-2.zip"});
    CHECK(view.display_name() ==
          (dir / "facebook-1.zip").string() + ", " + (dir / "facebook-2.zip").string());
    CHECK(names_of(view.entries()) ==
          std::vector<std::string>{"your_facebook_activity/messages/inbox/sam/message_1.json",
                                   "your_facebook_activity/posts/media/a.jpg",
                                   "your_facebook_activity/posts/media/b.jpg",
                                   "your_facebook_activity/posts/your_posts_1.json"});
    auto a = view.resolve("your_facebook_activity/posts/media/a.jpg");
    auto b = view.resolve("your_facebook_activity/posts/media/b.jpg");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->archive != b->archive);
    CHECK(read_ok(view, *a) == "jpeg a");
    CHECK(read_ok(view, *b) == "jpeg b");
    CHECK(read_ok(view, view.by_basename("message_1.json").at(0)) == "{}");
    CHECK(view.rejected().empty());
}

TEST_CASE("export_view: resolves a media path by suffix when the prefix differs", "[archive]") {
    TempDir dir;
    write_zip(dir / "export.zip", {{"your_facebook_activity/posts/media/x/1.jpg", "the photo"},
                                   {"your_facebook_activity/posts/media/y/1.jpg", "another photo"},
                                   {"other/1.jpg", "unrelated"}});
    ExportView view = view_of({dir / "export.zip"});
    auto found = view.resolve("your_activity_across_facebook/posts/media/x/1.jpg");
    REQUIRE(found);
    CHECK(found->name() == "your_facebook_activity/posts/media/x/1.jpg");
    CHECK(read_ok(view, *found) == "the photo");
    auto exact = view.resolve("other/1.jpg");
    REQUIRE(exact);
    CHECK(exact->name() == "other/1.jpg");
    CHECK_FALSE(view.resolve("posts/media/x/2.jpg"));
    CHECK_FALSE(view.resolve(""));
}

TEST_CASE("export_view: finds entries under a wrapper folder", "[archive]") {
    TempDir dir;
    const fs::path root = dir / "unpacked";
    audit::test::write_file(root / "facebook-jordan-2024" / "your_facebook_activity" / "posts" /
                                "your_posts_1.json",
                            "[2]");
    audit::test::write_file(
        root / "facebook-jordan-2024" / "personal_information" / "profile_information.json", "{}");
    write_zip(dir / "wrapped.zip",
              {{"facebook-jordan-2024/your_facebook_activity/posts/your_posts_1.json", "[3]"}});
    for (const fs::path& source : {root, dir / "wrapped.zip"}) {
        ExportView view = view_of({source});
        auto posts = view.resolve("your_facebook_activity/posts/your_posts_1.json");
        REQUIRE(posts);
        CHECK(posts->name() ==
              "facebook-jordan-2024/your_facebook_activity/posts/your_posts_1.json");
        CHECK(read_ok(view, *posts).size() == 3);
        CHECK(view.by_basename("your_posts_1.json").size() == 1);
    }
}

TEST_CASE("export_view: by_basename lists every match in name order", "[archive]") {
    TempDir dir;
    write_zip(dir / "export.zip", {{"messages/inbox/zoe/message_1.json", "z"},
                                   {"messages/inbox/amy/message_1.json", "a"},
                                   {"messages/inbox/amy/message_2.json", "a2"},
                                   {"message_1.json.bak", "no"}});
    ExportView view = view_of({dir / "export.zip"});
    CHECK(names_of(view.by_basename("message_1.json")) ==
          std::vector<std::string>{"messages/inbox/amy/message_1.json",
                                   "messages/inbox/zoe/message_1.json"});
    CHECK(view.by_basename("message_9.json").empty());
    auto messages = view.matching([](std::string_view name) {
        return name.rfind("message_", 0) == 0 && name.size() > 5 &&
               name.substr(name.size() - 5) == ".json";
    });
    CHECK(names_of(messages) == std::vector<std::string>{"messages/inbox/amy/message_1.json",
                                                         "messages/inbox/amy/message_2.json",
                                                         "messages/inbox/zoe/message_1.json"});
}

TEST_CASE("export_view: the same name in two parts keeps the first part's copy first",
          "[archive]") {
    TempDir dir;
    // Several names, so that the order cannot come out right by chance.
    std::vector<std::pair<std::string, std::string>> first, second;
    for (int i = 0; i < 8; ++i) {
        first.emplace_back("d" + std::to_string(i) + "/same.json", "first");
        second.emplace_back("d" + std::to_string(i) + "/same.json", "second");
    }
    write_zip(dir / "part1.zip", first);
    write_zip(dir / "part2.zip", second);
    ExportView view = view_of({dir / "part1.zip", dir / "part2.zip"});
    CHECK(view.entries().size() == 16);
    for (int i = 0; i < 8; ++i) {
        auto found = view.resolve("d" + std::to_string(i) + "/same.json");
        REQUIRE(found);
        CHECK(read_ok(view, *found) == "first");
    }
    auto all = view.by_basename("same.json");
    REQUIRE(all.size() == 16);
    for (std::size_t i = 0; i < all.size(); i += 2) {
        CHECK(read_ok(view, all[i]) == "first");
        CHECK(read_ok(view, all[i + 1]) == "second");
    }
}

TEST_CASE("export_view: gathers every part's rejections", "[archive]") {
    TempDir dir;
    const fs::path root = dir / "folder";
    audit::test::write_file(root / "ok.json", "{}");
    fs::create_symlink("/etc/passwd", root / "passwd");
    write_zip(dir / "part.zip", {{"../escape.txt", "x"}, {"fine.txt", "y"}});
    ExportView view = view_of({root, dir / "part.zip"});
    CHECK(names_of(view.entries()) == std::vector<std::string>{"fine.txt", "ok.json"});
    const auto rejected = view.rejected();
    REQUIRE(rejected.size() == 2);
    CHECK(rejected[0].first == "passwd");
    CHECK_THAT(rejected[0].second, Contains("symbolic link"));
    CHECK(rejected[1].first == "../escape.txt");
}

TEST_CASE("export_view: works over an in-memory archive", "[archive]") {
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive("memory", {{"b/photo.jpg", "jpg"}, {"a/posts.json", "[]"}}));
    ExportView view(std::move(parts));
    CHECK(view.display_name() == "memory");
    auto photo = view.resolve("media/b/photo.jpg");
    REQUIRE(photo);
    CHECK(read_ok(view, *photo) == "jpg");
}
