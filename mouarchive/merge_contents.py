"""What two reports of a signing say besides who signed and when: the sum invested, the
agreed items, the agreement's title and the sentence that tells the signing.

Outlets reword the items, round the sum ("7000억원" for "7천170억 원") and retitle the
agreement, so these comparisons forgive what outlets change and catch what they do not: a
sum, items or a title of its own tell two agreements of the same parties apart. They are
kept apart from `merge`, which weighs them with the parties and dates, and are what `review`
uses to compare items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from mouarchive.extract.kind_title_place import DOCUMENT_RE
from mouarchive.extract.tokens import LIST_MARKS
from mouarchive.models import AgreementReport, Clause
from mouarchive.vocab import pattern

_NOISE_RE = re.compile(
    r"[\s\"'“”‘’「」『』()\[\]<>〈〉《》.,·ㆍ:;!?~…\-" + re.escape(LIST_MARKS) + "]+"
)
ITEMS_SIMILAR = 0.5


def _bigrams(texts: Iterable[str]) -> frozenset[str]:
    return _bigrams_of(tuple(texts))


@lru_cache(maxsize=4096)
def _bigrams_of(texts: tuple[str, ...]) -> frozenset[str]:
    """Worked out once a run for each list of items: a report saved is weighed against
    every candidate, and each candidate against report after report."""
    joined = "|".join(_NOISE_RE.sub("", t) for t in texts)
    return frozenset({joined[i : i + 2] for i in range(len(joined) - 1)} - {""})


def items_overlap(a: list[Clause], b: list[Clause]) -> float:
    """Dice overlap of the character bigrams of two clause lists: reworded items of the same
    agreement still share most of their bigrams."""
    return _dice(_bigrams(c.text for c in a), _bigrams(c.text for c in b))


def _dice(left: frozenset[str], right: frozenset[str]) -> float:
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


def told_apart(a: AgreementReport, b: AgreementReport) -> bool:
    """Whether the two reports say something that differs: the sum invested, the agreed
    items or the agreement's name."""
    return (
        not sums_agree(a.investment_krw, b.investment_krw)
        or bool(a.clauses and b.clauses and items_overlap(a.clauses, b.clauses) < ITEMS_SIMILAR)
        or bool(a.title and b.title and not titles_match(a, b))
    )


def sums_agree(a: int | None, b: int | None) -> bool:
    """Whether two sums invested can be one: unknown on a side, equal, or one the other
    rounded to its own last figure ("7000억원" for "7천170억 원"), as outlets write a sum."""
    if a is None or b is None or a == b:
        return True
    if abs(a - b) * _CLOSE > max(a, b):
        # Rounding to one figure would tie 100억 to 140억; a rounded sum stays close.
        return False
    return any(_rounded(exact, sum_unit(round_)) == round_ for round_, exact in ((a, b), (b, a)))


_CLOSE = 20  # a rounded sum is within a twentieth of the sum written out


def sum_unit(amount: int) -> int:
    """The place of a sum's last figure that is not zero: 10^11 for 7000억 (7 × 10^11)."""
    unit = 1
    while amount and amount % (unit * 10) == 0:
        unit *= 10
    return unit


