"""Whether two names denote one organisation, and a list of parties with one entry each.

Articles name a body several ways: "한빛대" and "한빛대학교", "수자원공사" and
"한국수자원공사", "경남TP" and "경남테크노파크", "울산시교육청" and "울산광역시교육청", a branch
after its parent ("중국공상은행 한국법인"). Reports of one signing must agree on who signed, so
every reader that collects parties keeps them through `add_party`, where the fuller name wins.
"""

from __future__ import annotations

import functools
import re

from mouarchive.extract.gazetteer import gazetteer
from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.orgnames import (
    FOREIGN_GOVERNMENTS,
    USUAL_SHORT_NAMES,
    is_activity,
    is_aim,
    is_branch,
    is_common_noun,
    is_event,
    is_ministry,
    is_verb_form,
    looks_like_org,
    region_of,
)
from mouarchive.extract.person_titles import looks_like_name
from mouarchive.extract.regions import government_region
from mouarchive.extract.tokens import (
    DOTS,
    GOVERNMENT_OFFICE_RE,
    GOVERNMENT_RE,
    LEVELS,
    LOCAL_LEVELS,
    NAME_ENDINGS,
    NOT_SUBJECT,
    OFFICE_WORD_RE,
    SUBUNIT_RE,
    TITLES,
    ends_like_org,
)
from mouarchive.models import Party
from mouarchive.vocab import alternation, pattern, table, word_set, words


def _abbreviates(short: str, long: str) -> bool:
    """ "빛고을공대" for "빛고을공과대학교", "순천대" for "국립순천대학교", "한국체육대학" for
    "한국체육대학교": a university's usual short form, which drops the 국립 its full name
    carries; "전남대병원" for "전남대학교병원", the same short form inside the name of a
    university's hospital or foundation."""
    long = long.removeprefix("국립")
    if "대학교" in long and short in (
        long.replace("대학교", "대", 1),
        long.replace("대학교", "대학", 1),
    ):
        return True
    if not (short.endswith("대") and long.endswith(("대학교", "대학")) and short[:2] == long[:2]):
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _written_short(short: str, long: str) -> bool:
    """ "관광공사" for "경기관광공사", "개발공사" for "강원도개발공사", "단대병원" for "단국대병원":
    an article calls a body it named in full by its kind and the words left when the place
    that opens its name is dropped, or by a few of its letters. Words that name a body of
    their own ("서울대병원" beside "분당서울대병원") or that another name goes on from ("목포대",
    "목포해양대"), or a gap in the middle of the name ("가스공사", "한국가스기술공사"), never
    stand for it."""
    if short[-1:] != long[-1:]:
        # Asked of every pair of names a report holds: most end apart, and the endings need
        # not be read.
        return False
    ending = next(
        (e for e in ENDINGS_LONGEST_FIRST if short.endswith(e) and long.endswith(e)), None
    )
    if ending is None or "," in long or _DOT_RE.search(long):
        # "한빛재단·누리재단": a list read as one name holds many bodies, none written short.
        return False
    words, full = short[: -len(ending)], long[: -len(ending)].replace(" ", "")
    if len(words) < 2 or len(full) <= len(words) or " " in words:
        return False
    if full.startswith(words) or region_of(words, "") is not None or looks_like_org(words):
        return False
    if full.endswith(words):
        place = full[: -len(words)]
        return region_of(place, "") is not None or place in gazetteer().province_forms
    # "단대" for "단국대": a few letters of the name, its first among them; longer words
    # taken here and there ("한국바이오협회", "한국제약바이오협회") name another body.
    rest = iter(full)
    return len(words) <= _FEW_LETTERS and words[0] == full[0] and all(ch in rest for ch in words)


_FEW_LETTERS = 3
# Longest first, so that "대학교" is one ending rather than "학교".
ENDINGS_LONGEST_FIRST = sorted(NAME_ENDINGS, key=len, reverse=True)
_SCHOOLS = table("organisations", "school_short_forms")


def _school(short: str, long: str) -> bool:
    """ "대전생활과학고", "대전생활과학고교" and "대전생활과학고등학교": one school."""
    full = school_name(long)
    return full is not None and full == school_name(short)


