// Roster files: plain CSV (header optional) and hashed rosters (TOML with salted hashes), told
// apart by the header line exactly as load_roster does.
#include "audit/profile/school_profile.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = audit::fuzz::as_text(data, size);
    (void)audit::parse_roster(text, "pupils.csv", audit::RosterKind::pupils);
    // The hashed reader also on its own, so inputs without the header line reach it too.
    (void)audit::parse_hashed_roster(text, "pupils.roster", audit::RosterKind::pupils);
    return 0;
}
