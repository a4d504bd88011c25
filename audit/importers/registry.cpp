#include "audit/importers/importer.hpp"

namespace audit {

#define IMPORTER(name) extern const Importer name;
#include "audit/importers/importers.def"
#undef IMPORTER

namespace {
const Importer* const k_importers[] = {
#define IMPORTER(name) &name,
#include "audit/importers/importers.def"
#undef IMPORTER
};
std::vector<Importer> copy_importers() {
    std::vector<Importer> out;
    for (const Importer* i : k_importers) out.push_back(*i);
    return out;
}
} // namespace

std::span<const Importer> all_importers() {
    static const std::vector<Importer> importers = copy_importers();
    return importers;
}

const Importer* detect_importer(const ExportView& view, double min_confidence) {
    const Importer* best = nullptr;
    double best_score = min_confidence;
    for (const Importer& importer : all_importers()) {
        double score = importer.detect(view);
        if (score >= best_score && (!best || score > best_score)) {
            best = &importer;
            best_score = score;
        }
    }
    return best;
}

} // namespace audit
