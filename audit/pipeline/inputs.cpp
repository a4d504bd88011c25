#include "audit/pipeline/inputs.hpp"
#include <map>

namespace audit {

namespace {

struct OpenedInput {
    std::unique_ptr<Archive> archive;
    const Importer* importer = nullptr;
};

// Detection on one input alone; a media-only zip part may detect as nothing.
const Importer* detect_alone(const Archive& archive) {
    std::vector<std::unique_ptr<Archive>> parts;
    // A view needs ownership; borrow through a thin non-owning wrapper.
    struct Borrowed final : Archive {
        const Archive& inner;
        explicit Borrowed(const Archive& a) : inner(a) {}
        const std::string& display_name() const override { return inner.display_name(); }
        const std::vector<Entry>& entries() const override { return inner.entries(); }
        Result<std::string> read(const Entry& e) const override { return inner.read(e); }
        const std::vector<std::pair<std::string, std::string>>& rejected() const override {
            return inner.rejected();
        }
    };
    parts.push_back(std::make_unique<Borrowed>(archive));
    return detect_importer(ExportView(std::move(parts)));
}

} // namespace

Result<std::vector<DetectedExport>> open_exports(const std::vector<std::string>& inputs) {
    if (inputs.empty()) return fail("no export given: pass a .zip file or an unpacked folder");
    std::vector<OpenedInput> opened;
    for (const std::string& path : inputs) {
        auto archive = open_archive(path);
        if (!archive) return fail(archive.error().message);
        const Importer* importer = detect_alone(**archive);
        opened.push_back(OpenedInput{std::move(*archive), importer});
    }
    // Parts of one export share an importer; parts that detect as nothing (media only) join the
    // one export there is, and are an error when there are several to choose from.
    std::map<std::string_view, std::vector<std::unique_ptr<Archive>>> groups;
    std::vector<const Importer*> order;
    for (auto& input : opened) {
        if (!input.importer) continue;
        if (!groups.count(input.importer->id)) order.push_back(input.importer);
        groups[input.importer->id].push_back(std::move(input.archive));
    }
    for (auto& input : opened) {
        if (input.importer) continue;
        if (order.size() != 1)
            return fail(input.archive->display_name() +
                        ": cannot tell which platform this export is from (no file that a "
                        "Facebook, Instagram, X, LinkedIn or TikTok export holds)");
        groups[order.front()->id].push_back(std::move(input.archive));
    }
    std::vector<DetectedExport> out;
    for (const Importer* importer : order)
        out.push_back(DetectedExport{importer, std::make_unique<ExportView>(std::move(groups[importer->id]))});
    return out;
}

} // namespace audit
