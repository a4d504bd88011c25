#include "audit/profile/toml_fields.hpp"
#include "audit/profile/profile_values.hpp"
#include <algorithm>

namespace audit::profile {

namespace {

std::string in_quotes(std::string_view text) {
    return "'" + std::string(text) + "'";
}

std::string list_of(const std::vector<std::string>& names, std::string_view before,
                    std::string_view after) {
    std::string out;
    for (const auto& name : names)
        out += (out.empty() ? "" : ", ") + std::string(before) + name + std::string(after);
    return out;
}

std::string two_digits(unsigned value) {
    return (value < 10 ? "0" : "") + std::to_string(value);
}

} // namespace

std::string key_path(std::string_view parent, std::string_view key) {
    if (parent.empty()) return std::string(key);
    return std::string(parent) + "." + std::string(key);
}

void TomlFields::problem(std::string_view key, std::string_view text) {
    m_problems.push_back(m_origin + ": " + std::string(key) + " " + std::string(text));
}

void TomlFields::reject_unknown_keys(const toml::table& table, std::string_view path,
                                     const std::vector<std::string>& known) {
    for (const auto& [key, value] : table) {
        std::string name(key.str());
        if (std::find(known.begin(), known.end(), name) != known.end()) continue;
        std::string guess = closest_match(name, known);
        std::string hint = guess.empty() ? "" : " (did you mean " + guess + "?)";
        if (path.empty()) {
            m_problems.push_back(m_origin + ": unknown section [" + name + "]" + hint +
                                 "; the known sections are " + list_of(known, "[", "]"));
        } else {
            problem(key_path(path, name), "is not a known key" + hint + "; the known keys in " +
                                              std::string(path) + " are " + list_of(known, "", ""));
        }
    }
}

std::optional<std::string> TomlFields::text(const toml::table& table, std::string_view key,
                                            std::string_view path) {
    const toml::node* node = table.get(key);
    if (!node) return std::nullopt;
    if (auto value = node->value<std::string>()) return trim(*value);
    problem(key_path(path, key), "must be text in quotes, like " + in_quotes("…"));
    return std::nullopt;
}

std::optional<std::string> TomlFields::required_text(const toml::table& table, std::string_view key,
                                                     std::string_view path) {
    if (!table.get(key)) {
        problem(key_path(path, key), "is missing");
        return std::nullopt;
    }
    auto value = text(table, key, path);
    if (value && value->empty()) {
        problem(key_path(path, key), "is empty");
        return std::nullopt;
    }
    return value;
}

std::vector<std::string> TomlFields::text_list(const toml::table& table, std::string_view key,
                                               std::string_view path) {
    std::vector<std::string> out;
    const toml::node* node = table.get(key);
    if (!node) return out;
    std::string where = key_path(path, key);
    if (node->is_string()) {
        if (auto one = text(table, key, path); one && !one->empty())
            out.push_back(*one);
        else
            problem(where, "is empty");
        return out;
    }
    const toml::array* array = node->as_array();
    if (!array) {
        problem(where, "must be a list of texts, like [\"a\", \"b\"]");
        return out;
    }
    for (std::size_t i = 0; i < array->size(); ++i) {
        std::string item = where + "[" + std::to_string(i) + "]";
        auto value = (*array)[i].value<std::string>();
        if (!value)
            problem(item, "must be text in quotes");
        else if (trim(*value).empty())
            problem(item, "is empty");
        else
            out.push_back(trim(*value));
    }
    return out;
}

std::optional<double> TomlFields::number(const toml::table& table, std::string_view key,
                                         std::string_view path) {
    const toml::node* node = table.get(key);
    if (!node) {
        problem(key_path(path, key), "is missing");
        return std::nullopt;
    }
    if (auto integer = node->as_integer()) return static_cast<double>(integer->get());
    if (auto floating = node->as_floating_point()) return floating->get();
    problem(key_path(path, key), "must be a number");
    return std::nullopt;
}

const toml::table* TomlFields::table_at(const toml::table& table, std::string_view key,
                                        std::string_view path, std::string_view shape) {
    const toml::node* node = table.get(key);
    if (!node) return nullptr;
    if (const toml::table* inner = node->as_table()) return inner;
    problem(key_path(path, key), "must be a table, like " + std::string(shape));
    return nullptr;
}

std::optional<std::string> TomlFields::date(const toml::table& table, std::string_view key,
                                            std::string_view path) {
    const toml::node* node = table.get(key);
    std::string where = key_path(path, key);
    if (!node) {
        problem(where, "is missing");
        return std::nullopt;
    }
    std::string written;
    if (auto bare = node->as_date()) {
        const toml::date& d = bare->get();
        written = std::to_string(d.year) + "-" + two_digits(d.month) + "-" + two_digits(d.day);
    } else if (auto value = node->value<std::string>()) {
        written = trim(*value);
    } else {
        problem(where, "must be a date, like \"2025-09-03\"");
        return std::nullopt;
    }
    auto valid = parse_iso_date(written);
    if (!valid) problem(where, in_quotes(written) + " is not a date written YYYY-MM-DD");
    return valid;
}

} // namespace audit::profile
