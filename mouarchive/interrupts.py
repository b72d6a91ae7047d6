"""Ctrl-C held off while a file is written: `add` stops between files, never inside one."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class DeferredInterrupts:
    """Ctrl-C raises KeyboardInterrupt at once, except inside `held()` (a file's write and
    the commit), where it waits until the end of it: an interrupt never lands between a
    savepoint and its release, and "N files added" is then exactly what went in."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False
        self.previous: object = None

    def __enter__(self) -> DeferredInterrupts:
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)  # type: ignore[arg-type]

    def _handle(self, signum: int, frame: object) -> None:
        if self.depth:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if not self.depth and self.pending:
                self.pending = False
                raise KeyboardInterrupt
