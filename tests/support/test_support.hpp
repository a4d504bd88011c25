#pragma once
// Shared helpers for tests: paths to the repository and ../shared, temporary folders that clean
// up after themselves, and real zip files written with libzip.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace audit::test {

std::filesystem::path source_dir();
std::filesystem::path shared_dir(); // ../shared beside the checkout (may be absent)
std::filesystem::path examples_dir();

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// Writes a real zip (deflate) with the given (entry name, contents) pairs.
void write_zip(const std::filesystem::path& zip,
               const std::vector<std::pair<std::string, std::string>>& files);
// Writes a zip holding every file under `folder`, entry names relative to it.
void zip_folder(const std::filesystem::path& folder, const std::filesystem::path& zip);
std::string read_file(const std::filesystem::path& file);
void write_file(const std::filesystem::path& file, const std::string& contents);

} // namespace audit::test
