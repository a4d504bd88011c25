#include "audit/text/normalise.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <limits>

namespace audit {
namespace {

// Per-code-point decomposition flags. Composition is applied afterwards, per grapheme cluster,
// so that every folded byte can be traced back to the cluster it came from.
constexpr auto k_decompose_options =
    static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                   UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
constexpr auto k_compose_options = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE);
constexpr std::int32_t k_replacement_char = 0xFFFD;
// A grapheme cluster longer than this is processed in pieces: hostile input (thousands of
// combining marks) must not make the buffer grow without bound.
constexpr std::size_t k_max_cluster_code_points = 32;

struct CodePoint {
    std::int32_t value = 0;
    std::size_t size = 0; // bytes in the original; invalid bytes count as one U+FFFD each
};

CodePoint decode_at(std::string_view text, std::size_t pos) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0 || cp < 0) {
        return {k_replacement_char, 1};
    }
    return {cp, static_cast<std::size_t>(n)};
}

bool is_alphanumeric(std::int32_t cp) {
    if (cp < 0x80) {
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return true;
    default: return false;
    }
}

// ASCII folded: letters lowercased, digits kept, everything else 0 (a separator).
constexpr std::array<char, 128> k_ascii_fold = [] {
    std::array<char, 128> table{};
    for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = static_cast<char>(c);
    for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = static_cast<char>(c - 'A' + 'a');
    return table;
}();

// Builds the folded text: alphanumerics folded, every other run one space, padded both sides.
class Folder {
public:
    explicit Folder(FoldedText& out) : m_out(out) {
        m_out.text.push_back(' ');
        m_out.origin.push_back(0);
    }

    void add_ascii(char c, std::size_t origin) {
        const bool lower = c >= 'a' && c <= 'z';
        const bool upper = c >= 'A' && c <= 'Z';
        if (lower || upper || (c >= '0' && c <= '9')) {
            push(upper ? static_cast<char>(c + ('a' - 'A')) : c, origin);
            m_last_was_space = false;
        } else if (!m_last_was_space) {
            push(' ', origin);
            m_last_was_space = true;
        }
    }

    // A run of ASCII bytes, each its own grapheme cluster: most text, so one tight loop
    // (the same result as add_ascii on each byte).
    void add_ascii_run(std::string_view run, std::size_t origin) {
        const std::size_t at = m_out.text.size();
        m_out.text.resize(at + run.size());
        m_out.origin.resize(at + run.size());
        char* text = m_out.text.data() + at;
        std::uint32_t* from = m_out.origin.data() + at;
        std::size_t k = 0;
        bool space = m_last_was_space;
        for (std::size_t i = 0; i < run.size(); ++i) {
            const char c = k_ascii_fold[static_cast<unsigned char>(run[i])];
            if (c == 0 && space) continue;
            text[k] = c == 0 ? ' ' : c;
            from[k++] = static_cast<std::uint32_t>(origin + i);
            space = c == 0;
        }
        m_out.text.resize(at + k);
        m_out.origin.resize(at + k);
        m_last_was_space = space;
    }

    void add_cluster(const std::vector<std::int32_t>& cps, std::size_t origin) {
        if (cps.size() == 1 && cps[0] < 0x80) {
            add_ascii(static_cast<char>(cps[0]), origin);
            return;
        }
        m_buffer.clear();
        for (const auto cp : cps) {
            decompose(cp);
        }
        if (m_buffer.empty()) {
            return; // marks and default-ignorables vanish without splitting a word
        }
        const auto n = utf8proc_normalize_utf32(
            m_buffer.data(), static_cast<utf8proc_ssize_t>(m_buffer.size()), k_compose_options);
        const auto count = n < 0 ? m_buffer.size() : static_cast<std::size_t>(n);
        for (std::size_t i = 0; i < count; ++i) {
            add_folded(m_buffer[i], origin);
        }
    }

    void finish(std::size_t original_size) {
        if (!m_last_was_space) {
            push(' ', original_size);
        }
        m_out.original_size = original_size;
    }

private:
    void decompose(std::int32_t cp) {
        std::array<utf8proc_int32_t, 32> out{};
        int boundclass = 0;
        const auto n =
            utf8proc_decompose_char(cp, out.data(), static_cast<utf8proc_ssize_t>(out.size()),
                                    k_decompose_options, &boundclass);
        if (n < 0 || static_cast<std::size_t>(n) > out.size()) {
            m_buffer.push_back(k_replacement_char);
            return;
        }
        m_buffer.insert(m_buffer.end(), out.begin(), out.begin() + n);
    }

