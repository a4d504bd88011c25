#include "audit/parse/json_split.hpp"
#include <algorithm>
#include <cstring>

namespace audit {

namespace {

class Scanner {
public:
    explicit Scanner(std::string_view doc) : m_doc(doc) {}

    bool at_end() const { return m_pos >= m_doc.size(); }
    char peek() const { return at_end() ? '\0' : m_doc[m_pos]; }
    std::size_t pos() const { return m_pos; }
    std::string_view slice(std::size_t from) const { return m_doc.substr(from, m_pos - from); }

    void skip_space() {
        while (!at_end() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++m_pos;
    }
    bool eat(char c) {
        skip_space();
        if (peek() != c) return false;
        ++m_pos;
        return true;
    }
    // At an opening quote: moves past the closing one. Returns the contents, raw.
    std::optional<std::string_view> string() {
        if (peek() != '"') return std::nullopt;
        const std::size_t start = ++m_pos;
        while (!at_end()) {
            // memchr to the next quote keeps long texts quick (find_first_of with a set calls
            // memchr on the set once per byte); it closes the string unless an odd run of
            // backslashes escapes it.
            const void* quote = std::memchr(m_doc.data() + m_pos, '"', m_doc.size() - m_pos);
            if (!quote) break;
            const auto next = static_cast<std::size_t>(static_cast<const char*>(quote) - m_doc.data());
            std::size_t run = next;
            while (run > start && m_doc[run - 1] == '\\') --run;
            m_pos = next + 1;
            if ((next - run) % 2 == 0) return m_doc.substr(start, next - start);
        }
        m_pos = m_doc.size();
        return std::nullopt;
    }
    // Moves past one value, counting brackets; false when the document ends inside it or the
    // brackets do not pair up.
    bool value() {
        skip_space();
        const char c = peek();
        if (c == '"') return string().has_value();
        if (c != '{' && c != '[') return scalar();
        std::vector<char> open;
        while (!at_end()) {
            const char ch = peek();
            if (ch == '"') {
                if (!string()) return false;
                continue;
            }
            ++m_pos;
            if (ch == '{' || ch == '[') {
                open.push_back(ch);
            } else if (ch == '}' || ch == ']') {
                if (open.empty() || open.back() != (ch == '}' ? '{' : '[')) return false;
                open.pop_back();
                if (open.empty()) return true;
            }
        }
        return false;
    }

private:
    bool scalar() {
        const std::size_t start = m_pos;
        while (!at_end()) {
            const char ch = peek();
            if (ch == ',' || ch == '}' || ch == ']' || ch == ' ' || ch == '\n' || ch == '\r' ||
                ch == '\t')
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

    std::string_view m_doc;
    std::size_t m_pos = 0;
};

// At '[': the elements' byte ranges, up to and past the closing ']'.
bool split_array(Scanner& in, std::vector<std::string_view>& out) {
    if (!in.eat('[')) return false;
    if (in.eat(']')) return true;
    do {
        in.skip_space();
        const std::size_t start = in.pos();
        if (!in.value()) return false;
        out.push_back(in.slice(start));
    } while (in.eat(','));
    return in.eat(']');
}

bool ends_cleanly(Scanner& in) {
    in.skip_space();
    return in.at_end();
}

} // namespace

std::optional<JsonSplit> split_json_list(std::string_view doc, const std::vector<std::string_view>& keys) {
    Scanner in(doc);
    JsonSplit split;
    in.skip_space();
    if (in.peek() == '[') {
        if (!split_array(in, split.elements) || !ends_cleanly(in)) return std::nullopt;
        split.found = true;
        return split;
    }
    if (!in.eat('{')) return std::nullopt; // a scalar root: let the parser judge it
    // The chosen list is the first of `keys` present as an array; a key seen twice counts once
    // (the parser's lookup finds the first too).
    std::vector<std::pair<std::string_view, std::string_view>> arrays; // key, raw array
    std::vector<std::string_view> seen;
    if (!in.eat('}')) {
        do {
            in.skip_space();
            auto key = in.string();
            if (!key || key->find('\\') != std::string_view::npos || !in.eat(':')) return std::nullopt;
            in.skip_space();
            const std::size_t start = in.pos();
            const bool is_array = in.peek() == '[';
            if (!in.value()) return std::nullopt;
            const bool first = std::find(seen.begin(), seen.end(), *key) == seen.end();
            seen.push_back(*key);
            const bool wanted = std::find(keys.begin(), keys.end(), *key) != keys.end();
            if (first && is_array && wanted) arrays.emplace_back(*key, in.slice(start));
            else split.others.push_back(in.slice(start));
        } while (in.eat(','));
        if (!in.eat('}')) return std::nullopt;
    }
    if (!ends_cleanly(in)) return std::nullopt;
    for (std::string_view key : keys) {
        auto chosen = std::find_if(arrays.begin(), arrays.end(), [&](const auto& a) { return a.first == key; });
        if (chosen == arrays.end()) continue;
        for (const auto& a : arrays)
            if (a.first != key) split.others.push_back(a.second);
        Scanner list(chosen->second);
        if (!split_array(list, split.elements)) return std::nullopt;
        split.found = true;
        return split;
    }
    return split;
}

} // namespace audit
