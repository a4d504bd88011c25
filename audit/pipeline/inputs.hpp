#pragma once
// Opens what the user passed and groups it into exports: several zip parts of one export become
// one view; exports of different platforms stay apart. The platform is detected from contents.
#include "audit/archive/export_view.hpp"
#include "audit/importers/importer.hpp"
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct DetectedExport {
    const Importer* importer = nullptr;
    std::unique_ptr<ExportView> view;
};

// The bytes of the entry a media uri resolves to (ExportView::resolve), or why there are none.
inline Result<std::string> read_media_file(const ExportView& view, std::string_view uri) {
    auto entry = view.resolve(uri);
    if (!entry) return fail("not found in the export");
    return view.read(*entry);
}

// Fails, naming the input, when an input cannot be opened or its platform cannot be told.
Result<std::vector<DetectedExport>> open_exports(const std::vector<std::string>& inputs);

} // namespace audit
