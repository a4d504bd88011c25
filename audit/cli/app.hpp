#pragma once
// The command line (CONTRACTS.md): parses arguments, runs the command, returns the exit status
// (0 nothing at or above --fail-on, 1 such findings, 2 usage or input error).
namespace audit {

int run_app(int argc, char** argv);

} // namespace audit
