#include "audit/cli/terminal.hpp"
#include <cstdlib>
#include <sys/ioctl.h>
#include <unistd.h>

namespace audit {

bool is_terminal(std::FILE* stream) { return isatty(fileno(stream)) == 1; }

TerminalStyle terminal_style(std::FILE* stream) {
    TerminalStyle style;
    const char* no_colour = std::getenv("NO_COLOR");
    style.colour = is_terminal(stream) && !(no_colour && *no_colour);
    winsize ws{};
    if (is_terminal(stream) && ioctl(fileno(stream), TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
        style.width = ws.ws_col;
    return style;
}

} // namespace audit
