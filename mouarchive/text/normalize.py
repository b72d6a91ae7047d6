"""Make text from any source compare and print the same way.

Copies from browsers, PDFs and terminals differ in invisible ways (NBSP, zero-width joiners,
decomposed Hangul jamo, CRLF, colour codes). Every later rule is written against the
normalized form, and nothing that could drive a terminal may reach the archive.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from mouarchive.text.scan import guarded
from mouarchive.vocab import table, word_set

# ANSI/VT escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), then any
# other two-character escape. Each part is a bounded character class, so matching is linear.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Zero-width and bidi controls, soft hyphen, BOM: invisible, and bidi controls can make
# text display differently from what it says.
_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_RUN_OF_SPACES = re.compile(r" {2,}")
# Page breaks from PDF extraction and Unicode line separators end a line like "\n" does.
_LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")


def _any_of(*classes: re.Pattern[str]) -> re.Pattern[str]:
    """One character class holding the characters of each of `classes` (each "[…]")."""
    return re.compile("[" + "".join(c.pattern[1:-1] for c in classes) + "]")


# What any of the rewrites below acts on (an escape sequence opens with a control code):
# nearly every text holds none of it, and one search for it spares five passes over it.
_ACTED_ON = _any_of(_LINE_BREAKS, _SPACES, _INVISIBLE, _CONTROL)


def normalize_text(text: str) -> str:
    """NFC, `\\n` line ends, plain spaces, no control codes; blank lines are kept.

    Lines are stripped at both ends: indentation in pasted articles is layout, never meaning.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ACTED_ON.search(text):
        text = _LINE_BREAKS.sub("\n", text)
        text = _ANSI.sub("", text)
        text = _SPACES.sub(" ", text)
        text = _INVISIBLE.sub("", text)
        text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if "  " in text:
        text = _RUN_OF_SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


# "수원삼성블루윙즈‧수원FC", "환경․교통", "도ㆍ시": the dots besides · outlets separate names with.
MIDDLE_DOTS = "\u2024\u2027\u2219\u30fb\uff65\u318d"
# "`통합요금제 시행 합의문'을": older newsroom systems open a quote with a backtick; "<주>한빛",
# "〈주〉한빛": the company's legal mark in angle brackets, read as the usual "(주)".
_READ_AS = (
    ("`", "'"),
    *((dot, "·") for dot in MIDDLE_DOTS),
    ("<주>", "(주)"),
    ("〈주〉", "(주)"),
)


def reading_form(text: str) -> str:
    """`text` as extraction reads it: a backtick is the apostrophe it stands for, every middle
    dot one "·", an apostrophe or a question mark printed for a middle dot ("대구'광주'대전",
    "대구은행?대구신용보증재단") a dot too, and a dash joining two names a hyphen.
    Character for character, so every span read off it is a span of the text itself, which
    keeps what the outlet wrote (and what search finds).

    One `str.replace` a character rather than `str.translate`: translating looks up each
    letter of the text in a table, 80 µs for a body of 1,800 letters; each replace is one
    scan in C, under 1 µs for all nine (2.5 % of preparing a synthetic article). The
    apostrophes are read one by one only in a text holding one between two Hangul letters."""
    for written, read in _READ_AS:
        text = text.replace(written, read)
    if "–" in text or "—" in text:
        text = _JOINING_DASH_RE.sub("-", text)
    if "?" in text:
        text = _LOST_DOT_RE.sub("·", text)
    if any(level in text for level in _HANJA_LEVELS):
        text = _HANJA_LEVEL_RE.sub(lambda m: _HANJA_LEVELS[m.group()], text)
    return _apostrophe_dots(text) if _BETWEEN_HANGUL.search(text) else text


# "지난市", "퍼스(Perth)市", "산둥省": a place abroad whose level is written in its character,
# read as the Hangul level ("지난시") an outlet writes it with elsewhere; not inside a run of
# characters ("濟南市").
_HANJA_LEVELS = table("hangul", "hanja_levels")
_HANJA_LEVEL_RE = re.compile("(?<=[가-힣)])[" + "".join(_HANJA_LEVELS) + "]")


