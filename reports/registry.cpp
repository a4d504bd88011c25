#include "reports/writer.hpp"
#include <vector>

namespace audit {

#define WRITER(name) extern const Writer name;
#include "reports/writers.def"
#undef WRITER

std::span<const Writer> all_writers() {
    static const std::vector<Writer> writers = {
#define WRITER(name) name,
#include "reports/writers.def"
#undef WRITER
    };
    return writers;
}

const Writer* find_writer(std::string_view format) {
    for (const Writer& w : all_writers())
        if (w.format == format) return &w;
    return nullptr;
}

} // namespace audit
