#include "checks/shared/ip_network.hpp"
#include "audit/profile/profile_values.hpp"
#include <algorithm>
#include <arpa/inet.h>
#include <charconv>

namespace audit {

namespace {

constexpr std::array<unsigned char, 12> k_v4_mapped_prefix = {0, 0, 0, 0, 0,    0,
                                                              0, 0, 0, 0, 0xff, 0xff};
constexpr std::size_t k_longest_address = 64; // INET6_ADDRSTRLEN with room for a zone

// ::ffff:a.b.c.d → a.b.c.d
IpAddress unmapped(const IpAddress& a) {
    if (!a.v6 || !std::equal(k_v4_mapped_prefix.begin(), k_v4_mapped_prefix.end(), a.bytes.begin()))
        return a;
    IpAddress v4;
    std::copy(a.bytes.begin() + 12, a.bytes.end(), v4.bytes.begin());
    return v4;
}

// "[v6]:port" → "v6"; "v4:port" → "v4"; "v6%zone" → "v6".
std::string_view strip_decoration(std::string_view s) {
    if (!s.empty() && s.front() == '[') {
        auto close = s.find(']');
        if (close == std::string_view::npos) return {};
        s = s.substr(1, close - 1);
    } else if (std::count(s.begin(), s.end(), ':') == 1) {
        s = s.substr(0, s.find(':'));
    }
    return s.substr(0, s.find('%'));
}

std::optional<IpAddress> parse_plain(std::string_view text) {
    if (text.empty() || text.size() > k_longest_address) return std::nullopt;
    const std::string z(text); // inet_pton wants a terminated string
    IpAddress a;
    if (inet_pton(AF_INET, z.c_str(), a.bytes.data()) == 1) return a;
    a.v6 = true;
    if (inet_pton(AF_INET6, z.c_str(), a.bytes.data()) == 1) return a;
    return std::nullopt;
}

bool same_prefix(const IpAddress& a, const IpAddress& b, int bits) {
    const auto whole = static_cast<std::size_t>(bits / 8);
    if (!std::equal(a.bytes.begin(), a.bytes.begin() + static_cast<long>(whole), b.bytes.begin()))
        return false;
    const int rest = bits % 8;
    if (rest == 0) return true;
    const auto mask = static_cast<unsigned char>(0xff << (8 - rest));
    return (a.bytes[whole] & mask) == (b.bytes[whole] & mask);
}

} // namespace

std::optional<IpAddress> parse_ip(std::string_view text) {
    auto address = parse_plain(strip_decoration(profile::trim(text)));
    if (!address) return std::nullopt;
    return unmapped(*address);
}

std::optional<IpNetwork> IpNetwork::parse(std::string_view cidr) {
    const std::string text = profile::trim(cidr);
    const auto slash = text.find('/');
    auto base = parse_plain(std::string_view(text).substr(0, slash));
    if (!base) return std::nullopt;
    int prefix = base->v6 ? 128 : 32;
    if (slash != std::string::npos) {
        const char* first = text.data() + slash + 1;
        const char* last = text.data() + text.size();
        int written = -1;
        auto [end, error] = std::from_chars(first, last, written);
        if (error != std::errc{} || end != last || first == last || written < 0 || written > prefix)
            return std::nullopt;
        prefix = written;
    }
    // A network written in IPv4-mapped form is an IPv4 network.
    IpAddress plain = unmapped(*base);
    if (base->v6 && !plain.v6) {
        if (prefix < 96) return std::nullopt; // would mix IPv4 with unrelated IPv6 space
        prefix -= 96;
    }
    IpNetwork net;
    net.m_base = plain;
    net.m_prefix = prefix;
    net.m_text = text;
    return net;
}

bool IpNetwork::contains(const IpAddress& address) const {
    return address.v6 == m_base.v6 && same_prefix(address, m_base, m_prefix);
}

} // namespace audit
