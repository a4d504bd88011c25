#include "audit/vision/media_format.hpp"
#include <turbojpeg.h>
#include <memory>

namespace audit {

namespace {

std::uint32_t be32(std::string_view b, std::size_t at) {
    auto u = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + i])); };
    return u(0) << 24 | u(1) << 16 | u(2) << 8 | u(3);
}

std::uint32_t le16(std::string_view b, std::size_t at) {
    auto u = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + i])); };
    return u(0) | u(1) << 8;
}

std::uint32_t le24(std::string_view b, std::size_t at) {
    return le16(b, at) | static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16;
}

// ISO BMFF: the 'ftyp' box's brands tell HEIC (still image) from MP4/MOV (video).
MediaFormat bmff_kind(std::string_view b) {
    if (b.size() < 12 || b.substr(4, 4) != "ftyp") return MediaFormat::unknown;
    const std::uint32_t box = be32(b, 0);
    const std::size_t end = std::min<std::size_t>(b.size(), box < 16 ? 16 : box);
    for (std::size_t at = 8; at + 4 <= end; at += 4) {
        const std::string_view brand = b.substr(at, 4);
        if (brand == "heic" || brand == "heix" || brand == "mif1" || brand == "heim" ||
            brand == "heis" || brand == "msf1")
            return MediaFormat::heic;
    }
    return MediaFormat::video;
}

std::optional<PixelSize> jpeg_size(std::string_view b) {
    std::unique_ptr<void, int (*)(tjhandle)> tj(tjInitDecompress(), tjDestroy);
    if (!tj) return std::nullopt;
    int w = 0, h = 0, sub = 0, colour = 0;
    if (tjDecompressHeader3(tj.get(), reinterpret_cast<const unsigned char*>(b.data()),
                            static_cast<unsigned long>(b.size()), &w, &h, &sub, &colour) != 0)
        return std::nullopt;
    return PixelSize{w, h};
}

std::optional<PixelSize> webp_size(std::string_view b) {
    if (b.size() < 30) return std::nullopt;
    const std::string_view chunk = b.substr(12, 4);
    if (chunk == "VP8X")
        return PixelSize{static_cast<int>(le24(b, 24) + 1), static_cast<int>(le24(b, 27) + 1)};
    if (chunk == "VP8L" && static_cast<unsigned char>(b[20]) == 0x2f) {
        const std::uint32_t bits = le16(b, 21) | le16(b, 23) << 16;
        return PixelSize{static_cast<int>((bits & 0x3fff) + 1), static_cast<int>(((bits >> 14) & 0x3fff) + 1)};
    }
    if (chunk == "VP8 ")
        return PixelSize{static_cast<int>(le16(b, 26) & 0x3fff), static_cast<int>(le16(b, 28) & 0x3fff)};
    return std::nullopt;
}

} // namespace

MediaFormat sniff_format(std::string_view b) {
    if (b.size() >= 3 && b.substr(0, 3) == "\xff\xd8\xff") return MediaFormat::jpeg;
    if (b.size() >= 8 && b.substr(0, 8) == "\x89PNG\r\n\x1a\n") return MediaFormat::png;
    if (b.size() >= 6 && (b.substr(0, 6) == "GIF87a" || b.substr(0, 6) == "GIF89a")) return MediaFormat::gif;
    if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") return MediaFormat::webp;
    if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "AVI ") return MediaFormat::video;
    return bmff_kind(b);
}

std::string_view format_name(MediaFormat format) {
    switch (format) {
    case MediaFormat::jpeg: return "JPEG";
    case MediaFormat::png: return "PNG";
    case MediaFormat::webp: return "WebP";
    case MediaFormat::gif: return "GIF";
    case MediaFormat::heic: return "HEIC";
    case MediaFormat::video: return "video";
    case MediaFormat::unknown: break;
    }
    return "unknown";
}

std::optional<PixelSize> header_size(std::string_view b, MediaFormat format) {
    switch (format) {
    case MediaFormat::jpeg: return jpeg_size(b);
    case MediaFormat::png:
        if (b.size() < 24 || b.substr(12, 4) != "IHDR") return std::nullopt;
        if (be32(b, 16) > 0x7fffffff || be32(b, 20) > 0x7fffffff) return PixelSize{-1, -1};
        return PixelSize{static_cast<int>(be32(b, 16)), static_cast<int>(be32(b, 20))};
    case MediaFormat::gif:
        if (b.size() < 10) return std::nullopt;
        return PixelSize{static_cast<int>(le16(b, 6)), static_cast<int>(le16(b, 8))};
    case MediaFormat::webp: return webp_size(b);
    default: return std::nullopt;
    }
}

std::string_view refuse_size(PixelSize size, const DecodeLimits& limits) {
    if (size.width <= 0 || size.height <= 0) return "the header gives no valid image size";
    const auto pixels = static_cast<std::uint64_t>(size.width) * static_cast<std::uint64_t>(size.height);
    if (size.width > limits.max_side || size.height > limits.max_side || pixels > limits.max_pixels)
        return "absurd dimensions in the header (a decompression bomb?): not decoded";
    return {};
}

} // namespace audit
