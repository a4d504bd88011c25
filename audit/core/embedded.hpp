#pragma once
// Files bundled into the binary at build time (cmake/embed.cmake).
#include <cstddef>
#include <string_view>

namespace audit {

struct EmbeddedFile {
    std::string_view name;
    std::string_view bytes;
};

} // namespace audit
