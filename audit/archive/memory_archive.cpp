#include "audit/archive/archive.hpp"
#include <algorithm>

namespace audit {

namespace {

// Files held in memory: for tests, and for the generic check examples.
class MemoryArchive final : public Archive {
public:
    MemoryArchive(std::string name, std::vector<std::pair<std::string, std::string>> files)
        : m_name(std::move(name)), m_files(std::move(files)) {
        std::sort(m_files.begin(), m_files.end());
        for (std::size_t i = 0; i < m_files.size(); ++i) {
            const auto& [entry_name, bytes] = m_files[i];
            m_entries.push_back(Entry{entry_name, bytes.size(), bytes.size(), i});
        }
    }
    const std::string& display_name() const override { return m_name; }
    const std::vector<Entry>& entries() const override { return m_entries; }
    Result<std::string> read(const Entry& entry) const override {
        if (entry.index >= m_files.size()) return fail(entry.name + ": no such entry");
        return m_files[entry.index].second;
    }
    const std::vector<std::pair<std::string, std::string>>& rejected() const override {
        return m_rejected;
    }

private:
    std::string m_name;
    std::vector<std::pair<std::string, std::string>> m_files;
    std::vector<Entry> m_entries;
    std::vector<std::pair<std::string, std::string>> m_rejected;
};

} // namespace

std::unique_ptr<Archive> memory_archive(std::string name,
                                        std::vector<std::pair<std::string, std::string>> files) {
    return std::make_unique<MemoryArchive>(std::move(name), std::move(files));
}

} // namespace audit