# `merge` keys every party of every candidate agreement by its school name, over and over
# for the same few thousand names of a run: each is worked out once.
@functools.lru_cache(maxsize=8192)
def school_name(name: str) -> str | None:
    """The school's full name, if `name` is one in full or in a short form."""
    if any(name.endswith(full) for full in _SCHOOLS.values()):
        return name
    kind = max((k for k in _SCHOOLS if name.endswith(k)), key=len, default=None)
    return name[: -len(kind)] + _SCHOOLS[kind] if kind else None


def _other_kinds(one: str, other: str) -> bool:
    """Whether both names end with a kind of body a place has, and not the same kind
    ("…교육청" and "…교육지원청")."""
    kinds = [
        next((kind for kind in _OWN_BODIES_LONGEST_FIRST if name.endswith(kind)), None)
        for name in (one, other)
    ]
    return None not in kinds and kinds[0] != kinds[1]


_OWN_BODIES_LONGEST_FIRST = sorted(words("regional_bodies", "own_bodies"), key=len, reverse=True)


def _contracts(short: str, long: str) -> bool:
    """ "성서산단관리공단" for "성서산업단지관리공단", "남도경총" for "남도경영자총협회": a short
    form keeps the name's opening and picks later syllables in order, dropping pieces from
    more than one place. A name missing one whole block ("한국가스공사" beside
    "한국가스기술공사") or a prefix ("경기도" of "경기도교육청") is another body, and a place
    is never a short form."""
    if (
        " " in short + long
        or len(short) < 4
        or len(long) < len(short) + 2
        or short[:2] != long[:2]
        or GOVERNMENT_RE.search(short)
        or _other_kinds(short, long)
    ):
        # "충청남도교육청" is no short form of "충청남도보령교육지원청": a province's office of
        # education and one of its local offices are two bodies.
        return False
    gaps = 0
    at = 0
    for ch in short:
        found = long.find(ch, at)
        if found == -1:
            return False
        gaps += found > at
        at = found + 1
    gaps += at < len(long)
    return gaps >= 2


# "(주)", "㈜", "주식회사": a company's legal form, no part of which body it is.
_LEGAL_FORM_RE = re.compile(r"\(주\)|㈜|주식회사")


def _bare(name: str) -> str:
    return _LEGAL_FORM_RE.sub("", name).replace(" ", "").casefold()


# "한수원" for "한국수력원자력": the press's usual short name of a well-known body.
_USUAL_FULL = {_bare(short): full for full, shorts in USUAL_SHORT_NAMES.items() for short in shorts}


def usual_name(name: str) -> str:
    """The full name of a body the press calls by a usual short name ("한수원", "LH",
    "한국수력원자력㈜" as written by one outlet), matched whole; else `name`."""
    return _USUAL_FULL.get(_bare(name), name)


# "경남TP" for "경남테크노파크": a kind of body regional news writes as Latin initials.
_INITIALS = table("organisations", "initials")
_INITIALS_RE = re.compile(r"(?<=[가-힣])" + alternation(_INITIALS) + r"(?=$|\s)")


def _spelled_out(name: str) -> str:
    if not any(initials in name for initials in _INITIALS):
        return name
    return _INITIALS_RE.sub(lambda m: _INITIALS[m.group(0)], name)


def _ministry_abroad_of_the_same_name(short: str, long: str) -> bool:
    """ "국방부" and "베트남 국방부": a country's ministry is not Korea's of the same name."""
    country, _, rest = long.partition(" ")
    return rest == short and country in _COUNTRIES and is_ministry(short)


_COUNTRIES = word_set("abroad", "countries")
# Names recur from article to article ("광주광역시", "한국전력공사"), and each party met is
# compared with every one already kept: a pair is judged once for the whole run.
_NAME_PAIRS = 8192


