// Fuzz target for the image stage's header and metadata parsing: format sniffing, header sizes
// (the decompression-bomb gate), exiv2 metadata from memory, and the decode that follows with
// a small pixel limit so the fuzzer explores parsers rather than large allocations.
// Build with -fsanitize=fuzzer (the fuzz preset); the input is any file's bytes.
#include "audit/vision/image_decoder.hpp"
#include "audit/vision/media_metadata.hpp"
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const audit::MediaFormat format = audit::sniff_format(bytes);
    if (auto header = audit::header_size(bytes, format)) (void)audit::refuse_size(*header, {});
    const audit::FileMetadata meta = audit::read_image_metadata(bytes, format);
    audit::DecodeLimits limits;
    limits.max_pixels = 4'000'000;
    limits.max_side = 4096;
    if (format == audit::MediaFormat::video) {
        (void)audit::decode_video(bytes, 1, limits);
    } else if (format != audit::MediaFormat::unknown) {
        (void)audit::decode_image(bytes, format, meta.orientation, limits);
    }
    return 0;
}
