// `staff-audit open REPORT.sealed [--stdout]`: decrypts a sealed report (--encrypt).
#include "audit/cli/commands.hpp"
#include "audit/cli/output.hpp"
#include "audit/cli/passphrase.hpp"
#include "audit/crypto/seal.hpp"
#include "audit/profile/profile_values.hpp"
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sodium.h>

namespace audit {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t k_max_sealed_bytes = 512 * 1024 * 1024;

int error(const std::string& message) {
    std::cerr << "staff-audit: " << message << "\n";
    return k_exit_error;
}

// "report.html.sealed" → "report.html", so the opened copy keeps its kind.
fs::path plain_name(const fs::path& sealed) {
    fs::path name = sealed.filename();
    if (name.extension() == k_sealed_extension) name.replace_extension();
    return name.empty() ? fs::path("report") : name;
}

} // namespace

int open_command(const std::string& sealed, bool to_stdout) {
    auto bytes = profile::read_small_file(sealed, k_max_sealed_bytes);
    if (!bytes) return error(bytes.error().message);
    if (!looks_sealed(*bytes)) return error(sealed + ": not a sealed staff-audit report");
    auto passphrase =
        ask_passphrase("Passphrase for " + fs::path(sealed).filename().string() + ": ");
    if (!passphrase) return error(passphrase.error().message);
    auto plain = unseal(*bytes, *passphrase);
    wipe(*passphrase);
    if (!plain) return error(sealed + ": " + plain.error().message);
    if (to_stdout) {
        std::cout << *plain;
        std::cout.flush();
        sodium_memzero(plain->data(), plain->size());
        return k_exit_clean;
    }
    // A new owner-only folder (mkdtemp makes it 0700) holding an owner-only file.
    std::string templ = (fs::temp_directory_path() / "staff-audit-open-XXXXXX").string();
    if (!mkdtemp(templ.data())) return error("cannot create a private temporary folder");
    const fs::path file = fs::path(templ) / plain_name(sealed);
    auto ok = write_private_file(file, *plain);
    sodium_memzero(plain->data(), plain->size());
    if (!ok) return error(ok.error().message);
    std::cout << file.string() << "\n";
    std::cerr << "Opened into an owner-only temporary file; delete it when you are done.\n";
    return k_exit_clean;
}

} // namespace audit
