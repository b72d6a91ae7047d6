"""Finding input files in folders and reading them, whatever the file system holds.

A folder a user hands to `add` may hold anything: symlink loops, named pipes, devices,
unreadable sub-folders, paths longer than the system allows, names that are not UTF-8.
None of these may stop the other files going in, hang the run, or exhaust memory. So the
walk never follows a symlinked folder, reads only regular files, reads at most
`MAX_BYTES` from any input, and turns each problem into a one-line reason.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import BinaryIO

MAX_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024

# Why an entry of a folder was passed over by rule: counted in the summary, not listed.
HIDDEN = "hidden"  # name starts with "."
NOT_TEXT = "not_text"  # suffix not among those read
SYMLINKED_FOLDER = "symlinked_folder"  # never entered, so a link cannot loop
PAGE_ASSETS = "page_assets"  # a saved web page's folder of images and scripts


class ReadError(Exception):
    """An input that cannot be read; the message is one short line for the user."""


@dataclass(frozen=True)
class Entry:
    """What a folder walk found: a file to read, a problem to report, or a skip to count."""

    path: str
    error: str | None = None
    skipped: str | None = None


def walk(
    folder: str,
    suffixes: frozenset[str] | set[str],
    is_assets: Callable[[PurePath, list[str]], bool] = lambda folder, siblings: False,
) -> Iterator[Entry]:
    """Every file under `folder` whose suffix is in `suffixes`, depth-first in name order.
    A folder that `is_assets` (given its path and the names beside it) is passed over.

    Lazy, so a folder of 100,000 files is never held as a list. Symlinked folders are
    not entered, so a link back to a parent cannot loop; a folder that cannot be listed
    (no permission, a path beyond PATH_MAX) is reported and the walk goes on.
    """
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            yield Entry(current, error=f"cannot read folder ({reason(error)})")
            continue
        folders = []
        names = [entry.name for entry in entries]
        for entry in entries:
            kind = _classify(entry, suffixes)
            if kind == "folder" and is_assets(PurePath(entry.path), names):
                yield Entry(entry.path, skipped=PAGE_ASSETS)
            elif kind == "folder":
                folders.append(entry.path)
            elif kind == "file":
                yield Entry(entry.path)
            else:
                yield Entry(entry.path, skipped=kind)
        pending.extend(reversed(folders))


def _classify(entry: os.DirEntry, suffixes: frozenset[str] | set[str]) -> str:
    """The entry's kind ("folder", "file") or why it is skipped. Never raises: a broken
    entry counts as a file, so that reading it reports what is wrong."""
    if entry.name.startswith("."):
        return HIDDEN
    try:
        if entry.is_dir(follow_symlinks=False):
            return "folder"
        if entry.is_symlink() and entry.is_dir():
            return SYMLINKED_FOLDER
    except OSError:
        pass
    if os.path.splitext(entry.name)[1].lower() not in suffixes:
        return NOT_TEXT
    return "file"


def read_file(path: str) -> bytes:
    """The bytes of a regular file (symlinks followed), refusing anything else or anything
    over `MAX_BYTES` before reading it.

    Opened non-blocking, so a named pipe swapped in after the check cannot hang the read,
    and checked again on the open file for the same reason.
    """
    if "\0" in path:
        raise ReadError("a NUL byte in the path")
    try:
        _check(os.stat(path))
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as error:
        raise ReadError(reason(error)) from None
    try:
        _check(os.fstat(handle))
        with os.fdopen(handle, "rb", closefd=False) as stream:
            return read_stream(stream)
    except OSError as error:
        raise ReadError(reason(error)) from None
    finally:
        os.close(handle)


def read_stream(stream: BinaryIO) -> bytes:
    """At most `MAX_BYTES` of a stream (standard input), in chunks, refusing more."""
    chunks = []
    size = 0
    while size <= MAX_BYTES:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    raise ReadError(_too_large(size, more=True))


_KINDS = (
    (stat.S_ISDIR, "is a folder"),
    (stat.S_ISFIFO, "not a regular file (named pipe)"),
    (stat.S_ISSOCK, "not a regular file (socket)"),
    (stat.S_ISCHR, "not a regular file (character device)"),
    (stat.S_ISBLK, "not a regular file (block device)"),
)


def _check(status: os.stat_result) -> None:
    for test, message in _KINDS:
        if test(status.st_mode):
            raise ReadError(message)
    if not stat.S_ISREG(status.st_mode):
        raise ReadError("not a regular file")
    if status.st_size > MAX_BYTES:
        raise ReadError(_too_large(status.st_size))


def _too_large(size: int, *, more: bool = False) -> str:
    mb = 1024 * 1024
    over = "over " if more else ""
    return f"too large ({over}{size / mb:.1f} MiB; files over {MAX_BYTES / mb:g} MiB are not read)"


_REASONS = {
    errno.ELOOP: "symlink loop",
    errno.ENAMETOOLONG: "path too long for this system",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "no such file (or a broken symlink)",
}


def reason(error: OSError) -> str:
    """An OS error as the few words a user needs."""
    return _REASONS.get(error.errno or 0) or error.strerror or str(error)


def display(path: str) -> str:
    """A path as it is stored and printed: itself when its name is UTF-8.

    A name that is not (a CP949 name from a Korean Windows zip) arrives with its stray
    bytes as surrogates, which neither SQLite nor a terminal accepts. Those bytes are
    written as \\xNN, and backslashes in such a name doubled, so the form is printable and
    the exact name can be read back from it.
    """
    raw = os.fsencode(path)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        escaped = raw.replace(b"\\", b"\\\\")
        return escaped.decode("utf-8", errors="backslashreplace")
    return path


def name_warning(path: str) -> str | None:
    """For a name that is not UTF-8: how it was stored, and its CP949 reading if it has one."""
    raw = os.fsencode(os.path.basename(path))
    try:
        raw.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    try:
        hint = f" (read as CP949: {raw.decode('cp949')})"
    except UnicodeDecodeError:
        hint = ""
    return f"file name is not UTF-8; its other bytes are stored as \\xNN{hint}"
