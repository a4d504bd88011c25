// A .zip export read in place with libzip: entries are decompressed into memory on demand and
// nothing is written to disk.
#include "audit/archive/archive_kinds.hpp"
#include "audit/archive/entry_collector.hpp"
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <mutex>
#include <system_error>
#include <zip.h>

namespace audit::archive_detail {

namespace {

// The Unix file type travels in the high 16 bits of a zip entry's external attributes.
constexpr std::uint32_t k_unix_type_mask = 0170000;
constexpr std::uint32_t k_unix_symlink = 0120000;
constexpr std::size_t k_read_chunk = 64 * 1024;
// Enough to start with; a string that must grow further doubles, so a header that lies about
// a huge size costs nothing until the bytes really arrive.
constexpr std::uint64_t k_max_reserve = 16u << 20;

struct ZipDiscard {
    void operator()(zip_t* zip) const { zip_discard(zip); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipDiscard>;

struct ZipFileClose {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ZipFileHandle = std::unique_ptr<zip_file_t, ZipFileClose>;

std::string libzip_message(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

// The first bytes of the file, or the reason it cannot be read at all.
Result<std::string> read_signature(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return fail(path +
                    ": cannot open: " + std::error_code(errno, std::generic_category()).message());
    char bytes[4] = {};
    const std::size_t got = std::fread(bytes, 1, sizeof bytes, file);
    std::fclose(file);
    return std::string(bytes, got);
}

std::string open_error_reason(int code, bool has_zip_signature) {
    switch (code) {
    // The file was there (its signature was read): libzip says this when a record it needs,
    // such as the zip64 size an entry claims, is missing.
    case ZIP_ER_NOENT:
        return "corrupt zip (its table of contents refers to a record that is missing)";
    case ZIP_ER_NOZIP:
        return has_zip_signature ? "truncated or corrupt zip (its table of contents is missing)"
                                 : "not a zip file";
    case ZIP_ER_INCONS: return "truncated or corrupt zip (its table of contents is inconsistent)";
    case ZIP_ER_MULTIDISK: return "a zip split across several disks, which is not supported";
    case ZIP_ER_MEMORY: return "not enough memory to open it";
    default: return "cannot open as a zip: " + libzip_message(code);
    }
}

bool is_symlink_entry(zip_t* zip, zip_uint64_t index) {
    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(zip, index, 0, &opsys, &attributes) != 0) return false;
    return opsys == ZIP_OPSYS_UNIX && ((attributes >> 16) & k_unix_type_mask) == k_unix_symlink;
}

bool has(const zip_stat_t& stat, zip_uint64_t field) {
    return (stat.valid & field) != 0;
}

bool is_encrypted(const zip_stat_t& stat) {
    return has(stat, ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE;
}

// Reads the whole entry, refusing more bytes than its header declared: the header is not
// trusted, and the memory used stays bounded by what was checked against the limits.
Result<std::string> read_declared(zip_file_t* file, std::uint64_t declared,
                                  const std::string& label) {
    std::string out;
    out.reserve(static_cast<std::size_t>(std::min(declared, k_max_reserve)));
    auto buffer = std::make_unique<char[]>(k_read_chunk);
    while (true) {
        // One byte more than is left, so that data past the declared size shows up.
        const std::uint64_t wanted =
            std::min<std::uint64_t>(k_read_chunk, declared - out.size() + 1);
        const zip_int64_t got = zip_fread(file, buffer.get(), wanted);
        if (got < 0) return fail(label + ": damaged entry: " + zip_file_strerror(file));
        if (got == 0) break;
        if (static_cast<std::uint64_t>(got) > declared - out.size())
            return fail(label + ": damaged entry: holds more data than the " +
                        format_bytes(declared) + " its header declares");
        out.append(buffer.get(), static_cast<std::size_t>(got));
    }
    if (out.size() < declared)
        return fail(label + ": damaged entry: ends after " + format_bytes(out.size()) + " of the " +
                    format_bytes(declared) + " its header declares");
    return out;
}

class ZipArchive final : public Archive {
public:
    ZipArchive(std::string path, ZipHandle zip, const ArchiveLimits& limits)
        : m_path(std::move(path)), m_zip(std::move(zip)), m_limits(limits) {}

    // Lists and validates the entries; fails when the zip holds files but every one of them is
    // encrypted (a password-protected archive rather than one odd entry).
    Result<void> list_entries();

    const std::string& display_name() const override { return m_path; }
    const std::vector<Entry>& entries() const override { return m_entries; }
    Result<std::string> read(const Entry& entry) const override;
    const std::vector<Rejection>& rejected() const override { return m_rejected; }

private:
    // Why an unencrypted entry cannot be used, or nullopt when it can.
    std::optional<std::string> entry_problem(const zip_stat_t& stat, zip_uint64_t index) const;

    std::string m_path;
    ZipHandle m_zip;
    ArchiveLimits m_limits;
    std::vector<Entry> m_entries;
    std::vector<Rejection> m_rejected;
    // libzip archives are not thread-safe; read() may be called from several threads.
    mutable std::mutex m_mutex;
};

std::optional<std::string> ZipArchive::entry_problem(const zip_stat_t& stat,
                                                     zip_uint64_t index) const {
    if (is_symlink_entry(m_zip.get(), index)) return "symbolic link (not followed)";
    if (has(stat, ZIP_STAT_COMP_METHOD) && !zip_compression_method_supported(stat.comp_method, 0))
        return "compressed with an unsupported method (" + std::to_string(stat.comp_method) + ")";
    if (!has(stat, ZIP_STAT_SIZE) || !has(stat, ZIP_STAT_COMP_SIZE)) return "size unknown";
    return std::nullopt;
}

Result<void> ZipArchive::list_entries() {
    zip_t* zip = m_zip.get();
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    if (count < 0) return fail(m_path + ": cannot list the zip: " + zip_strerror(zip));
    EntryCollector collector(m_path, m_limits);
    std::uint64_t files = 0, encrypted = 0;
    for (zip_uint64_t index = 0; index < static_cast<zip_uint64_t>(count); ++index) {
        if (!collector.admit_item()) break;
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip, index, 0, &stat) != 0 || !has(stat, ZIP_STAT_NAME)) {
            collector.reject("entry #" + std::to_string(index), "unreadable directory record");
            continue;
        }
        const char* raw = zip_get_name(zip, index, ZIP_FL_ENC_RAW);
        auto name = collector.accept_name(stat.name, raw ? raw : stat.name);
        if (!name) continue;
        ++files;
        if (is_encrypted(stat)) {
            ++encrypted;
            collector.reject(*name, "encrypted entry");
            continue;
        }
        if (auto problem = entry_problem(stat, index)) {
            collector.reject(*name, std::move(*problem));
            continue;
        }
        collector.add(std::move(*name), stat.size, stat.comp_size, index);
    }
    if (files > 0 && encrypted == files)
        return fail(m_path + ": the zip is password-protected (every entry is encrypted); "
                             "unzip it with its password and scan the folder instead");
    m_entries = collector.take_entries();
    m_rejected = collector.take_rejected();
    return {};
}

Result<std::string> ZipArchive::read(const Entry& entry) const {
    const std::string label = entry_label(m_path, entry.name);
    std::lock_guard lock(m_mutex);
    zip_stat_t stat;
    zip_stat_init(&stat);
    // The size comes from the archive, not from the caller's copy of the entry.
    if (zip_stat_index(m_zip.get(), entry.index, 0, &stat) != 0 || !has(stat, ZIP_STAT_SIZE))
        return fail(label + ": no such entry");
    if (auto error = read_size_error(m_path, entry.name, stat.size, m_limits)) return fail(*error);
    ZipFileHandle file(zip_fopen_index(m_zip.get(), entry.index, 0));
    if (!file) return fail(label + ": cannot open entry: " + zip_strerror(m_zip.get()));
    return read_declared(file.get(), stat.size, label);
}

} // namespace

Result<std::unique_ptr<Archive>> open_zip_archive(const std::string& path,
                                                  const ArchiveLimits& limits) {
    auto signature = read_signature(path);
    if (!signature) return tl::unexpected(signature.error());
    int code = 0;
    ZipHandle zip(zip_open(path.c_str(), ZIP_RDONLY, &code));
    if (!zip) return fail(path + ": " + open_error_reason(code, signature->rfind("PK", 0) == 0));
    auto archive = std::make_unique<ZipArchive>(path, std::move(zip), limits);
    if (auto listed = archive->list_entries(); !listed) return tl::unexpected(listed.error());
    return std::unique_ptr<Archive>(std::move(archive));
}

} // namespace audit::archive_detail
