"""The regions an agreement bears on, read from its parties.

Regions come from parties that are local governments, that the article calls one's agency,
or whose name makes them a place's own body ("울산광역시교육청", "함안군보건소", "동작구의회") or
a national body's branch for an area ("NH농협은행 합천군지부"); a bare 광주 the article never
pins down stays marked ambiguous. A patron is not a party, but it places its agency:
`agency_regions` reads "광주시 산하 X", "OO시 출연기관인 X", "도 산하 X" and "X는 시
출연기관으로" so that X's agreements count as that government's region. A place inside a
company's or university's name (광주은행, 전남대학교) says where it sits, not whose it is.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from mouarchive import vocab
from mouarchive.extract.gazetteer import region_parent
from mouarchive.extract.orgnames import normalize_org, region_lookup, region_of
from mouarchive.extract.same_org import same_organisation, usual_name
from mouarchive.extract.tokens import EDGE_PUNCT, LOCAL_LEVELS, UNIT_RE, split_particle
from mouarchive.models import Party, Region
from mouarchive.text.scan import guarded

_OWN_BODIES = vocab.words("regional_bodies", "own_bodies")
_METROPOLITAN_BODIES = tuple(vocab.words("regional_bodies", "metropolitan_bodies"))
_BRANCH = re.compile(vocab.alternation(vocab.words("regional_bodies", "branch_words"), ""))
_PLACE_CHARS = range(2, 8)
_FOREIGN_GOVERNMENT = re.compile(vocab.pattern("abroad", "bodies_named_by_their_place"))
_QUALIFIER = 3  # characters that may stand between a place and its body ("김천시중앙보건지소")

# "경남도유도회", "충북도체육회", "경남도립거창대학": a body the province's short name and 도
# (or 도립, "run by the province") open is the province's own.
_PROVINCIAL_RE = re.compile(r"^(?P<place>[가-힣]{2}도)(?:립)?(?!시)[가-힣]{2,}")

_GWANGJU = frozenset({"광주광역시", "경기도 광주시"})


def regions_of_parties(parties: list[Party], body: str) -> list[Region]:
    """Regions come from parties that are local governments, or that the article calls one's
    agency ("광주시 산하 X"); a bare 광주 the article never pins down stays marked ambiguous."""
    regions: list[Region] = []
    agencies = agency_regions(body)
    for party in parties:
        places = _zone_regions(party)
        if not places:
            found = _party_region(party, body, agencies)
            places = [found] if found is not None else []
        for region in places:
            if all(r.name != region.name for r in regions):
                regions.append(region)
    return regions


_ZONE_REGIONS: dict[str, list[str]] = vocab.table("regional_bodies", "economic_zone_regions")


def _zone_regions(party: Party) -> list[Region]:
    """The places that run an economic zone's authority ("부산진해경제자유구역청", "대경경제청")."""
    places = _ZONE_REGIONS.get(usual_name(party.name), []) if party.region is None else []
    return [Region(place) for place in places]


def _party_region(party: Party, body: str, agencies: dict[str, Region]) -> Region | None:
    if party.region is None:
        agency = next((r for n, r in agencies.items() if same_organisation(n, party.name)), None)
        return agency or body_region(party.name, body) or _government_before(party, body)
    surface = body[party.span[0] : party.span[1]]
    if party.region in _GWANGJU and "광역" not in surface and "경기" not in surface:
        bare = region_of("광주시", body)
        return Region(party.region, ambiguous=bare is not None and bare.ambiguous)
    return Region(party.region)


def body_region(name: str, body: str) -> Region | None:
    """The place whose own body, or whose branch of a national body, `name` is; a unit of
    such a body ("충청남도의회 교육위원회") is the place's too."""
    if " " in name and UNIT_RE.search(name):
        return body_region(name.rsplit(" ", 1)[0], body)
    if _FOREIGN_GOVERNMENT.search(name):
        # "하남성 인민의회": a place abroad's own body, whatever Korean city its name begins as.
        return None
    compact = name.replace(" ", "")
    if found := _own_body(compact, body) or _provincial_body(compact, name, body):
        return found
    for branch in _BRANCH.finditer(compact):
        for length in reversed(_PLACE_CHARS):
            start = branch.start() - length
            if start >= 0 and (found := named_place(compact[start : branch.start()], body)):
                return found
    return _government_prefix(name, body) or _district_city(name)


