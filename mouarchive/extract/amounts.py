"""How much an agreement invests and how many jobs it promises.

Investment agreements (투자협약) are reported by their size: "7000억원 규모의 투자 협약",
"5700억 원을 투자하는 협약", "총 투자액은 1090억원", and by the jobs they bring: "271명의 새로운
일자리", "신규 일자리 100개", "72명을 고용할 예정". Korean writes these numbers with units in
between ("2조3천억여원", "천599억 원", "3천 5백여명"), so they are read by `korean_number`.

The amount of the agreement is the one the signing sentence states; failing that, the one told
of all the partners together ("이번 3개 기업은 … 180억 원을"), else the first
amount invested that the article states, leaving out sentences about the past or the year
so far ("지난해 37개 기업과 4조 8066억 원") and about effects (생산유발, 부가가치, 매출).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from mouarchive import vocab
from mouarchive.models import Span
from mouarchive.text.scan import guarded, scanner

_BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12}
_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
# A number may follow a word directly ("총1100억"), but one that starts with a unit may not:
# "수천억원" is an estimate, not a thousand 억.
# A run of digits is one piece: another follows it only after a space or a unit ("1조2천억",
# "1,200 억"), so a long run of digits is read once, not split every way it can be.
_DIGITS = r"\d[\d,]*(?:\.\d+)?"
_NUMBER = (
    rf"(?:(?<![\d,.]){_DIGITS}|(?<![\d,.가-힣])[십백천만억조])"
    rf"(?:\s?[십백천만억조]|\s{_DIGITS}|(?<=[십백천만억조]){_DIGITS})*"
)
_MONEY_RE = scanner(
    re.compile(rf"(?P<number>{_NUMBER})\s?(?:여\s?)?(?:원|(?<=[억조])(?=\s?(?:투자|규모)))")
)
_PEOPLE_RE = guarded(scanner(re.compile(rf"(?P<number>{_NUMBER})\s?(?:여\s?)?(?P<unit>명|개)")))
_PIECE_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|[십백천만억조]")
# A run of spaces after 다 . ! ?, or a line break: "(?<=[다.!?])\s+|\n", written to start with
# the space it consumes, so a search skips ahead to the next space (the same matches).
_SENTENCE_END_RE = re.compile(r"\s(?:(?<=[다.!?]\s)\s*|(?<=\n))")

_INVESTED = re.compile(vocab.pattern("amounts", "investment_words"))
_ATTENDED = re.compile(vocab.pattern("signing", "attended"))
_NOT_INVESTED = re.compile(vocab.pattern("amounts", "not_investment_words"))
_PAST = re.compile(vocab.pattern("amounts", "past_or_running_total"))
_JOB_AFTER = re.compile(
    r"^\s?(?:의|에\s달하는|이|을|가)?\s?(?:"
    + vocab.pattern("amounts", "job_qualifiers")
    + r")*\s?(?:"
    + vocab.pattern("amounts", "job_nouns")
    + ")"
)
# A job noun before its count, maybe paired with another ("신규고용·이전 206명").
_JOB_BEFORE = re.compile(
    r"(?:" + vocab.pattern("amounts", "job_nouns") + r")(?:·\S{1,4})?\s?(?:창출\s?)?(?:효과\s?)?"
    r"(?:은|는|이|가|도)?\s?(?:총\s?|약\s?)?$"
)
_JOB_VERB_AFTER = re.compile(r"^\s?(?:을|를|이|의)?\s?(?:신규\s?|새로\s?)?(?:고용|채용)")
_REACH = 25  # characters around an amount that may tell it is invested
# "이번 3개 기업은 … 180억 원을 투자해", "이들 3개 기업의 신규 투자액은": the partners together,
# whose sum the agreement's size is, where each partner's own sentence gives only its share.
# The words come first and the look-behind after them, over their two letters and the one before
# (the word opens the text or follows a space), so the regex engine skips to 이 and 모 alone:
# the same matches as "(?<!\S)(?:이들|이번|모두)…" in half the time.
_ALL_PARTNERS_RE = re.compile(
    r"(?:이들|이번|모두)(?<!\S..)\s?(?:\d+|[두세네])\s?개?\s?(?:"
    + vocab.pattern("amounts", "partner_nouns")
    + r")(?:들)?(?:은|는|이|가|의)\s"
)


def korean_number(text: str) -> int | None:
    """ "2조3천억" → 2300000000000, "천599억" → 159900000000, "3천 5백" → 3500, "1,525" → 1525.

    Digits and the units 십 백 천 build a group below 만; 만 억 조 multiply the group before
    them, so "5천6백억" is (5000 + 600) × 10^8. A fraction left over is rounded.
    """
    number = _read_number(text, float)
    return round(number) if number is not None else None


def korean_number_exact(text: str) -> Fraction | None:
    """The number `korean_number` reads, before rounding and without a float's error: "1.5만"
    is 15000 exactly, and "1.2345천" 1234.5, which no count of people or won can be. Slower,
    so read where an owner types an amount, not for every amount of every article."""
    return _read_number(text, Fraction)


def _read_number(text: str, kind: type) -> Any:
    total = kind(0)
    group = kind(0)
    number = None
    pieces = _PIECE_RE.findall(text)
    if not pieces:
        return None
    for piece in pieces:
        if piece in _SMALL_UNITS:
            group += (number if number is not None else 1) * _SMALL_UNITS[piece]
            number = None
        elif piece in _BIG_UNITS:
            value = group + (number or 0)
            total += (value or 1) * _BIG_UNITS[piece]
            group, number = kind(0), None
        else:
            try:
                number = kind(piece.replace(",", ""))
            except ValueError:
                return None
    total += group + (number or 0)
    if not 0 < total < _LARGEST:
        # A run of hundreds of digits is no sum of money, and a float of it no integer.
        return None
    return total


_LARGEST = 10**20  # won: far above any sum a signing states (조 is 10^12)


@functools.lru_cache(maxsize=16)
def sentences(text: str, span: Span) -> tuple[Span, ...]:
    """The sentences of text[span], as spans into `text`. Memoised: `investment` and `jobs`
    each read a signing's passage."""
    start, end = span
    out = []
    at = start
    for match in _SENTENCE_END_RE.finditer(text, start, end):
        if match.start() > at:
            out.append((at, match.start()))
        at = match.end()
    if end > at:
        out.append((at, end))
    return tuple(out)


