#include "audit/importers/item_identities.hpp"

namespace audit {

std::string ItemIdentities::unique(std::string_view file, std::string item) {
    // Items come file by file: the file of the last call is usually the file of this one.
    if (!m_last_file || m_last_file->first != file) {
        auto in_file = m_uses.find(file);
        if (in_file == m_uses.end()) in_file = m_uses.emplace(std::string(file), ByName<int>{}).first;
        m_last_file = &*in_file;
    }
    ByName<int>& in_file = m_last_file->second;
    auto counted = in_file.find(item);
    if (counted == in_file.end()) counted = in_file.emplace(item, 0).first;
    const int uses = ++counted->second;
    if (uses > 1) item += " (" + std::to_string(uses) + ")";
    return item;
}

} // namespace audit
