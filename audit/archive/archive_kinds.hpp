#pragma once
// Internal to the archive layer: the concrete archives open_archive() chooses between.
#include "audit/archive/archive.hpp"

namespace audit::archive_detail {

// A .zip file read in place with libzip; fails naming the file when it is missing, not a zip,
// truncated or corrupt, or wholly encrypted.
Result<std::unique_ptr<Archive>> open_zip_archive(const std::string& path,
                                                  const ArchiveLimits& limits);
// An unpacked export: every regular file below `path`; symbolic links are listed as rejected,
// never followed.
Result<std::unique_ptr<Archive>> open_folder_archive(const std::string& path,
                                                     const ArchiveLimits& limits);

} // namespace audit::archive_detail
