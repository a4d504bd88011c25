#pragma once
// Typed reading of TOML values for the school profile. Problems are collected rather than
// returned one at a time, so that a user fixing a profile sees every mistake in one run; each
// names the file, the key's full path and what is wrong with it.
#include <optional>
#include <string>
#include <string_view>
#include <toml++/toml.h>
#include <vector>

namespace audit::profile {

// "school" + "name" → "school.name"; "" + "school" → "school".
std::string key_path(std::string_view parent, std::string_view key);

class TomlFields {
public:
    explicit TomlFields(std::string origin) : m_origin(std::move(origin)) {}

    // Records "<origin>: <key> <problem>".
    void problem(std::string_view key, std::string_view text);
    const std::vector<std::string>& problems() const { return m_problems; }

    // Reports keys of `table` that are not in `known`, suggesting the likely one.
    void reject_unknown_keys(const toml::table& table, std::string_view path,
                             const std::vector<std::string>& known);

    // The value at `table[key]`, or nullopt when it is absent or of the wrong type (reported).
    std::optional<std::string> text(const toml::table& table, std::string_view key,
                                    std::string_view path);
    // Text that must be present and not blank.
    std::optional<std::string> required_text(const toml::table& table, std::string_view key,
                                             std::string_view path);
    // A list of non-blank texts; a single text is accepted as a list of one.
    std::vector<std::string> text_list(const toml::table& table, std::string_view key,
                                       std::string_view path);
    // An integer or a float.
    std::optional<double> number(const toml::table& table, std::string_view key,
                                 std::string_view path);
    // A (possibly inline) table; `shape` shows the user what one looks like.
    const toml::table* table_at(const toml::table& table, std::string_view key,
                                std::string_view path, std::string_view shape);
    // A date written as text ("2025-09-03") or as a bare TOML date (2025-09-03).
    std::optional<std::string> date(const toml::table& table, std::string_view key,
                                    std::string_view path);

private:
    std::string m_origin;
    std::vector<std::string> m_problems;
};

} // namespace audit::profile
