"""Where in a page's text each article cut from it stands.

A file may hold several copies pasted one after another (two portal copies, a plain article
and a broadcaster's script), each with its own 입력 line and copyright; what each article's
date and outlet are must be read from its own stretch, never the neighbour's. Cleaning drops
exactly those lines, so the stretches are found in the text before it is cleaned, by the
articles' own words: an article runs from its headline (or its body's first words), or the
bare dateline printed right above it, to the next article's.
"""

from __future__ import annotations

import re

from mouarchive.models import Article
from mouarchive.text.datelines import is_bare_date, is_dateline

# Letters (spaces aside) of a body's first line looked for in the page: enough to tell one
# lead from another, few enough to fall inside the line before cleaning joined or cut it.
_LEAD_KEY = 16
# `\s` is `str.isspace`, as `str.split()` has it: the page's letters are those of its keys.
_SPACES_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"\S+")
# Letters of a page stripped of their spaces at once: a whole 9 MB page's words at once
# took 87 MB.
_STRIPPED_AT_ONCE = 1 << 16


def article_spans(text: str, articles: list[Article]) -> list[str] | None:
    """The stretch of `text` each article in `articles` (in their order) was cut from; None
    when an article's words are not found in order, and the stretches are not known."""
    compact = _compacted(text)
    starts: list[int] = []
    untitled: list[bool] = []
    searched_from = 0
    for article in articles:
        lead = _key(article.body.split("\n", 1)[0])[:_LEAD_KEY]
        body_at = compact.find(lead, searched_from) if lead else -1
        if body_at < 0:
            return None
        title = _key(article.title or "")
        title_at = compact.rfind(title, searched_from, body_at) if title else -1
        starts.append(title_at if title_at >= 0 else body_at)
        untitled.append(title_at < 0)
        searched_from = body_at + 1
    opened = zip(_places(text, starts[1:]), untitled[1:], strict=True)
    offsets = [0] + [_with_stamp_above(text, at, brief) for at, brief in opened]
    offsets.append(len(text))
    return [text[offsets[i] : offsets[i + 1]] for i in range(len(articles))]


def _with_stamp_above(text: str, at: int, brief: bool) -> int:
    """Where an article that starts at `at` begins, taking the bare dateline a copy prints
    right above its headline ("2023.11.02 (09:10)" / headline), a blank line or the file's
    start above it: that stamp is its own, not the end of the article before. A stamp with
    a blank line under it, or right under the text before ("홍길동 기자" / "기사입력 …"),
    closes the copy before, whose date it is; but for a labelled one set right on an
    untitled brief's first line ("윤가람 기자" / "입력 2024.09.05 10:00" / "누리시는 5일 …"),
    which is the brief's."""
    line_start = text.rfind("\n", 0, at) + 1
    if line_start == 0:
        return at
    stamp_start = text.rfind("\n", 0, line_start - 1) + 1
    stamp = text[stamp_start : line_start - 1].strip()
    if brief and is_dateline(stamp) and not is_bare_date(stamp):
        return stamp_start
    if not is_bare_date(stamp):
        return at
    above_start = text.rfind("\n", 0, max(0, stamp_start - 1)) + 1
    opens = stamp_start == 0 or not text[above_start : stamp_start - 1].strip()
    return stamp_start if opens else at


def _key(text: str) -> str:
    return "".join(text.split())


def _compacted(text: str) -> str:
    """`text` without its spaces. Each letter is kept or dropped on its own, so the text is
    stripped a stretch at a time, cut anywhere."""
    stretches = range(0, len(text), _STRIPPED_AT_ONCE)
    return "".join(_SPACES_RE.sub("", text[at : at + _STRIPPED_AT_ONCE]) for at in stretches)


def _places(text: str, letters: list[int]) -> list[int]:
    """Where in `text` its letters numbered `letters` (spaces not counted, in rising order)
    stand, found in one walk over its words. A list of every letter's place cost 36 bytes a
    letter: a 9 MB file of 12,000 short articles peaked at 450 MB."""
    words = _WORD_RE.finditer(text)
    places: list[int] = []
    walked = 0  # letters up to the end of `word`
    word = None
    for letter in letters:
        while word is None or letter >= walked:
            word = next(words)
            walked += word.end() - word.start()
        places.append(word.end() - (walked - letter))
    return places
