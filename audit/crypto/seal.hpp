#pragma once
// Sealed report files (--encrypt): a passphrase-derived key (Argon2id, libsodium crypto_pwhash)
// and an authenticated stream (crypto_secretstream_xchacha20poly1305). A sealed file is
//   "SA-SEALED-1\n" · salt (16) · opslimit (8, LE) · memlimit (8, LE) · stream header (24) ·
//   chunks of up to 64 KiB + 17 bytes, the last one tagged FINAL
// and the first 60 bytes (magic and key-derivation parameters) are authenticated with the first
// chunk, so neither they nor the order, length or contents of the chunks can be changed unseen.
#include "audit/core/result.hpp"
#include <string>
#include <string_view>

namespace audit {

inline constexpr std::string_view k_sealed_extension = ".sealed";

struct SealCost {
    unsigned long long opslimit; // Argon2id passes
    std::size_t memlimit;        // bytes of memory
};
// libsodium's "interactive" cost (64 MiB): a second or less on a school laptop.
SealCost default_seal_cost();

// Encrypts `plain` with a key derived from `passphrase` and a fresh random salt.
Result<std::string> seal(std::string_view plain, std::string_view passphrase,
                         SealCost cost = default_seal_cost());
// Decrypts a sealed file's bytes; fails with "wrong passphrase, or the file was changed" when
// the passphrase is wrong or a byte was altered, and says so when the text is not sealed at all.
Result<std::string> unseal(std::string_view sealed, std::string_view passphrase);
// True when `bytes` starts like a sealed file.
bool looks_sealed(std::string_view bytes);

} // namespace audit
