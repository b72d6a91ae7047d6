"""Words written apart before a party's name that belong to it.

The reader finds a party from one word; the words just before it may still be its name's:
the armed service a unit belongs to ("육군 제5군단"), a mission's country and seat ("주한
베트남 대사관"), a company abroad's own foreign word before its acronym ("베카멕스 IDC"), a
school abroad's name before its kind ("일본 야마구치 대학"). Each function takes the name found
and where it starts, and returns it reaching back as far as its name does.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from mouarchive.extract.foreign_heads import spelled_abroad
from mouarchive.extract.foreign_places import COUNTRIES
from mouarchive.extract.orgnames import LATIN_WORD_RE, is_ministry, region_of
from mouarchive.extract.tokens import (
    ACRONYM_RE,
    NAMES_ENDING_IN_WA,
    PARTNER_PARTICLES,
    Token,
    all_hangul,
    ends_like_org,
)
from mouarchive.models import Region
from mouarchive.vocab import pattern, table, word_set, words


def _at(tokens: Sequence[Token], start: int) -> int:
    """The index of the word the found name starts at, where every reach looks back from."""
    return bisect.bisect_left(tokens, start, key=lambda t: t.start)


def _bare_before(tokens: Sequence[Token], start: int) -> Token | None:
    """The word right before the found name when it is bare, no particle and no list's
    joiner: only such a word can belong to the name."""
    k = _at(tokens, start)
    prev = tokens[k - 1] if k > 0 else None
    return prev if prev is not None and not prev.particle and not prev.joined else None


def with_armed_service(tokens: Sequence[Token], found: tuple[str, int]) -> tuple[str, int]:
    """ "육군 제5군단", "육군 제8919부대 3대대": the service written apart before a unit's name
    belongs to it, whichever word of the name it was found from."""
    name, start = found
    prev = _bare_before(tokens, start)
    first = name.split(" ", 1)[0]
    if (
        prev is not None
        and prev.stem in _ARMED_SERVICES
        and (first.endswith(_ARMED_UNITS) or _NUMBERED_UNIT_RE.search(first))
    ):
        return f"{prev.stem} {name}", prev.start
    return found


def with_mission_abroad(tokens: Sequence[Token], found: tuple[str, int]) -> tuple[str, int]:
    """ "주한 베트남 대사관과", "주부산 일본국 총영사관": a mission is its country's, written
    apart before it, and the seat written before that ("주한") is part of its name."""
    name, start = found
    if not name.endswith(_MISSIONS):
        return found
    k = _at(tokens, start)
    if name in _MISSIONS:
        prev = tokens[k - 1] if k > 0 else None
        if prev is None or prev.particle or prev.joined or _country(prev.stem) is None:
            return found
        name, start, k = f"{prev.stem} {name}", prev.start, k - 1
    seat = tokens[k - 1] if k > 0 else None
    if seat is not None and not seat.particle and not seat.joined and _is_seat(seat.stem):
        return f"{seat.stem} {name}", seat.start
    return name, start


def with_ministry_abroad(tokens: Sequence[Token], found: tuple[str, int]) -> tuple[str, int]:
    """ "베트남 국방부와", "몽골 보건부와", "베트남 관광청과": a ministry or agency after a country
    written apart is that country's, never the Korean one of the same name ("국방부는 베트남
    국방부와" is two parties)."""
    name, start = found
    if not is_ministry(name):
        return found
    prev = _bare_before(tokens, start)
    if prev is None or _country(prev.stem) is None:
        return found
    return f"{prev.stem} {name}", prev.start


def with_place_ending_in_wa(tokens: Sequence[Token], found: tuple[str, int]) -> tuple[str, int]:
    """ "오키나와 관광컨벤션뷰로", "가나가와 현립대학": a place abroad read whole because its
    name ends in 와 (tokens.split_particle) names the body written right after it, which alone
    would be any place's."""
    name, start = found
    prev = _bare_before(tokens, start)
    if prev is None or not prev.stem.endswith(NAMES_ENDING_IN_WA):
        return found
    return f"{prev.stem} {name}", prev.start


def _country(word: str) -> str | None:
    """ "베트남", "일본국", "대한민국": a country, written with or without its 국."""
    for form in (word, word.removesuffix("국")):
        if form in COUNTRIES:
            return form
    return None


def _is_seat(word: str) -> bool:
    """ "주한", "주부산", "주제주": 주 and the country or city a mission sits in; "주요" and
    "주최" are words of their own."""
    return word == _IN_KOREA or (word.startswith("주") and region_of(word[1:], "") is not None)


_MISSIONS = tuple(words("organisations", "diplomatic_missions"))
_IN_KOREA = "주한"


