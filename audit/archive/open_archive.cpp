#include "audit/archive/archive_kinds.hpp"
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace audit {

namespace {

namespace fs = std::filesystem;

// Zips are recognised by their signature, not their extension: exports get renamed.
Result<bool> starts_with_zip_signature(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(path +
                    ": cannot open: " + std::error_code(errno, std::generic_category()).message());
    char bytes[2] = {};
    return in.read(bytes, sizeof bytes) && bytes[0] == 'P' && bytes[1] == 'K';
}

} // namespace

Result<std::unique_ptr<Archive>> open_archive(const std::string& path,
                                              const ArchiveLimits& limits) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) return fail(path + ": no such file or folder");
    if (ec) return fail(path + ": cannot access: " + ec.message());
    if (fs::is_directory(status)) return archive_detail::open_folder_archive(path, limits);
    if (fs::is_regular_file(status)) {
        auto is_zip = starts_with_zip_signature(path);
        if (!is_zip) return tl::unexpected(is_zip.error());
        if (*is_zip) return archive_detail::open_zip_archive(path, limits);
    }
    return fail(path + ": is neither a zip file nor a folder");
}

} // namespace audit
