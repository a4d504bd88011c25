// usage.school-network: CIDR edge cases (IPv4 and IPv6) and the check over log-ins and uploads.
#include "checks/example_export.hpp"
#include "checks/shared/ip_network.hpp"
#include "support/test_support.hpp"
#include <catch2/catch.hpp>

using namespace audit;

namespace {

bool in_network(std::string_view cidr, std::string_view ip) {
    auto net = IpNetwork::parse(cidr);
    auto address = parse_ip(ip);
    REQUIRE(net);
    REQUIRE(address);
    return net->contains(*address);
}

const CheckInfo& school_network() {
    const CheckInfo* check = find_check("usage.school-network");
    REQUIRE(check);
    return *check;
}

SchoolProfile school_with(std::vector<std::string> networks, std::vector<std::string> devices) {
    SchoolProfile p;
    p.name = "Riverside Primary School";
    p.networks = std::move(networks);
    p.devices = std::move(devices);
    return p;
}

Login login(std::string ip, std::string device, Timestamp t = 1700000000) {
    Login l;
    l.source = {"security/logins.json", "login " + ip + device, ""};
    l.time = t;
    l.ip = std::move(ip);
    l.device = std::move(device);
    return l;
}

} // namespace

TEST_CASE("ip_network: IPv4 and IPv6 network edges", "[checks]") {
    struct Case {
        std::string_view cidr;
        std::string_view ip;
        bool inside;
    };
    const std::vector<Case> cases = {
        {"198.51.100.0/24", "198.51.100.0", true},
        {"198.51.100.0/24", "198.51.100.255", true},
        {"198.51.100.0/24", "198.51.101.0", false},
        {"198.51.100.0/24", "198.51.99.255", false},
        {"198.51.100.0/25", "198.51.100.127", true},
        {"198.51.100.0/25", "198.51.100.128", false},
        {"198.51.100.77/24", "198.51.100.1", true}, // host bits in the base are ignored
        {"198.51.100.7", "198.51.100.7", true},     // a bare address is one host
        {"198.51.100.7", "198.51.100.8", false},
        {"198.51.100.7/32", "198.51.100.6", false},
        {"198.51.100.6/31", "198.51.100.7", true},
        {"198.51.100.6/31", "198.51.100.8", false},
        {"0.0.0.0/0", "203.0.113.9", true},
        {"0.0.0.0/0", "2001:db8::1", false}, // families never mix
        {"198.51.100.0/24", "::ffff:198.51.100.9", true},
        {"198.51.100.0/24", "::ffff:198.51.101.9", false},
        {"::ffff:198.51.100.0/120", "198.51.100.200", true},
        {"2001:db8::/32", "2001:db8::1", true},
        {"2001:db8::/32", "2001:0db8:ffff:ffff:ffff:ffff:ffff:ffff", true},
        {"2001:db8::/32", "2001:db9::", false},
        {"2001:db8:abcd:12::/64", "2001:db8:abcd:12:ffff::1", true},
        {"2001:db8:abcd:12::/64", "2001:db8:abcd:13::1", false},
        {"2001:db8::/127", "2001:db8::1", true},
        {"2001:db8::/127", "2001:db8::2", false},
        {"2001:db8::5/128", "2001:db8::5", true},
        {"2001:db8::5", "2001:db8::6", false},
        {"::/0", "fe80::1", true},
        {"::/0", "198.51.100.1", false},
        {"2001:db8::/32", "198.51.100.1", false},
    };
    for (const Case& c : cases) {
        INFO(c.cidr << " contains " << c.ip);
        CHECK(in_network(c.cidr, c.ip) == c.inside);
    }
}