def _own_body(compact: str, body: str, qualifier: int = _QUALIFIER) -> Region | None:
    """The place whose own kind of body (`own_bodies`) a name without spaces ends as, at most
    `qualifier` letters between them."""
    for own in (w for w in _OWN_BODIES if compact.endswith(w)):
        # The longest place first: "광주광역시의회" is 광주광역시's, not a bare 광주's.
        for end in reversed(_PLACE_CHARS):
            between = len(compact) - len(own) - end
            if 0 <= between <= qualifier and (found := named_place(compact[:end], body)):
                if _district_of_another_city(compact[:end], found, body):
                    continue
                if found.ambiguous and compact.endswith(_METROPOLITAN_BODIES):
                    return Region(found.name)
                return found
    return None


def _provincial_body(compact: str, name: str, body: str) -> Region | None:
    """ "경남도유도회", "경남도립거창대학": the province a body's 도 or 도립 opening names."""
    provincial = _PROVINCIAL_RE.match(compact)
    if provincial and (found := region_of(provincial["place"], body)) and found.name != name:
        return found
    return None


_NOT_RUN_BY_THE_PLACE = tuple(vocab.words("regional_bodies", "not_run_by_the_place"))


def own_side(name: str, places: tuple[str, ...]) -> tuple[str, ...]:
    """The places among an agreement's `places` (its regions, certain or not) whose own side
    `name` is: a government's body it runs ("부산테크노파크", "울산광역시교육청", "해운대구보건소",
    the zone's authority for each place that runs it), never a branch of a body of its own
    ("KT 부산본부", "신한은행 부산지점"), a national office in the place ("부산지방고용노동청",
    "부산세무서") or a members' body ("산청군농협", "부산상공회의소"), nor a paper or a club of
    the province's people ("강원도민일보", "경기도민회"): with `partners --region 부산` each of
    those is a partner of 부산, which signed with it, not with itself.

    A bare 광주 in the name ("광주시의회") is the side of each reading the agreement holds; a
    place the name does not spell out ("중구보건소", "해운대보건소") is read as a district of
    the agreement's places, the article having placed the agreement there, if the body's kind
    follows the place at once: "해운대약국협의회" is no 의회 of 해운대구."""
    if zone := _ZONE_REGIONS.get(usual_name(name)):
        return tuple(zone)
    found = _own_body_region(name, "")
    if found is not None and not found.ambiguous:
        return (found.name,)
    if found is not None:
        return tuple(r for r in _GWANGJU if any(_within(p, r) for p in places))
    if not name.replace(" ", "").endswith(_OWN_BODIES):
        # Only a body's kind after a short place gains from the agreement's places: read with
        # each of them, every company's or university's name took three times as long.
        return ()
    return tuple(
        found.name
        for place in places
        if (found := _own_body_region(name, place, qualifier=0)) is not None
        and not found.ambiguous
        and (_within(found.name, place) or _within(place, found.name))
    )


def _own_body_region(name: str, body: str, qualifier: int = _QUALIFIER) -> Region | None:
    """`body_region` without the branches: the place a name makes it a body of that the
    place runs."""
    if " " in name and UNIT_RE.search(name):
        return _own_body_region(name.rsplit(" ", 1)[0], body, qualifier)
    compact = name.replace(" ", "")
    if _FOREIGN_GOVERNMENT.search(name) or compact.endswith(_NOT_RUN_BY_THE_PLACE):
        return None
    provincial = _PROVINCIAL_RE.match(compact)
    residents = provincial is not None and compact[provincial.end("place") :].startswith("민")
    return (
        _own_body(compact, body, qualifier)
        or (None if residents else _provincial_body(compact, name, body))
        or _government_prefix(name, body)
        or _district_city(name)
    )


def _within(name: str, place: str) -> bool:
    """Whether canonical region `name` is `place` or one of its districts."""
    return name == place or name.startswith(place + " ")


_CITY_KINDS = ("특별자치시", "특별자치도", "특별시", "광역시", "도", "시")


