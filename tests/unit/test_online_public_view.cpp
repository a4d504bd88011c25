// --online against a real HTTP server on 127.0.0.1 (plain POSIX sockets, in a thread), serving
// saved public-page fixtures: what is reported for each, and that redirects, size and time are
// capped and that only loopback may stand in for the platforms' sites.
#include "audit/online/public_page.hpp"
#include "audit/online/public_view.hpp"
#include <arpa/inet.h>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace audit;
using namespace std::chrono_literals;

namespace {

// An Instagram-like public profile: og: tags naming the school, counts, a photo.
const char* k_public_page = R"(<!DOCTYPE html><html><head>
<title>Jordan Ellis (@missellis.rps) &#x2022; Instagram photos and videos</title>
<meta property="og:title" content="Jordan Ellis (@missellis.rps) &#x2022; Instagram photos and videos">
<meta property="og:image" content="https://cdn.example/p/jordan.jpg">
<meta property="og:description" content="1,234 Followers, 56 Following, 78 Posts - Year 4 teacher at Riverside Primary School. Views my own.">
<script>var hidden = "Secret Script Text";</script>
</head><body><main><h1>missellis.rps</h1><div>Year 4 teacher at Riverside Primary School</div>
<article>Sports day!</article></main></body></html>)";

const char* k_private_page = R"(<!DOCTYPE html><html><head>
<title>Jo (@jo.private) &#x2022; Instagram photos and videos</title>
<meta property="og:title" content="Jo (@jo.private) &#x2022; Instagram photos and videos">
<meta property="og:description" content="80 Followers, 90 Following, 12 Posts - See Instagram photos and videos from Jo">
</head><body><h2>This account is private</h2><p>Follow to see their photos and videos.</p></body></html>)";

const char* k_login_page = "<html><head><title>Log in</title></head><body>Log in to see</body></html>";

struct Response {
    int status = 200;
    std::string headers; // extra header lines, each ending in \r\n
    std::string body;
    std::chrono::milliseconds delay{0};
    bool chunked = false; // no Content-Length: the client cannot refuse it up front
};

// A tiny HTTP/1.1 server on a random loopback port: one thread accepts, one thread per
// connection answers from `route` and closes.
class TestServer {
public:
    explicit TestServer(std::function<Response(const std::string& path)> route) : m_route(std::move(route)) {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(m_listener >= 0);
        int yes = 1;
        ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        REQUIRE(::bind(m_listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        REQUIRE(::listen(m_listener, 16) == 0);
        socklen_t len = sizeof addr;
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_acceptor = std::thread([this] { accept_loop(); });
    }
    ~TestServer() {
        m_stop = true;
        m_acceptor.join();
        for (std::thread& t : m_connections) t.join();
        ::close(m_listener);
    }
    std::string base() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    std::vector<std::string> requests() {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }

private:
    void accept_loop() {
        while (!m_stop) {
            pollfd p{m_listener, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) continue;
            int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0) continue;
            m_connections.emplace_back([this, client] { serve(client); });
        }
    }
    void serve(int client) {
        std::string request;
        char buffer[4096];
        while (request.find("\r\n\r\n") == std::string::npos && request.size() < 65536) {
            ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
            if (n <= 0) break;
            request.append(buffer, static_cast<std::size_t>(n));
        }
        {
            std::lock_guard lock(m_mutex);
            m_requests.push_back(request);
        }
        const auto start = request.find(' ');
        const auto end = request.find(' ', start + 1);
        const std::string path = start == std::string::npos ? "/" : request.substr(start + 1, end - start - 1);
        const Response r = m_route(path);
        for (auto waited = 0ms; waited < r.delay && !m_stop; waited += 10ms) std::this_thread::sleep_for(10ms);
        std::string head = "HTTP/1.1 " + std::to_string(r.status) + " X\r\nConnection: close\r\n" +
                           "Content-Type: text/html; charset=utf-8\r\n" + r.headers;
        if (!r.chunked) head += "Content-Length: " + std::to_string(r.body.size()) + "\r\n";
        head += "\r\n";
        send_all(client, head);
        send_all(client, r.body); // with Connection: close, the end of the body is the close
        ::close(client);
    }
    static void send_all(int fd, std::string_view data) {
        while (!data.empty()) {
            ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
            if (n <= 0) return; // the client gave up (size cap, timeout)
            data.remove_prefix(static_cast<std::size_t>(n));
        }
    }

    std::function<Response(const std::string&)> m_route;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    std::vector<std::thread> m_connections;
    std::mutex m_mutex;
    std::vector<std::string> m_requests;
};

Response fixtures(const std::string& path) {
    if (path == "/missellis.rps/") return {200, "", k_public_page};
    if (path == "/jo.private/") return {200, "", k_private_page};
    if (path == "/loop/") return {302, "Location: /loop/\r\n", ""};
    if (path.rfind("/hop/", 0) == 0) { // /hop/3 → /hop/2 → … → /hop/0 answers
        const int left = std::stoi(path.substr(5));
        if (left == 0) return {200, "", k_public_page};
        return {302, "Location: /hop/" + std::to_string(left - 1) + "\r\n", ""};
    }
    if (path == "/big/") return {200, "", std::string(6 * 1024 * 1024, 'x'), 0ms, true};
    if (path == "/big-declared/") return {200, "", std::string(6 * 1024 * 1024, 'x')};
    if (path == "/slow/") return {200, "", k_public_page, 3000ms};
    if (path == "/walled/") return {302, "Location: /accounts/login/?next=/walled/\r\n", ""};
    if (path.rfind("/accounts/login/", 0) == 0) return {200, "", k_login_page};
    if (path == "/elsewhere/") return {302, "Location: http://example.com/\r\n", ""};
    return {404, "", "<html><body>Sorry, this page isn't available.</body></html>"};
}

OnlineConfig config_for(const TestServer& server) {
    auto config = online_config(server.base().c_str());
    REQUIRE(config);
    return *config;
}

PublicProfile view_of(std::string path, const OnlineConfig& config) {
    return fetch_public_view(OnlineAccount{Platform::instagram, path, path}, config);
}

PublicProfile view_of(const TestServer& server, std::string path) {
    return view_of(std::move(path), config_for(server));
}

} // namespace

