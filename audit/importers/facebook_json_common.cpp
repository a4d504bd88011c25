#include "audit/core/time.hpp"
#include "audit/importers/facebook_json_internal.hpp"

namespace audit::facebook {

namespace {

// macOS re-zips carry "__MACOSX/…/._name" resource forks beside the real files.
bool is_macos_metadata(std::string_view name) {
    return name.starts_with("__MACOSX/") || name.find("/__MACOSX/") != std::string_view::npos ||
           basename_of(name).starts_with("._");
}

bool is_mention_id(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// The entry's bytes, or nullopt with the reason recorded as a Problem.
std::optional<std::string> read_entry(Context& ctx, const ViewEntry& entry) {
    Result<std::string> bytes = ctx.view.read(entry);
    if (!bytes) {
        ctx.out.problems.push_back({entry.name(), bytes.error().message});
        return std::nullopt;
    }
    ++ctx.out.files_read;
    return std::move(*bytes);
}

void handle_entry(Context& ctx, const ViewEntry& entry, const FileHandler& handle) {
    const std::string& file = entry.name();
    std::optional<std::string> bytes = read_entry(ctx, entry);
    if (!bytes) return;
    Result<JsonValue> root = ctx.parser.parse(*bytes, file);
    if (!root) {
        ctx.out.problems.push_back({file, root.error().message});
        return;
    }
    Result<void> handled = handle(file, *root);
    if (!handled) ctx.out.problems.push_back({file, handled.error().message});
}

void handle_records(Context& ctx, const ViewEntry& entry, const RecordList& list,
                    const RecordHandler& handle) {
    const std::string& file = entry.name();
    std::optional<std::string> bytes = read_entry(ctx, entry);
    if (!bytes) return;
    Result<bool> found = ctx.parser.for_each_record(
        *bytes, file, list.keys, [&](const JsonValue& record) { handle(file, record); });
    if (!found) ctx.out.problems.push_back({file, found.error().message});
    else if (!*found) ctx.out.problems.push_back({file, unexpected_shape(list.expected).error().message});
}

} // namespace

std::string_view basename_of(std::string_view name) {
    auto slash = name.rfind('/');
    return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

bool matches_stem(std::string_view basename, std::string_view stem) {
    constexpr std::string_view k_ext = ".json";
    if (!basename.ends_with(k_ext) || !basename.starts_with(stem)) return false;
    std::string_view rest = basename.substr(stem.size());
    rest.remove_suffix(k_ext.size());
    if (rest.empty()) return true;
    if (rest.size() < 2 || rest.front() != '_') return false;
    rest.remove_prefix(1);
    for (char c : rest)
        if (c < '0' || c > '9') return false;
    return true;
}

namespace {

// Entries to import: matching, not macOS debris, and not already imported from another part
// (several parts of one export may hold the same file).
template <typename Handle>
void for_each_new_entry(Context& ctx, const std::function<bool(std::string_view name)>& pred,
                        const Handle& handle) {
    for (const ViewEntry& entry : ctx.view.entries()) {
        const std::string& name = entry.name();
        if (is_macos_metadata(name) || !pred(name)) continue;
        if (!ctx.files_done.insert(name).second) continue;
        handle(entry);
    }
}

std::function<bool(std::string_view name)> stem_matcher(std::initializer_list<std::string_view> stems) {
    return [stems = std::vector<std::string_view>(stems)](std::string_view name) {
        const std::string_view base = basename_of(name);
        for (std::string_view stem : stems)
            if (matches_stem(base, stem)) return true;
        return false;
    };
}

} // namespace

void for_each_file_where(Context& ctx, const std::function<bool(std::string_view name)>& pred,
                         const FileHandler& handle) {
    for_each_new_entry(ctx, pred, [&](const ViewEntry& entry) { handle_entry(ctx, entry, handle); });
}

void for_each_file(Context& ctx, std::initializer_list<std::string_view> stems,
                   const FileHandler& handle) {
    for_each_file_where(ctx, stem_matcher(stems), handle);
}

void for_each_record_where(Context& ctx, const std::function<bool(std::string_view name)>& pred,
                           const RecordList& list, const RecordHandler& handle) {
    for_each_new_entry(ctx, pred,
                       [&](const ViewEntry& entry) { handle_records(ctx, entry, list, handle); });
}

void for_each_record(Context& ctx, std::initializer_list<std::string_view> stems,
                     const RecordList& list, const RecordHandler& handle) {
    for_each_record_where(ctx, stem_matcher(stems), list, handle);
}

std::string unique_item(Context& ctx, const std::string& file, std::string item) {
    return ctx.identities.unique(file, std::move(item));
}

SourceRef source(Context& ctx, const std::string& file, std::string item, std::string url) {
    return SourceRef{file, unique_item(ctx, file, std::move(item)), std::move(url)};
}

std::string time_label(Timestamp t) {
    return t == 0 ? "(no date)" : iso_utc(t);
}

Timestamp seconds(const JsonValue& v) {
    return v.i64().value_or(0);
}

std::string strip_mentions(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        const auto open = text.find("@[");
        if (open == std::string_view::npos) break;
        out.append(text.substr(0, open));
        text.remove_prefix(open);
        // "@[<id>:<type>:<Name>]"; anything else is kept as written.
        const auto close = text.find(']');
        const std::string_view inner =
            close == std::string_view::npos ? std::string_view{} : text.substr(2, close - 2);
        const auto first = inner.find(':');
        const auto second = first == std::string_view::npos ? first : inner.find(':', first + 1);
        if (second == std::string_view::npos || !is_mention_id(inner.substr(0, first)) ||
            !is_mention_id(inner.substr(first + 1, second - first - 1))) {
            out.append("@[");
            text.remove_prefix(2);
            continue;
        }
        out.append(inner.substr(second + 1));
        text.remove_prefix(close + 1);
    }
    out.append(text);
    return out;
}

JsonValue record_list(const JsonValue& root, const std::vector<std::string_view>& keys) {
    if (root.is_array()) return root;
    for (std::string_view key : keys) {
        JsonValue list = root.get(key);
        if (list.is_array()) return list;
    }
    return {};
}

Result<void> unexpected_shape(std::string_view expected) {
    return fail("unexpected shape: expected " + std::string(expected));
}

bool has_label_values(const JsonValue& record) {
    return record.get("label_values").is_array();
}

std::optional<std::string> label_value(const JsonValue& record, std::string_view label) {
    for (const JsonValue& entry : record.get("label_values").items())
        if (entry.get("label").str() == label)
            if (auto value = entry.get("value").opt_str()) return value;
    return std::nullopt;
}

std::optional<std::string> first_text_value(const JsonValue& record) {
    for (const JsonValue& entry : record.get("label_values").items()) {
        auto value = entry.get("value").opt_str();
        if (value && !value->empty() && !entry.get("value").boolean().has_value()) return value;
    }
    return std::nullopt;
}

Timestamp record_time(const JsonValue& record) {
    if (Timestamp t = seconds(record.get("timestamp"))) return t;
    for (const JsonValue& entry : record.get("label_values").items())
        if (Timestamp t = seconds(entry.get("timestamp_value"))) return t;
    return 0;
}

} // namespace audit::facebook
