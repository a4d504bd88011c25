#include "audit/vision/image_decoder.hpp"
#include <libheif/heif.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <turbojpeg.h>
#include <algorithm>
#include <memory>

namespace audit {

namespace {

std::string name_of(MediaFormat f) { return std::string(format_name(f)); }

// Shrinks with INTER_AREA (the alias-free choice) when the long side exceeds the target.
cv::Mat fit(cv::Mat grey, const DecodeLimits& limits) {
    const PixelSize target = analysis_size({grey.cols, grey.rows}, limits);
    if (target.width == grey.cols && target.height == grey.rows) return grey;
    cv::Mat out;
    cv::resize(grey, out, cv::Size(target.width, target.height), 0, 0, cv::INTER_AREA);
    return out;
}

// The largest DCT scale-down whose long side is still at least min_long_side: the IDCT then
// produces nearly the analysis size and the rest is a cheap INTER_AREA shrink.
tjscalingfactor jpeg_scale(PixelSize size, const DecodeLimits& limits) {
    int count = 0;
    const tjscalingfactor* factors = tjGetScalingFactors(&count);
    tjscalingfactor best{1, 1};
    const int long_side = std::max(size.width, size.height);
    for (int i = 0; factors && i < count; ++i) {
        const tjscalingfactor f = factors[i];
        if (f.num > f.denom) continue;
        const int scaled = TJSCALED(long_side, f);
        if (scaled >= limits.min_long_side && scaled < TJSCALED(long_side, best)) best = f;
    }
    return best;
}

Result<AnalysisImage> decode_jpeg(std::string_view bytes, PixelSize size, const DecodeLimits& limits) {
    std::unique_ptr<void, int (*)(tjhandle)> tj(tjInitDecompress(), tjDestroy);
    if (!tj) return fail("TurboJPEG could not start");
    const tjscalingfactor f = jpeg_scale(size, limits);
    cv::Mat grey(TJSCALED(size.height, f), TJSCALED(size.width, f), CV_8UC1);
    const int rc = tjDecompress2(tj.get(), reinterpret_cast<const unsigned char*>(bytes.data()),
                                 static_cast<unsigned long>(bytes.size()), grey.data, grey.cols,
                                 static_cast<int>(grey.step), grey.rows, TJPF_GRAY, TJFLAG_FASTDCT);
    // A warning (a truncated tail, extraneous bytes) still leaves a usable image.
    if (rc != 0 && tjGetErrorCode(tj.get()) == TJERR_FATAL)
        return fail(std::string("corrupt JPEG: ") + tjGetErrorStr2(tj.get()));
    return AnalysisImage{fit(grey, limits), size};
}

Result<AnalysisImage> decode_opencv(std::string_view bytes, MediaFormat format, PixelSize size,
                                    const DecodeLimits& limits) {
    // OpenCV's reduced modes only save work for JPEG; for PNG/WebP it decodes then shrinks.
    const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8UC1,
                         const_cast<char*>(bytes.data()));
    cv::Mat grey;
    try {
        grey = cv::imdecode(buffer, cv::IMREAD_GRAYSCALE);
    } catch (const cv::Exception& e) {
        return fail("corrupt " + name_of(format) + ": " + e.what());
    }
    if (grey.empty()) return fail("corrupt " + name_of(format) + ": it could not be decoded");
    return AnalysisImage{fit(grey, limits), size};
}

using HeifContext = std::unique_ptr<heif_context, void (*)(heif_context*)>;
using HeifHandle = std::unique_ptr<heif_image_handle, void (*)(const heif_image_handle*)>;
using HeifImage = std::unique_ptr<heif_image, void (*)(const heif_image*)>;

Result<AnalysisImage> decode_heic(std::string_view bytes, const DecodeLimits& limits) {
    HeifContext ctx(heif_context_alloc(), heif_context_free);
    heif_error err = heif_context_read_from_memory_without_copy(ctx.get(), bytes.data(), bytes.size(), nullptr);
    if (err.code != heif_error_Ok) return fail(std::string("corrupt HEIC: ") + err.message);
    heif_image_handle* raw_handle = nullptr;
    err = heif_context_get_primary_image_handle(ctx.get(), &raw_handle);
    if (err.code != heif_error_Ok) return fail(std::string("corrupt HEIC: ") + err.message);
    HeifHandle handle(raw_handle, heif_image_handle_release);
    const PixelSize size{heif_image_handle_get_width(handle.get()), heif_image_handle_get_height(handle.get())};
    if (auto why = refuse_size(size, limits); !why.empty()) return fail("HEIC " + std::string(why));
    // The slow path (~100-400 ms): HEVC has no cheap scaled decode; libheif applies irot/imir.
    // Decoded as YCbCr (HEVC's own space, no colour conversion): the luma plane is the grey image.
    heif_image* raw_image = nullptr;
    err = heif_decode_image(handle.get(), &raw_image, heif_colorspace_YCbCr, heif_chroma_420, nullptr);
    if (err.code != heif_error_Ok) return fail(std::string("corrupt HEIC: ") + err.message);
    HeifImage image(raw_image, heif_image_release);
    int stride = 0;
    const std::uint8_t* plane = heif_image_get_plane_readonly(image.get(), heif_channel_Y, &stride);
    const int w = heif_image_get_width(image.get(), heif_channel_Y);
    const int h = heif_image_get_height(image.get(), heif_channel_Y);
    if (!plane || w <= 0 || h <= 0) return fail("corrupt HEIC: no luma plane");
    const cv::Mat view(h, w, CV_8UC1, const_cast<std::uint8_t*>(plane), static_cast<std::size_t>(stride));
    cv::Mat grey = fit(view, limits);
    if (grey.data == view.data) grey = view.clone(); // the plane dies with `image`
    return AnalysisImage{grey, {w, h}};
}

} // namespace