TEST_CASE("ip_network: addresses as exports write them", "[checks]") {
    for (std::string_view ip : {"198.51.100.7", " 198.51.100.7 ", "198.51.100.7:51234",
                                "[::ffff:198.51.100.7]:443", "::ffff:198.51.100.7"}) {
        INFO(ip);
        CHECK(in_network("198.51.100.0/24", ip));
    }
    for (std::string_view ip :
         {"2001:db8::1", "[2001:db8::1]:443", "2001:DB8::1", "2001:db8::1%eth0"}) {
        INFO(ip);
        CHECK(in_network("2001:db8::/32", ip));
    }
    for (std::string_view bad :
         {"", "198.51.x.x", "198.51.100", "198.051.100.7", "198.51.100.256", "[2001:db8::1",
          "2001:db8::1::2", "localhost", "198.51.100.7/24", "1.2.3.4.5"}) {
        INFO("'" << bad << "'");
        CHECK_FALSE(parse_ip(bad));
    }
}

TEST_CASE("ip_network: malformed networks are refused", "[checks]") {
    for (std::string_view bad : {"", "/24", "198.51.100.0/", "198.51.100.0/33", "198.51.100.0/-1",
                                 "198.51.100.0/24/1", "198.51.100.0/2x", "2001:db8::/129",
                                 "::ffff:198.51.100.0/95", "garbage/8", "198.51.100.0/+8"}) {
        INFO("'" << bad << "'");
        CHECK_FALSE(IpNetwork::parse(bad));
    }
    auto net = IpNetwork::parse(" 198.51.100.0/24 ");
    REQUIRE(net);
    CHECK(net->text() == "198.51.100.0/24");
}

TEST_CASE("usage.school-network: log-ins and uploads from school, one finding per platform",
          "[checks]") {
    const SchoolProfile profile = school_with({"198.51.100.0/24", "2001:db8:5c::/48"}, {"RPS-"});
    Export fb;
    fb.logins = {login("198.51.100.23", "Chrome on Windows"), login("203.0.113.5", "RPS-LT-07"),
                 login("2001:db8:5c:1::9", ""), login("203.0.113.6", "Jordan's iPhone"),
                 login("2001:db8:5d::1", "")};
    Media photo;
    photo.source = {"posts.json", "post 2025-03-06T10:52:40Z", ""};
    photo.entry = "media/1.jpg";
    photo.created = 1741258360;
    photo.upload_ip = "198.51.100.200";
    Media away = photo;
    away.upload_ip = "203.0.113.77";
    fb.media = {photo, away};
    Export li;
    li.platform = Platform::linkedin;
    li.logins = {login("203.0.113.5", "rps-ipad-2")};
    auto found = test::run_on(school_network(), {fb, li}, profile);
    REQUIRE(found.size() == 2);
    const DraftFinding& f = found[0].platform == Platform::facebook ? found[0] : found[1];
    CHECK(f.instances.size() == 4);
    CHECK(f.evidence.rfind("3 log-ins from the school's network or devices and 1 photo or video "
                           "upload from the school's network",
                           0) == 0);
    CHECK_FALSE(f.weak);
    CHECK(f.identity == "school network");
    CHECK(std::count(f.signals.begin(), f.signals.end(), "3 of 5 log-ins in the export") == 1);
    CHECK(f.instances.back().location.media == "media/1.jpg");
    CHECK(f.instances.back().evidence ==
          "Thu 06 Mar 2025 10:52 GMT photo uploaded from 198.51.100.200");
    const DraftFinding& l = found[0].platform == Platform::linkedin ? found[0] : found[1];
    REQUIRE(l.instances.size() == 1);
    CHECK(l.instances[0].evidence.find("on rps-ipad-2") != std::string::npos);
}

TEST_CASE("usage.school-network: nothing without networks or devices, weak on a short prefix",
          "[checks]") {
    Export ex;
    ex.logins = {login("198.51.100.23", "A-LAPTOP")};
    CHECK(test::run_on(school_network(), {ex}, school_with({}, {})).empty());
    CHECK(test::run_on(school_network(), {ex}, school_with({"192.0.2.0/24"}, {"B"})).empty());
    auto found = test::run_on(school_network(), {ex}, school_with({}, {"a"}));
    REQUIRE(found.size() == 1);
    CHECK(found[0].weak);
    // An unreadable network in a profile built in code is skipped, not a crash.
    CHECK(test::run_on(school_network(), {ex}, school_with({"not a network"}, {})).empty());
}