    void add_folded(std::int32_t cp, std::size_t origin) {
        if (!is_alphanumeric(cp)) {
            if (!m_last_was_space) {
                push(' ', origin);
                m_last_was_space = true;
            }
            return;
        }
        std::array<utf8proc_uint8_t, 4> bytes{};
        const auto n = utf8proc_encode_char(cp, bytes.data());
        for (utf8proc_ssize_t i = 0; i < n; ++i) {
            push(static_cast<char>(bytes[static_cast<std::size_t>(i)]), origin);
        }
        m_last_was_space = false;
    }

    void push(char c, std::size_t origin) {
        m_out.text.push_back(c);
        m_out.origin.push_back(static_cast<std::uint32_t>(origin));
    }

    FoldedText& m_out;
    std::vector<utf8proc_int32_t> m_buffer;
    bool m_last_was_space = true; // the leading padding space
};

} // namespace

std::pair<std::size_t, std::size_t> FoldedText::original_range(std::size_t fbegin,
                                                               std::size_t fend) const {
    if (origin.empty()) {
        return {0, 0};
    }
    fbegin = std::min(fbegin, origin.size() - 1);
    fend = std::clamp(fend, fbegin, origin.size());
    const std::size_t begin = origin[fbegin];
    if (fend == fbegin) {
        return {begin, begin};
    }
    // The end is where the unit holding the last folded byte ends: the next larger origin.
    const auto last = origin[fend - 1];
    const auto next = std::upper_bound(origin.begin() + static_cast<std::ptrdiff_t>(fend - 1),
                                       origin.end(), last);
    const std::size_t end = next == origin.end() ? original_size : *next;
    return {begin, std::max(begin, std::min(end, original_size))};
}

FoldedText fold(std::string_view utf8) {
    // Offsets are 32-bit; longer input is folded up to that size (far beyond any one text item).
    const auto limit = static_cast<std::size_t>(std::numeric_limits<std::uint32_t>::max() - 1);
    if (utf8.size() > limit) {
        utf8 = utf8.substr(0, limit);
    }
    FoldedText out;
    out.text.reserve(utf8.size() + 2);
    out.origin.reserve(utf8.size() + 2);
    Folder folder(out);

    std::vector<std::int32_t> cluster;
    std::size_t cluster_start = 0;
    std::int32_t previous = 0;
    utf8proc_int32_t state = 0;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        // ASCII followed by ASCII is a whole grapheme cluster on its own (CR LF aside, which
        // folds to one space either way): skip the Unicode machinery for it.
        const auto byte = static_cast<unsigned char>(utf8[pos]);
        if (byte < 0x80) {
            // The run of ASCII bytes each followed by ASCII (the last one before a non-ASCII
            // byte may start a cluster with the marks that follow, so it is left out).
            std::size_t end = pos;
            while (end < utf8.size() && static_cast<unsigned char>(utf8[end]) < 0x80) ++end;
            if (end < utf8.size()) --end;
            if (end > pos) {
                if (!cluster.empty()) {
                    folder.add_cluster(cluster, cluster_start);
                    cluster.clear();
                }
                folder.add_ascii_run(utf8.substr(pos, end - pos), pos);
                previous = static_cast<unsigned char>(utf8[end - 1]);
                state = 0;
                pos = end;
                continue;
            }
        }
        const bool next_ascii =
            pos + 1 == utf8.size() || static_cast<unsigned char>(utf8[pos + 1]) < 0x80;
        if (byte < 0x80 && next_ascii) {
            if (!cluster.empty()) {
                folder.add_cluster(cluster, cluster_start);
                cluster.clear();
            }
            folder.add_ascii(static_cast<char>(byte), pos);
            previous = byte;
            state = 0;
            ++pos;
            continue;
        }
        const auto cp = decode_at(utf8, pos);
        const bool breaks = cluster.empty() || cluster.size() >= k_max_cluster_code_points ||
                            utf8proc_grapheme_break_stateful(previous, cp.value, &state);
        if (breaks && !cluster.empty()) {
            folder.add_cluster(cluster, cluster_start);
            cluster.clear();
        }
        if (cluster.empty()) {
            cluster_start = pos;
        }
        cluster.push_back(cp.value);
        previous = cp.value;
        pos += cp.size;
    }
    if (!cluster.empty()) {
        folder.add_cluster(cluster, cluster_start);
    }
    folder.finish(utf8.size());
    return out;
}

