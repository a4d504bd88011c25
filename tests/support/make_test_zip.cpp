// make_test_zip OUT.zip [--raw NAME=TEXT]... [DIR]: writes a real zip for the CLI tests, holding
// every file under DIR (names relative to DIR) and any NAME=TEXT entries given.
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <zip.h>

namespace fs = std::filesystem;

static bool add(zip_t* z, const std::string& name, const std::string& data) {
    // libzip never frees a zero-length buffer: an empty entry gets none.
    void* copy = nullptr;
    if (!data.empty()) {
        copy = std::malloc(data.size());
        std::memcpy(copy, data.data(), data.size());
    }
    zip_source_t* src = zip_source_buffer(z, copy, data.size(), copy ? 1 : 0);
    if (!src) return false;
    if (zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(src);
        return false;
    }
    return true;
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: make_test_zip OUT.zip [--raw NAME=TEXT]... [DIR]\n";
        return 2;
    }
    int err = 0;
    zip_t* z = zip_open(argv[1], ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z) return 1;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--raw" && i + 1 < argc) {
            std::string spec = argv[++i];
            auto eq = spec.find('=');
            if (eq == std::string::npos || !add(z, spec.substr(0, eq), spec.substr(eq + 1))) return 1;
            continue;
        }
        for (const auto& e : fs::recursive_directory_iterator(arg)) {
            if (!e.is_regular_file()) continue;
            std::ifstream in(e.path(), std::ios::binary);
            std::ostringstream s;
            s << in.rdbuf();
            if (!add(z, fs::relative(e.path(), arg).generic_string(), s.str())) return 1;
        }
    }
    return zip_close(z) == 0 ? 0 : 1;
}
