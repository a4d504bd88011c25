#pragma once
// Decodes a photo once, greyscale, at analysis scale (long side about 640-1024 px): JPEG with
// libjpeg-turbo DCT scaling, PNG/WebP with OpenCV, HEIC with libheif (its primary image), GIF
// and video frames with libav. Sizes are checked from the header before any pixel is decoded.
#include "audit/core/result.hpp"
#include "audit/vision/media_format.hpp"
#include "audit/model/source_ref.hpp"
#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct AnalysisImage {
    cv::Mat grey;             // 8-bit, one channel, EXIF orientation applied
    PixelSize original;       // the full image, after orientation
};

// One still image. `orientation` is the EXIF value (1..8); HEIC applies its own transforms.
Result<AnalysisImage> decode_image(std::string_view bytes, MediaFormat format, int orientation,
                                   const DecodeLimits& limits = {});

struct VideoFrames {
    std::vector<AnalysisImage> frames; // a few keyframes spread over the video
    std::optional<GeoPoint> gps;       // the container's location (QuickTime ©xyz)
    std::string gps_text;              // as written, when unparsable
    std::string camera_make, camera_model;
    Timestamp created = 0;             // creation_time, UTC
};

// Up to `count` keyframes of a video (or the first frame of a GIF, with count 1) via libav.
Result<VideoFrames> decode_video(std::string_view bytes, int count, const DecodeLimits& limits = {});

// The target size for an image of `size`: long side shrunk to at most limits.max_long_side.
PixelSize analysis_size(PixelSize size, const DecodeLimits& limits);
// The image rotated/flipped upright for an EXIF orientation (1..8).
cv::Mat apply_orientation(const cv::Mat& image, int orientation);

} // namespace audit
