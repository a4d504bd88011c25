// Sealed reports: the round trip, a wrong passphrase, and any changed, cut or added byte fail
// cleanly; the plain text never appears in the sealed bytes.
#include "audit/crypto/seal.hpp"
#include <catch2/catch.hpp>
#include <sodium.h>

using namespace audit;

namespace {

// The cheapest cost libsodium allows: these tests are about the format, not the key's strength.
SealCost quick() {
    return SealCost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

std::string big_text() {
    std::string text;
    for (int i = 0; i < 20000; ++i)
        text += "line " + std::to_string(i) + " of the report\n";
    return text; // several 64 KiB chunks
}

} // namespace

TEST_CASE("seal: the right passphrase opens what was sealed", "[crypto]") {
    for (const std::string& plain :
         {std::string(), std::string("{\"schema_version\": 1}"), big_text()}) {
        auto sealed = seal(plain, "correct horse battery", quick());
        REQUIRE(sealed);
        CHECK(looks_sealed(*sealed));
        if (!plain.empty()) CHECK(sealed->find(plain.substr(0, 16)) == std::string::npos);
        auto opened = unseal(*sealed, "correct horse battery");
        REQUIRE(opened);
        CHECK(*opened == plain);
    }
}

TEST_CASE("seal: a wrong passphrase fails with a clear message", "[crypto]") {
    auto sealed = seal("secret report", "correct horse battery", quick());
    REQUIRE(sealed);
    auto opened = unseal(*sealed, "correct horse batterY");
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message == "wrong passphrase, or the file was changed");
}

TEST_CASE("seal: changed, cut or extended files are refused", "[crypto]") {
    auto sealed = seal(big_text(), "pass phrase words", quick());
    REQUIRE(sealed);
    std::string changed = *sealed;
    changed[changed.size() / 2] ^= 1;
    CHECK_FALSE(unseal(changed, "pass phrase words"));
    std::string params = *sealed;
    params[12] ^= 1; // the salt: authenticated with the first chunk
    CHECK_FALSE(unseal(params, "pass phrase words"));
    CHECK_FALSE(unseal(sealed->substr(0, sealed->size() - 100), "pass phrase words"));
    // Cut at a chunk boundary: no FINAL tag.
    CHECK_FALSE(unseal(sealed->substr(0, 12 + 32 + 24 + 65536 + 17), "pass phrase words"));
    CHECK_FALSE(unseal(*sealed + "x", "pass phrase words"));
    auto plain = unseal("{\"schema_version\": 1}", "pass phrase words");
    REQUIRE_FALSE(plain);
    CHECK(plain.error().message == "not a sealed staff-audit report");
}