def with_foreign_first_word(tokens: Sequence[Token], found: tuple[str, int]) -> tuple[str, int]:
    """ "베트남 국영기업 베카멕스 IDC와": a company abroad written as a foreign word and a Latin
    acronym, after its country or trade, is one name; the acronym alone is a fragment of it
    ("스마트 KT와" is a word and a company)."""
    name, start = found
    k = _at(tokens, start)
    prev = _bare_before(tokens, start)
    introduced = k > 1 and (tokens[k - 2].stem in COUNTRIES or tokens[k - 2].stem.endswith(_TRADES))
    if (
        introduced
        and ACRONYM_RE.fullmatch(name)
        and prev is not None
        and prev.stem not in COUNTRIES
        and all_hangul(prev.stem)
        and spelled_abroad(prev.stem)
    ):
        return f"{prev.stem} {name}", prev.start
    return found


def with_hyphenated_start(tokens: Sequence[Token], found: tuple[str, int]) -> tuple[str, int]:
    """ "스테글리츠-첼렌도르프구와", "오베르-쉬르-우아즈시와": a name abroad written with hyphens
    is one name; its last piece alone is a fragment. A piece that names a Korean place or
    spells no foreign sounds ("영광군-한빛원자력본부", "나주-구라요시") is a party of its own,
    unless the country written before it says the place it starts is abroad ("베트남
    바리아-붕따우성"; never "태국 방콕-무안국제공항", a route to a Korean airport)."""
    name, start = found
    k = _at(tokens, start)
    place = name.split(" ", 1)[0]
    place_abroad = _PLACE_WORD_RE.search(place) is not None and region_of(place, "") is None
    while k > 0:
        prev = tokens[k - 1]
        after_country = (
            place_abroad
            and k > 1
            and tokens[k - 2].stem in COUNTRIES
            and not tokens[k - 2].particle
        )
        if (
            prev.particle != "-"
            or prev.end + 1 != start
            or not all_hangul(prev.stem)
            or not (spelled_abroad(prev.stem) or after_country)
            or region_of(prev.stem, "") is not None
            or prev.stem in COUNTRIES
        ):
            break
        name, start = f"{prev.stem}-{name}", prev.start
        k -= 1
    return name, start


def with_group_word(tokens: Sequence[Token], found: tuple[str, int]) -> tuple[str, int]:
    """ "에어리퀴드 마리타임, 에어리퀴드솔루션즈코리아와": a company abroad written apart after its
    group's name, when the sentence also names a sister company that starts with that name, is
    one name with it; the word alone ("마리타임") names nothing the reader could find."""
    name, start = found
    prev = _bare_before(tokens, start)
    if (
        prev is None
        or len(prev.stem) < 3
        or not all_hangul(prev.stem)
        or prev.stem in COUNTRIES
        or not spelled_abroad(prev.stem)
    ):
        return found
    # The sister's own word after the group's is a foreign one too ("…솔루션즈코리아"); a
    # trade's association ("스마트팜 누리팜, 스마트팜협회와") is no sister company.
    sister = any(
        t is not prev
        and t.stem.startswith(prev.stem)
        and len(t.stem) > len(prev.stem) + 1
        and spelled_abroad(t.stem[len(prev.stem) :])
        for t in tokens
    )
    return (f"{prev.stem} {name}", prev.start) if sister else found


def with_place_of_institution(
    tokens: Sequence[Token], found: tuple[str, int], region: Callable[[str], Region | None]
) -> tuple[str, int]:
    """ "베트남 호치민 의대와", "중국 하북 청하현 중앙병원과": an institution whose name tells
    nothing alone takes the places written apart before it, a province or city at home or
    abroad ("청하현", "영광군"), or else the one word right after a country ("호치민"), and the
    country before them."""
    name, start = found
    if name not in _PLACE_NAMED:
        return found
    k = _at(tokens, start)
    first = k
    while first > 0 and k - first < _PLACE_WORDS:
        word = tokens[first - 1]
        if word.particle or word.joined or not all_hangul(word.stem):
            break
        after_country = first == k and first > 1 and _bare_country(tokens[first - 2])
        if word.stem in COUNTRIES or not (
            after_country or region(word.stem) or _PLACE_WORD_RE.search(word.stem)
        ):
            break
        first -= 1
    if first == k:
        return found
    if first > 0 and _bare_country(tokens[first - 1]):
        first -= 1
    return " ".join([*(t.stem for t in tokens[first:k]), name]), tokens[first].start


def with_district(tokens: Sequence[Token], found: tuple[str, int]) -> tuple[str, int]:
    """ "양평제13구역 도시환경정비사업조합과": a redevelopment union takes the district it is
    named for, written apart before it."""
    name, start = found
    if not name.endswith(_DISTRICT_BODIES):
        return found
    district = _bare_before(tokens, start)
    if district is None or not district.stem.endswith(_DISTRICTS):
        return found
    return f"{district.stem} {name}", district.start


