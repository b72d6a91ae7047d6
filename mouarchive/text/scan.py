"""Faster searching for a regex whose matches start with few characters.

Python's regex engine skips ahead quickly only for a pattern that opens with a literal or a
character class. A pattern that opens with an alternation of words ("체결|맺|서명…"), with a
look-behind or with a repeat tries every alternative at every position of the text instead,
which made a few of extraction's regexes cost as much as all the rest. `scanner` puts a
look-ahead for the characters a match can start with in front: the matches stay exactly
the same (same spans, same groups), only the positions where none can start are passed over
sooner. Whether it pays depends on the pattern, so it is applied where it was measured to.

An alternative that opens with `^` or `\\A` ("^(?:이날\\s)?[가-힣]{0,4}협약식에는") can start a
match only at the text's start (or a line's, under MULTILINE), whatever letter follows: it adds
that anchor to the look-ahead (`(?=[…]|^)`) rather than its letters, which for such a branch
would otherwise be every Hangul syllable and leave nothing passed over.

`guarded` is the other shortcut: for a pattern every match of which holds some words, it
asks first whether the text holds any of them, and runs the pattern only where it does.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

try:  # the regex parser is private to the standard library: without it, patterns stay as given
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    _CATEGORIES = {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
    _ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
    # The same anchor in the look-ahead, compiled with the pattern's flags, holds where the
    # pattern's own does (`^` after each newline too under MULTILINE).
    _ANCHORS = {sre.AT_BEGINNING: "^", sre.AT_BEGINNING_STRING: r"\A"}
except (ImportError, AttributeError):  # pragma: no cover - an re module laid out otherwise
    _parser = None


class _Unknown(Exception):
    """The pattern holds something whose first characters are not worked out here."""


def scanner(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` with a look-ahead for its possible first characters, or `regex` itself when
    they cannot be told (it may match an empty string, starts with any character, ignores
    case, or holds back-references)."""
    if _parser is None or regex.flags & (re.IGNORECASE | re.VERBOSE):
        return regex
    try:
        starts, empty = _first(_parser.parse(regex.pattern, regex.flags).data)
        items = [item for item in starts if item[0] is not sre.AT]
        if empty or not items:
            return regex
        ahead = "|".join([f"[{''.join(map(_class_item, items))}]", *_anchors(starts)])
        return re.compile(f"(?={ahead})(?:{regex.pattern})", regex.flags)
    except (_Unknown, re.error):
        return regex


def _anchors(starts: list) -> list[str]:
    """The anchors among `starts` (`^`, `\\A`), each once, as written in a pattern."""
    found = [_ANCHORS[av] for op, av in starts if op is sre.AT]
    return list(dict.fromkeys(found))


def _first(items: list) -> tuple[list, bool]:
    """The class items a match of `items` can start with (an anchor standing for a match that
    can start only where it holds), and whether it can be empty."""
    starts: list = []
    for op, av in items:
        found, empty = _first_of(op, av)
        starts += found
        if not empty:
            return starts, False
    return starts, True


def _first_of(op: object, av: object) -> tuple[list, bool]:
    if op is sre.LITERAL:
        return [(op, av)], False
    if op is sre.IN:
        if any(item_op is sre.NEGATE for item_op, _ in av):
            raise _Unknown
        return list(av), False
    if op is sre.BRANCH:
        starts: list = []
        empty = False
        for alternative in av[1]:
            found, can_be_empty = _first(alternative)
            starts += found
            empty = empty or can_be_empty
        return starts, empty
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, pattern = av
        if add_flags & re.IGNORECASE or (add_flags | del_flags) & re.MULTILINE:
            # A case or an anchor of its own, which the look-ahead would not share.
            raise _Unknown
        return _first(pattern)
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    if op in _REPEATS:
        low, _high, pattern = av
        found, empty = _first(pattern)
        return found, empty or low == 0
    if op is sre.AT and av in _ANCHORS:
        # Nothing after the anchor can start a match anywhere else.
        return [(op, av)], False
    if op in _ZERO_WIDTH:
        return [], True
    raise _Unknown


def _class_item(item: tuple) -> str:
    op, av = item
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is sre.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Unknown


def guarded(regex: re.Pattern[str]) -> re.Pattern[str] | Guarded:
    """`regex`, asked first whether the text holds any of the words every match must hold
    ("제보" for a tip line, the roles of a byline), and not run at all where it holds none.

    The engine has no such test of its own: a pattern that names a few words among others
    walks every position of a sentence to learn that none is there, 2–5 µs for a line or a
    sentence, where looking for the words takes a fraction of that. The words are read off the
    pattern itself, so they cannot drift from it: a run of letters every match holds, or, for
    an alternation, one such run of each alternative. Looks around hold no such word (what
    they read lies outside the match); a pattern with none, or ignoring case, is returned as
    it is. Whether it pays depends on how often the words are there, so it is applied where it
    was measured to."""
    if _parser is None or regex.flags & re.IGNORECASE:
        return regex
    try:
        needed = _needed(_parser.parse(regex.pattern, regex.flags).data)
    except re.error:  # pragma: no cover - a compiled pattern parses again
        return regex
    if needed is None:
        return regex
    # A word that holds another of them ("개사" after "개") is there only where that one is.
    words = sorted(w for w in needed if not any(v != w and v in w for v in needed))
    return Guarded(regex, tuple(words))


class Guarded:
    """A compiled pattern behind a test for the words its every match holds (`guarded`): the
    methods of `re.Pattern` that the rules use, each answering at once as the pattern would
    where the part of the text it reads holds none of them."""

    __slots__ = ("flags", "groupindex", "pattern", "regex", "words")

    def __init__(self, regex: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.regex = regex
        self.words = words
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.groupindex = regex.groupindex

    def holds(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether text[pos:endpos], the part a search reads, holds one of the words (`re` reads
        a negative bound as 0, as slicing does not)."""
        if pos > 0 or endpos < len(text):
            text = text[max(pos, 0) : max(endpos, 0)]
        return any(map(text.__contains__, self.words))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos) if self.holds(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos) if self.holds(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos) if self.holds(text, pos, endpos) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, endpos) if self.holds(text, pos, endpos) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.regex.findall(text, pos, endpos) if self.holds(text, pos, endpos) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self.holds(text) else text

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        return self.regex.split(text, maxsplit) if self.holds(text) else [text]


def _needed(items: list) -> frozenset[str] | None:
    """Words one of which every match of the sequence `items` holds, or None: the fewest and
    longest of those its parts give (a run of literal letters gives itself). A run of spaces
    is passed over: nearly every line and sentence holds one, so a guard on it never skips."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run and not "".join(run).isspace():
            found.append(frozenset(["".join(run)]))
        run = []
        if op is not None and (words := _needed_by(op, av)) is not None:
            found.append(words)
    return min(found, key=lambda words: (len(words), -min(map(len, words))), default=None)


def _needed_by(op: object, av: Any) -> frozenset[str] | None:
    """Words one of which every match of the one item (op, av) holds, or None."""
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, pattern = av
        return None if add_flags & re.IGNORECASE else _needed(pattern)
    if op is sre.ATOMIC_GROUP:
        return _needed(av)
    if op is sre.BRANCH:
        each = [_needed(alternative) for alternative in av[1]]
        return None if None in each else frozenset().union(*each)
    if op in _REPEATS:
        low, _high, pattern = av
        return _needed(pattern) if low >= 1 else None
    if op is sre.IN and all(item_op is sre.LITERAL for item_op, _ in av) and len(av) <= 4:
        letters = frozenset(chr(letter) for _op, letter in av)
        return None if "".join(letters).isspace() else letters
    return None
