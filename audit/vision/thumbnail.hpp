#pragma once
// A small picture of a photo or video for the HTML report, made only on request
// (`--thumbnails`): greyscale, 160 px on its long side and, unless the user asked for sharp
// ones, blurred so that the scene is recognisable and the people in it are not. The report
// otherwise holds no copy of any photo.
#include "audit/core/result.hpp"
#include "audit/media/media_engine.hpp"
#include <string>
#include <string_view>

namespace audit {

constexpr int k_thumbnail_long_side = 160;

// A JPEG of the file's first picture (a video's first keyframe), EXIF orientation applied.
Result<std::string> make_thumbnail(std::string_view file_bytes, ThumbnailStyle style);

} // namespace audit
