// The school profile (TOML through toml++ and our validation). Rosters it names resolve in an
// empty folder, so the fuzzer exercises the error paths without reading the machine's files.
#include "audit/profile/school_profile.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path k_empty = "/nonexistent/staff-audit-fuzz";
    (void)audit::parse_profile(audit::fuzz::as_text(data, size), "fuzz.toml", k_empty);
    return 0;
}