TEST_CASE("online_public_view: a public profile shows name, photo, bio, counts and the school", "[online]") {
    TestServer server(fixtures);
    const PublicProfile v = view_of(server, "/missellis.rps/");
    CHECK(v.state == PageState::visible);
    CHECK(v.http_status == 200);
    CHECK(v.url == server.base() + "/missellis.rps/");
    CHECK(v.name == "Jordan Ellis (@missellis.rps)");
    CHECK(v.photo == "https://cdn.example/p/jordan.jpg");
    CHECK(v.bio.find("Riverside Primary School") != std::string::npos);
    CHECK(v.followers == "1,234 Followers");
    CHECK(v.posts == "78 Posts");
    CHECK(v.text.find("Sports day!") != std::string::npos);
    CHECK(v.text.find("Secret Script Text") == std::string::npos);
    // Asked as a logged-out visitor that says who it is.
    auto requests = server.requests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].find("User-Agent: staff-audit/0.1 (self-audit of own public profile)") != std::string::npos);
    CHECK(requests[0].find("Cookie") == std::string::npos);
}

TEST_CASE("online_public_view: a private profile shows what still shows, and no posts", "[online]") {
    TestServer server(fixtures);
    const PublicProfile v = view_of(server, "/jo.private/");
    CHECK(v.state == PageState::private_);
    CHECK(v.name == "Jo (@jo.private)");
    CHECK(v.followers == "80 Followers");
    CHECK(v.posts.empty());
    CHECK(v.photo.empty());
}

TEST_CASE("online_public_view: a missing page, a log-in wall", "[online]") {
    TestServer server(fixtures);
    const PublicProfile missing = view_of(server, "/nobody.here/");
    CHECK(missing.state == PageState::not_found);
    CHECK(missing.http_status == 404);
    CHECK(missing.name.empty());
    const PublicProfile walled = view_of(server, "/walled/");
    CHECK(walled.state == PageState::login_wall);
    CHECK(walled.url.find("/accounts/login/") != std::string::npos);
}

TEST_CASE("online_public_view: redirects are followed at most five times", "[online]") {
    TestServer server(fixtures);
    const PublicProfile five = view_of(server, "/hop/5");
    CHECK(five.state == PageState::visible);
    const PublicProfile six = view_of(server, "/hop/6");
    CHECK(six.state == PageState::failed);
    CHECK(six.detail == "more than 5 redirects");
    const auto before = server.requests().size();
    const PublicProfile loop = view_of(server, "/loop/");
    CHECK(loop.state == PageState::failed);
    CHECK(loop.detail == "more than 5 redirects");
    CHECK(server.requests().size() - before == 6); // the first request and five redirects
}

TEST_CASE("online_public_view: a body over 5 MB is not read", "[online]") {
    TestServer server(fixtures);
    for (const char* path : {"/big/", "/big-declared/"}) {
        INFO(path);
        const PublicProfile v = view_of(server, path);
        CHECK(v.state == PageState::failed);
        CHECK(v.detail == "the page is larger than 5 MB: not read");
        CHECK(v.text.empty());
    }
}

