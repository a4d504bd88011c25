#include "audit/text/hs_scratch.hpp"
#include <algorithm>
#include <atomic>
#include <vector>

namespace audit {

namespace {

// Scratch space is per thread, grown to fit whichever database uses it. Growing only ever
// enlarges it, so a database fitted once stays fitted: hs_alloc_scratch is called once per
// database and thread, not once per text (it cost more than the scans themselves).
struct ThreadScratch {
    hs_scratch_t* scratch = nullptr;
    std::vector<std::uint64_t> fitted; // serial numbers of the databases it fits
    ~ThreadScratch() {
        if (scratch) hs_free_scratch(scratch);
    }
};

} // namespace

std::uint64_t next_database_serial() {
    static std::atomic<std::uint64_t> serial{0};
    return ++serial;
}

hs_scratch_t* scratch_for(const hs_database_t* db, std::uint64_t serial) {
    thread_local ThreadScratch t_scratch;
    if (std::find(t_scratch.fitted.begin(), t_scratch.fitted.end(), serial) != t_scratch.fitted.end())
        return t_scratch.scratch;
    if (hs_alloc_scratch(db, &t_scratch.scratch) != HS_SUCCESS) return nullptr;
    t_scratch.fitted.push_back(serial);
    return t_scratch.scratch;
}

} // namespace audit
