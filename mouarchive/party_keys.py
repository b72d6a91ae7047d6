"""Keys that compare the names two outlets give one party.

Outlets write one body many ways: "한수원" and "한국수력원자력", "충남대" and "충남대학교",
"(주)한빛" and "한빛", "제주도관광협회" and "제주특별자치도관광협회", a long name with a letter
dropped or only its end. Two names are the same party when their keys are equal, or when one
key is the other written short or misspelt (`written_for`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set

from mouarchive import vocab
from mouarchive.extract.gazetteer import gazetteer
from mouarchive.extract.orgnames import USUAL_SHORT_NAMES, region_of
from mouarchive.extract.party_regions import named_place
from mouarchive.extract.same_org import ENDINGS_LONGEST_FIRST, drops_prefix, school_name, usual_name

_COMPANY_RE = re.compile(r"\(주\)|㈜|주식회사")
_LEADING_MARKS_RE = re.compile(r"^[=|｜/·\-]+")
_INNER_HYPHEN_RE = re.compile(r"(?<=[가-힣])-(?=[가-힣])")
# Parts of names written long or short, and Chinese places written by their Chinese sound or
# their Korean reading: each spelling is compared as the one the table gives.
_EITHER_WAY = {
    **vocab.table("organisations", "written_either_way"),
    **vocab.table("abroad", "chinese_readings"),
}
_EITHER_WAY_RE = re.compile(vocab.alternation(_EITHER_WAY))
_LETTER_NAMES = vocab.table("organisations", "latin_letter_names")
# "오리온스 프로농구단" and "오리온스": a club named with its kind written apart, or alone.
_TEAM_KIND_RE = re.compile(r"(?<=\S\S)\s+(?:" + vocab.pattern("organisations", "team_kinds") + ")$")
# "KT", "에코프로HN", "BNK경남은행": initials in capitals, apart from any other Latin letter.
_INITIALS_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])")
_SPELLED_INITIALS_RE = re.compile(f"(?:{vocab.alternation(_LETTER_NAMES.values())}){{2,4}}")
_GROUP = "그룹"
_SHORTEST_GROUP = 2
_SHORTEST_TAIL = 5  # letters the end of a name must have to stand for the whole


@functools.lru_cache(maxsize=4096)
def party_key(name: str) -> str:
    # "한수원" in one outlet, "한국수력원자력" in another: one body. Cached: every pair of
    # reports weighed asks again for the keys of the same few names.
    club = _TEAM_KIND_RE.sub("", name)
    if club != name and region_of(club, "") is None:
        # "수원시 축구단" is the city's club, not the city.
        name = club
    key = _COMPANY_RE.sub("", spelled_out(_usual_body(name))).replace(" ", "").casefold()
    # "=충남도교육청": a credit's mark left on a name by a page that glued it there; "에쓰-오일"
    # and "에쓰오일": a hyphen some outlets write inside a Hangul name.
    key = _INNER_HYPHEN_RE.sub("", _LEADING_MARKS_RE.sub("", key))
    key = school_name(key) or key
    if key.endswith(_GROUP) and len(key) - len(_GROUP) >= _SHORTEST_GROUP:
        # "한진그룹" and "한진": a business group named with its word for one or without;
        # "현대차그룹" is "현대자동차그룹" written short.
        key = usual_name(key[: -len(_GROUP)])
    key = _military_unit(_mission_abroad(key))
    if key.endswith(_UNIVERSITY_WITHOUT_GYO) and not key.endswith(_COURSES):
        # "한국체육대학" for "한국체육대학교": a university written without its 교; not a
        # course a city names a 대학 ("누리시민대학").
        key += "교"
    return _province_written_short(_EITHER_WAY_RE.sub(lambda m: _EITHER_WAY[m.group(0)], key))


_UNIVERSITY_WITHOUT_GYO = "대학"
_COURSES = tuple(vocab.words("organisations", "courses_named_as_colleges"))


def _usual_body(name: str) -> str:
    """The name with its body's usual name, a unit signing for it kept ("LH 세종사업본부" →
    "한국토지주택공사 세종사업본부", "한국전력 경기본부" → "한국전력공사 경기본부"): outlets
    shorten the body and write the unit alike."""
    body, _, unit = name.rpartition(" ")
    if body and unit.endswith(_UNIT_WORDS):
        return usual_name(body) + " " + unit
    return usual_name(name)


def _military_unit(key: str) -> str:
    """ "육군 제5군단" and "육군5군단사령부": one unit, without the 제 before its number and the
    사령부 that is its headquarters; its service stays ("해병대 제1사단" is no 육군 제1사단),
    and a unit written without one is compared by `_unit_of_a_service`."""
    unit = _NUMBERED_UNIT_KEY_RE.fullmatch(key)
    return (unit["service"] or "") + unit["unit"] if unit else key


def _mission_abroad(key: str) -> str:
    """ "주한베트남대사관", "베트남대사관": a country's embassy, with or without the seat
    written before it and the 국 after its country; a consulate keeps its city ("주부산", "주광주":
    one country has several)."""
    mission = _MISSION_RE.fullmatch(key)
    if mission is None:
        return key
    seat = "" if mission["seat"] in (None, "주한") else mission["seat"]
    return seat + mission["country"] + mission["mission"]


def _country_for_its_mission(short: str, full: str) -> bool:
    """ "베트남" and "베트남대사관": a page names the country whose envoy signed."""
    mission = _MISSION_RE.fullmatch(full)
    return mission is not None and mission["country"] == short


_MISSION_RE = re.compile(
    r"(?P<seat>주[가-힣]{1,3})?(?P<country>"
    + vocab.alternation(vocab.words("abroad", "countries"))
    + ")국?(?P<mission>"
    + vocab.pattern("organisations", "diplomatic_missions")
    + ")"
)


def _unit_of_a_service(short: str, full: str) -> bool:
    """ "5군단" and "육군5군단": a unit written without its service, and with it."""
    unit = _NUMBERED_UNIT_KEY_RE.fullmatch(full)
    return unit is not None and unit["service"] is not None and unit["unit"] == short


_NUMBERED_UNIT_KEY_RE = re.compile(
    "(?P<service>"
    + vocab.pattern("organisations", "armed_services")
    + r")?제?(?P<unit>\d+[가-힣]{0,6}?(?:"
    + vocab.pattern("organisations", "numbered_units")
    + r"))(?:사령부)?"
)


def spelled_out(name: str) -> str:
    """The name with its initials spelled in Hangul ("KT" → "케이티", "에코프로HN" →
    "에코프로에이치엔"), as another outlet may print them."""
    return _INITIALS_RE.sub(lambda m: "".join(_LETTER_NAMES[c] for c in m.group(0)), name)


def _province_written_short(key: str) -> str:
    """ "제주도관광협회", "제주관광협회" and "제주특별자치도관광협회": a body named after its
    province, whichever form of the province's name an outlet opens it with. A bare
    province or city is left alone, and so is a form two places share (광주)."""
    forms, opening = _province_forms()
    found = opening.match(key)
    if (
        found is None
        or found.end() == len(key)
        or region_of(key, "") is not None
        or (key[found.end()] == "시" and forms[found.group(0)] != found.group(0))
    ):
        # "제주시", "부산진구": a government whose name opens with its province's; and
        # "제주도시재생센터" must not become the city's "제주시재생센터".
        return key
    return forms[found.group(0)] + key[found.end() :]


@functools.cache
def _province_forms() -> tuple[dict[str, str], re.Pattern[str]]:
    """Each form of a province's name and the shortest of them ("제주특별자치도", "제주도" →
    "제주"): written short, a body's key is never one letter off its province's own."""
    table = gazetteer()
    forms = {
        form: province
        for form, province in table.province_forms.items()
        if form not in table.shared_forms and len(form) >= 2
    }
    shortest: dict[str, str] = {}
    for form, province in forms.items():
        if len(form) < len(shortest.get(province, form + " ")):
            shortest[province] = form
    return {form: shortest[p] for form, p in forms.items()}, re.compile(vocab.alternation(forms))


_DIRECTIONS = vocab.word_set("organisations", "direction_prefixes")


def _short_for(one: str, other: str) -> bool:
    """ "순창군연합회" for "한국농촌지도자순창군연합회": one outlet writes the end of the name
    another writes whole; "농협은행" for "NH농협은행" (or "엔에이치농협은행"), without the
    group's initials."""
    short, full = sorted((one, other), key=len)
    if not full.endswith(short) or full[: -len(short)] in _DIRECTIONS:
        # "동울산세무서", "남울산우체국": the office of another district, not a longer name.
        return False
    return (
        len(short) >= _SHORTEST_TAIL
        or _LATIN_INITIALS_RE.fullmatch(full[: -len(short)]) is not None
        or _SPELLED_INITIALS_RE.fullmatch(full[: -len(short)]) is not None
    )


