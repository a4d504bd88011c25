#include "audit/archive/archive.hpp"
#include "support/test_support.hpp"
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <zip.h>

using namespace audit;
using audit::test::TempDir;
using Catch::Matchers::Contains;
using Catch::Matchers::Matches;

namespace {

// One entry written with libzip directly, so that names test_support would refuse (control
// characters, traversal) and per-entry options can be set.
struct RawEntry {
    std::string name;
    std::string contents;
    bool store = false;             // no compression: the bytes appear as-is in the file
    const char* password = nullptr; // traditional PKWARE encryption when set
    bool symlink = false;           // Unix external attributes of a symbolic link
    zip_flags_t flags = 0;          // name encoding (0: as given, no UTF-8 flag)
};

void write_raw_zip(const std::filesystem::path& path, const std::vector<RawEntry>& entries) {
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip) throw std::runtime_error("cannot create " + path.string());
    for (const RawEntry& e : entries) {
        // libzip frees the copy at zip_close, except one of length 0: that gets none.
        void* copy = nullptr;
        if (!e.contents.empty()) {
            copy = std::malloc(e.contents.size());
            std::memcpy(copy, e.contents.data(), e.contents.size());
        }
        zip_source_t* source = zip_source_buffer(zip, copy, e.contents.size(), copy ? 1 : 0);
        const zip_int64_t index = zip_file_add(zip, e.name.c_str(), source, e.flags);
        if (index < 0) throw std::runtime_error("cannot add " + e.name + ": " + zip_strerror(zip));
        const auto i = static_cast<zip_uint64_t>(index);
        if (e.store) zip_set_file_compression(zip, i, ZIP_CM_STORE, 0);
        if (e.password) zip_file_set_encryption(zip, i, ZIP_EM_TRAD_PKWARE, e.password);
        if (e.symlink) zip_file_set_external_attributes(zip, i, 0, ZIP_OPSYS_UNIX, 0120777u << 16);
    }
    if (zip_close(zip) != 0) throw std::runtime_error("cannot write " + path.string());
}

std::unique_ptr<Archive> open_ok(const std::filesystem::path& path,
                                 const ArchiveLimits& limits = {}) {
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

// Replaces the first occurrence of `from` in the file's bytes (same length).
void patch_bytes(const std::filesystem::path& path, const std::string& from,
                 const std::string& to) {
    std::string bytes = audit::test::read_file(path);
    auto at = bytes.find(from);
    REQUIRE(at != std::string::npos);
    bytes.replace(at, from.size(), to);
    audit::test::write_file(path, bytes);
}

// Sets the uncompressed size recorded for `name` in the central directory.
void patch_central_size(const std::filesystem::path& path, const std::string& name,
                        std::uint32_t size) {
    std::string bytes = audit::test::read_file(path);
    const std::string signature("PK\x01\x02", 4);
    bool patched = false;
    for (auto at = bytes.find(signature); at != std::string::npos;
         at = bytes.find(signature, at + 4)) {
        if (bytes.compare(at + 46, name.size(), name) != 0) continue;
        for (int i = 0; i < 4; ++i)
            bytes[at + 24 + static_cast<std::size_t>(i)] =
                static_cast<char>((size >> (8 * i)) & 0xFF);
        patched = true;
    }
    REQUIRE(patched);
    audit::test::write_file(path, bytes);
}

} // namespace

TEST_CASE("zip_archive: lists and reads entries in name order", "[archive]") {
    TempDir dir;
    audit::test::write_zip(dir / "export.zip",
                           {{"posts/your_posts_1.json", "[{\"title\":\"hi\"}]"},
                            {"media/photo.jpg", std::string("\xff\xd8\xff\0x", 5)},
                            {"empty.txt", ""}});
    auto archive = open_ok(dir / "export.zip");
    CHECK(archive->display_name() == (dir / "export.zip").string());
    CHECK(names_of(*archive) ==
          std::vector<std::string>{"empty.txt", "media/photo.jpg", "posts/your_posts_1.json"});
    CHECK(entry_named(*archive, "posts/your_posts_1.json").size == 16);
    CHECK(read_ok(*archive, "posts/your_posts_1.json") == "[{\"title\":\"hi\"}]");
    CHECK(read_ok(*archive, "media/photo.jpg") == std::string("\xff\xd8\xff\0x", 5));
    CHECK(read_ok(*archive, "empty.txt").empty());
    CHECK(archive->rejected().empty());
}

