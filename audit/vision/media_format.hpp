#pragma once
// What kind of media file some bytes are (from their magic numbers, never the file name), and
// an image's size from its header alone, so a decompression bomb is refused before decoding.
#include <cstdint>
#include <optional>
#include <string_view>

namespace audit {

enum class MediaFormat { jpeg, png, webp, gif, heic, video, unknown };

MediaFormat sniff_format(std::string_view bytes);
std::string_view format_name(MediaFormat format);

struct PixelSize {
    int width = 0;
    int height = 0;
};

// Width and height written in a JPEG, PNG, GIF or WebP header; nullopt when unreadable (HEIC
// and video sizes come from their own libraries' headers).
std::optional<PixelSize> header_size(std::string_view bytes, MediaFormat format);

// Sizes the image stage accepts and the scale it analyses at.
struct DecodeLimits {
    std::uint64_t max_pixels = 200'000'000; // a 200 MP photo is already beyond any phone
    int max_side = 50'000;
    int min_long_side = 1000; // decode at least this large (small faces need it)
    int max_long_side = 1024; // and shrink to at most this (logos, text)
    bool metadata_only = false; // read metadata, decode no pixels (no check needs them)
};

// Why a header's size is refused ("absurd dimensions 100000x100000"), or empty when accepted.
std::string_view refuse_size(PixelSize size, const DecodeLimits& limits);

} // namespace audit
