"""An `add` pattern's matches, found the way the folder walk reads a folder.

Python's `glob` follows every symlinked folder while it lists, so a folder holding `l -> .`
twice made `'dir/**'` list about 2^40 paths before anything could filter them: the run never
ended. Here each part of the pattern is matched over `os.scandir`, and a symlinked folder a
wildcard reaches is passed over (and reported) instead of entered, so the work is
proportional to the real files. A part the pattern spells out (`link`, in `'g/*/link/*.txt'`)
is entered whatever it is, as `add link/` enters a link it is given. Hidden names match only
a part that starts with ".", as in `glob`.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from dataclasses import dataclass, field


@dataclass
class Expansion:
    """What a pattern matched, and the symlinked folders its wildcards passed over."""

    matches: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


def expand_pattern(pattern: str) -> Expansion:
    """The paths a pattern names (sorted, as `sorted(glob.glob(…, recursive=True))` gives
    them for a folder without links), and the symlinked folders not entered, each once."""
    parts = pattern.split(os.sep)
    base = os.sep if parts[0] == "" else ""
    wanted = tuple(part for part in parts if part)
    found = Expansion()
    _extend(base, wanted, pattern.endswith(os.sep), found)
    found.matches = sorted(dict.fromkeys(found.matches))
    found.links = list(dict.fromkeys(found.links))
    return found


def _extend(base: str, parts: tuple[str, ...], folders_only: bool, found: Expansion) -> None:
    """Match `parts` below `base` (an existing folder, "" for the current one)."""
    if not parts:
        found.matches.append(base)
        return
    part, rest = parts[0], parts[1:]
    if part == "**":
        _descend(base, rest, folders_only, found)
    elif glob.has_magic(part):
        matcher = re.compile(fnmatch.translate(part)).match
        for path, entry in _entries(base, hidden=part.startswith(".")):
            if matcher(entry.name):
                _take(path, entry, rest, folders_only, found)
    else:
        path = os.path.join(base, part)
        if rest and os.path.isdir(path):
            _extend(path, rest, folders_only, found)
        elif not rest and (os.path.isdir(path) if folders_only else os.path.lexists(path)):
            found.matches.append(path)


def _take(
    path: str, entry: os.DirEntry, rest: tuple[str, ...], folders_only: bool, found: Expansion
) -> None:
    """A folder entry a wildcard matched: a match, a folder to go on in, or a passed-over link."""
    if _is_linked_folder(entry):
        found.links.append(path)
    elif rest:
        if _is_folder(entry):
            _extend(path, rest, folders_only, found)
    elif not folders_only or _is_folder(entry):
        found.matches.append(path)


def _descend(base: str, rest: tuple[str, ...], folders_only: bool, found: Expansion) -> None:
    """`**`: `base` and every real folder below it; as the last part, everything below too."""
    pending = [base]
    while pending:
        folder = pending.pop()
        if rest:
            _extend(folder, rest, folders_only, found)
        elif folder:
            found.matches.append(os.path.join(folder, ""))
        for path, entry in _entries(folder, hidden=False):
            if _is_linked_folder(entry):
                found.links.append(path)
            elif _is_folder(entry):
                pending.append(path)
            elif not rest and not folders_only:
                found.matches.append(path)


def _entries(folder: str, *, hidden: bool) -> list[tuple[str, os.DirEntry]]:
    """A folder's entries with their paths as the pattern spells them ("a.txt", not
    "./a.txt"), hidden ones only if asked; a folder that cannot be listed has none, as
    `glob` sees it."""
    try:
        with os.scandir(folder or os.curdir) as listing:
            return [
                (os.path.join(folder, entry.name), entry)
                for entry in listing
                if hidden or not entry.name.startswith(".")
            ]
    except OSError:
        return []


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _is_linked_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink() and entry.is_dir()
    except OSError:
        return False
