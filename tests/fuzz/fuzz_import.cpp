// A whole importer chain on an in-memory export: the input is a small "tar of text" (each entry
// starts with a line "==> NAME" and runs to the next one), every importer that recognises any of
// it runs, as a scan would run the most confident one.
#include "audit/archive/export_view.hpp"
#include "audit/importers/importer.hpp"
#include "tests/fuzz/fuzz_support.hpp"
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

constexpr std::string_view k_marker = "==> ";
constexpr std::size_t k_max_entries = 64;

std::vector<std::pair<std::string, std::string>> split_entries(std::string_view text) {
    std::vector<std::pair<std::string, std::string>> files;
    while (text.starts_with(k_marker) && files.size() < k_max_entries) {
        text.remove_prefix(k_marker.size());
        const std::size_t eol = text.find('\n');
        std::string name(text.substr(0, eol));
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        std::size_t next = text.find(std::string("\n") + std::string(k_marker));
        std::string_view body = text.substr(0, next);
        text.remove_prefix(next == std::string_view::npos ? text.size() : next + 1);
        files.emplace_back(std::move(name), std::string(body));
    }
    return files;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto files = split_entries(audit::fuzz::as_text(data, size));
    if (files.empty()) return 0;
    std::vector<std::unique_ptr<audit::Archive>> parts;
    parts.push_back(audit::memory_archive("fuzz-export", std::move(files)));
    const audit::ExportView view(std::move(parts));
    for (const audit::Importer& importer : audit::all_importers()) {
        if (importer.detect(view) <= 0) continue;
        audit::Export out;
        importer.import_export(view, out);
    }
    return 0;
}