TEST_CASE("zip_archive: recognises a zip by its signature, not its extension", "[archive]") {
    TempDir dir;
    audit::test::write_zip(dir / "download.bin", {{"a.json", "{}"}});
    auto archive = open_ok(dir / "download.bin");
    CHECK(names_of(*archive) == std::vector<std::string>{"a.json"});
}

TEST_CASE("zip_archive: an empty zip has no entries", "[archive]") {
    TempDir dir;
    // libzip will not write an empty archive: the end-of-directory record alone is one.
    audit::test::write_file(dir / "empty.zip",
                            std::string("PK\x05\x06", 4) + std::string(18, '\0'));
    auto archive = open_ok(dir / "empty.zip");
    CHECK(archive->entries().empty());
    CHECK(archive->rejected().empty());
}

TEST_CASE("zip_archive: a missing file is named in the error", "[archive]") {
    TempDir dir;
    const std::string path = (dir / "nowhere.zip").string();
    auto archive = open_archive(path);
    REQUIRE_FALSE(archive);
    CHECK_THAT(archive.error().message, Contains(path) && Contains("no such file"));
}

TEST_CASE("zip_archive: a file that is not a zip is refused", "[archive]") {
    TempDir dir;
    audit::test::write_file(dir / "notes.zip", "these are not the bytes of a zip file");
    audit::test::write_file(dir / "empty.zip", "");
    for (const char* name : {"notes.zip", "empty.zip"}) {
        const std::string path = (dir / name).string();
        auto archive = open_archive(path);
        REQUIRE_FALSE(archive);
        CHECK_THAT(archive.error().message,
                   Contains(path) && Contains("is neither a zip file nor a folder"));
    }
}

TEST_CASE("zip_archive: a truncated zip gives a clear error naming the file", "[archive]") {
    TempDir dir;
    std::vector<std::pair<std::string, std::string>> files;
    for (int i = 0; i < 20; ++i)
        files.emplace_back("posts/post_" + std::to_string(i) + ".json", std::string(300, 'a'));
    audit::test::write_zip(dir / "whole.zip", files);
    const std::string bytes = audit::test::read_file(dir / "whole.zip");
    for (std::size_t keep : {bytes.size() / 2, bytes.size() - 10}) {
        const std::string path = (dir / "cut.zip").string();
        audit::test::write_file(path, bytes.substr(0, keep));
        auto archive = open_archive(path);
        REQUIRE_FALSE(archive);
        CHECK_THAT(archive.error().message, Contains(path) && Contains("truncated or corrupt zip"));
    }
}

TEST_CASE("zip_archive: rejects unsafe entry names", "[archive]") {
    TempDir dir;
    write_raw_zip(dir / "hostile.zip", {{"../evil", "x"},
                                        {"/abs", "x"},
                                        {"a\\..\\b", "x"},
                                        {"posts/../../etc/passwd", "x"},
                                        {"C:/windows/win.ini", "x"},
                                        {"bad\x01name.txt", "x"},
                                        {"esc\x1b[31mred.txt", "x"},
                                        {"tab\tname.txt", "x"},
                                        {"ok/good.txt", "fine"}});
    auto archive = open_ok(dir / "hostile.zip");
    CHECK(names_of(*archive) == std::vector<std::string>{"ok/good.txt"});
    CHECK(archive->rejected().size() == 8);
    CHECK_THAT(reason_for(*archive, "../evil"), Contains(".."));
    CHECK_THAT(reason_for(*archive, "/abs"), Contains("absolute"));
    CHECK_THAT(reason_for(*archive, "a\\..\\b"), Contains(".."));
    CHECK_THAT(reason_for(*archive, "posts/../../etc/passwd"), Contains(".."));
    CHECK_THAT(reason_for(*archive, "C:/windows/win.ini"), Contains("drive letter"));
    // Control characters are shown escaped, never raw.
    CHECK_THAT(reason_for(*archive, "bad\\x01name.txt"), Contains("control character"));
    CHECK_THAT(reason_for(*archive, "esc\\x1b[31mred.txt"), Contains("control character"));
    CHECK_THAT(reason_for(*archive, "tab\\x09name.txt"), Contains("control character"));
    CHECK(read_ok(*archive, "ok/good.txt") == "fine");
}

