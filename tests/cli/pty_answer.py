#!/usr/bin/env python3
"""Runs a command on a real pseudo-terminal and types answers to its passphrase prompts.

Usage: pty_answer.py ANSWER... -- COMMAND ARG...
Each time the command shows a prompt ending in ': ' (read from the terminal, as a person would
see it), the next ANSWER is typed followed by Enter. Everything the command printed on the
terminal goes to our stdout; the exit status is the command's. A command that waits for more
answers than were given, or runs longer than 120 s, is killed (exit 124).
"""
import os
import pty
import select
import sys
import time


def main():
    split = sys.argv.index("--")
    answers, command = sys.argv[1:split], sys.argv[split + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    seen = b""
    typed = 0
    status = None
    deadline = time.time() + 120
    while status is None:
        if time.time() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            sys.stdout.write(seen.decode(errors="replace"))
            return 124
        ready, _, _ = select.select([fd], [], [], 0.2)
        if not ready:
            done, st = os.waitpid(pid, os.WNOHANG)
            if done:
                status = st
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            chunk = b""
        if not chunk:
            break
        seen += chunk
        # A prompt waits at the end of what was shown so far.
        if seen.endswith(b": ") and typed < len(answers):
            os.write(fd, answers[typed].encode() + b"\n")
            typed += 1
    if status is None:
        _, status = os.waitpid(pid, 0)
    sys.stdout.write(seen.decode(errors="replace"))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