@functools.lru_cache(maxsize=16384)
def written_for(one: str, other: str) -> bool:
    """Whether one party key is another written short or misspelt by an outlet. Cached: the
    writing process weighs each report saved against up to 200 candidates, and the same
    pairs of keys come back report after report (a fifth of `merge.same_signing`'s time)."""
    short, full = sorted((one, other), key=len)
    return (
        _short_for(one, other)
        or drops_prefix(short, full)
        or _misspelt(one, other)
        or _city_with_si(one, other)
        or _without_province(one, other)
        or _city_abroad_with_province(one, other)
        or _place_abroad_by_its_executive(short, full)
        or _company_with_sa(one, other)
        or _body_with_its_unit(one, other)
        or _abbreviated(short, full)
        or _unit_of_a_service(short, full)
        or _country_for_its_mission(short, full)
    )


def _abbreviated(short: str, full: str) -> bool:
    """ "중기청" for "중소기업청", "손보협의회" for "손해보험사회공헌협의회": a short name that
    keeps the full name's kind of body (its ending) and its first letter, and takes its other
    letters from the rest in order, more than the opening ("한국은행" is no short name of
    "한국수출입은행", whose opening it only is); only a public body's or an association's
    (`abbreviated_kinds`)."""
    if not full.endswith(_ABBREVIATED_KINDS):
        # "동해건설" is another company than "동부해양건설": outlets shorten the names of
        # public bodies and associations, never a company's.
        return False
    pairs = zip(reversed(short), reversed(full), strict=False)
    end = next((i for i, (a, b) in enumerate(pairs) if a != b), len(short))
    head, whole = short[: len(short) - end], full[: len(full) - end]
    if end == 0 or len(head) < 2 or len(whole) <= len(head) or whole.startswith(head):
        return False
    ending = next((e for e in ENDINGS_LONGEST_FIRST if full.endswith(e)), full[-1:])
    if end < len(ending):
        # "대학원" is no short name of "대구경북과학기술원": the two share a letter, not the
        # kind of body (기술원).
        return False
    rest = iter(whole[1:])
    return head[0] == whole[0] and all(letter in rest for letter in head[1:])


