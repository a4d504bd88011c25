// Regression tests for what the hostile exports (tests/hostile) uncovered in the archive layer,
// and the read limit the CLI tests cannot reach (the ratio check refuses the 2 GB entry first).
#include "audit/archive/archive.hpp"
#include "support/test_support.hpp"
#include "tests/hostile/hostile_zip.hpp"
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>

using namespace audit;
using audit::test::TempDir;
using Catch::Matchers::Contains;

namespace {

const Entry* find_entry(const Archive& archive, const std::string& name) {
    for (const auto& entry : archive.entries())
        if (entry.name == name) return &entry;
    return nullptr;
}

bool rejected_with(const Archive& archive, const std::string& name, const std::string& reason) {
    for (const auto& [n, why] : archive.rejected())
        if (n == name && why.find(reason) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("zip_archive: a 2 GB entry is refused by size, never decompressed", "[archive]") {
    TempDir dir;
    const auto path = (dir / "big.zip").string();
    REQUIRE(hostile::write_spaces_zip(path, "posts/big.json", "[", 2048ull << 20, "]"));
    ArchiveLimits limits;
    limits.max_ratio = 1e9; // let it past the zip-bomb check, to reach the read limit
    const auto start = std::chrono::steady_clock::now();
    auto archive = open_archive(path, limits);
    REQUIRE(archive);
    const Entry* entry = find_entry(**archive, "posts/big.json");
    REQUIRE(entry != nullptr);
    CHECK(entry->size == (2048ull << 20) + 2);
    auto bytes = (*archive)->read(*entry);
    REQUIRE_FALSE(bytes);
    CHECK_THAT(bytes.error().message,
               Contains("big.zip: posts/big.json: too large to read (2.0 GB; limit 1 GB)"));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("zip_archive: the 2 GB entry is a zip bomb under the default limits", "[archive]") {
    TempDir dir;
    const auto path = (dir / "big.zip").string();
    REQUIRE(hostile::write_spaces_zip(path, "posts/big.json", "[", 2048ull << 20, "]"));
    auto archive = open_archive(path);
    REQUIRE(archive);
    CHECK((*archive)->entries().empty());
    CHECK(rejected_with(**archive, "posts/big.json", "looks like a zip bomb"));
}

TEST_CASE("entry_collector: a zip inside the export is listed as not opened", "[archive]") {
    TempDir dir;
    audit::test::write_zip(dir / "outer.zip", {{"a.json", "{}"}, {"inner/Other.ZIP", "PK"}});
    auto archive = open_archive((dir / "outer.zip").string());
    REQUIRE(archive);
    CHECK(find_entry(**archive, "a.json") != nullptr);
    CHECK(find_entry(**archive, "inner/Other.ZIP") == nullptr);
    CHECK(rejected_with(**archive, "inner/Other.ZIP", "a zip inside the export is not opened"));
}

TEST_CASE("zip_archive: a zip64 size with no zip64 record is a corrupt zip, not a missing file",
          "[archive]") {
    TempDir dir;
    const auto path = dir / "odd.zip";
    audit::test::write_zip(path, {{"zip64/claims.json", "{}"}});
    // The central directory's uncompressed size becomes 0xFFFFFFFF, zip64's marker.
    std::string bytes = audit::test::read_file(path);
    const auto at = bytes.rfind("zip64/claims.json");
    REQUIRE(at != std::string::npos);
    REQUIRE(bytes.compare(at - 46, 4, "PK\x01\x02") == 0);
    bytes.replace(at - 46 + 24, 4, "\xff\xff\xff\xff");
    audit::test::write_file(path, bytes);
    auto archive = open_archive(path.string());
    REQUIRE_FALSE(archive);
    CHECK_THAT(archive.error().message, Contains("odd.zip: corrupt zip"));
    CHECK_THAT(archive.error().message, !Contains("no such file"));
}