TEST_CASE("zip_archive: skips folders, __MACOSX and .DS_Store silently", "[archive]") {
    TempDir dir;
    write_raw_zip(dir / "mac.zip", {{"__MACOSX/._a.json", "apple double"},
                                    {"__MACOSX/posts/._b.json", "apple double"},
                                    {"posts/.DS_Store", "finder"},
                                    {".DS_Store", "finder"},
                                    {"posts/", ""},
                                    {"a.json", "{}"}});
    auto archive = open_ok(dir / "mac.zip");
    CHECK(names_of(*archive) == std::vector<std::string>{"a.json"});
    CHECK(archive->rejected().empty());
}

TEST_CASE("zip_archive: normalises backslashes and dot components", "[archive]") {
    TempDir dir;
    write_raw_zip(dir / "win.zip", {{"posts\\your_posts_1.json", "[]"}, {"./media//x.jpg", "jpg"}});
    auto archive = open_ok(dir / "win.zip");
    CHECK(names_of(*archive) == std::vector<std::string>{"media/x.jpg", "posts/your_posts_1.json"});
    CHECK(read_ok(*archive, "posts/your_posts_1.json") == "[]");
}

TEST_CASE("zip_archive: keeps the first of duplicate names", "[archive]") {
    TempDir dir;
    write_raw_zip(dir / "dup.zip", {{"a/b.txt", "first"}, {"a\\b.txt", "second"}});
    auto archive = open_ok(dir / "dup.zip");
    CHECK(names_of(*archive) == std::vector<std::string>{"a/b.txt"});
    CHECK(read_ok(*archive, "a/b.txt") == "first");
    CHECK(reason_for(*archive, "a/b.txt") == "duplicate entry");
}

TEST_CASE("zip_archive: rejects symbolic link entries", "[archive]") {
    TempDir dir;
    write_raw_zip(dir / "links.zip",
                  {{"link", "/etc/passwd", false, nullptr, true}, {"real.txt", "real"}});
    auto archive = open_ok(dir / "links.zip");
    CHECK(names_of(*archive) == std::vector<std::string>{"real.txt"});
    CHECK_THAT(reason_for(*archive, "link"), Contains("symbolic link"));
}

TEST_CASE("zip_archive: rejects encrypted entries and refuses a wholly encrypted zip",
          "[archive]") {
    if (!zip_encryption_method_supported(ZIP_EM_TRAD_PKWARE, 1)) {
        WARN("libzip built without PKWARE encryption: skipped");
        return;
    }
    TempDir dir;
    write_raw_zip(dir / "some.zip",
                  {{"secret.txt", "hidden", false, "pw"}, {"open.txt", "visible"}});
    auto archive = open_ok(dir / "some.zip");
    CHECK(names_of(*archive) == std::vector<std::string>{"open.txt"});
    CHECK(reason_for(*archive, "secret.txt") == "encrypted entry");

    const std::string path = (dir / "locked.zip").string();
    write_raw_zip(path, {{"a.txt", "a", false, "pw"}, {"b.txt", "b", false, "pw"}});
    auto locked = open_archive(path);
    REQUIRE_FALSE(locked);
    CHECK_THAT(locked.error().message, Contains(path) && Contains("password-protected"));
}

TEST_CASE("zip_archive: rejects a zip bomb", "[archive]") {
    TempDir dir;
    ArchiveLimits limits;
    limits.ratio_floor_bytes = 64 << 10; // small, so the test stays small and fast
    std::string noise(256 << 10, '\0');
    std::uint32_t state = 12345;
    for (char& c : noise)
        c = static_cast<char>((state = state * 1103515245u + 12345u) >> 24);
    audit::test::write_zip(dir / "bomb.zip", {{"zeros.bin", std::string(2 << 20, '\0')},
                                              {"noise.bin", noise},
                                              {"small_zeros.bin", std::string(32 << 10, '\0')}});
    auto archive = open_ok(dir / "bomb.zip", limits);
    // Incompressible data and entries below the floor are fine, whatever their ratio.
    CHECK(names_of(*archive) == std::vector<std::string>{"noise.bin", "small_zeros.bin"});
    CHECK_THAT(reason_for(*archive, "zeros.bin"),
               Matches("compression ratio [0-9]+:1 looks like a zip bomb"));
}