def _rounded(amount: int, unit: int) -> int:
    return (amount + unit // 2) // unit * unit


def told_apart_loosely(a: AgreementReport, b: AgreementReport) -> bool:
    """`told_apart`, but two outlets' titles for one agreement need only share most of their
    letter pairs ("경기-강원도간 광역행정협정", "경기도-강원도 광역행정협력 합의문"), and their
    items a fair part."""
    titles_apart = bool(
        a.title and b.title and _dice(_bigrams([a.title]), _bigrams([b.title])) < _TITLES_ALIKE
    )
    return (
        not sums_agree(a.investment_krw, b.investment_krw)
        or bool(a.clauses and b.clauses and items_overlap(a.clauses, b.clauses) < _ITEMS_RELATED)
        or titles_apart
    )


# Two outlets' titles for one agreement share this much of their letter pairs; one outlet's
# items summed up in a few words ("한강수계 관리, 도로확충") share this much with another's
# written out.
_TITLES_ALIKE = 0.5
_ITEMS_RELATED = 0.25


def titles_match(a: AgreementReport, b: AgreementReport) -> bool:
    """The same name, whatever outlets call its kind ("… 위탁보증 업무협약" and "… 위탁보증협약",
    "… 협력 MOU"), or a long name one outlet shortened by its opening words ("제주환경자원순환센터
    입지 주민지원에 따른 동복리 풍력발전기 건설 기술협력 업무지원 협약" and "동복리 풍력발전기
    건설 기술협력 업무지원 협약"): a name ends on what it is about, which no outlet drops."""
    if not (a.title and b.title):
        return False
    short, long = sorted((_title_core(a.title), _title_core(b.title)), key=len)
    if short == long or (len(short) >= _SHORTENED_TITLE and long.endswith(short)):
        return True
    # "연고지 이전 및 체육관 시설 이용에 관한 양해각서" and "연고지 이전 및 고양체육관 이용에
    # 관한 MOU": one long name, a word changed; never a year or a number ("2024 …", "2025 …").
    return (
        len(short) >= _SHORTENED_TITLE
        and _NUMBER_RE.findall(short) == _NUMBER_RE.findall(long)
        and _dice(_bigrams([short]), _bigrams([long])) >= _REWORDED
    )


@lru_cache(maxsize=4096)
def _title_core(title: str) -> str:
    """The title without the kind it ends on, looked for in its last letters only (a kind
    noun is short), so a long title is not searched over and over."""
    bare = _NOISE_RE.sub("", title)
    head, tail = bare[:-_KIND_TAIL], bare[-_KIND_TAIL:]
    return (head + _KIND_ENDING_RE.sub("", tail)) or bare


_KIND_TAIL = 24
_NUMBER_RE = re.compile(r"\d+")
# Letters the shorter of two names must keep to be the longer one shortened: a purpose
# ("지역 발전을 위한") is shorter, the name of one agreement longer.
_SHORTENED_TITLE = 15
# Letter pairs two outlets' wordings of one long name share.
_REWORDED = 0.7


_KIND_ENDING_RE = re.compile(f"(?:{DOCUMENT_RE.pattern})+$")


# A title longer than its kind by this many letters names one agreement ("맥스터 증설에 따른
# 상생협력 지원금 제공을 위한 업무협약"), not merely a kind ("업무제휴협약").
_OWN_TITLE = 6


def named_alike(a: AgreementReport, b: AgreementReport) -> bool:
    """The same agreement's own title in both reports: a repost of a press release that
    dates the signing nowhere ("최근 … 업무협약'을 체결하며") is still that signing."""
    return titles_match(a, b) and len(_NOISE_RE.sub("", a.title or "")) >= len(a.kind) + _OWN_TITLE


def leads_likeness(lead: str, other: str) -> float:
    """How alike two sentences that tell a signing are (Dice of their letter pairs): reposts of
    one press release keep its lead ("한빛군은 12일 군청에서 남도수협과 …") give or take an
    outlet's edits. 0 when either is too short for a formula ("두 기관은 협약을 체결했다") not
    to look alike by chance, when either tells a signing made again ("다시 체결했다": an
    organisation's template for the same partner's next agreement reads like the first), or
    when each names an aim and the aims differ ("어촌 관광 활성화를 위한" and "해양 쓰레기
    수거를 위한"): the same template for another agreement."""
    left, right = _bigrams([lead]), _bigrams([other])
    if min(len(left), len(right)) < _LEAD_BIGRAMS or _RENEWED_RE.search(lead + "\n" + other):
        return 0.0
    aims = [_aim(text) for text in (lead, other)]
    if aims[0] and aims[1] and _dice(_bigrams([aims[0]]), _bigrams([aims[1]])) < _AIMS_ALIKE:
        return 0.0
    return _dice(left, right)


def _aim(lead: str) -> str | None:
    """What the agreement is for, as the lead says before "위한" or "위해": its last few words
    after the last one that ends in a particle (the partner, "남도수협과")."""
    found = _AIM_RE.search(lead)
    if found is None:
        return None
    words = found["aim"].split()
    while len(words) > 1 and _PARTICLE_END_RE.search(words[0]):
        words.pop(0)
    kept = [w for w in words if not _PARTICLE_END_RE.search(w)] or words[-1:]
    return " ".join(kept)


_RENEWED_RE = re.compile(r"(?<![가-힣])" + pattern("signing", "renewed"))
# The words before "위한" or "위해" (at most four, within the clause) name what an agreement is
# for.
_AIM_RE = re.compile(r"(?P<aim>[^\s,.]+(?:\s[^\s,.]+){0,3})\s*(?:을|를)?\s*위(?:한|해)")
_AIMS_ALIKE = 0.5
_PARTICLE_END_RE = re.compile(r"(?:과|와|은|는|이|가|에서|에게|으로|로|에)$")


# Measured on the real set (reports of one signing nothing else joined, against reports of two
# signings of the same parties): where both articles are dated and out within two weeks of
# each other, half the letter pairs; where one is not dated and nothing places the two near
# in time, three fifths. A lead has at least thirty pairs.
LEADS_ALIKE = 0.5
LEADS_ALIKE_UNPLACED = 0.6
_LEAD_BIGRAMS = 30
