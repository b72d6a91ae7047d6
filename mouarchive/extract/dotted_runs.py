"""Names run together with dots ("한빛대학교·남도테크·바다로지스·한결은행과").

A run of names joined by · or - lists parties in full when one of them is plainly an
organisation, and names a group's owners instead when it owns one ("대구·경남·경북의
기초자치단체와"). Each word of a sentence asks for its run, so the runs are found, and their
names judged, once per sentence; `parties` asks these tests of each word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from mouarchive.extract.orgnames import is_org, region_of
from mouarchive.extract.tokens import KIND_WORD_RE, PARTNER_PARTICLES, PARTY_PARTICLES, Token
from mouarchive.models import Region
from mouarchive.vocab import pattern, word_set, words


def dotted_bounds(tokens: Sequence[Token], i: int) -> tuple[int, int]:
    """The first and last word of the "A·B·C" run word `i` belongs to."""
    runs = _runs_of(tokens)
    return runs.first[i], runs.last[i]


def org_chain(
    tokens: Sequence[Token],
    i: int,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> bool:
    """ "한빛대학교·남도테크·바다로지스·한결은행과": three or more names run together before a
    party particle, one of them plainly an organisation, list the parties in full."""
    first, last = dotted_bounds(tokens, i)
    if last - first < 2 or tokens[last].particle not in PARTY_PARTICLES:
        return False
    return _orgs_in_run(tokens, first, aliases, region)[0]


def all_orgs_in_run(
    tokens: Sequence[Token],
    i: int,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> bool:
    """Whether every word of the dotted run word `i` belongs to is an organisation."""
    return _orgs_in_run(tokens, dotted_bounds(tokens, i)[0], aliases, region)[1]


@dataclass
class _Runs:
    """The dotted runs of one sentence's words, found in one pass. Every word of a sentence asks
    for its run, so a sentence that is one endless "A·B·C·…" would otherwise be walked, and its
    names judged, once per word."""

    tokens: Sequence[Token]
    first: list[int]
    last: list[int]
    judged: dict[int, tuple[bool, bool]] = field(default_factory=dict)


_LATEST: list[_Runs] = []


def _runs_of(tokens: Sequence[Token]) -> _Runs:
    if _LATEST and _LATEST[0].tokens is tokens:
        return _LATEST[0]
    first = list(range(len(tokens)))
    for k in range(1, len(tokens)):
        if tokens[k - 1].particle in ("·", "-"):
            first[k] = first[k - 1]
    last = list(range(len(tokens)))
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k].particle in ("·", "-"):
            last[k] = last[k + 1]
    _LATEST[:] = [_Runs(tokens, first, last)]
    return _LATEST[0]


def _orgs_in_run(
    tokens: Sequence[Token],
    first: int,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> tuple[bool, bool]:
    """(any, every) word of the run starting at `first` is an organisation, judged once per run:
    the words of one sentence share its text's aliases and regions."""
    runs = _runs_of(tokens)
    if first not in runs.judged:
        orgs = [is_org(t.stem, aliases, region) for t in tokens[first : runs.last[first] + 1]]
        runs.judged[first] = (any(orgs), all(orgs))
    return runs.judged[first]


_MEMBERS_RE = re.compile(
    r"^"
    + pattern("common_words", "member_prefixes")
    + r"?(?:"
    + pattern("common_words", "group_nouns")
    + r")들?(?:와|과)?$"
)


def qualifies_members(tokens: Sequence[Token], i: int) -> bool:
    """ "대구·경남·경북·충북의 기초자치단체와", "광주·전남 국립대학 간 협약", "대구·경북 지역
    국립대학교와": a place (or a dotted run of them) that owns a group, or makes an area,
    names whose members sign, not itself."""
    first, last = dotted_bounds(tokens, i)
    if last + 1 >= len(tokens):
        return False
    if (
        tokens[last].particle == ""
        and tokens[last + 1].stem in _AREA_NOUNS
        and all(region_of(t.stem, "") is not None for t in tokens[first : last + 1])
    ):
        # "4개 대구·경북 지역 국립대학교와", "대구·경북 지역의 대학들과": places made an area
        # qualify who signs; "광주·전남 지역 상생발전 협약" is the places' own agreement.
        return not _names_an_agreement(tokens, last + 1)
    if _qualifies_the_topic(tokens, first, last):
        return True
    if not _MEMBERS_RE.match(tokens[last + 1].stem):
        return False
    if tokens[last].particle == "의":
        return True
    # Without 의, places run together own a group of bodies ("광주·전남 국립대학"), but are
    # the governments a group of governments names ("서울·경기·인천 지자체는"); "A·B·C) 기관과"
    # lists bodies.
    return (
        tokens[last].particle == ""
        and last > first
        and tokens[last + 1].stem.endswith(_BODY_GROUPS)
        and all(region_of(t.stem, "") is not None for t in tokens[first : last + 1])
    )


def _qualifies_the_topic(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "누리공사와 대구·경북 혁신도시 이전 협약", "한국농수산식품유통공사와 입점 은행 선정 및
    광주·전남혁신도시 이전 협력사업 업무협약": places run together in the words after the
    partner, before a noun that goes on to the agreement, say what it is about; the partner's
    와 has closed the list of who signs."""
    before = first - 1
    while before >= 0 and first - before <= _TOPIC_REACH and tokens[before].particle == "":
        before -= 1
    return (
        last > first
        and before >= 0
        and tokens[before].particle in PARTNER_PARTICLES
        and tokens[last].particle == ""
        and not KIND_WORD_RE.search(tokens[last + 1].stem)
        and _names_an_agreement(tokens, last + 1)
        and region_of(tokens[first].stem, "") is not None
    )


_TOPIC_REACH = 6  # words of the topic that may stand between the partner and the places


_BODY_GROUPS = tuple(words("common_words", "body_group_nouns"))
_AREA_NOUNS = word_set("common_words", "area_nouns")
_AREA_REACH = 4  # words after an area that may still name what it is the area of


def _names_an_agreement(tokens: Sequence[Token], area: int) -> bool:
    """Whether the words after the area word, up to the first that ends with a particle,
    name an agreement ("지역 상생발전 협약이"), not the bodies of the area."""
    for tok in tokens[area : area + 1 + _AREA_REACH]:
        if KIND_WORD_RE.search(tok.stem):
            return True
        if tok.particle:
            return False
    return False
