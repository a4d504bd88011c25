// The zip reader exactly as a scan uses it: open_archive() on a path (a memfd, so nothing is
// written to disk), the listing with its name checks and limits, then every entry read.
#include "audit/archive/archive.hpp"
#include "tests/fuzz/fuzz_support.hpp"
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace {

// One in-memory file for the whole run, rewritten for each input.
int memory_file() {
    static const int fd = memfd_create("fuzz.zip", 0);
    if (fd < 0) std::abort();
    return fd;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const int fd = memory_file();
    if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size))
        std::abort();
    static const std::string path = "/proc/self/fd/" + std::to_string(fd);
    // Small limits, so the fuzzer spends its time on structure rather than on huge entries.
    audit::ArchiveLimits limits;
    limits.max_entries = 2000;
    limits.max_entry_bytes = 16u << 20;
    limits.max_total_bytes = 64u << 20;
    auto archive = audit::open_archive(path, limits);
    if (!archive) return 0;
    for (const auto& entry : (*archive)->entries())
        (void)(*archive)->read(entry);
    (void)(*archive)->rejected();
    return 0;
}
