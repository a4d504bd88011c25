#pragma once
// Small helpers the checks share: turning model items into finding locations and evidence.
#include "checks/check.hpp"
#include <string>
#include <string_view>
#include <vector>

namespace audit {

Location location_of(const SourceRef& ref, std::string media = {});
// Where a text of Facts::texts() is: its item, and the photo for a caption.
Location location_of(const TextItem& item);
// "work: Riverside Primary School" — a profile field as people read it.
std::string describe_field(const ProfileField& field);
// The merged signals and the best confidence of several school mentions.
void add_mentions(DraftFinding& finding, const std::vector<Mention>& mentions);
// True when every mention is weak (a qualifier, a lower-case common word): evidence for review.
bool all_weak(const std::vector<Mention>& mentions);
// Whether free text of this kind is published to others (posts, comments, captions) rather
// than private (messages).
bool is_published(std::string_view text_kind);
// The year of a timestamp (UTC), or of `now` when 0.
int year_of(Timestamp t);

} // namespace audit
