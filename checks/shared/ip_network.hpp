#pragma once
// IP addresses and CIDR networks (IPv4 and IPv6), for "was this log-in from the school's
// network?". Parsed with inet_pton; IPv4-mapped IPv6 addresses (::ffff:198.51.100.7) count as
// the IPv4 address they carry, since dual-stack servers log IPv4 clients that way.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace audit {

struct IpAddress {
    bool v6 = false;
    std::array<unsigned char, 16> bytes{}; // IPv4 uses the first 4
};

// An address as exports write it: "198.51.100.7", "2001:db8::1", "[2001:db8::1]:443",
// "198.51.100.7:51234", "fe80::1%eth0", with spaces around. nullopt for anything else
// (including masked addresses like "198.51.x.x" and octal-looking "198.051.100.7").
std::optional<IpAddress> parse_ip(std::string_view text);

class IpNetwork {
public:
    // "198.51.100.0/24", "2001:db8::/32", or a bare address (one host). Host bits set in the
    // base ("198.51.100.77/24") are ignored.
    static std::optional<IpNetwork> parse(std::string_view cidr);

    bool contains(const IpAddress& address) const;
    const std::string& text() const { return m_text; } // as the profile wrote it, trimmed

private:
    IpAddress m_base;
    int m_prefix = 0;
    std::string m_text;
};

} // namespace audit