_ABBREVIATED_KINDS = tuple(vocab.words("organisations", "abbreviated_kinds"))
_PROVINCE_ENDINGS_ABROAD = tuple(vocab.words("abroad", "province_endings"))


def _city_abroad_with_province(one: str, other: str) -> bool:
    """ "대경시" and "흑룡강성대경시": a city abroad one outlet writes after its province."""
    short, full = sorted((one, other), key=len)
    province = full.removesuffix(short)
    return (
        short.endswith("시")
        and len(short) >= 2
        and province != full
        and 2 <= len(province) <= 5
        and province.endswith(_PROVINCE_ENDINGS_ABROAD)
        and region_of(short, "") is None
    )


# Longest first: "하노이시인민위원회" loses its whole executive, not only "위원회".
_EXECUTIVES_ABROAD = tuple(
    sorted(vocab.words("abroad", "executives_of_a_place"), key=len, reverse=True)
)


def _place_abroad_by_its_executive(short: str, full: str) -> bool:
    """ "하노이시" (or "하노이") and "하노이시인민위원회": a place abroad, which one outlet names
    and another names by the executive that signed for it; also "하노이인민위원회" beside
    "하노이시", the place written without its level before a people's committee."""
    place = place_of_executive(full)
    if place is not None:
        return place == short or _city_with_si(short, place)
    executive = next((e for e in _PEOPLES_EXECUTIVES if full.endswith(e)), None)
    return (
        executive is not None
        and short.endswith(_PLACE_LEVELS)
        and full[: -len(executive)] == short[:-1]
        and region_of(short, "") is None
    )


