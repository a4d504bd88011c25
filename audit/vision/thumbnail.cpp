#include "audit/vision/thumbnail.hpp"
#include "audit/vision/image_decoder.hpp"
#include "audit/vision/media_metadata.hpp"
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <algorithm>

namespace audit {

namespace {

// Decoded as small as the decoder allows (a JPEG at 1/8 scale): the thumbnail needs no detail.
Result<cv::Mat> first_picture(std::string_view bytes) {
    DecodeLimits limits;
    limits.min_long_side = 2 * k_thumbnail_long_side;
    limits.max_long_side = 2 * k_thumbnail_long_side;
    const MediaFormat format = sniff_format(bytes);
    if (format == MediaFormat::unknown) return fail("not a photo or video this tool can read");
    if (format == MediaFormat::video || format == MediaFormat::gif) {
        auto video = decode_video(bytes, 1, limits);
        if (!video) return tl::unexpected(video.error());
        if (video->frames.empty()) return fail("no frame could be decoded");
        return video->frames.front().grey;
    }
    auto image = decode_image(bytes, format, read_image_metadata(bytes, format).orientation, limits);
    if (!image) return tl::unexpected(image.error());
    return image->grey;
}

} // namespace

Result<std::string> make_thumbnail(std::string_view file_bytes, ThumbnailStyle style) {
    auto picture = first_picture(file_bytes);
    if (!picture) return tl::unexpected(picture.error());
    if (picture->empty()) return fail("the picture is empty");
    const double scale = static_cast<double>(k_thumbnail_long_side) / std::max(picture->cols, picture->rows);
    cv::Mat small;
    cv::resize(*picture, small, cv::Size(), std::min(1.0, scale), std::min(1.0, scale), cv::INTER_AREA);
    if (style == ThumbnailStyle::blurred) {
        // At 160 px a face in a group photo is 10-30 px wide: a blur of sigma 5 leaves its
        // outline and none of its features; a close-up keeps only its shape and shading.
        cv::GaussianBlur(small, small, cv::Size(0, 0), 5.0);
    }
    std::vector<uchar> jpeg;
    if (!cv::imencode(".jpg", small, jpeg, {cv::IMWRITE_JPEG_QUALITY, 70}))
        return fail("the thumbnail could not be encoded");
    return std::string(jpeg.begin(), jpeg.end());
}

} // namespace audit