def _district_of_another_city(word: str, found: Region, body: str) -> bool:
    """ "강북교육지원청" in a story of 울산 (its 강북 and 강남 school districts): a short name
    read as a district of a city ("강북" for 서울특별시 강북구), where the article names neither
    the city nor the district, is some other place's area, not that district."""
    city, _, district = found.name.partition(" ")
    if not district.endswith("구") or word.endswith(("시", "군", "구", "도")):
        return False
    short = next((city.removesuffix(kind) for kind in _CITY_KINDS if city.endswith(kind)), city)
    return short not in body and district not in body


_CITY_OF_DISTRICT = {
    district: city
    for city, districts in vocab.table("regional_bodies", "districts_of_cities").items()
    for district in districts
}


def _district_city(name: str) -> Region | None:
    """ "마산합포구", "분당구청": a district of a large city, whose city the body is."""
    word = name.rsplit(" ", 1)[-1].removesuffix("청")
    city = _CITY_OF_DISTRICT.get(word)
    return Region(city) if city else None


def _government_prefix(name: str, body: str) -> Region | None:
    """ "서울특별시 종로구 부암동", "세종특별자치시 고운동 주민자치위원회", "서울시 도봉구 창4동
    주민자치위원회": a 동, 읍 or 면 (or its body), or one of a government's own kinds of body,
    written after a local government's name, its last word in full (서울시 도봉구, not a short
    "대구"), is that government's; an association named for the city ("대구광역시 축구협회")
    is not."""
    words = name.split(" ")
    for end in range(len(words) - 1, 0, -1):
        found = _government_written(words[:end], body)
        if found is not None:
            rest = "".join(words[end:])
            own = _SUBDIVISION_RE.match(words[end]) or rest.endswith(tuple(_OWN_BODIES))
            return found if own else None
    return None


# "부암동", "구월4동", "변산면", "오포읍": the part of a city a body belongs to.
_SUBDIVISION_RE = re.compile(r"^[가-힣]{1,5}[0-9]?(?:동|읍|면)$")


def _government_before(party: Party, body: str) -> Region | None:
    """ "서울시 도봉구 창4동 주민자치위원회와": a 동, 읍 or 면's body whose city the article
    writes just before the name it signs under."""
    if not _SUBDIVISION_RE.match(party.name.split(" ", 1)[0]):
        return None
    words = body[max(0, party.span[0] - _BEFORE) : party.span[0]].split()
    return next(
        (
            found
            for n in (2, 1)
            if len(words) >= n and (found := _government_written(words[-n:], body))
        ),
        None,
    )


def _government_written(words: list[str], body: str) -> Region | None:
    """The local government `words` name, its last word written in full ("서울시 도봉구",
    "제주특별자치도"), not short ("대구" for 대구광역시, which starts many other names)."""
    found = region_of(" ".join(words), body)
    return found if found is not None and found.name.split(" ")[-1] == words[-1] else None


_BEFORE = 24  # letters before a name that may hold its government's ("서울특별시 도봉구 ")


def named_place(word: str, body: str) -> Region | None:
    """A local government named in full or short ("합천군", "울산", "김천" for 김천시, "유성"
    for 유성구)."""
    for level in ("", *LOCAL_LEVELS):
        if found := region_of(word + level, body):
            return found
    return None


@functools.lru_cache(maxsize=16)
def home_government(level: str, text: str, region: Callable[[str], Region | None]) -> str | None:
    """ "시는 …" means the city the article is about: its first named 시 (likewise 도, 군, 구),
    else the first one its head or offices are named for ("대전시장", "대전시교육청").

    Memoised: every bare title and office of an article asks it again, and each answer reads
    the whole text (`region` is the article's own memoised resolver, so it keys the cache); a few
    articles' worth, as `region_lookup` keeps, so a huge text is not held for long."""
    for after in _NAME_ENDS:
        # Where the level word first stands before its ending is found by its letter alone,
        # which the engine skips to; a name starts at most six letters before it. Read from
        # there, the name's pattern is not tried at every letter of a text that names no such
        # government (91 → 51 µs a synthetic article).
        first = re.search(level + after, text)
        if first is None:
            continue
        names = re.compile(r"[가-힣]{1,6}" + level + after)
        for m in names.finditer(text, max(0, first.start() - 6)):
            found = region(m.group(0))
            if found is not None and found.name.split()[-1].endswith(level):
                return found.name
    return _only_province(text, region) if level == "도" else None


