// The hostile exports: one zip per case, each the base export plus its hostile part.
#include "tests/hostile/hostile_zip.hpp"
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>

namespace hostile {

namespace {

constexpr std::uint64_t k_mb = 1u << 20;
const std::string k_posts =
    "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json";
const std::string k_friends = "connections/friends/your_friends.json";
const std::string k_profile = "personal_information/profile_information/profile_information.json";

using Extra = std::function<bool(zip_t*)>;

bool none(zip_t*) {
    return true;
}

Files replaced(Files files, const std::string& name, const std::string& data) {
    for (auto& [n, d] : files)
        if (n == name) d = data;
    return files;
}

bool add_all(zip_t* zip, const Files& files) {
    for (const auto& [name, data] : files)
        if (add(zip, name, data) < 0) return false;
    return true;
}

// Opens a zip written by hand and adds the base export to it (libzip copies the hand-written
// entry as it is, without decompressing it).
bool append(const std::string& path, const Files& files) {
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), 0, &error);
    if (!zip) return false;
    if (!add_all(zip, files)) {
        zip_discard(zip);
        return false;
    }
    return zip_close(zip) == 0;
}

// The central directory's uncompressed size of `name` set to 0xFFFFFFFF, the zip64 marker,
// with no zip64 extra field to hold the real size.
bool claim_zip64_size(const std::string& path, const std::string& name) {
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    bool done = false;
    for (auto at = bytes.find(name); at != std::string::npos; at = bytes.find(name, at + 1))
        if (at >= 46 && bytes.compare(at - 46, 4, "PK\x01\x02") == 0) {
            bytes.replace(at - 46 + 24, 4, "\xff\xff\xff\xff");
            done = true;
        }
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    return done;
}

// The end-of-central-directory record's entry counts set to 0xFFFF (zip64's marker) with no
// zip64 record anywhere.
bool claim_zip64_count(const std::string& path) {
    std::fstream file(path, std::ios::binary | std::ios::in | std::ios::out);
    file.seekp(-22 + 8, std::ios::end);
    file.write("\xff\xff\xff\xff", 4);
    return static_cast<bool>(file);
}

std::string inner_zip(const std::string& dir, const Files& files) {
    const std::string path = dir + "/inner.tmp.zip";
    write_zip(path, files, none);
    std::ifstream in(path, std::ios::binary);
    std::string bytes(std::istreambuf_iterator<char>(in), {});
    std::filesystem::remove(path);
    return bytes;
}

} // namespace

