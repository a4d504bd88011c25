#pragma once
// Shared by the conformance tests: a folder of ../shared/samples as an in-memory export, the
// registered importers by id, and the skip (with a message) where the samples are absent.
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/importers/importer.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace audit::conformance {

namespace fs = std::filesystem;

inline const Importer& importer(std::string_view id) {
    for (const Importer& i : all_importers())
        if (i.id == id) return i;
    FAIL(std::string(id) << " is not registered");
    throw 0;
}

// The folder's files as (relative name, bytes), each name under `prefix`.
inline std::vector<std::pair<std::string, std::string>> files_of(const fs::path& folder,
                                                                 const std::string& prefix = {}) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& e : fs::recursive_directory_iterator(folder))
        if (e.is_regular_file())
            files.emplace_back(prefix + fs::relative(e.path(), folder).generic_string(),
                               test::read_file(e.path()));
    return files;
}

inline ExportView view_of(const fs::path& folder, const std::string& prefix = {}) {
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive(folder.filename().string(), files_of(folder, prefix)));
    return ExportView(std::move(parts));
}

// True when ../shared/<relative> exists; otherwise the test is skipped, saying so.
inline bool present(const fs::path& relative) {
    if (fs::exists(test::shared_dir() / relative)) return true;
    WARN("skipped: " << (test::shared_dir() / relative) << " is absent");
    return false;
}

inline std::string problems_of(const Export& out) {
    std::string text;
    for (const Problem& p : out.problems)
        text += p.file + ": " + p.message + "\n";
    return text;
}

} // namespace audit::conformance