PixelSize analysis_size(PixelSize size, const DecodeLimits& limits) {
    const int long_side = std::max(size.width, size.height);
    if (long_side <= limits.max_long_side || long_side <= 0) return size;
    const double k = static_cast<double>(limits.max_long_side) / long_side;
    return {std::max(1, static_cast<int>(size.width * k + 0.5)),
            std::max(1, static_cast<int>(size.height * k + 0.5))};
}

cv::Mat apply_orientation(const cv::Mat& image, int orientation) {
    cv::Mat out;
    switch (orientation) {
    case 2: cv::flip(image, out, 1); return out;
    case 3: cv::rotate(image, out, cv::ROTATE_180); return out;
    case 4: cv::flip(image, out, 0); return out;
    case 5: cv::transpose(image, out); return out;
    case 6: cv::rotate(image, out, cv::ROTATE_90_CLOCKWISE); return out;
    case 7: cv::transpose(image, out); cv::flip(out, out, -1); return out;
    case 8: cv::rotate(image, out, cv::ROTATE_90_COUNTERCLOCKWISE); return out;
    default: return image;
    }
}

Result<AnalysisImage> decode_image(std::string_view bytes, MediaFormat format, int orientation,
                                   const DecodeLimits& limits) {
    if (format == MediaFormat::heic) return decode_heic(bytes, limits);
    if (format == MediaFormat::gif) {
        auto video = decode_video(bytes, 1, limits);
        if (!video) return tl::unexpected(video.error());
        if (video->frames.empty()) return fail("corrupt GIF: no frame decoded");
        return std::move(video->frames.front());
    }
    if (format != MediaFormat::jpeg && format != MediaFormat::png && format != MediaFormat::webp)
        return fail("not a photo format the image stage reads");
    auto size = header_size(bytes, format);
    if (!size) return fail("corrupt " + name_of(format) + ": its header is unreadable");
    if (auto why = refuse_size(*size, limits); !why.empty()) return fail(name_of(format) + " " + std::string(why));
    auto image = format == MediaFormat::jpeg ? decode_jpeg(bytes, *size, limits)
                                             : decode_opencv(bytes, format, *size, limits);
    if (!image) return image;
    if (orientation >= 5) std::swap(image->original.width, image->original.height);
    image->grey = apply_orientation(image->grey, orientation);
    return image;
}

} // namespace audit
