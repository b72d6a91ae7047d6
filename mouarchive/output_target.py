"""Where a named output file goes: `export --output` and `corrections --export`.

A finished file is moved into place over its name, so an interrupted export never looks
complete. Moving over a *name* is only safe when the name is a regular file: a symlink would
be replaced by a file (its target never written), and so would a FIFO or a device (as root,
`/dev/stdout` itself). So a link is followed to the file it names, `-`, `/dev/stdout` and any
name for stdout's own file or pipe mean standard output, and any other device, FIFO or socket
is refused rather than replaced.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

STDOUT_NAMES = ("-", "/dev/stdout")

_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISDIR, "a folder"),
)


class NotAFile(ValueError):
    """A named output that is not a regular file: a usage error, said in one line."""


def means_stdout(name: str) -> bool:
    """Whether the name asks for standard output, where no summary line may go: `-`,
    `/dev/stdout`, or a name for the very file or pipe stdout is (a link to /proc/self/fd/1,
    or the file `>` sends stdout to, which moving a new file into place would unlink)."""
    if name in STDOUT_NAMES:
        return True
    try:
        return os.path.samestat(os.stat(Path(name).expanduser()), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError):
        return False


def regular_target(path: Path) -> tuple[Path, int | None]:
    """The file a name leads to, links followed, and its permission bits if it exists.

    `os.stat` follows links the way `open` would (including /proc's links to pipes), so the
    kind it reports is the kind the data would land in."""
    path = path.expanduser()
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return Path(os.path.realpath(path)), None
    if stat.S_ISREG(mode):
        return Path(os.path.realpath(path)), stat.S_IMODE(mode)
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    raise NotAFile(
        f"{path} is {kind}, not a regular file: give a file name, or - for standard output"
    )


@contextmanager
def output_file(path: Path) -> Iterator[IO[str]]:
    """A file written beside the file its name leads to, and moved over it only when
    complete; it keeps the permissions of the file it replaces."""
    target, mode = regular_target(path)
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            yield handle
        if mode is not None:
            os.chmod(partial, mode)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