TEST_CASE("zip_archive: stops listing past the entry limit", "[archive]") {
    TempDir dir;
    std::vector<std::pair<std::string, std::string>> files;
    for (int i = 0; i < 10; ++i)
        files.emplace_back("f" + std::to_string(i) + ".txt", "x");
    audit::test::write_zip(dir / "many.zip", files);
    ArchiveLimits limits;
    limits.max_entries = 4;
    auto archive = open_ok(dir / "many.zip", limits);
    CHECK(archive->entries().size() == 4);
    REQUIRE(archive->rejected().size() == 1);
    CHECK(archive->rejected()[0].first == (dir / "many.zip").string());
    CHECK_THAT(archive->rejected()[0].second, Contains("more than 4 entries"));
}

TEST_CASE("zip_archive: rejects entries past the total size limit", "[archive]") {
    TempDir dir;
    write_raw_zip(dir / "big.zip", {{"a.txt", std::string(100, 'a')},
                                    {"b.txt", std::string(100, 'b')},
                                    {"c.txt", std::string(100, 'c')}});
    ArchiveLimits limits;
    limits.max_total_bytes = 250;
    auto archive = open_ok(dir / "big.zip", limits);
    CHECK(names_of(*archive) == std::vector<std::string>{"a.txt", "b.txt"});
    CHECK_THAT(reason_for(*archive, "c.txt"), Contains("total size"));
}

TEST_CASE("zip_archive: refuses to read entries larger than the limit", "[archive]") {
    TempDir dir;
    audit::test::write_zip(dir / "large.zip",
                           {{"large.txt", std::string(5000, 'x')}, {"small.txt", "ok"}});
    ArchiveLimits limits;
    limits.max_entry_bytes = 1000;
    auto archive = open_ok(dir / "large.zip", limits);
    auto bytes = archive->read(entry_named(*archive, "large.txt"));
    REQUIRE_FALSE(bytes);
    CHECK_THAT(bytes.error().message, Contains("large.txt") && Contains("too large to read"));
    CHECK(read_ok(*archive, "small.txt") == "ok");
}

TEST_CASE("zip_archive: a damaged entry fails to read with the reason", "[archive]") {
    TempDir dir;
    write_raw_zip(dir / "crc.zip",
                  {{"data.txt", "ABCDEFGHIJKLMNOP", true}, {"other.txt", "fine", true}});
    patch_bytes(dir / "crc.zip", "ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOx");
    auto archive = open_ok(dir / "crc.zip");
    auto bytes = archive->read(entry_named(*archive, "data.txt"));
    REQUIRE_FALSE(bytes);
    CHECK_THAT(bytes.error().message,
               Contains("data.txt") && Contains("damaged entry") && Contains("CRC"));
    CHECK(read_ok(*archive, "other.txt") == "fine");
}

TEST_CASE("zip_archive: does not trust the size in the header", "[archive]") {
    TempDir dir;
    write_raw_zip(dir / "liar.zip", {{"liar.txt", std::string(4096, 'z'), true}});
    patch_central_size(dir / "liar.zip", "liar.txt", 16);
    auto archive = open_ok(dir / "liar.zip");
    CHECK(entry_named(*archive, "liar.txt").size == 16);
    auto bytes = archive->read(entry_named(*archive, "liar.txt"));
    REQUIRE_FALSE(bytes);
    CHECK_THAT(bytes.error().message, Contains("liar.txt") && Contains("damaged entry"));
}

TEST_CASE("zip_archive: reads from several threads at once", "[archive]") {
    TempDir dir;
    std::vector<std::pair<std::string, std::string>> files;
    for (int i = 0; i < 16; ++i)
        files.emplace_back("f" + std::to_string(i), std::string(20000, static_cast<char>('a' + i)));
    audit::test::write_zip(dir / "shared.zip", files);
    auto archive = open_ok(dir / "shared.zip");
    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int round = 0; round < 5; ++round)
                for (const Entry& e : archive->entries()) {
                    auto bytes = archive->read(e);
                    const char expected = static_cast<char>('a' + std::stoi(e.name.substr(1)));
                    if (bytes && bytes->size() == 20000 &&
                        std::all_of(bytes->begin(), bytes->end(),
                                    [&](char c) { return c == expected; }))
                        ++good;
                }
        });
    for (auto& thread : threads)
        thread.join();
    CHECK(good == 4 * 5 * 16);
}
