#include "tests/hostile/hostile_zip.hpp"
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <zlib.h>

namespace hostile {

namespace fs = std::filesystem;

Files read_tree(const std::string& dir) {
    Files files;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        files.emplace_back(fs::relative(e.path(), dir).generic_string(), s.str());
    }
    return files;
}

zip_int64_t add(zip_t* zip, const std::string& name, const std::string& data) {
    // libzip never frees a zero-length buffer: an empty entry gets none.
    void* copy = nullptr;
    if (!data.empty()) {
        copy = std::malloc(data.size());
        std::memcpy(copy, data.data(), data.size());
    }
    zip_source_t* source = zip_source_buffer(zip, copy, data.size(), copy ? 1 : 0);
    if (!source) return -1;
    const zip_int64_t index = zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_GUESS);
    if (index < 0) zip_source_free(source);
    return index;
}

bool patch_file(const std::string& path, const std::string& from, const std::string& to) {
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    bool found = false;
    for (auto at = bytes.find(from); at != std::string::npos; at = bytes.find(from, at + 1)) {
        bytes.replace(at, from.size(), to);
        found = true;
    }
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    return found;
}

namespace {

constexpr std::size_t k_block = 1u << 20;

void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xff);
    out += static_cast<char>((v >> 8) & 0xff);
}
void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

// Deflates `input` with `flush`, appending to `out`.
bool deflate_into(z_stream& z, const std::string& input, int flush, std::string& out) {
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    z.avail_in = static_cast<uInt>(input.size());
    char buffer[1 << 16];
    do {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        const int rc = deflate(&z, flush);
        if (rc == Z_STREAM_ERROR) return false;
        out.append(buffer, sizeof buffer - z.avail_out);
    } while (z.avail_out == 0);
    return true;
}

// The fixed part of a local (34 50 03 04) or central (50 4b 01 02) header after the versions.
void put_common(std::string& out, std::uint32_t crc, std::uint32_t compressed, std::uint32_t size,
                const std::string& name) {
    put16(out, 0);    // flags
    put16(out, 8);    // deflate
    put16(out, 0);    // time
    put16(out, 0x21); // 1980-01-01
    put32(out, crc);
    put32(out, compressed);
    put32(out, size);
    put16(out, static_cast<std::uint32_t>(name.size()));
    put16(out, 0); // extra field length
}

} // namespace

bool write_spaces_zip(const std::string& path, const std::string& name, const std::string& prefix,
                      std::uint64_t spaces, const std::string& suffix) {
    if (spaces % k_block != 0) return false;
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) return false;
    const std::string block(k_block, ' ');
    std::string head, first, second, tail;
    // A full flush forgets the history, so every further block compresses to the same bytes.
    bool ok = deflate_into(z, prefix, Z_FULL_FLUSH, head) &&
              deflate_into(z, block, Z_FULL_FLUSH, first) &&
              deflate_into(z, block, Z_FULL_FLUSH, second) && first == second &&
              deflate_into(z, suffix, Z_FINISH, tail);
    deflateEnd(&z);
    if (!ok) return false;
    const std::uint64_t blocks = spaces / k_block;
    const std::uint64_t size = prefix.size() + spaces + suffix.size();
    const std::uint64_t compressed = head.size() + blocks * first.size() + tail.size();
    if (size > 0xfffffffeull || compressed > 0xfffffffeull) return false; // no zip64 here
    const uLong block_crc = crc32(0, reinterpret_cast<const Bytef*>(block.data()), k_block);
    uLong crc =
        crc32(0, reinterpret_cast<const Bytef*>(prefix.data()), static_cast<uInt>(prefix.size()));
    for (std::uint64_t i = 0; i < blocks; ++i)
        crc = crc32_combine(crc, block_crc, static_cast<z_off_t>(k_block));
    crc = crc32_combine(
        crc,
        crc32(0, reinterpret_cast<const Bytef*>(suffix.data()), static_cast<uInt>(suffix.size())),
        static_cast<z_off_t>(suffix.size()));
    const auto crc32v = static_cast<std::uint32_t>(crc);

    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    std::string local;
    put32(local, 0x04034b50);
    put16(local, 20);
    put_common(local, crc32v, static_cast<std::uint32_t>(compressed),
               static_cast<std::uint32_t>(size), name);
    local += name;
    out << local << head;
    for (std::uint64_t i = 0; i < blocks; ++i)
        out.write(first.data(), static_cast<std::streamsize>(first.size()));
    out << tail;
    std::string central;
    put32(central, 0x02014b50);
    put16(central, 20); // made by
    put16(central, 20); // needed
    put_common(central, crc32v, static_cast<std::uint32_t>(compressed),
               static_cast<std::uint32_t>(size), name);
    put16(central, 0); // comment
    put16(central, 0); // disk
    put16(central, 0); // internal attributes
    put32(central, 0); // external attributes
    put32(central, 0); // local header offset
    central += name;
    const std::uint64_t central_at = local.size() + compressed;
    std::string end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, 1);
    put16(end, 1);
    put32(end, static_cast<std::uint32_t>(central.size()));
    put32(end, static_cast<std::uint32_t>(central_at));
    put16(end, 0);
    out << central << end;
    return static_cast<bool>(out);
}

namespace {

// Peak resident memory of a running process in MB, from /proc (0 when gone).
long peak_rss_mb(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6) / 1024;
    return 0;
}

} // namespace

int run_bounded(int argc, char** argv) {
    const long max_mb = std::atol(argv[2]);
    const double max_seconds = std::atof(argv[3]);
    int first = 4;
    if (std::strcmp(argv[first], "--") == 0) ++first;
    if (first >= argc) return 2;
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0) return 2;
    if (pid == 0) {
        execvp(argv[first], argv + first);
        _exit(127);
    }
    long peak = 0;
    int result = -1;
    while (result < 0) {
        int status = 0;
        rusage usage{};
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (done == pid) {
            peak = std::max(peak, usage.ru_maxrss / 1024);
            std::cerr << "peak_rss_mb=" << peak << " seconds=" << seconds << "\n";
            if (peak > max_mb) return 125;
            result = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            break;
        }
        peak = std::max(peak, peak_rss_mb(pid));
        if (peak > max_mb || seconds > max_seconds) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            std::cerr << "peak_rss_mb=" << peak << " seconds=" << seconds << " killed\n";
            return peak > max_mb ? 125 : 124;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return result;
}

} // namespace hostile
