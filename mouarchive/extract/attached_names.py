"""Names written apart after the organisation they belong to: a branch or project unit
("중국공상은행의 한국법인", "경상국립대학교 … 육성사업단"), a company's arm in Korea or a consortium
it leads ("스타벅스 코리아", "중부발전 컨소시엄") and a university's college ("연세대 의대"). Each
is one party with the words before it, which `party_names.party_at` asks about first."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mouarchive.extract.orgnames import (
    government_of,
    is_common_noun,
    is_generic,
    is_known_body,
)
from mouarchive.extract.tokens import (
    NOT_SUBJECT,
    PATRON_WORDS,
    SUBUNIT_RE,
    UNIT_RE,
    Token,
    ends_like_org,
)
from mouarchive.models import Region
from mouarchive.vocab import word_set

PLACE_ABROAD_RE = re.compile(r"[가-힣]{2,5}(?:시|성|현|주)")
"""A city, province or prefecture abroad written as one word ("연길시", "산둥성")."""
_ARMS_APART = word_set("organisations", "arms_written_apart")
_COLLEGES = word_set("organisations", "colleges_written_apart")
_UNIVERSITY_RE = re.compile(r"..(?:대|대학교?)$")


def _holds_an_arm(word: Token, region: Callable[[str], Region | None]) -> bool:
    """ "스타벅스 코리아", "중부발전 컨소시엄": the word before an arm or a consortium is its
    holder's name, not a clause's ("구성된 컨소시엄", "찾는 코리아"), a kind or a place ("민간사업자
    컨소시엄", "지역 컨소시엄", "경남 컨소시엄") or a word of a slogan ("팀 코리아")."""
    stem = word.stem
    return (
        len(stem) >= 2
        and stem[-1] not in _ADNOMINAL_ENDINGS
        and stem not in _NOT_HOLDERS
        and not is_common_noun(stem)
        and not is_generic(stem)
        and region(stem) is None
    )


_ADNOMINAL_ENDINGS = "는된한할던형"
_NOT_HOLDERS = word_set("organisations", "not_arm_holders")


def college_of(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """ "연세대 의대와", "누리대 의대, 한빛대 약대와": a college written apart after its
    university is the university's, one party with it."""
    prev = tokens[i - 1] if i > 0 else None
    if (
        prev is None
        or prev.particle
        or tokens[i].stem not in _COLLEGES
        or not _UNIVERSITY_RE.search(prev.stem)
    ):
        return None
    return f"{prev.stem} {tokens[i].stem}", prev.start


def with_subunit(
    tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]
) -> tuple[str, int] | None:
    """ "중국공상은행의 한국법인" and "경상국립대학교 산학연협력 선도대학 육성사업단" each name
    one party: a branch or project unit is named with the organisation written before it (a
    local government's own offices are left to `named_unit`, which names it canonically)."""
    tok = tokens[i]
    if (
        i > 0
        and (
            SUBUNIT_RE.match(tok.stem)
            or (tok.stem in _ARMS_APART and _holds_an_arm(tokens[i - 1], region))
        )
        and tokens[i - 1].particle in ("의", "")
        and government_of(tokens[i - 1].stem, region) is None
    ):
        prev = tokens[i - 1]
        body = tokens[i - 2] if i > 1 and not tokens[i - 2].particle else None
        if body is not None and is_known_body(body.stem):
            # "코레일 수도권 동부본부": the body, then the area its branch serves.
            return f"{body.stem} {prev.stem} {tok.stem}", body.start
        return f"{prev.stem} {tok.stem}", prev.start
    if not UNIT_RE.search(tok.stem):
        return None
    parent = None
    for k in range(i - 1, max(i - 4, -1), -1):
        word = tokens[k]
        if word.particle or word.joined or word.stem in NOT_SUBJECT or word.stem in PATRON_WORDS:
            break
        if government_of(word.stem, region) is not None:
            break
        if PLACE_ABROAD_RE.fullmatch(word.stem) and region(word.stem) is None:
            # "중국 연길시 무역추진위원회", "창사시 인민대표대회 상무위원회": a body abroad is
            # named with its city or province.
            parent = k
            break
        if ends_like_org(word.stem) and len(word.stem) > 2:
            parent = k
    if parent is None:
        return None
    words = [t.stem for t in tokens[parent : i + 1]]
    return " ".join(words), tokens[parent].start