def place_of_executive(name: str) -> str | None:
    """The place abroad an executive's name names ("하노이시 인민위원회" → "하노이시"), if it is
    one. Never a place at home ("경기도정부" is written by no one), and a council abroad is a
    body of its own."""
    executive = next((e for e in _EXECUTIVES_ABROAD if name.endswith(e)), None)
    if executive is None:
        return None
    place = name[: -len(executive)].rstrip()
    if executive[0] in _PLACE_LEVELS and len(executive) > 2 and not place.endswith(executive[0]):
        # "타슈켄트시정부", "세부주정부": the level is written with the executive.
        place += executive[0]
    # "기획재정부", "중앙인민위원회", "대한민국 임시정부": only a place named with its level
    # ("하노이시", "산둥성") is one abroad.
    if len(place) < 3 or not place.endswith(_PLACE_LEVELS) or region_of(place, "") is not None:
        return None
    return place


_PLACE_LEVELS = ("시", "성", "주", "현", "구", "군", "도")
# "하노이인민위원회": the executives that follow a place written with or without its level.
_PEOPLES_EXECUTIVES = frozenset(e for e in _EXECUTIVES_ABROAD if e.startswith("인민"))


def _company_with_sa(one: str, other: str) -> bool:
    """ "멀린" and "멀린사", "셀가드" and "셀가드사": a company (mostly one abroad) an outlet
    writes with 사 after its name; "공사" and "회사" end names of their own."""
    short, full = sorted((one, other), key=len)
    return full == short + "사" and len(short) >= 2 and not short.endswith(("공", "회", "사"))


_UNIT_WORDS = tuple(vocab.words("organisations", "signing_units"))
_LONGEST_UNIT = 6  # letters of a unit's name after its body's ("금융본부", "대구경북지역본부")
_SHORTEST_BODY = 4


def _body_with_its_unit(one: str, other: str) -> bool:
    """ "소상공인시장진흥공단" and "소상공인시장진흥공단 금융본부": one outlet names the body,
    another the unit of it that signed."""
    short, full = sorted((one, other), key=len)
    unit = full.removeprefix(short)
    return (
        unit != full
        and len(short) >= _SHORTEST_BODY
        and len(unit) <= _LONGEST_UNIT
        and unit.endswith(_UNIT_WORDS)
        and unit not in _UNIT_WORDS  # "한국은행본부": a word of the name, not a unit's
        and region_of(short, "") is None
    )


def _without_province(one: str, other: str) -> bool:
    """ "고성군" and "강원특별자치도 고성군": a county or district whose name several provinces
    share, which one outlet writes bare and another with its province (as keys, run together)."""
    bare, full = sorted((one, other), key=len)
    province = full.removesuffix(bare)
    if province == full or not bare.endswith(("시", "군", "구")) or len(bare) < 2:
        return False
    found = region_of(province, "")
    return found is not None and " " not in found.name and region_of(full, "") is not None


def _city_with_si(one: str, other: str) -> bool:
    """ "울란바토르" and "울란바토르시": a city abroad, which outlets write with 시 or without;
    a Korean government's name is canonical already."""
    short, full = sorted((one, other), key=len)
    return (
        len(short) >= 2
        and full == short + "시"
        # "경기도" and "경기도시": a place at home with a level is no city abroad.
        and not short.endswith(("도", "군", "구", "시"))
        and region_of(full, "") is None
        and region_of(short, "") is None
    )


def _misspelt(one: str, other: str) -> bool:
    """ "한국수소산업회" for "한국수소산업협회": a long name one outlet wrote with a letter
    dropped, added or changed; short names differ by one letter too often to tell, and so do
    places ("전라남도 신안군", "전라남도 무안군"; "신안군보건소", "무안군보건소")."""
    if min(len(one), len(other)) < _SHORTEST_MISSPELT or abs(len(one) - len(other)) > 1:
        return False
    if _place_of(one) != _place_of(other) or _district(one) != _district(other):
        return False
    if _places_apart(one, other):
        return False
    short, long_ = sorted((one, other), key=len)
    for i, (x, y) in enumerate(zip(short, long_, strict=False)):
        if x != y:
            rest = long_[i + 1 :]
            if len(short) == len(long_):
                # "세종동부농협", "세종서부농협", "한국남부발전", "한국남동발전": bodies named for
                # two quarters of one place or country.
                return short[i + 1 :] == rest and not _quarters_apart(short, i, y)
            return short[i:] == rest
    return True


