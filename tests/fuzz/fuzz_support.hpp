#pragma once
// Shared by the libFuzzer targets: walks a parsed document without recursion, touching every
// accessor an importer might call, so that each of them runs on hostile values.
#include "audit/parse/json.hpp"
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace audit::fuzz {

// The input as text.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Visits at most `budget` values of the tree under `root`, reading each as every type.
inline void walk_json(JsonValue root, std::size_t budget = 20000) {
    std::vector<JsonValue> stack{root};
    while (!stack.empty() && budget-- > 0) {
        JsonValue value = stack.back();
        stack.pop_back();
        (void)value.str();
        (void)value.opt_str();
        (void)value.raw_str();
        (void)value.i64();
        (void)value.f64();
        (void)value.boolean();
        (void)value.size();
        (void)value.find("data.0.title");
        (void)value.get("name");
        for (auto& item : value.items())
            stack.push_back(item);
        for (auto& member : value.members()) {
            (void)value.get(member.key);
            stack.push_back(member.value);
        }
    }
}

} // namespace audit::fuzz
