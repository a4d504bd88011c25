#pragma once
// The guided privacy checklist (staff-audit checklist, docs/checklist.md): the setting questions
// an export cannot answer, each with the exact menu route on its platform. Answers are saved as
// TOML and, given to a scan (--checklist FILE), become settings of that platform's export, so
// privacy.discoverability and privacy.security judge them like settings the export states.
#include "audit/core/platform.hpp"
#include "audit/core/result.hpp"
#include "audit/model/activity.hpp"
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct ChecklistRoute {
    Platform platform;
    std::string_view menu; // where the setting is, in the platform's own words
};

struct ChecklistQuestion {
    std::string_view key;      // the answer's key in the file ("two_factor")
    std::string_view question; // asked so that "yes" is the state named by `key`
    std::string_view setting;  // the normalised setting name the checks read
    std::string_view yes_value;
    std::string_view no_value;
    std::span<const ChecklistRoute> routes; // platforms the question applies to
};

std::span<const ChecklistQuestion> checklist_questions();
// The menu route of `q` on `platform`, or nullopt when the question does not apply there.
std::optional<std::string_view> route_for(const ChecklistQuestion& q, Platform platform);

struct ChecklistAnswers {
    std::string answered;                                    // YYYY-MM-DD
    std::map<Platform, std::map<std::string, bool>> answers; // platform → key → yes/no
};

Result<ChecklistAnswers> load_checklist(const std::filesystem::path& file);
Result<ChecklistAnswers> parse_checklist(std::string_view toml_text, const std::string& origin);
std::string checklist_toml(const ChecklistAnswers& answers);

// The answers as settings (newer than anything the export states), for each platform.
// `origin` is the answers file, named as the settings' source.
std::vector<std::pair<Platform, Setting>> checklist_settings(const ChecklistAnswers& answers,
                                                             const std::string& origin);

// "y", "yes", "n", "no" → true/false; "?", "" , "skip", "don't know" → nullopt (not answered).
// Anything else: an error.
Result<std::optional<bool>> parse_answer(std::string_view text);

} // namespace audit