_DISTRICTS = tuple(table("organisations", "districts_of_bodies")["districts"])
_DISTRICT_BODIES = tuple(table("organisations", "districts_of_bodies")["bodies"])


def _bare_country(word: Token) -> bool:
    return word.stem in COUNTRIES and not word.particle and not word.joined


_PLACE_NAMED = word_set("organisations", "institutions_named_by_place")
_PLACE_WORDS = 2  # places before an institution: a province and its county


def with_latin_gloss(tokens: Sequence[Token], found: tuple[str, int], text: str) -> tuple[str, int]:
    """ "인베스트 코리아(Invest KOREA)와": a name glossed in Latin letters has as many words
    as its gloss; the Korean words written apart before the found one are its own."""
    name, start = found
    k = _at(tokens, start)
    if k >= len(tokens) or " " in name:
        return found
    gloss = _LATIN_GLOSS_RE.match(text, tokens[k].end)
    if gloss is None:
        return found
    more = len(gloss["words"].split()) - 1
    if not 0 < more <= k:
        return found
    before = tokens[k - more : k]
    if any(
        t.particle
        or t.joined
        or not all_hangul(t.stem)
        or not spelled_abroad(t.stem)
        or _PLACE_WORD_RE.search(t.stem)
        for t in before
    ):
        # A word of Korean before a name fused from two ("자회사 누리에너지(Nuri Energy)",
        # "워싱턴주 그랜트카운티(Grant County)") is no part of it.
        return found
    return " ".join([*(t.stem for t in before), name]), before[0].start


_PLACE_WORD_RE = re.compile(r"[주성현시도군구]$")
_LATIN_GLOSS_RE = re.compile(r"\((?P<words>[A-Za-z][A-Za-z&.]*(?: [A-Za-z&.]+){1,3})\)")


def with_home_city(tokens: Sequence[Token], found: tuple[str, int], text: str) -> tuple[str, int]:
    """ "프로축구 인천 유나이티드와", "프로야구 KIA 타이거즈와", "여자프로배구 한국도로공사
    제니스가": after a league, the city or the owning company written apart before a club's
    name is part of it; another word there ("명문", "소속", "K리그1") is not."""
    name, start = found
    k = _at(tokens, start)
    if k < 2 or not league_at(tokens, k - 2):
        return found
    home = tokens[k - 1]
    if home.particle or home.joined or league_at(tokens, k - 1):
        return found
    owner = LATIN_WORD_RE.fullmatch(home.stem) or ends_like_org(home.stem)
    if not owner and region_of(home.stem, text) is None:
        return found
    return f"{home.stem} {name}", home.start


def league_at(tokens: Sequence[Token], j: int) -> bool:
    """Whether word `j` ends a league's name ("프로축구", "K리그 클래식"), bare."""
    if not 0 <= j < len(tokens) or tokens[j].particle:
        return False
    if tokens[j].stem in _DIVISIONS:
        return j > 0 and league_at(tokens, j - 1)
    return tokens[j].stem in _LEAGUES


_LEAGUES = word_set("organisations", "leagues")
_DIVISIONS = word_set("organisations", "league_divisions")
_TRADES = tuple(words("organisations", "company_descriptions"))


def school_abroad(tokens: Sequence[Token], i: int, text: str) -> tuple[str, int] | None:
    """ "일본 야마구치 대학(山口大学)과": a school abroad, its kind written apart after its name as
    Korean outlets write foreign names, after its country and before its name in its own
    script, which tells a name from a word that qualifies schools ("일본 명문 대학과")."""
    if i < 2 or tokens[i].stem not in _SCHOOL_KINDS or tokens[i].particle not in PARTNER_PARTICLES:
        return None
    if _OWN_SCRIPT_RE.match(text, tokens[i].start + len(tokens[i].stem)) is None:
        return None
    country, name = tokens[i - 2], tokens[i - 1]
    if (
        country.stem not in COUNTRIES
        or country.particle
        or name.particle
        or name.joined
        or not all_hangul(name.stem)
        or region_of(name.stem, "") is not None
        or name.stem in _NO_SCHOOL_NAMES
    ):
        return None
    return f"{name.stem} {tokens[i].stem}", name.start


_SCHOOL_KINDS = word_set("organisations", "school_kinds_apart")
# "(山口大学)", "(Yamaguchi University)": the name in its own script, in brackets.
_OWN_SCRIPT_RE = re.compile(r"\(\s?[\u4e00-\u9fffA-Za-z]")
# "베트남 주요 대학(…)과": words that qualify schools abroad without naming one.
_NO_SCHOOL_NAMES = word_set("abroad", "place_qualifiers") | word_set(
    "common_words", "generic_modifiers"
)
_ARMED_SERVICES = word_set("organisations", "armed_services")
_ARMED_UNITS = words("organisations", "armed_units")
_NUMBERED_UNIT_RE = re.compile("[0-9]" + pattern("organisations", "numbered_units") + "$")