def _places_apart(one: str, other: str) -> bool:
    """ "성북문화재단", "강북문화재단", "부천문화재단", "부안문화재단": bodies named for two
    places written without their level (성북구, 강북구; 부천시, 부안군), one letter apart like a
    misspelling."""
    return any(
        (here := named_place(one[:length], "")) is not None
        and (there := named_place(other[:length], "")) is not None
        and here.name != there.name
        for length in (2, 3)
    )


def _quarters_apart(name: str, i: int, other_letter: str) -> bool:
    """Whether the letter at `i` and the other name's there tell two quarters apart: "동" and
    "서", or "부" and "동" after "남" ("남부", "남동")."""
    letters = {name[i], other_letter}
    return letters <= _QUARTERS or (
        i > 0 and name[i - 1] in _QUARTERS and letters <= _QUARTERS | {_QUARTER_SUFFIX}
    )


_SHORTEST_MISSPELT = 6
_QUARTERS = frozenset("동서남북중")
_QUARTER_SUFFIX = "부"  # "남부", "동부": a quarter written with 부
_LONGEST_PLACE = 9  # letters of "경상남도창원시" and the like, without spaces


# "동구문화재단", "서구문화재단": a district many cities have, which no gazetteer entry
# resolves alone.
_DISTRICT_RE = re.compile(r"[가-힣]{1,3}?[구군]")


def _district(key: str) -> str | None:
    found = _DISTRICT_RE.match(key)
    return found.group(0) if found else None


def _place_of(key: str) -> str | None:
    """The local government a party key is, or opens with ("신안군보건소" → 전라남도 신안군)."""
    for end in range(min(len(key), _LONGEST_PLACE), 1, -1):
        found = region_of(key[:end], "")
        if found is not None:
            return found.name
    return None


# "NH", "KB", "BNK": a group's initials written before a bank's or company's Korean name.
_LATIN_INITIALS_RE = re.compile(r"[a-z]{2,4}")


def bodies(keys: Set[str]) -> set[str]:
    return {k for k in keys if region_of(k, "") is None}


# A university's name in full and as the press writes it short, in its own name or inside
# its hospital's.
_UNIVERSITY_FORMS = (("대학교병원", "대병원"), ("대학교", "대"))


@functools.lru_cache(maxsize=8192)
def written_forms(name: str) -> frozenset[str]:
    """Other spellings outlets give the body `name` names, to look it up by in an archive:
    a university written short or in full ("강남대", "강남대학교"; "전남대병원",
    "전남대학교병원"), a body named after its province in another form of the province's name
    ("제주도관광협회", "제주특별자치도관광협회", the place written apart or not), a well-known
    body by its full name or the press's short ones; each one `party_key` makes the same body,
    so that the archive's lookup finds what `merge` would join."""
    forms = {name}
    for long, short in _UNIVERSITY_FORMS:
        if long in name:
            forms.add(name.replace(long, short, 1))
        elif name.endswith(short) and len(name) > len(short) + 1:
            forms.add(name[: -len(short)] + long)
    table, opening = _province_forms()
    # "전남대학교", "부산시청": a university or a government named after a place is no body
    # of the province's own, whatever form of the province's name an outlet writes.
    if (
        (found := opening.match(name)) is not None
        and (rest := name[found.end() :])
        and not rest.startswith(("대", "시", "도"))
        and region_of(name, "") is None
    ):
        province = table[found.group(0)]
        # "경기북부소방재난본부", "경기도 북부소방재난본부": outlets write the place apart from
        # the rest or run together with it.
        rest = rest.lstrip()
        forms |= {
            form + gap + rest for form, p in table.items() if p == province for gap in ("", " ")
        }
    full = usual_name(name)
    forms |= {full, *USUAL_SHORT_NAMES.get(full, ()), spelled_out(name)}
    key = party_key(name)
    return frozenset(f for f in forms if f != name and party_key(f) == key)