def _only_province(text: str, region: Callable[[str], Region | None]) -> str | None:
    """ "도는 이날 충북에 투자한 기업 …": a 도 the article never names in full is the one
    province it names by its short form, if it names one only."""
    words = set(_SHORT_PLACE_RE.findall(text)) - _COMMON_PLACE_FORMS
    provinces = {
        found.name
        for word in words
        if (found := region(word)) is not None
        and " " not in found.name
        and found.name.endswith("도")
    }
    return provinces.pop() if len(provinces) == 1 else None


# "충북에", "경남·전남": a province's short form of two letters, standing as a word; not a
# person's origin ("경북 출신 국회의원").
_SHORT_PLACE_RE = re.compile(
    r"(?<![가-힣])([가-힣]{2})(?=[은는이가와과의에을를도\s,·]|$)(?!\s?출신)"
)
_COMMON_PLACE_FORMS = vocab.word_set("common_words", "common_place_forms")


def home_body(
    level: str, body_name: str, text: str, region: Callable[[str], Region | None]
) -> str | None:
    """ "군 시설관리공단": the body of the government the article is about, named as its own
    bodies are ("가평군시설관리공단")."""
    home = home_government(level, text, region)
    return home.split()[-1] + body_name if home is not None else None


_NAME_ENDS = (r"(?=[은는이가와과의에을를\s,·(]|$)", r"(?=장|청|교육청)")


_AGENCY_RE = re.compile(
    r"(?<![가-힣])(?P<gov>[가-힣]{0,10}[시도군구])\s?"
    r"(?:(?:산하|출연|출자|직속|투자)\s?(?:공공\s?)?(?:기관|단체|법인)?(?:인|이자|으로)?"
    # "군산시가 출자한 군산시민발전": the same tie told by a clause.
    r"|[이가]\s" + vocab.pattern("organisations", "patron_clauses") + r")\s"
    r"(?P<org>[^\s,(]+)"
)
# "X는 시 출연기관으로 …", "X는 도 산하 공공기관이다": the same tie written after the agency.
_AGENCY_AFTER_RE = guarded(
    re.compile(
        r"(?P<org>[^\s,(]+?)(?:은|는|이|가)\s(?P<gov>[가-힣]{0,10}[시도군구])\s?"
        r"(?:산하|출연|출자|직속|투자)\s?(?:공공\s?)?(?:기관|단체|법인)"
    )
)


@functools.lru_cache(maxsize=16)
def agency_regions(text: str) -> dict[str, Region]:
    """Organisations the article calls a local government's agency ("광주시 산하
    인공지능산업융합사업단", "화성시 출연기관인 화성산업진흥원", "도 산하 X"), each with that
    government's region: an agreement of the agency is one of that government's agreements.
    Only the text's own words count; a place inside an organisation's name (광주테크노파크)
    says where it sits, not whose it is, so it gives no region."""
    if not any(word in text for word in ("산하", "출연", "출자", "직속", "투자기관")):
        return {}
    region = region_lookup(text)
    found: dict[str, Region] = {}
    ties = itertools.chain(_AGENCY_RE.finditer(text), _AGENCY_AFTER_RE.finditer(text))
    for m in ties:
        gov = m.group("gov")
        home = home_government(gov, text, region) if len(gov) == 1 else None
        government = Region(home) if home else region(gov)
        if government is None:
            continue
        stem, _particle = split_particle(m.group("org").strip(EDGE_PUNCT))
        found.setdefault(normalize_org(stem, text, region), government)
    return found


def hosting_province(head: Party, parties: list[Party]) -> bool:
    """ "음성군은 ㈜승일 등 5개사와 투자협약을 체결했다. 협약식에는 충북도지사, …가
    참석했다": the province of a city or county that signed hosts its ceremony; its governor
    among the guests signs for no party the signing sentence left out."""
    return (
        head.region is not None
        and region_parent(head.region) is None
        and any(p.region and region_parent(p.region) == head.region for p in parties)
    )
