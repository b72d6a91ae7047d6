"""Run `mouarchive` in a child process whose output, and perhaps input, is a pseudo-terminal:
what a user at a terminal sees (pagers, prompts) and not what a pipe gets."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys


def on_a_terminal(
    args: list[str],
    env: dict[str, str] | None = None,
    answer: bytes | None = None,
    prompt: bytes = b"[y/N]",
) -> tuple[int, str]:
    """Run the command; with `answer`, its input is the terminal too and `answer` is typed
    when it shows `prompt`. Returns the exit code and everything that reached the screen."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "mouarchive", *args],
        stdin=secondary if answer is not None else subprocess.DEVNULL,
        stdout=secondary,
        stderr=secondary,
        env={**os.environ, "TERM": "xterm", **(env or {})},
    )
    os.close(secondary)
    screen = b""
    while select.select([main], [], [], 30)[0]:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
        if answer and prompt in screen:
            os.write(main, answer)
            answer = b""
    code = process.wait(timeout=30)
    os.close(main)
    return code, screen.decode("utf-8", "replace")
