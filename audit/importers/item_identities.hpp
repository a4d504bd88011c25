#pragma once
// Item identities ("post 2025-03-14T16:02:11Z", "friend Jane Doe") must be unique within their
// file and must not depend on an item's position (SourceRef), so that findings keep their ids
// when an export is downloaded again: the second item of a file with the same identity becomes
// "… (2)", the third "… (3)".
#include <string>
#include <string_view>
#include <unordered_map>

namespace audit {

class ItemIdentities {
public:
    // `item`, or "item (n)" for its n-th use in `file`.
    std::string unique(std::string_view file, std::string item);

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    template <class Value>
    using ByName = std::unordered_map<std::string, Value, Hash, std::equal_to<>>;
    // Counted per file, then per item: no key is built for each of the hundreds of thousands
    // of items of a ten-year export.
    ByName<ByName<int>> m_uses;
    ByName<ByName<int>>::value_type* m_last_file = nullptr; // nodes never move: safe to keep
};

} // namespace audit
