#pragma once
// What the terminal can show: colour (never when NO_COLOR is set or output is not a terminal)
// and width.
#include "reports/writer.hpp"
#include <cstdio>

namespace audit {

TerminalStyle terminal_style(std::FILE* stream);
bool is_terminal(std::FILE* stream);

} // namespace audit
