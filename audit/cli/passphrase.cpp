#include "audit/cli/passphrase.hpp"
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

namespace audit {

namespace {

constexpr std::size_t k_max_passphrase = 1024;

void write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

// Closes the terminal and restores its echo setting on every path out.
class Tty {
public:
    Tty() : m_fd(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)) {}
    ~Tty() {
        if (m_saved) ::tcsetattr(m_fd, TCSAFLUSH, &m_old);
        if (m_fd >= 0) ::close(m_fd);
    }
    Tty(const Tty&) = delete;
    Tty& operator=(const Tty&) = delete;
    bool ok() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    bool echo_off() {
        if (::tcgetattr(m_fd, &m_old) != 0) return false;
        termios quiet = m_old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        m_saved = ::tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
        return m_saved;
    }

private:
    int m_fd;
    termios m_old{};
    bool m_saved = false;
};

} // namespace

void wipe(std::string& secret) {
    if (!secret.empty()) sodium_memzero(secret.data(), secret.size());
    secret.clear();
}

Result<std::string> ask_passphrase(std::string_view prompt) {
    Tty tty;
    if (!tty.ok())
        return fail("a passphrase is asked on the terminal, and there is none (/dev/tty: " +
                    std::string(std::strerror(errno)) + ")");
    if (!tty.echo_off()) return fail("cannot turn off echo on the terminal");
    write_all(tty.fd(), prompt);
    std::string secret;
    char c = 0;
    for (;;) {
        ssize_t n = ::read(tty.fd(), &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0 || c == '\n' || c == '\r') break;
        if (secret.size() == k_max_passphrase) {
            wipe(secret);
            return fail("the passphrase is too long");
        }
        secret += c;
    }
    c = 0;
    return secret;
}

Result<std::string> ask_new_passphrase() {
    auto first = ask_passphrase("Passphrase for the report: ");
    if (!first) return first;
    if (first->size() < k_min_passphrase) {
        wipe(*first);
        return fail("the passphrase needs at least " + std::to_string(k_min_passphrase) +
                    " characters; a few unrelated words are easy to remember");
    }
    auto second = ask_passphrase("The same passphrase again: ");
    if (!second) {
        wipe(*first);
        return second;
    }
    const bool same = *first == *second;
    wipe(*second);
    if (!same) {
        wipe(*first);
        return fail("the two passphrases differ; nothing was written");
    }
    return first;
}

} // namespace audit
