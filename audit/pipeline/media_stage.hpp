#pragma once
// The image stage: every photo and video of every export read once from its archive (on one
// reader thread: archives are not thread-safe), analysed by `jobs` workers through a bounded
// queue, so memory stays flat however many photos there are. Results keep the exports' order
// whatever `jobs` is, so the report is the same.
#include "audit/media/media_engine.hpp"
#include "audit/pipeline/inputs.hpp"
#include "audit/pipeline/timings.hpp"
#include "audit/profile/school_profile.hpp"
#include <functional>
#include <string_view>
#include <vector>

namespace audit {

struct MediaStageOptions {
    unsigned jobs = 1;
    MediaNeeds needs;
    std::function<void(std::string_view stage, std::size_t done, std::size_t total)> progress;
};

// `detected[i]` is where `exports[i]` was read from. Files that cannot be analysed become
// Problems of their export (naming the file); notes say which analyses were skipped and why.
std::vector<MediaFacts> run_media_stage(std::vector<Export>& exports,
                                        const std::vector<DetectedExport>& detected,
                                        const SchoolProfile& profile, MediaEngine& engine,
                                        const MediaStageOptions& options, std::vector<Skipped>& notes);

// `--timings` of a stage that took `spent` (process CPU), `reads` of it reading the archive: one
// row per kind of work ("media: faces", "media: decode photos", …) and the rest (loading the
// engines, the queue) as "media: other".
// The workers run at once, so each row's wall time is the stage's wall split by CPU share: the
// rows add up to the stage, and their CPU is what each kind really cost.
void add_media_timings(Timings& timings, Elapsed spent, Elapsed reads, const std::vector<MediaFacts>& results);

// What the selected check ids need from the stage (none of them image.*: nothing).
MediaNeeds media_needs(const std::vector<std::string_view>& check_ids, const SchoolProfile& profile);

} // namespace audit
