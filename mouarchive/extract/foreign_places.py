"""Places abroad: a city told by the country or province named before it.

"캐나다 핼리팩스시와", "중국 저장성 린하이시": a city abroad is a party the gazetteer cannot
know, recognised by its shape and the country before it, and named again later on its own
("관남현은"). `party_roles` asks `foreign_city` of each word; `implicit_parties`,
`group_subjects` and `head_parties` ask which places abroad an article names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from mouarchive.extract.orgnames import is_generic
from mouarchive.extract.tokens import ANY_PARTICLE, PARTY_PARTICLES, Token
from mouarchive.models import Region
from mouarchive.text.scan import scanner
from mouarchive.vocab import pattern, word_set, words

COUNTRIES = word_set("abroad", "countries")
_PROVINCE_ENDINGS = tuple(words("abroad", "province_endings"))
# "린하이시", "가고시마현", "화방군": a place abroad written as one word.
_PLACE_WORD = r"[가-힣]{2,9}(?:시|주|현|성|구|군)"
# After a country, also a county ("미국 워싱턴주 그랜트카운티") and the few prefectures of
# other shapes ("일본 홋카이도", "일본 도쿄도 분쿄구"): an ending of their own (도, 부) would
# take "정부도" and "북서부" for places.
_LED_PLACE_WORD = r"[가-힣]{2,9}(?:시|주|현|성|구|군|카운티)|" + pattern(
    "abroad", "prefectures_of_other_shapes"
)
# "오렌지 카운티": the same, its ending written apart (one word, as `tokens` joins it).
_FOREIGN_PLACE_RE = re.compile(
    rf"^(?:{_PLACE_WORD}|[가-힣]{{2,9}}\s" + pattern("abroad", "spaced_place_endings") + ")$"
)


def shaped_like_place_abroad(name: str) -> bool:
    """ "린하이시", "타이응우옌성": a word shaped as a place abroad is, whatever its country."""
    return _FOREIGN_PLACE_RE.match(name) is not None


# ... or apart from its ending ("리버사이드 타운십"), which then ends the word but for a particle
# ("시엔후이 주석과" is a head, no place "시엔후이 주").
_PLACE = (
    _LED_PLACE_WORD
    + r"|[가-힣]{2,9}\s"
    + pattern("abroad", "spaced_place_endings")
    + "(?="
    + ANY_PARTICLE
    + "?(?![가-힣]))"
)
_PLACE_RE = re.compile(_PLACE)
KINDS_OF_CITY = tuple(words("abroad", "kinds_of_city"))
_TIED_AS = tuple(words("abroad", "tied_city_words"))
# "중국 저장성 린하이시": a country, then up to three places.
_ABROAD_RE = re.compile(
    r"(?<![가-힣])" + pattern("abroad", "countries") + rf"\s((?:(?:{_PLACE})\s){{0,2}}(?:{_PLACE}))"
)
# Read over every article: behind its look-behind the engine tried each letter; `scanner`
# lets it skip to a country's first letter.
_ABROAD_RE = scanner(_ABROAD_RE)


def cities_abroad(text: str) -> list[str]:
    """The place each country-led name comes down to ("중국 저장성 린하이시" → 린하이시), in
    text order, once each: the city abroad an exchange story is about."""
    found = (_PLACE_RE.findall(m.group(1))[-1] for m in _ABROAD_RE.finditer(text))
    # "중국 국제우호도시 대회": a kind of city, not one.
    return list(dict.fromkeys(name for name in found if not name.endswith(KINDS_OF_CITY)))


@functools.lru_cache(maxsize=16)
def places_abroad(text: str) -> frozenset[str]:
    """Every place the article names after a country ("중국 강소성 관남현과"), so that a later
    bare "관남현은" is known as the city abroad it introduced."""
    return frozenset(
        word for m in _ABROAD_RE.finditer(text) for word in _PLACE_RE.findall(m.group(1))
    )


def foreign_city(
    tokens: Sequence[Token], i: int, region: Callable[[str], Region | None], text: str = ""
) -> bool:
    """ "캐나다 핼리팩스시와", "미국 텍사스주 오스틴시를 방문해": a city abroad, told by the
    country (and state) named before it, is a party the gazetteer cannot know; so is the same
    city named again later in the article ("관남현은")."""
    tok = tokens[i]
    if region(tok.stem) is not None:
        return False
    if tok.stem in places_abroad(text) and tok.particle in PARTY_PARTICLES:
        return True
    if not _FOREIGN_PLACE_RE.match(tok.stem):
        return False
    if tok.particle not in PARTY_PARTICLES and not visited(tokens, i):
        return False
    if i > 0 and tokens[i - 1].particle == "" and tokens[i - 1].stem.endswith(_TIED_AS):
        # "러시아 교류도시인 블라디보스토크시와": named as the city tied with, whatever stands
        # before.
        return True
    k = i - 1
    while k >= 0 and k >= i - 2 and tokens[k].particle == "":
        if tokens[k].stem in COUNTRIES or _province_abroad(tokens[k].stem, region):
            return True
        if not _FOREIGN_PLACE_RE.match(tokens[k].stem):
            return False
        k -= 1
    return False


# "우즈베키스탄", "16일(현지시간)": an article that takes its story abroad.
_ABROAD_TOLD_RE = re.compile(pattern("abroad", "countries") + r"|현지\s?시간")


@functools.lru_cache(maxsize=16)
def told_abroad(text: str) -> bool:
    """Whether the article names a country or the local time abroad, without which a word
    shaped like a place abroad ("규제자유특구", "해미읍성") is a place at home."""
    return _ABROAD_TOLD_RE.search(text) is not None


def visited(tokens: Sequence[Token], i: int) -> bool:
    """Whether word `i` is the place a delegation visits ("오스틴시를 방문해", "시청을 찾아",
    "알마티시를 공식 방문해")."""
    if tokens[i].particle not in ("을", "를"):
        return False
    verb = i + 1
    if verb < len(tokens) and tokens[verb].stem in _VISIT_MANNERS:
        verb += 1
    return verb < len(tokens) and tokens[verb].stem.startswith(_VISIT_VERBS)


_VISIT_VERBS = ("방문", "찾")
_VISIT_MANNERS = word_set("abroad", "visit_manners")


def _province_abroad(stem: str, region: Callable[[str], Region | None]) -> bool:
    """ "길림성 훈춘시와", "시즈오카현 이토시와": a province or prefecture abroad names its city
    as surely as a country does; no Korean province ends that way."""
    return stem.endswith(_PROVINCE_ENDINGS) and len(stem) >= 3 and region(stem) is None


def council_abroad(
    tokens: Sequence[Token], i: int, region: Callable[[str], Region | None], text: str
) -> tuple[str, int] | None:
    """ "카자흐스탄 알마티 시의회와", "미국 워싱턴주의회와", "몽골 울란바타르시 성긴하이르항구의회":
    a council abroad, with where its name starts. Its place is written apart from "시의회" as
    a bare word the article names after a country, or fused to it after a country or a place
    abroad; a Korean council is its place's own body, read elsewhere."""
    tok = tokens[i]
    if i == 0 or tok.particle not in PARTY_PARTICLES or region(tok.stem) is not None:
        return None
    prev = tokens[i - 1]
    if prev.particle:
        return None
    if tok.stem in _COUNCILS and prev.stem in _named_after_a_country(text):
        return f"{prev.stem} {tok.stem}", prev.start
    fused = next((c for c in _COUNCILS if tok.stem.endswith(c)), None)
    if fused is None or len(tok.stem) <= len(fused) + 1:
        return None
    abroad_before = prev.stem in COUNTRIES or (
        _FOREIGN_PLACE_RE.match(prev.stem) is not None and region(prev.stem) is None
    )
    return (tok.stem, tok.start) if abroad_before else None


_COUNCILS = tuple(
    sorted((w for w in words("abroad", "foreign_governments") if w.endswith("의회")), key=len)
)[::-1]


@functools.lru_cache(maxsize=16)
def _named_after_a_country(text: str) -> frozenset[str]:
    """Every word the article writes right after a country ("카자흐스탄 알마티") that may be a
    place: no common noun ("미국 자매도시") and no word that only qualifies one ("현지")."""
    return frozenset(
        word
        for m in _AFTER_A_COUNTRY_RE.finditer(text)
        if (word := m.group(1)) not in _QUALIFIERS and not is_generic(word)
    )


_QUALIFIERS = word_set("abroad", "place_qualifiers")


_AFTER_A_COUNTRY_RE = re.compile(
    r"(?<![가-힣])" + pattern("abroad", "countries") + r"\s([가-힣]{2,9})(?=\s)"
)
