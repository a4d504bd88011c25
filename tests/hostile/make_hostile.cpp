// make_hostile OUT_DIR BASE_EXPORT_DIR: writes the hostile and broken exports of
// tests/hostile/test_hostile.sh into OUT_DIR, at test time (no binaries are checked in). Each zip
// holds the whole base export plus its hostile part, so a test can check that the rest is still
// audited. Names libzip will not write (NUL, duplicates, lying sizes) are written with a
// placeholder of the same length and patched in the bytes afterwards.
//
// make_hostile --run MAX_MB SECONDS -- COMMAND...: runs COMMAND, killing it past SECONDS or
// when its peak memory passes MAX_MB; prints "peak_rss_mb=N seconds=S" on stderr and exits with
// the command's status (124 on timeout, 125 over the memory bound).
#include "tests/hostile/hostile_zip.hpp"
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace hostile {
int run_bounded(int argc, char** argv);
bool write_all(const std::string& out_dir, const std::string& base_dir);
} // namespace hostile

int main(int argc, char** argv) {
    if (argc >= 5 && std::strcmp(argv[1], "--run") == 0) return hostile::run_bounded(argc, argv);
    if (argc != 3) {
        std::cerr << "usage: make_hostile OUT_DIR BASE_EXPORT_DIR\n"
                     "       make_hostile --run MAX_MB SECONDS -- COMMAND...\n";
        return 2;
    }
    return hostile::write_all(argv[1], argv[2]) ? 0 : 1;
}