@functools.lru_cache(maxsize=_NAME_PAIRS)
def same_organisation(a: str, b: str) -> bool:
    """Whether two party names denote one organisation: equal up to case, a sub-unit written
    after its parent ("중국공상은행 한국법인"), the same body with a place before it ("서울시
    구청장협의회"), or a university's short form."""
    if a.casefold() == b.casefold():
        return True
    a, b = _spelled_out(a), _spelled_out(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if _ministry_abroad_of_the_same_name(short, long):
        return False
    qualified = len(short) >= 3 and long.endswith(" " + short)
    return (
        qualified
        or long == short + "법인"  # "보성녹차영농조합" for "보성녹차영농조합법인"
        # "멀린" for "멀린사": a company abroad with the 사 an outlet writes it with.
        or (len(short) >= 2 and long == short + "사")
        or _bare(usual_name(short)) == _bare(usual_name(long))
        # "해운대 김성수 구청장": a local government by its place alone ("부산광역시 해운대구").
        or (len(short) >= 2 and any(long.endswith(f" {short}{level}") for level in LEVELS))
        # "중구청" for "인천광역시 중구": a district's or county's office is the government.
        or _office_of(short, long)
        or (long.startswith(short + " ") and long[len(short) + 1 :] in FOREIGN_GOVERNMENTS)
        # "SK" beside "SK E&S", "NC" beside "NC다이노스": a Latin word read off the start of a
        # longer name.
        or (short.isascii() and short.isalpha() and long.startswith(short + " "))
        or (
            short.isascii()
            and short.isupper()
            and long.startswith(short)
            and "가" <= long[len(short)] <= "힣"
        )
        or _is_sub_unit(short, long)
        or _abbreviates(short, long)
        or _written_short(short, long)
        or _school(short, long)
        or _contracts(short, long)
        or drops_prefix(short, long)
        or _same_place_body(short, long)
        or _branch_of_same(short, long)
    )


def _office_of(office: str, government: str) -> bool:
    """ "중구청", "해남군청": the office of the 구, 군 or 시 a government's full name ends
    with."""
    m = GOVERNMENT_OFFICE_RE.fullmatch(office)
    return (
        m is not None
        and bool(m["place"])
        and m["level"] in LOCAL_LEVELS
        and government.endswith(f" {m['place']}{m['level']}")
    )


# A university's hospital is written as its unit ("가천대 길병원") but signs beside it.
_APART = tuple(words("organisations", "units_that_sign_apart"))


def _branch_of_same(one: str, other: str) -> bool:
    """ "지역난방공사 김해지사" of "한국지역난방공사": a branch of the body written another way
    (short, or with its place) is that body's."""
    head, _, unit = other.rpartition(" ")
    return (
        bool(head)
        and head != one
        and not one.startswith(head + " ")  # "남도은행 조사국" is no branch of its sibling
        and is_branch(unit)
        and not unit.endswith(_APART)
        and len(head) < len(other)
        and same_organisation(one, head)
    )


# Bodies named by the place they serve, which each place has only one of.
_PLACE_BODIES = words("organisations", "place_bodies")


def _same_place_body(short: str, long: str) -> bool:
    """ "울산시교육청" for "울산광역시교육청", "충북교육청" for "충청북도교육청": one place's
    own body, its place written short once and in full once."""
    body = next((w for w in _PLACE_BODIES if short.endswith(w) and long.endswith(w)), None)
    if body is None:
        return False
    here, there = (government_region(n[: -len(body)].strip(), "") for n in (short, long))
    return (
        here is not None
        and there is not None
        and not (here.ambiguous or there.ambiguous)
        and here.name == there.name
    )


_DROPPABLE_PREFIXES = word_set("organisations", "droppable_prefixes")


def drops_prefix(short: str, long: str) -> bool:
    """ "수자원공사" for "한국수자원공사", "보훈부" for "국가보훈부": the usual second mention
    drops a national or regional prefix of a name long enough not to be a common noun."""
    shortest = _SHORTEST_AT_THREE if short.endswith(_ENDINGS_AT_THREE) else _SHORTEST_DROPPED
    return (
        len(short) >= shortest
        and long.endswith(short)
        and long[: -len(short)] in _DROPPABLE_PREFIXES
    )


# A name left after its prefix is dropped is at least this long, so as not to be a common noun;
# a ministry's ("보훈부" for "국가보훈부") and a university's written short ("목포대" for
# "국립목포대") are names at three.
_SHORTEST_DROPPED = 4
_SHORTEST_AT_THREE = 3
_ENDINGS_AT_THREE = ("부", "처", "청", "대")


def _is_sub_unit(parent: str, name: str) -> bool:
    """ "중국공상은행 한국법인" is a branch of "중국공상은행", "한국은행 경제통계국" a unit of
    "한국은행", "광주광역시 투자유치과" a department of "광주광역시"; "전라남도 순천시" is no
    branch of "전라남도" but a government of its own, and "광주광역시 인공지능센터" an agency."""
    if not name.startswith(parent + " "):
        return False
    unit = name[len(parent) + 1 :]
    if unit.endswith(_APART):
        return False
    if SUBUNIT_RE.match(unit):
        return True
    if GOVERNMENT_RE.search(parent):
        return all(OFFICE_WORD_RE.match(word) for word in unit.split(" "))
    return all(is_branch(word) for word in unit.split(" "))


# The most parties one signing can have: ceremonies of twenty partners are rare, of a hundred
# unheard of. A list longer than this (a hostile file) stops here, since each party is
# compared with every one before it and a list of thousands would cost their square.
MAX_PARTIES = 100


_TITLES = tuple(words("titles", "titles"))
_MARKET = "시장"  # "내토시장": a market, or a mayor ("제천시장") when it is a title


@functools.lru_cache(maxsize=_NAME_PAIRS)
def _person_with_title(name: str) -> bool:
    """ "이상록 신성장전략국장", "최종영 LH공사 대구경북본부장": a person and a title read
    as one name, which no organisation is."""
    first, *rest = name.split() or [""]
    return (
        bool(rest)
        and looks_like_name(first)
        and rest[-1].endswith(_TITLES)
        and not _market_of_town(first, rest[-1])
    )


def _market_of_town(first: str, last: str) -> bool:
    """ "제천 내토시장": a market named with its town, whose name (a city's without its level)
    looks like a person's and whose 시장 like a mayor's title; "제천 부시장", "제천 경제국장"
    are officials."""
    return (
        last.endswith(_MARKET)
        and last not in _TITLES
        and any(region_of(first + level, "") for level in LOCAL_LEVELS)
    )


@functools.lru_cache(maxsize=_NAME_PAIRS)
def never_signs(name: str) -> bool:
    """A common noun ("이주여성", "기업체", "자금"), an aim ("마련"), an event
    ("나주국제농업박람회"), a word that never names a party ("또한") or a run of words that is
    a piece of the sentence ("숙박 그리고 음식", "이중우)"): each reader keeps its own rules,
    but none of these ever signs, whichever reader found it."""
    parts = name.split()
    return (
        name in NOT_SUBJECT
        or is_common_noun(name)
        or all(part in _PLAIN_NOUNS for part in parts)
        or any(part in _JOINING_WORDS for part in parts)
        or name.count("(") != name.count(")")
        or is_aim(name)
        or is_event(name)
        or _COUNTED_RE.search(name) is not None
        or _DAY_RE.fullmatch(name) is not None
        or SUM_RE.fullmatch(name) is not None
        or name in _PLACELESS_BODIES
        or name.endswith(_SITES)
        # "일학습병행제 학위연계형 협약식", "산학협력", "대표": the agreement itself, what it
        # is for, or a bare title, which every reader may meet where a name might stand.
        or _KIND_END_RE.search(name) is not None
        or (len(parts[-1]) <= _SHORT_ACTIVITY and is_activity(parts[-1]))
        # "국립대학 발전", "정책 개발": a run of words ending on an aim written apart.
        or (len(parts) > 1 and parts[-1] in _AIMS_APART)
        or _SHARE_RE.search(name) is not None
        or name.endswith(_HONORIFICS)
        or name in TITLES
        # "정영태 농업회사법인 대화 대표": a legal form read apart from the name it opens.
        or name in _LEGAL_FORMS_APART
        # "…실적을 거두었고, …", "투자를 유치해, …": a verb read as a list item; "양파 327t":
        # a quantity.
        or _VERB_ENDING_RE.search(name) is not None
        or is_verb_form(parts[-1])
        or _QUANTITY_RE.search(name) is not None
        # "기관소개 및 홍보영상시청": watching (시청) a film at the ceremony, no city hall.
        or _WATCHING_RE.search(name) is not None
        # "기업의 이전, 신설 투자와 함께": words none of which could sign alone, the last not
        # ending as a body does ("관광마케팅 협회" is a name).
        or (
            len(parts) > 1
            and not ends_like_org(parts[-1])
            and all(never_signs(part) for part in parts)
        )
    )


_PLACELESS_BODIES = word_set("abroad", "bodies_named_by_their_place")
_LEGAL_FORMS_APART = word_set("organisations", "legal_forms_apart")
# "㈜서광 등 14개 기업과 810억원의 투자협약을", "2억7000만불", "200만불 규모", "5조천억원대":
# a sum of money, never a body. Each unit takes its own letter, so a long run of digits is
# read once, not tried in every split.
SUM_RE = re.compile(
    r"\d[\d,.]*(?:\s?[십백천만억조][\d,.]*)*\s?(?:여\s?)?(?:원|달러|불|유로|엔|위안)"
    r"(?:\s?(?:규모|상당))?"
)
# "…학위연계형 협약식": a name that ends on the agreement or its ceremony ("유엔기후변화협약사무국"
# is a body named after a convention).
_KIND_END_RE = re.compile("(?:" + KIND_RE.pattern + ")식?$")
# An activity word this short ends no body's name ("산학협력"); a long name ending in one is a
# body's office ("국립수산물품질관리원통영지원").
_SHORT_ACTIVITY = 4


# "우천제2농공단지": a site partners build on, never a body.
_SITES = tuple(words("organisations", "site_endings"))
_PLAIN_NOUNS = word_set("common_words", "plain_nouns")
_AIMS_APART = word_set("common_words", "aims_written_apart") | word_set(
    "common_words", "bare_activities"
)
# "대통령님": a person addressed, never a party.
_HONORIFICS = tuple(words("titles", "honorifics"))
# "원주시 40%, 강원특별자치도 20%": each body's share of a cost, read as a list item.
_SHARE_RE = re.compile(r"\d\s?%$")
# A past verb and the ending that joins it to the next clause ("거두었고", "체결했으며").
_VERB_ENDING_RE = re.compile(r"[었았였했됐겠](?:고|으며|며|다|는데|지만|으나)$")
_QUANTITY_RE = re.compile(r"\d[\d,.]*\s?(?:t|톤|kg|㎏|㎡|㎢|ha|헥타르|평)(?![A-Za-z가-힣])")
_JOINING_WORDS = word_set("common_words", "joining_words")
_WATCHING_RE = re.compile("(?:" + pattern("common_words", "watched_media") + r")\s?시청$")

# "지난 28일, 상호발전과 …": a date read as a list item, never a body.
_DAY_RE = re.compile(r"(?:\d{2,4}\s?년\s?)?(?:\d{1,2}\s?월\s?)?\d{1,2}\s?일|\d{2,4}\s?년")


# "도내 5개 시,군", "동북 3성", "11쌍", "민선 8기": a count of bodies, places, pairs or terms
# of office, never one of them.
_COUNTED_RE = re.compile(
    r"(?:^|\s)\d+\s?(?:개\s?(?:시|군|구|도|시[,·]\s?군|시군|기관|기업)|성|기)$|^\d+\s?쌍$"
)


def add_party(parties: list[Party], party: Party) -> None:
    """Append `party` unless the list already names its organisation (or is full); the fuller
    name wins, save over a local government named as such."""
    if len(parties) >= MAX_PARTIES or _person_with_title(party.name) or never_signs(party.name):
        return
    if party.name.endswith(_HEAD * 2):
        # "우성태 농협가락공판장장과": the head of a body whose name ends in 장 (공판장, 공장).
        party = Party(party.name[:-1], party.span, party.region)
    for k, known in enumerate(parties):
        if party.name == known.name + _HEAD:
            # "이원덕 우리은행장과 … 우리은행은": the head fused with the body is the body.
            return
        if known.name == party.name + _HEAD:
            parties[k] = party
            return
        if same_organisation(known.name, party.name):
            # A local government stays itself when one of its offices signs for it.
            if len(party.name) > len(known.name) and known.region != known.name:
                parties[k] = Party(party.name, party.span, known.region or party.region)
            return
    parties.append(party)
    # Only a dotted name can be a run of others; most lists hold none, and are left as they are.
    if any(_DOT_RE.search(p.name) for p in parties):
        parties[:] = [p for p in parties if not _run_of_others(p, parties)]


_DOT_RE = re.compile(f"[{DOTS}]")
_HEAD = "장"  # "우리은행장", "한빛센터장": the head of the body named before it


def _run_of_others(party: Party, parties: list[Party]) -> bool:
    """ "경희대· 단국대·명지대": one reader took the dotted run for a name, another read each of
    its pieces; the run is no party once every piece is one."""
    pieces = [piece.strip() for piece in _DOT_RE.split(party.name)]
    return len(pieces) > 1 and all(
        any(other is not party and same_organisation(other.name, piece) for other in parties)
        for piece in pieces
    )
