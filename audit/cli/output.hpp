#pragma once
// Writes report files: owner-only (0600), never inside an export or over one.
#include "audit/core/result.hpp"
#include "reports/report.hpp"
#include <filesystem>
#include <string>
#include <vector>

namespace audit {

struct OutputPlan {
    std::vector<std::pair<std::string, std::filesystem::path>> files; // (format, path)
};

// -o PATH with one format is the file; with several, the stem (PATH.html, PATH.json, …).
// Fails when a path would land inside one of the exports.
Result<OutputPlan> plan_outputs(const std::string& output, const std::vector<std::string>& formats,
                                const std::vector<std::string>& inputs);
// Writes every planned file; returns the paths written. With a passphrase each file is sealed
// (audit/crypto/seal.hpp) and written as PATH.sealed instead: the plain report never reaches
// the disk.
Result<std::vector<std::filesystem::path>> write_reports(const Report& report, const OutputPlan& plan,
                                                         const std::string* passphrase = nullptr);
// Creates `file` owner-only and writes `contents`, replacing what was there.
Result<void> write_private_file(const std::filesystem::path& file, std::string_view contents);

} // namespace audit
