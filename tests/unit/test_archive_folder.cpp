#include "audit/archive/archive.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <filesystem>
#include <stdexcept>
#include <sys/stat.h>

using namespace audit;
using audit::test::TempDir;
using audit::test::write_file;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<Archive> open_ok(const fs::path& path, const ArchiveLimits& limits = {}) {
    auto archive = open_archive(path.string(), limits);
    if (!archive) FAIL("open_archive failed: " << archive.error().message);
    return std::move(*archive);
}

std::vector<std::string> names_of(const Archive& archive) {
    std::vector<std::string> names;
    for (const Entry& e : archive.entries())
        names.push_back(e.name);
    return names;
}

std::string reason_for(const Archive& archive, const std::string& name) {
    for (const auto& [rejected, reason] : archive.rejected())
        if (rejected == name) return reason;
    return "(not rejected)";
}

const Entry& entry_named(const Archive& archive, const std::string& name) {
    for (const Entry& e : archive.entries())
        if (e.name == name) return e;
    throw std::runtime_error("no entry " + name);
}

std::string read_ok(const Archive& archive, const std::string& name) {
    auto bytes = archive.read(entry_named(archive, name));
    if (!bytes) FAIL("read failed: " << bytes.error().message);
    return *bytes;
}

} // namespace

TEST_CASE("folder_archive: lists regular files recursively with '/' names", "[archive]") {
    TempDir dir;
    const fs::path root = dir / "export";
    write_file(root / "posts" / "your_posts_1.json", "[1]");
    write_file(root / "media" / "x" / "1.jpg", std::string("\xff\xd8\0", 3));
    write_file(root / "index.html", "<html></html>");
    fs::create_directories(root / "empty_folder");
    auto archive = open_ok(root);
    CHECK(archive->display_name() == root.string());
    CHECK(names_of(*archive) ==
          std::vector<std::string>{"index.html", "media/x/1.jpg", "posts/your_posts_1.json"});
    const Entry& photo = entry_named(*archive, "media/x/1.jpg");
    CHECK(photo.size == 3);
    CHECK(photo.compressed == 3);
    CHECK(read_ok(*archive, "media/x/1.jpg") == std::string("\xff\xd8\0", 3));
    CHECK(read_ok(*archive, "posts/your_posts_1.json") == "[1]");
    CHECK(archive->rejected().empty());
}

TEST_CASE("folder_archive: lists symbolic links as rejected and never follows them", "[archive]") {
    TempDir dir;
    const fs::path root = dir / "export";
    write_file(dir / "outside" / "secret.txt", "not part of the export");
    write_file(root / "posts" / "a.json", "{}");
    fs::create_symlink(dir / "outside" / "secret.txt", root / "posts" / "secret.txt");
    fs::create_directory_symlink(dir / "outside", root / "outside_folder");
    fs::create_symlink(root / "nowhere", root / "dangling");
    auto archive = open_ok(root);
    CHECK(names_of(*archive) == std::vector<std::string>{"posts/a.json"});
    CHECK_THAT(reason_for(*archive, "posts/secret.txt"), Contains("symbolic link"));
    CHECK_THAT(reason_for(*archive, "outside_folder"), Contains("symbolic link"));
    CHECK_THAT(reason_for(*archive, "dangling"), Contains("symbolic link"));
    CHECK(archive->rejected().size() == 3);
}

TEST_CASE("folder_archive: does not follow a file swapped for a link after listing", "[archive]") {
    TempDir dir;
    const fs::path root = dir / "export";
    write_file(dir / "secret.txt", "secret");
    write_file(root / "a.txt", "a");
    auto archive = open_ok(root);
    fs::remove(root / "a.txt");
    fs::create_symlink(dir / "secret.txt", root / "a.txt");
    auto bytes = archive->read(entry_named(*archive, "a.txt"));
    REQUIRE_FALSE(bytes);
    CHECK_THAT(bytes.error().message, Contains("a.txt") && Contains("cannot open"));
}