TEST_CASE("online_public_view: a slow answer is cut at the total timeout", "[online]") {
    TestServer server(fixtures);
    OnlineConfig config = config_for(server);
    config.limits.total_timeout = 400ms;
    const auto start = std::chrono::steady_clock::now();
    const PublicProfile v = view_of("/slow/", config);
    const auto took = std::chrono::steady_clock::now() - start;
    CHECK(v.state == PageState::failed);
    CHECK(v.detail == "no complete answer within the time limit");
    CHECK(took < 2500ms);
    // The defaults are the documented ones.
    const FetchLimits defaults;
    CHECK(defaults.connect_timeout == 10s);
    CHECK(defaults.total_timeout == 30s);
    CHECK(defaults.max_redirects == 5);
    CHECK(defaults.max_bytes == 5u * 1024 * 1024);
}

TEST_CASE("online_public_view: a redirect to plain http elsewhere is refused, not followed", "[online]") {
    TestServer server(fixtures);
    const PublicProfile v = view_of(server, "/elsewhere/");
    CHECK(v.state == PageState::failed);
    CHECK(v.detail.rfind("refused http://example.com/", 0) == 0);
}

TEST_CASE("online_public_view: only a loopback address may replace the platforms' sites", "[online]") {
    struct Case {
        const char* base;
        bool accepted;
    };
    const Case cases[] = {
        {"http://127.0.0.1:8080", true},      {"http://127.3.4.5:1/", true},
        {"http://localhost:9000", true},      {"http://[::1]:9000", true},
        {"https://127.0.0.1", true},          {"http://example.com", false},
        {"https://example.com", false},       {"http://192.168.1.5:8080", false},
        {"http://127.0.0.1.evil.example/", false}, {"ftp://127.0.0.1/", false},
        {"file:///etc/passwd", false},        {"127.0.0.1:8080", false},
    };
    for (const Case& c : cases) {
        INFO(c.base);
        auto config = online_config(c.base);
        CHECK(config.has_value() == c.accepted);
        if (!c.accepted) CHECK(config.error().message.find(k_online_base_variable) != std::string::npos);
    }
    auto none = online_config(nullptr);
    REQUIRE(none);
    CHECK(none->base.empty());
}

TEST_CASE("online_public_view: the fetcher refuses http except on loopback", "[online]") {
    CHECK(allowed_url("https://www.instagram.com/x/"));
    CHECK(allowed_url("http://127.0.0.1:1/x"));
    CHECK_FALSE(allowed_url("http://www.instagram.com/x/"));
    CHECK_FALSE(allowed_url("ftp://127.0.0.1/"));
    CHECK_FALSE(allowed_url("not a url"));
    const FetchResult refused = fetch_page("http://example.com/");
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.rfind("refused", 0) == 0);
}

TEST_CASE("online_public_view: each export's own account and its public address", "[online]") {
    auto with_field = [](Platform p, FieldKind kind, std::string value, bool current = true) {
        Export ex;
        ex.platform = p;
        ex.profile.push_back(ProfileField{kind, "label", std::move(value), SourceRef{"f", "profile", ""}, current});
        return ex;
    };
    std::vector<Export> exports;
    exports.push_back(with_field(Platform::instagram, FieldKind::username, "missellis.rps"));
    exports.push_back(with_field(Platform::x, FieldKind::username, "@jordan_ellis"));
    exports.push_back(with_field(Platform::tiktok, FieldKind::username, "jordan.bakes"));
    exports.push_back(with_field(Platform::linkedin, FieldKind::website, "https://www.linkedin.com/in/jordan-ellis-123/"));
    exports.push_back(with_field(Platform::facebook, FieldKind::username, "https://www.facebook.com/jordan.ellis.77"));
    exports.push_back(with_field(Platform::linkedin, FieldKind::username, "jordan_on_x")); // another site's handle
    exports.push_back(with_field(Platform::x, FieldKind::username, "old_name", false)); // not current
    const auto accounts = accounts_in(exports);
    const OnlineConfig real;
    std::vector<std::string> urls;
    for (const OnlineAccount& a : accounts) urls.push_back(public_url(a, real));
    CHECK(urls == std::vector<std::string>{
                      "https://www.instagram.com/missellis.rps/", "https://x.com/jordan_ellis",
                      "https://www.tiktok.com/@jordan.bakes", "https://www.linkedin.com/in/jordan-ellis-123/",
                      "https://www.facebook.com/jordan.ellis.77", "", ""});
    // An export that names no address is reported as such, without any request.
    const PublicProfile none = fetch_public_view(accounts[5], real);
    CHECK(none.state == PageState::no_address);
}

TEST_CASE("online_public_view: counts as the page writes them", "[online]") {
    CHECK(count_before("1,234 Followers, 56 Following", "followers") == "1,234 Followers");
    CHECK(count_before("12.5K followers", "followers") == "12.5K followers");
    CHECK(count_before("Followers: none", "followers").empty());
    CHECK(count_before("these posts are protected; 3 posts", "posts") == "3 posts");
}
