#include "audit/text/similarity.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace audit {

namespace {

constexpr std::size_t k_max_points = 64;
constexpr double k_prefix_scale = 0.1;
constexpr std::size_t k_max_prefix = 4;

// Code points of valid UTF-8 (fold_key output); a stray byte counts as one point.
std::vector<char32_t> code_points(std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
        if (i + n > s.size()) n = 1;
        char32_t point = n == 1 ? c : c & (0x7F >> n);
        for (std::size_t k = 1; k < n; ++k)
            point = (point << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(point);
        i += n;
    }
    return out;
}

double jaro(const std::vector<char32_t>& a, const std::vector<char32_t>& b) {
    const std::size_t window = std::max<std::size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
    std::array<bool, k_max_points> a_used{}, b_used{};
    std::size_t matches = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::size_t from = i > window ? i - window : 0;
        const std::size_t to = std::min(b.size(), i + window + 1);
        for (std::size_t j = from; j < to; ++j) {
            if (b_used[j] || a[i] != b[j]) continue;
            a_used[i] = b_used[j] = true;
            ++matches;
            break;
        }
    }
    if (matches == 0) return 0;
    std::size_t half_transpositions = 0;
    for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
        if (!a_used[i]) continue;
        while (!b_used[j]) ++j;
        if (a[i] != b[j]) ++half_transpositions;
        ++j;
    }
    const double m = static_cast<double>(matches);
    const double t = static_cast<double>(half_transpositions / 2);
    return (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) + (m - t) / m) / 3;
}

} // namespace

double jaro_winkler(std::string_view a, std::string_view b) {
    const auto pa = code_points(a);
    const auto pb = code_points(b);
    if (pa.empty() || pb.empty() || pa.size() > k_max_points || pb.size() > k_max_points) return 0;
    if (pa == pb) return 1;
    const double j = jaro(pa, pb);
    std::size_t prefix = 0;
    while (prefix < std::min({pa.size(), pb.size(), k_max_prefix}) && pa[prefix] == pb[prefix])
        ++prefix;
    return j + static_cast<double>(prefix) * k_prefix_scale * (1 - j);
}

std::size_t osa_distance(std::string_view a, std::string_view b) {
    const auto pa = code_points(a);
    const auto pb = code_points(b);
    const std::size_t n = pa.size(), m = pb.size();
    if (n > k_max_points || m > k_max_points) return (n > m ? n - m : m - n) + k_max_points;
    // Three rows of the classic table: two back are needed for the swap.
    std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = pa[i - 1] == pb[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && pa[i - 1] == pb[j - 2] && pa[i - 2] == pb[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

bool is_typo_of(std::string_view word, std::string_view roster_word) {
    if (word == roster_word) return false;
    if (code_points(roster_word).size() < k_typo_min_length) return false;
    return osa_distance(word, roster_word) <= k_typo_max_distance;
}

} // namespace audit
