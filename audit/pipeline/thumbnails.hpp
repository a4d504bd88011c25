#pragma once
// `--thumbnails`: a small, blurred (by default) picture beside each finding about a photo or
// video, embedded in the HTML report as a data: image. Only the photos that are in findings are
// read again, after the checks; without the flag the report holds no copy of any photo.
#include "audit/media/media_engine.hpp"
#include "audit/pipeline/inputs.hpp"
#include "reports/report.hpp"
#include <vector>

namespace audit {

// At most this many pictures in one report (a few megabytes); the rest are noted in coverage.
constexpr std::size_t k_max_thumbnails = 300;

// `detected[i]` is where `exports[i]` was read from. Files that cannot be pictured keep their
// path-only row, and a coverage note says why.
void add_thumbnails(Report& report, const std::vector<Export>& exports,
                    const std::vector<DetectedExport>& detected, MediaEngine& engine, ThumbnailStyle style);

} // namespace audit