# "합천소방서–삼성합천병원": an en or em dash between two names joins them as a hyphen does;
# between digits ("9–10일") it is a range, and stays.
_JOINING_DASH_RE = re.compile("(?<=[가-힣])[–—](?=[가-힣])")


# "대구은행?대구신용보증재단": a question mark run into the next word is a middle dot an
# encoding lost (a question ends a sentence, before a space or a quote).
_LOST_DOT_RE = re.compile(r"(?<=[가-힣])\?(?=[가-힣])")


# An apostrophe between two Hangul letters: a quote's end before its particle, or a dot.
_BETWEEN_HANGUL = guarded(re.compile("[가-힣]'[가-힣]"))
_AFTER_QUOTES = word_set("hangul", "particles_after_quotes")
# The Hangul run after an apostrophe: a particle that closes a quote, or the next word of a
# dotted run ("대전시와": its 와 closes no quote).
_RUN = re.compile("[가-힣]+")
_SHORT_YEAR = re.compile(r"\d\d(?!\d)")


def _apostrophe_dots(text: str) -> str:
    """ "대구'광주'대전 3개 광역시", "광주'대전시와": some newsroom systems print the middle dot
    as an apostrophe. One between two Hangul letters, with no quote open on its line, is a dot
    unless it closes a quote another mark opened (a particle alone follows it: "협약'을") or
    opens one that a later apostrophe of the line closes ("회의를 갖고'무진장 상생 협력'을",
    "협약식을 갖고'원팀' 구성에").
    An apostrophe before digits shortens a year ("'24년"), and opens nothing. Each line is
    read twice, once from its end to know where a later apostrophe closes a quote, so a line of
    thousands of apostrophes costs no more than their number. The text is rebuilt only around
    the dots found: a list of its letters joined again cost 25 µs a synthetic body, though most
    hold no such dot."""
    dots: list[int] = []
    for line in _quoted_lines(text):
        marks = [(m.start(), m.group()) for m in _QUOTE_MARKS.finditer(text, *line)]
        closed_later = _closed_later(text, marks)
        quoted = False
        for k, (at, mark) in enumerate(marks):
            if mark != "'":
                quoted = mark == "‘"
            elif quoted:
                quoted = False
            elif not _between_hangul(text, at):
                before = text[at - 1 : at]
                quoted = not before.isalnum() and not _SHORT_YEAR.match(text, at + 1)
            elif _closes_quote(text, at):
                continue
            elif closed_later[k]:
                quoted = True
            else:
                dots.append(at)
    if not dots:
        return text
    return "·".join(text[a + 1 : b] for a, b in zip([-1, *dots], [*dots, len(text)], strict=True))


_QUOTE_MARKS = re.compile("['‘’]")


def _quoted_lines(text: str) -> Iterator[tuple[int, int]]:
    """The start and end of each line holding an apostrophe: the only lines `_apostrophe_dots`
    reads. Found from the apostrophes themselves: a pattern for such a line ("[^\\n]*'[^\\n]*")
    read each line without one from every letter to its end, 120 µs for a synthetic body (3 %
    of preparing it), and 39 s for a line of 1 MB before the one that holds the apostrophe."""
    at = text.find("'")
    while at >= 0:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield text.rfind("\n", 0, at) + 1, end
        at = text.find("'", end)


def _between_hangul(text: str, at: int) -> bool:
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return "가" <= before <= "힣" and "가" <= after <= "힣"


def _closed_later(text: str, marks: list[tuple[int, str]]) -> list[bool]:
    """For each quote mark of a line, whether an apostrophe after it ends a quote."""
    later = [False] * len(marks)
    seen = False
    for k in range(len(marks) - 1, -1, -1):
        later[k] = seen
        at, mark = marks[k]
        seen = seen or (mark == "'" and _ends_quote(text, at))
    return later


def _closes_quote(text: str, at: int) -> bool:
    """Whether the apostrophe at `at` ends a quote: a particle alone follows it."""
    run = _RUN.match(text, at + 1)
    return run is not None and run.group(0) in _AFTER_QUOTES


def _ends_quote(text: str, at: int) -> bool:
    """Whether a later apostrophe ends a quote: a particle alone follows it, or no letter does
    ("'원팀' 구성")."""
    return _closes_quote(text, at) or not text[at + 1 : at + 2].isalnum()
