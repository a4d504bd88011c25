#pragma once
// Asks for a passphrase on the terminal (/dev/tty) with echo off. Never from a flag, an
// environment variable or a pipe: a passphrase there ends up in shell history, `ps` output or
// scripts. Fails when there is no terminal to ask on.
#include "audit/core/result.hpp"
#include <string>
#include <string_view>

namespace audit {

// Asks once; `prompt` is shown as is.
Result<std::string> ask_passphrase(std::string_view prompt);
// Asks twice and checks that both match and the passphrase is long enough (sealing).
Result<std::string> ask_new_passphrase();
// Wipes a passphrase from memory.
void wipe(std::string& secret);

inline constexpr std::size_t k_min_passphrase = 8;

} // namespace audit
