#pragma once
// Pieces of make_hostile: a small libzip writer, byte patching, and a hand-written deflated
// entry of any size (the 2 GB JSON), all for tests.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>
#include <zip.h>

namespace hostile {

using Files = std::vector<std::pair<std::string, std::string>>;

// Every regular file under `dir`, names relative to it.
Files read_tree(const std::string& dir);
// Adds `data` as `name` (raw bytes, no name checks); returns the index or -1.
zip_int64_t add(zip_t* zip, const std::string& name, const std::string& data);
// Writes `files` to a new zip at `path`, calling `extra` to add more before closing.
template <class Extra> bool write_zip(const std::string& path, const Files& files, Extra extra) {
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip) return false;
    for (const auto& [name, data] : files)
        if (add(zip, name, data) < 0) {
            zip_discard(zip);
            return false;
        }
    if (!extra(zip)) {
        zip_discard(zip);
        return false;
    }
    return zip_close(zip) == 0;
}
// Replaces every occurrence of `from` in the file by `to` (same length); false when none.
bool patch_file(const std::string& path, const std::string& from, const std::string& to);
// A zip with one deflated entry `name` of prefix + `spaces` spaces + suffix, written by hand from
// one compressed block repeated, so a 2 GB entry costs milliseconds and a few MB of disk.
bool write_spaces_zip(const std::string& path, const std::string& name, const std::string& prefix,
                      std::uint64_t spaces, const std::string& suffix);

} // namespace hostile