bool folds_as_ascii(std::string_view utf8) {
    unsigned char any = 0;
    for (char c : utf8) any |= static_cast<unsigned char>(c); // pure ASCII, most text: one vectorised pass
    if (any < 0x80) return true;
    enum class Last { start, word, separator };
    Last last = Last::start;
    bool vanished_after_word = false; // a mark or ignorable right after a letter or digit
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto byte = static_cast<unsigned char>(utf8[pos]);
        if (byte < 0x80) {
            const bool word = k_ascii_fold[byte] != 0;
            if (word && vanished_after_word) return false; // folding joins the two words
            vanished_after_word = false;
            last = word ? Last::word : Last::separator;
            ++pos;
            continue;
        }
        const CodePoint cp = decode_at(utf8, pos);
        pos += cp.size;
        std::array<utf8proc_int32_t, 32> out{};
        int boundclass = 0;
        const auto n = utf8proc_decompose_char(cp.value, out.data(), static_cast<utf8proc_ssize_t>(out.size()),
                                               k_decompose_options, &boundclass);
        if (n == 0) { // vanishes (a mark, a variation selector, a zero-width joiner)
            vanished_after_word = vanished_after_word || last == Last::word;
            continue;
        }
        if (n > 0 && static_cast<std::size_t>(n) <= out.size() &&
            std::any_of(out.begin(), out.begin() + n, [](utf8proc_int32_t c) { return is_alphanumeric(c); }))
            return false; // a letter or digit ("é", "ß", "™" → "tm")
        vanished_after_word = false;
        last = Last::separator;
    }
    return true;
}

std::string fold_key(std::string_view utf8) {
    auto folded = fold(utf8).text;
    const auto first = folded.find_first_not_of(' ');
    if (first == std::string::npos) {
        return {};
    }
    const auto last = folded.find_last_not_of(' ');
    return folded.substr(first, last - first + 1);
}

std::string valid_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const auto cp = decode_at(bytes, pos);
        const bool invalid = cp.value == k_replacement_char && cp.size == 1;
        if (invalid) {
            out += "\xEF\xBF\xBD";
        } else {
            out.append(bytes.substr(pos, cp.size));
        }
        pos += cp.size;
    }
    return out;
}

namespace {

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::size_t back_to_boundary(std::string_view text, std::size_t pos) {
    while (pos > 0 && pos < text.size() && is_continuation(static_cast<unsigned char>(text[pos]))) {
        --pos;
    }
    return pos;
}

std::size_t forward_to_boundary(std::string_view text, std::size_t pos) {
    while (pos < text.size() && is_continuation(static_cast<unsigned char>(text[pos]))) {
        ++pos;
    }
    return pos;
}

// Moves a left cut forward to just after whitespace when there is some before `limit`.
std::size_t left_cut(std::string_view text, std::size_t cut, std::size_t limit) {
    for (auto i = cut; i < limit; ++i) {
        if (is_space(text[i])) {
            return i + 1;
        }
    }
    return cut;
}

// Moves a right cut back to whitespace when there is some after `limit`.
std::size_t right_cut(std::string_view text, std::size_t cut, std::size_t limit) {
    for (auto i = cut; i > limit; --i) {
        if (is_space(text[i - 1])) {
            return i - 1;
        }
    }
    return cut;
}

// Line breaks and tabs read badly inside one quoted line; runs of them become one space.
void append_flattened(std::string& out, std::string_view part) {
    for (const char c : part) {
        if (is_space(c)) {
            if (out.empty() || out.back() != ' ') {
                out.push_back(' ');
            }
        } else {
            out.push_back(c);
        }
    }
}

} // namespace

std::string excerpt(std::string_view text, std::size_t begin, std::size_t end, std::size_t radius) {
    end = std::min(end, text.size());
    begin = back_to_boundary(text, std::min(begin, end));
    end = forward_to_boundary(text, end);

    std::size_t from = begin > radius ? begin - radius : 0;
    std::size_t to = text.size() - end > radius ? end + radius : text.size();
    // Look for whitespace only within half the radius, so the excerpt keeps some context.
    const auto slack = radius / 2;
    if (from > 0) {
        from = forward_to_boundary(text, from);
        from = left_cut(text, from, std::min(begin, from + slack));
    }
    if (to < text.size()) {
        to = back_to_boundary(text, to);
        to = right_cut(text, to, std::max(end, to > slack ? to - slack : 0));
    }
    std::string out;
    out.reserve(to - from + 8);
    if (from > 0) {
        out += "…";
    }
    const auto body_start = out.size();
    append_flattened(out, text.substr(from, to - from));
    // Trim the whitespace the cuts left behind, inside the ellipses.
    while (out.size() > body_start && out[body_start] == ' ') {
        out.erase(body_start, 1);
    }
    while (out.size() > body_start && out.back() == ' ') {
        out.pop_back();
    }
    if (to < text.size()) {
        out += "…";
    }
    return out;
}

} // namespace audit
