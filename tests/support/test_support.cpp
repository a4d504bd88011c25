#include "support/test_support.hpp"
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <zip.h>

namespace audit::test {

namespace fs = std::filesystem;

fs::path source_dir() { return SA_SOURCE_DIR; }
fs::path shared_dir() { return fs::weakly_canonical(fs::path(SA_SHARED_DIR)); }
fs::path examples_dir() { return source_dir() / "examples"; }

TempDir::TempDir() {
    std::random_device rd;
    m_path = fs::temp_directory_path() / ("sa-test-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

namespace {
void add_buffer(zip_t* z, const std::string& name, const std::string& contents) {
    // libzip keeps the pointer until zip_close; copy into a buffer it frees itself. An empty
    // entry gets no buffer: libzip never frees one of length 0.
    void* copy = nullptr;
    if (!contents.empty()) {
        copy = std::malloc(contents.size());
        std::memcpy(copy, contents.data(), contents.size());
    }
    zip_source_t* src = zip_source_buffer(z, copy, contents.size(), copy ? 1 : 0);
    if (!src || zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
        if (src) zip_source_free(src);
        throw std::runtime_error("cannot add " + name + ": " + zip_strerror(z));
    }
}
} // namespace

void write_zip(const fs::path& zip,
               const std::vector<std::pair<std::string, std::string>>& files) {
    int err = 0;
    zip_t* z = zip_open(zip.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z) throw std::runtime_error("cannot create " + zip.string());
    for (const auto& [name, contents] : files) add_buffer(z, name, contents);
    if (zip_close(z) != 0) throw std::runtime_error("cannot write " + zip.string());
}

void zip_folder(const fs::path& folder, const fs::path& zip) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& e : fs::recursive_directory_iterator(folder))
        if (e.is_regular_file())
            files.emplace_back(fs::relative(e.path(), folder).generic_string(), read_file(e.path()));
    write_zip(zip, files);
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_file(const fs::path& file, const std::string& contents) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << contents;
}

} // namespace audit::test
