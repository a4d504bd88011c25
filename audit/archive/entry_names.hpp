#pragma once
// Internal to the archive layer: turns the names a container stores into safe entry names
// (relative, '/'-separated, no "..") and decides which to skip or refuse, so that the zip and
// the folder archives apply the same rules.
#include <string>
#include <string_view>

namespace audit::archive_detail {

enum class NameVerdict { accept, skip, reject };

struct CheckedName {
    NameVerdict verdict = NameVerdict::reject;
    std::string name;   // the normalised name, when accepted
    std::string reason; // why, when rejected
};

// Checks one stored name. `name` is the decoded (UTF-8) name; `raw_bytes` the bytes as stored,
// which may hold control characters that decoding turned into printable glyphs (CP437 zips).
// Backslashes become '/', "." and empty components are dropped; directories, "__MACOSX/" and
// ".DS_Store" are skipped; absolute names, drive letters, ".." components, control characters
// and invalid UTF-8 are rejected.
CheckedName check_entry_name(std::string_view name, std::string_view raw_bytes);
inline CheckedName check_entry_name(std::string_view name) {
    return check_entry_name(name, name);
}

// `text` with control characters and invalid UTF-8 bytes written as \xNN, for messages: a
// hostile name must not drive the terminal or break the report.
std::string printable(std::string_view text);

} // namespace audit::archive_detail