def investment(text: str, signing: Sequence[Span], passage: Span) -> tuple[int, Span] | None:
    """The amount an agreement invests: stated in its signing sentence, else the first amount
    invested in its passage (the part of the article that tells of this signing)."""
    for span in signing:
        for value, where, invested in _amounts(text, span):
            if invested or _INVESTED.search(text, *span):
                return value, where
    return _first_in(text, _told_of_all_first(text, passage), _invested_in)


def _invested_in(text: str, span: Span) -> tuple[int, Span] | None:
    """The first amount in the sentence at `span` told as invested, and where it stands."""
    return next(((v, where) for v, where, invested in _amounts(text, span) if invested), None)


def jobs(text: str, signing: Sequence[Span], passage: Span) -> tuple[int, Span] | None:
    """The jobs an agreement promises ("신규 고용 120명", "일자리 300개 창출"): in its signing
    sentence, else the first stated in its passage outside sentences about the past."""
    for span in signing:
        found = _jobs_in(text, span)
        if found:
            return found
    return _first_in(text, _told_of_all_first(text, passage), _jobs_in)


@functools.lru_cache(maxsize=16)
def _told_of_all_first(text: str, passage: Span) -> tuple[Span, ...]:
    """The passage's sentences, those about all the partners together first, leaving out
    sentences about the past or a running total. Memoised: `investment` and `jobs` each read
    the passage of a signing whose own sentences state neither."""
    kept = [span for span in sentences(text, passage) if not _PAST.search(text, *span)]
    return tuple(sorted(kept, key=lambda span: _ALL_PARTNERS_RE.search(text, *span) is None))


def _first_in(
    text: str, spans: Sequence[Span], read: Callable[[str, Span], tuple[int, Span] | None]
) -> tuple[int, Span] | None:
    """What `read` finds in the first of `spans` where it finds anything."""
    return next((found for span in spans if (found := read(text, span))), None)


def _amounts(text: str, span: Span) -> list[tuple[int, Span, bool]]:
    """Amounts of money in text[span], each with whether its surroundings say it is invested."""
    start, end = span
    out = []
    for match in _MONEY_RE.finditer(text, start, end):
        value = korean_number(match["number"])
        if value is None or value < 10**8:
            continue
        before = text[max(start, match.start() - _REACH) : match.start()]
        after = text[match.end() : min(end, match.end() + _REACH)]
        if _NOT_INVESTED.search(before[-12:]) or _NOT_INVESTED.search(after[:12]):
            continue
        invested = bool(_INVESTED.search(after) or _INVESTED.search(before[-12:]))
        out.append((value, (match.start(), match.end()), invested))
    return out


def _jobs_in(text: str, span: Span) -> tuple[int, Span] | None:
    start, end = span
    for match in _PEOPLE_RE.finditer(text, start, end):
        value = korean_number(match["number"])
        if not value:
            continue
        after = text[match.end() : min(end, match.end() + _REACH)]
        before = text[max(start, match.start() - _REACH) : match.start()]
        person = match["unit"] == "명"
        if _NOT_INVESTED.search(after[:12]):
            # "일자리 창출 7만개 달성을 목표로": a goal or a result, not this agreement's jobs.
            continue
        if person and _ATTENDED.search(text, match.end(), end):
            # "임직원 40여 명과 … 관계자 50여 명이 참석했다": those present, not jobs.
            continue
        if (
            _JOB_AFTER.match(after)
            or (person and _JOB_VERB_AFTER.match(after))
            or _JOB_BEFORE.search(before)
        ):
            return value, (match.start(), match.end())
    return None