TEST_CASE("folder_archive: a file removed after listing gives an error naming it", "[archive]") {
    TempDir dir;
    const fs::path root = dir / "export";
    write_file(root / "posts" / "gone.json", "{}");
    auto archive = open_ok(root);
    fs::remove(root / "posts" / "gone.json");
    auto bytes = archive->read(entry_named(*archive, "posts/gone.json"));
    REQUIRE_FALSE(bytes);
    CHECK_THAT(bytes.error().message, Contains(root.string()) && Contains("posts/gone.json"));
}

TEST_CASE("folder_archive: skips __MACOSX and .DS_Store silently", "[archive]") {
    TempDir dir;
    const fs::path root = dir / "export";
    write_file(root / "__MACOSX" / "._a.json", "apple double");
    write_file(root / ".DS_Store", "finder");
    write_file(root / "posts" / ".DS_Store", "finder");
    write_file(root / "a.json", "{}");
    auto archive = open_ok(root);
    CHECK(names_of(*archive) == std::vector<std::string>{"a.json"});
    CHECK(archive->rejected().empty());
}

TEST_CASE("folder_archive: rejects names with control characters and odd files", "[archive]") {
    TempDir dir;
    const fs::path root = dir / "export";
    write_file(root / "bad\x01name.txt", "x");
    write_file(root / "good.txt", "y");
    REQUIRE(::mkfifo((root / "pipe").c_str(), 0600) == 0);
    auto archive = open_ok(root);
    CHECK(names_of(*archive) == std::vector<std::string>{"good.txt"});
    CHECK_THAT(reason_for(*archive, "bad\\x01name.txt"), Contains("control character"));
    CHECK_THAT(reason_for(*archive, "pipe"), Contains("not a regular file"));
}

TEST_CASE("folder_archive: stops listing past the entry limit", "[archive]") {
    TempDir dir;
    const fs::path root = dir / "export";
    for (int i = 0; i < 10; ++i)
        write_file(root / ("f" + std::to_string(i) + ".txt"), "x");
    ArchiveLimits limits;
    limits.max_entries = 3;
    auto archive = open_ok(root, limits);
    CHECK(names_of(*archive) == std::vector<std::string>{"f0.txt", "f1.txt", "f2.txt"});
    REQUIRE(archive->rejected().size() == 1);
    CHECK_THAT(archive->rejected()[0].second, Contains("more than 3 entries"));
}

TEST_CASE("folder_archive: refuses to read files larger than the limit", "[archive]") {
    TempDir dir;
    const fs::path root = dir / "export";
    write_file(root / "large.bin", std::string(4096, 'x'));
    write_file(root / "small.bin", "ok");
    ArchiveLimits limits;
    limits.max_entry_bytes = 1024;
    auto archive = open_ok(root, limits);
    auto bytes = archive->read(entry_named(*archive, "large.bin"));
    REQUIRE_FALSE(bytes);
    CHECK_THAT(bytes.error().message, Contains("large.bin") && Contains("too large to read"));
    CHECK(read_ok(*archive, "small.bin") == "ok");
}

TEST_CASE("folder_archive: a file grown past the limit after listing is still refused",
          "[archive]") {
    TempDir dir;
    const fs::path root = dir / "export";
    write_file(root / "grows.log", "short");
    ArchiveLimits limits;
    limits.max_entry_bytes = 1024;
    auto archive = open_ok(root, limits);
    write_file(root / "grows.log", std::string(8192, 'x'));
    auto bytes = archive->read(entry_named(*archive, "grows.log"));
    REQUIRE_FALSE(bytes);
    CHECK_THAT(bytes.error().message, Contains("too large to read"));
}

TEST_CASE("folder_archive: an empty folder has no entries", "[archive]") {
    TempDir dir;
    fs::create_directories(dir / "export");
    auto archive = open_ok(dir / "export");
    CHECK(archive->entries().empty());
    CHECK(archive->rejected().empty());
}
