#pragma once
// One importer per platform and format. detect() looks at the entries (and may read small files)
// and answers how sure it is that this export is its format; import_export() fills the model.
// Importers record problems per file and go on: real exports are partial and odd.
#include "audit/archive/export_view.hpp"
#include "audit/model/export.hpp"
#include <span>
#include <string_view>

namespace audit {

struct Importer {
    std::string_view id; // "facebook_json"
    Platform platform;
    Format format;
    double (*detect)(const ExportView& view); // 0 = not mine … 1 = certainly mine
    void (*import_export)(const ExportView& view, Export& out);
};

// Every importer, in importers.def order.
std::span<const Importer> all_importers();
// The importer most sure of this view, or nullptr when none reaches `min_confidence`.
const Importer* detect_importer(const ExportView& view, double min_confidence = 0.3);

} // namespace audit
