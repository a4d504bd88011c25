#include "audit/crypto/seal.hpp"
#include <algorithm>
#include <array>
#include <cstring>
#include <sodium.h>
#include <vector>

namespace audit {

namespace {

constexpr std::string_view k_magic = "SA-SEALED-1\n";
constexpr std::size_t k_chunk = 64 * 1024;
constexpr std::size_t k_param_bytes = crypto_pwhash_SALTBYTES + 8 + 8;
constexpr std::size_t k_prefix_bytes = k_magic.size() + k_param_bytes;
constexpr std::size_t k_header_bytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// A sealed file that asks for more than this is not one of ours (or was tampered with); it must
// not make us allocate gigabytes before the passphrase is even checked.
constexpr unsigned long long k_max_opslimit = 64;
constexpr std::size_t k_max_memlimit = std::size_t{1} << 30;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

bool init_sodium() {
    return sodium_init() >= 0;
}

void put_u64(std::string& out, unsigned long long v) {
    for (int i = 0; i < 8; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

unsigned long long get_u64(const unsigned char* p) {
    unsigned long long v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

const unsigned char* bytes(std::string_view s) {
    return reinterpret_cast<const unsigned char*>(s.data());
}

// The key, wiped when it goes out of scope.
struct DerivedKey {
    Key key{};
    ~DerivedKey() { sodium_memzero(key.data(), key.size()); }
};

bool derive(DerivedKey& out, std::string_view passphrase, const unsigned char* salt,
            SealCost cost) {
    return crypto_pwhash(out.key.data(), out.key.size(), passphrase.data(), passphrase.size(), salt,
                         cost.opslimit, cost.memlimit, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

} // namespace

SealCost default_seal_cost() {
    return SealCost{crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool looks_sealed(std::string_view data) {
    return data.starts_with(k_magic);
}

Result<std::string> seal(std::string_view plain, std::string_view passphrase, SealCost cost) {
    if (!init_sodium()) return fail("cannot start libsodium");
    std::string out(k_magic);
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    out.append(reinterpret_cast<const char*>(salt), sizeof salt);
    put_u64(out, cost.opslimit);
    put_u64(out, cost.memlimit);
    DerivedKey key;
    if (!derive(key, passphrase, salt, cost)) return fail("not enough memory to derive the key");

    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[k_header_bytes];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.key.data());
    out.append(reinterpret_cast<const char*>(header), sizeof header);
    const std::string prefix = out.substr(0, k_prefix_bytes);
    std::vector<unsigned char> cipher(k_chunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min(k_chunk, plain.size() - pos);
        const bool last = pos + n == plain.size();
        const bool first = pos == 0;
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, cipher.data(), &written, bytes(plain) + pos, n, first ? bytes(prefix) : nullptr,
            first ? prefix.size() : 0, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        out.append(reinterpret_cast<const char*>(cipher.data()), static_cast<std::size_t>(written));
        pos += n;
    } while (pos < plain.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

Result<std::string> unseal(std::string_view sealed, std::string_view passphrase) {
    if (!init_sodium()) return fail("cannot start libsodium");
    if (!looks_sealed(sealed)) return fail("not a sealed staff-audit report");
    if (sealed.size() <
        k_prefix_bytes + k_header_bytes + crypto_secretstream_xchacha20poly1305_ABYTES)
        return fail("the sealed file is cut short");
    const unsigned char* p = bytes(sealed) + k_magic.size();
    const unsigned char* salt = p;
    SealCost cost{get_u64(p + crypto_pwhash_SALTBYTES),
                  static_cast<std::size_t>(get_u64(p + crypto_pwhash_SALTBYTES + 8))};
    if (cost.opslimit < crypto_pwhash_OPSLIMIT_MIN || cost.opslimit > k_max_opslimit ||
        cost.memlimit < crypto_pwhash_MEMLIMIT_MIN || cost.memlimit > k_max_memlimit)
        return fail("the sealed file's key settings are damaged");
    DerivedKey key;
    if (!derive(key, passphrase, salt, cost)) return fail("not enough memory to derive the key");

    crypto_secretstream_xchacha20poly1305_state state;
    const std::string_view prefix = sealed.substr(0, k_prefix_bytes);
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(sealed) + k_prefix_bytes,
                                                        key.key.data()) != 0)
        return fail("the sealed file's header is damaged");
    std::string plain;
    std::vector<unsigned char> chunk(k_chunk);
    std::size_t pos = k_prefix_bytes + k_header_bytes;
    const std::size_t sealed_chunk = k_chunk + crypto_secretstream_xchacha20poly1305_ABYTES;
    bool first = true, finished = false;
    while (pos < sealed.size() && !finished) {
        const std::size_t n = std::min(sealed_chunk, sealed.size() - pos);
        unsigned long long got = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, chunk.data(), &got, &tag, bytes(sealed) + pos, n,
                first ? bytes(prefix) : nullptr, first ? prefix.size() : 0) != 0) {
            sodium_memzero(chunk.data(), chunk.size());
            return fail("wrong passphrase, or the file was changed");
        }
        plain.append(reinterpret_cast<const char*>(chunk.data()), static_cast<std::size_t>(got));
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        first = false;
        pos += n;
    }
    sodium_memzero(chunk.data(), chunk.size());
    if (!finished || pos != sealed.size())
        return fail("the sealed file is cut short or has extra bytes");
    return plain;
}

} // namespace audit
