#include "audit/pipeline/inputs.hpp"
#include <map>

namespace audit {

namespace {

using SharedArchive = std::shared_ptr<const Archive>;

struct OpenedInput {
    SharedArchive archive;
    const Importer* importer = nullptr; // nullptr: detects as nothing alone (a media-only part)
};

} // namespace

Result<std::vector<DetectedExport>> open_exports(const std::vector<std::string>& inputs) {
    if (inputs.empty()) return fail("no export given: pass a .zip file or an unpacked folder");
    std::vector<OpenedInput> opened;
    for (const std::string& path : inputs) {
        auto archive = open_archive(path);
        if (!archive) return fail(archive.error().message);
        SharedArchive shared = std::move(*archive);
        const Importer* importer = detect_importer(ExportView({shared}));
        opened.push_back(OpenedInput{shared, importer});
    }
    // Parts of one export share an importer; parts that detect as nothing (media only) join the
    // one export there is, and are an error when there are several to choose from.
    std::map<std::string_view, std::vector<SharedArchive>> groups;
    std::vector<const Importer*> order;
    for (auto& input : opened) {
        if (!input.importer) continue;
        if (!groups.count(input.importer->id)) order.push_back(input.importer);
        groups[input.importer->id].push_back(input.archive);
    }
    for (auto& input : opened) {
        if (input.importer) continue;
        if (order.size() != 1)
            return fail(input.archive->display_name() +
                        ": cannot tell which platform this export is from (no file that a "
                        "Facebook, Instagram, X, LinkedIn or TikTok export holds)");
        groups[order.front()->id].push_back(input.archive);
    }
    std::vector<DetectedExport> out;
    for (const Importer* importer : order)
        out.push_back(DetectedExport{importer, std::make_unique<ExportView>(std::move(groups[importer->id]))});
    return out;
}

} // namespace audit
