#pragma once
// Internal to audit/text: vectorscan scratch space, one per thread, shared by every database
// (LiteralSet, AsciiPrefilter).
#include <hs/hs.h>
#include <cstdint>

namespace audit {

// A serial number for a new database. Databases are told apart by it, never by address, which
// a new database could reuse.
std::uint64_t next_database_serial();
// This thread's scratch, grown to fit `db` (serial `serial`) the first time; nullptr when
// vectorscan cannot allocate it.
hs_scratch_t* scratch_for(const hs_database_t* db, std::uint64_t serial);

} // namespace audit
