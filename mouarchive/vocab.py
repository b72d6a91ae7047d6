"""The word lists extraction and cleaning read, kept as data in ``mouarchive/data/*.json``.

Which words name an agreement, report a signing, end an organisation's name, give a head's
title or mark page furniture grows as real articles are met. Kept in data files, one per
family, a reader finds "which words count as a signing" in one place and a new word needs no
change to code; the code keeps the grammar around the words (which particle may follow, what
must come before) and builds its regexes from the lists once, at import.

Each file says what it is for in "about"; each list is ``{"about": ..., "words": [...]}`` (or
``"table"`` for a mapping). In a word, a space matches an optional space ("업무 협약" finds
"업무협약" and "업무 협약"), as Korean news spaces compounds either way; a list whose spaces
must be there says ``"spaces": "required"``, one where any run of spaces may stand between
the words (page furniture: "많이  본 뉴스") says ``"spaces": "any"``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

_OPTIONAL_SPACE = r"\s?"
_REQUIRED_SPACE = r"\s"
_SPACES = {None: _OPTIONAL_SPACE, "required": _REQUIRED_SPACE, "any": r"\s*"}


@functools.cache
def _family(name: str) -> dict[str, Any]:
    text = resources.files("mouarchive.data").joinpath(f"{name}.json").read_text("utf-8")
    return json.loads(text)


def _entry(family: str, name: str) -> dict[str, Any]:
    try:
        return _family(family)[name]
    except KeyError:
        raise KeyError(f"no list {name!r} in mouarchive/data/{family}.json") from None


def words(family: str, name: str) -> tuple[str, ...]:
    """The words of list `name` in ``data/<family>.json``, in file order."""
    return tuple(_entry(family, name)["words"])


def word_set(family: str, name: str) -> frozenset[str]:
    return frozenset(words(family, name))


def table(family: str, name: str) -> dict[str, Any]:
    """The mapping `name` in ``data/<family>.json`` (a kind and its nouns, a title and the
    bodies it heads)."""
    return dict(_entry(family, name)["table"])


def pattern(family: str, name: str) -> str:
    """List `name` as a regex alternation (see `alternation`), its spaces as the list says."""
    entry = _entry(family, name)
    return alternation(entry["words"], _SPACES[entry.get("spaces")])


def alternation(items: Iterable[str], space: str = _OPTIONAL_SPACE) -> str:
    """A non-capturing regex group matching any of `items` literally, the longest word first,
    so that a word is never cut short by a shorter one it begins with ("협약서" before "협약");
    each space in a word becomes `space`.

    Words that share their opening letters are written once ("맺(?:었|은|고)"): the regex engine
    then rejects a position after one letter instead of trying every word, and the long lists
    are searched at every position of every sentence. Sharing stops before a space, so what
    matches is exactly what the words listed longest first would match."""
    ordered = sorted(dict.fromkeys(items), key=len, reverse=True)
    return "(?:" + _shared_prefixes(ordered, space) + ")"


def _shared_prefixes(words: list[str], space: str) -> str:
    """`words` (longest first) as alternatives, each run of words that begin with the same
    letter written as that letter and the alternatives of their rests. Alternatives that
    begin with different letters never match at one position, so grouping them keeps the
    meaning; a rest that begins with a space (which may match nothing) is not grouped."""
    if any(w.startswith(" ") for w in words) or len(words) < 2:
        return "|".join(_literal(w, space) for w in words)
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        if first == "":
            continue
        if len(rests) == 1:
            parts.append(_literal(first + rests[0], space))
        else:
            parts.append(_literal(first, space) + "(?:" + _shared_prefixes(rests, space) + ")")
    if "" in groups:
        parts.append("")
    return "|".join(parts)


def _literal(word: str, space: str) -> str:
    return re.escape(word).replace(r"\ ", space)
