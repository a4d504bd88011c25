#include "audit/importers/item_identities.hpp"

namespace audit {

std::string ItemIdentities::unique(std::string_view file, std::string item) {
    auto in_file = m_uses.find(file);
    if (in_file == m_uses.end()) in_file = m_uses.emplace(std::string(file), ByName<int>{}).first;
    auto counted = in_file->second.find(item);
    if (counted == in_file->second.end()) counted = in_file->second.emplace(item, 0).first;
    const int uses = ++counted->second;
    if (uses > 1) item += " (" + std::to_string(uses) + ")";
    return item;
}

} // namespace audit