bool write_all(const std::string& out, const std::string& base_dir) {
    const Files base = read_tree(base_dir);
    bool ok = true;
    auto check = [&](bool step, const char* what) {
        if (!step) std::cerr << "make_hostile: could not write " << what << "\n";
        ok = ok && step;
    };
    check(write_zip(out + "/names.zip", base,
                    [](zip_t* z) {
                        return add(z, "../../escape.json", "{}") >= 0 &&
                               add(z, "/etc/absolute.json", "{}") >= 0 &&
                               add(z, "C:/Windows/drive.json", "{}") >= 0 &&
                               add(z, "sub\\..\\..\\backslash_escape.json", "{}") >= 0 &&
                               add(z, "windows\\style\\name.txt", "fine") >= 0 &&
                               add(z, "ctrl\x01\x1b[31mname.json", "{}") >= 0 &&
                               add(z, "nulXname.json", "{}") >= 0 &&
                               add(z, "bad\xff\xfeutf8.json", "{}") >= 0;
                    }) &&
              patch_file(out + "/names.zip", "nulXname.json", std::string("nul\0name.json", 13)),
          "names.zip");
    check(write_zip(out + "/symlink.zip", base,
                    [](zip_t* z) {
                        const auto i =
                            add(z, "your_facebook_activity/posts/link.json", "/etc/passwd");
                        return i >= 0 && zip_file_set_external_attributes(
                                             z, static_cast<zip_uint64_t>(i), 0, ZIP_OPSYS_UNIX,
                                             (0120777u << 16)) == 0;
                    }),
          "symlink.zip");
    check(write_zip(out + "/duplicate.zip", base,
                    [](zip_t* z) {
                        return add(z, "notes/dup.json", "{\"a\": 1}") >= 0 &&
                               add(z, "notes/duq.json", "{\"a\": 2}") >= 0;
                    }) &&
              patch_file(out + "/duplicate.zip", "notes/duq.json", "notes/dup.json"),
          "duplicate.zip");
    auto encrypt = [](zip_t* z, const std::string& name) {
        const auto i = add(z, name, "{\"secret\": true}");
        return i >= 0 && zip_file_set_encryption(z, static_cast<zip_uint64_t>(i), ZIP_EM_AES_256,
                                                 "password") == 0;
    };
    check(write_zip(out + "/encrypted_entry.zip", base,
                    [&](zip_t* z) { return encrypt(z, "secret/locked.json"); }),
          "encrypted_entry.zip");
    check(write_zip(out + "/all_encrypted.zip", {},
                    [&](zip_t* z) { return encrypt(z, "a.json") && encrypt(z, "b.json"); }),
          "all_encrypted.zip");
    check(write_zip(out + "/zip64_size.zip", base,
                    [](zip_t* z) { return add(z, "zip64/claims_zip64.json", "{}") >= 0; }) &&
              claim_zip64_size(out + "/zip64_size.zip", "zip64/claims_zip64.json"),
          "zip64_size.zip");
    check(write_zip(out + "/zip64_count.zip", base, none) &&
              claim_zip64_count(out + "/zip64_count.zip"),
          "zip64_count.zip");
    // 1 GB of spaces in a 1 MB entry: a zip bomb by ratio.
    check(write_spaces_zip(out + "/bomb.zip", "your_facebook_activity/posts/bomb.json", "[",
                           1024 * k_mb, "]") &&
              append(out + "/bomb.zip", base),
          "bomb.zip");
    // One 2 GB JSON file (a post list padded with spaces).
    check(write_spaces_zip(
              out + "/json_2gb.zip",
              "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_2.json", "[",
              2048 * k_mb, "]") &&
              append(out + "/json_2gb.zip", base),
          "json_2gb.zip");
    check(
        write_zip(out + "/nested.zip", base,
                  [&](zip_t* z) { return add(z, "archive/inner.zip", inner_zip(out, base)) >= 0; }),
        "nested.zip");
    check(write_zip(out + "/many_entries.zip", base,
                    [](zip_t* z) {
                        for (int i = 0; i < 100000; ++i) {
                            // Stored: a deflate stream per tiny entry would make this slow.
                            const auto at = add(z, "many/" + std::to_string(i) + ".txt", "x");
                            if (at < 0 || zip_set_file_compression(z, static_cast<zip_uint64_t>(at),
                                                                   ZIP_CM_STORE, 0) != 0)
                                return false;
                        }
                        return true;
                    }),
          "many_entries.zip");

    // Malformed data inside an otherwise good export.
    check(write_zip(
              out + "/bad_utf8.zip",
              replaced(base, k_friends,
                       "{\"friends_v2\": [{\"name\": \"Bad \xc3\x28 \xff\xfe \xed\xa0\x80 name\", "
                       "\"timestamp\": 1700000000}]}"),
              none),
          "bad_utf8.zip");
    check(write_zip(out + "/deep_json.zip",
                    replaced(base, k_posts, std::string(200000, '[') + std::string(200000, ']')),
                    none),
          "deep_json.zip");
    check(write_zip(out + "/wrong_types.zip",
                    replaced(base, k_friends,
                             "{\"friends_v2\": [{\"name\": 42, \"timestamp\": \"yesterday\"}, "
                             "{\"name\": [\"a\"], \"timestamp\": {}}, null, 7, \"x\", "
                             "{\"name\": {\"first\": \"A\"}, \"timestamp\": -1e308}]}"),
                    none),
          "wrong_types.zip");
    std::string posts;
    for (const auto& [name, data] : base)
        if (name == k_posts) posts = data.substr(0, data.size() / 2);
    check(write_zip(out + "/truncated_json.zip", replaced(base, k_posts, posts), none),
          "truncated_json.zip");
    return ok;
}

} // namespace hostile
