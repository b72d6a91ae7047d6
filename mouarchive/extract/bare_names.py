"""A party's name alone, without the words of the sentence written around it.

A run of words read as a party's name often carries some of the sentence with it: an adverb
before a list ("이미 진양제약"), what the body is said to be ("전문기관인 한국에너지공단"), its
head after it ("포스코케미칼 민경준 대표이사"), or a clause that only looks like a name
("의견을 같이하고"). Parties, rosters and investors all trim names the same way here.
"""

from __future__ import annotations

import functools
import re

from mouarchive.extract.orgnames import (
    FOREIGN_GOVERNMENTS,
    is_common_noun,
    is_generic,
    is_known_body,
    is_ministry,
    looks_like_org,
)
from mouarchive.extract.person_titles import looks_like_name, ministry_head
from mouarchive.extract.tokens import NAMES_ENDING_IN_WA, SUBUNIT_RE, TITLES, ends_like_org
from mouarchive.text.scan import guarded
from mouarchive.vocab import alternation, pattern, table, word_set, words

_HEAD_ENDINGS = words("titles", "head_word_endings")
_GOVERNMENT_HEADS = tuple(table("titles", "government_heads"))
DEPARTMENT_HEADS = word_set("titles", "department_heads")
_FUSED_DEPARTMENT_HEADS = words("titles", "fused_department_heads")
# "이미 진양제약", "어제 새만금개발청", "지역 내 중앙대학교": an adverb, a day or the area
# before a list is the sentence's, not the name's.
_ADVERB_RE = re.compile(
    "^(?:"
    + alternation(
        (
            *words("common_words", "sentence_adverbs"),
            *words("common_words", "days_told"),
            *words("common_words", "area_words"),
        )
    )
    + r")\s+"
)
# "참여사 중 켄코아에어로스페이스": the group a name is picked from is no part of it.
_AMONG_RE = re.compile(r"^(?:\S+\s){1,2}중\s")
# "오후 1시 30분": a time of day, never a name.
_CLOCK_RE = re.compile(r"(?:오전|오후)?\s?\d{1,2}\s?시(?:\s?\d{1,2}\s?분)?")
# "신재생에너지 전문기관인 한국에너지공단": what the body is, said before its name.
_INTRODUCED_RE = guarded(
    re.compile(
        r"^(?:\S+\s){0,3}?\S*"
        + alternation(
            (
                *words("organisations", "company_descriptions"),
                *words("organisations", "place_descriptions"),
                *words("organisations", "body_descriptions"),
            )
        )
        + r"인\s"
    )
)
# "자동차 부품 제조업체 서영정밀", "LED 조명기기업체 누리라이텍": a company's trade written
# before its one-word name, without the copula.
# The legal words (주식회사, 유한회사, 법인) are part of the name they open, no trade.
_TRADES = [w for w in words("organisations", "company_descriptions") if w not in ("회사", "법인")]
_TRADE_BEFORE_RE = re.compile(r"^(?:\S+\s){0,3}?\S*" + alternation(_TRADES) + r"\s(?=\S+$)")
_NO_BODY_ALONE = (
    word_set("organisations", "short_forms")
    | word_set("organisations", "association_endings")
    | word_set("organisations", "federation_words")
    | word_set("organisations", "named_by_words_before")
)
# "의견을 같이하고", "국토연구원과 SK텔레콤": a verb ending or two names joined, never one name.
# "마포구의 동의 없", "남해에는 각": a particle inside a run of words ends a name there.
_NOT_A_NAME_RE = re.compile(
    alternation(
        (*words("common_words", "clause_endings"), *words("common_words", "phrase_endings"))
    )
    + r"$|"
    # "오키나와 관광컨벤션뷰로": the 와 ending a place's name joins nothing.
    + "".join(f"(?<!{w[:-2]})" for w in NAMES_ENDING_IN_WA)
    + r"\S"
    + pattern("common_words", "particles_inside_clauses")
    + r"\s\S"
)


# Titles that are also what a body's branch for an area is called (지사: a governor, or a
# branch office).
_BRANCH_TITLES = tuple(set(TITLES) & word_set("regional_bodies", "branch_words"))


def without_head(name: str) -> str | None:
    """ "포스코케미칼 민경준 대표이사" and "박상우 한국토지주택공사 사장" name the organisation
    with its head, "부단체장" a head alone: the party is the organisation, never the person or
    the title."""
    words = name.split(" ")
    last = words[-1]
    if (minister := ministry_head(last)) is not None:
        # "미래창조과학부장관": the ministry its minister heads.
        return " ".join([*(w for w in words[:-1] if not looks_like_name(w)), minister[0]])
    if last.endswith(_FUSED_DEPARTMENT_HEADS) and last not in TITLES:
        # "투자유치과장": a department's head, fused with it; the department is no party.
        return None
    titled = last in TITLES or any(last.endswith(t) for t in _HEAD_ENDINGS)
    if not titled:
        return name
    owner = " ".join(words[:-1])
    if last.endswith(_BRANCH_TITLES) and owner and (looks_like_org(owner) or is_known_body(owner)):
        # "한국주택금융공사 광주지사", "코레일 충남지사": after its body, a 지사 is the body's
        # branch, no governor.
        return name
    if any(last.endswith(t) for t in _GOVERNMENT_HEADS):
        # "아라이 쇼고 현지사": a place's head is named with the person, the place apart.
        return None
    rest = " ".join(word for word in words[:-1] if not looks_like_name(word))
    if last in DEPARTMENT_HEADS and not looks_like_org(rest):
        # "이상록 신성장전략 국장": the head of a department, which is no party.
        return None
    return rest or None


def _without_trade(name: str) -> str:
    """The one-word name after its trade, unless that word names no body alone ("한국중소기업
    연합회" is one name) or is a branch of the body before it ("한국공항공사 울산지사", whose
    공사 ends as 항공사 does)."""
    rest = _TRADE_BEFORE_RE.sub("", name)
    return name if rest in _NO_BODY_ALONE or SUBUNIT_RE.match(rest) else rest


# "…유병진 총장단국대학교는": a head's title glued to the name after it, where a page lost the
# line break between a caption and the lead.
_GLUED_TITLE_RE = re.compile("^" + alternation(words("titles", "glued_before_names")))


def _without_country(name: str) -> str:
    """ "영국 멀린", "덴마크 베스타스": a company abroad is named without the country an outlet
    writes before it; a place abroad keeps it ("중국 지난시"), and so does a country's mission
    ("베트남 대사관") or ministry ("베트남 국방부")."""
    country, _, rest = name.partition(" ")
    if (
        country in _COUNTRIES
        and len(rest) >= 2
        and not rest.endswith(_PLACES_ABROAD)
        and not is_ministry(rest)
    ):
        return rest
    return name


_COUNTRIES = word_set("abroad", "countries")
_PLACES_ABROAD = (
    "시",
    "주",
    "도",
    "구",
    "군",
    *words("abroad", "province_endings"),
    *FOREIGN_GOVERNMENTS,
    *words("organisations", "diplomatic_missions"),
)


def _without_glued_title(name: str) -> str:
    """ "총장단국대학교": the name after the title, when it names a body of its own; a body
    whose name opens with a title ("교육감협의회", "원장협의회") keeps it."""
    glued = _GLUED_TITLE_RE.match(name)
    rest = name[glued.end() :] if glued else ""
    own = len(rest) >= 3 and looks_like_org(rest) and not (is_generic(rest) or is_common_noun(rest))
    return rest if own else name


@functools.lru_cache(maxsize=2048)
def name_alone(name: str) -> str | None:
    """The name without the sentence's words around it: an adverb, an hour or what it is or
    does before it ("이미 진양제약", "오후 4시 동부건설", "전문기관인 한국에너지공단",
    "소시지를 생산하는 씨에프케미칼") and a head or a particle after it
    ("한국과학기술기획평가원과"); None when the words are a clause, a count, a role or a floor,
    not a name ("지원기관으로", "1건", "구청 5층"). Memoised: some twenty patterns read each
    name, and the same names come back sentence after sentence, article after article."""
    name = _BEFORE_LEGAL_MARK_RE.sub("", " ".join(name.split()))
    name = _SOURCE_RE.sub("", _ADVERB_RE.sub("", name))
    name = _ADVERB_RE.sub("", _LEADING_CLOCK_RE.sub("", name))
    name = _INTRODUCED_RE.sub("", _AMONG_RE.sub("", _DOING_RE.sub("", name)))
    name = _without_country(_without_glued_title(_without_trade(name)))
    name = _without_particle(_IN_CHARGE_RE.sub("", without_head(name) or ""))
    if not name or _NOT_A_NAME_RE.search(name) or _CLOCK_RE.fullmatch(name):
        return None
    if name in _BARE_OFFICES or _COUNT_RE.search(name) or _FLOOR_RE.search(name):
        return None
    return name


# "오후 4시 동부건설": the hour of the ceremony before the first name of a list.
_LEADING_CLOCK_RE = re.compile("^" + _CLOCK_RE.pattern + r"\s+(?!\d)")
# "소시지를 생산하는 태성비엔에프", "세무서를 비롯한 공공기관": what a body makes or stands
# among, said before its one-word name.
_DOING_RE = re.compile(r"^(?:\S+\s){0,3}?\S+[을를]\s(?:\S+\s)?\S*(?:하는|되는|비롯한)\s(?=\S+$)")
# "1건의 양해각서", "고용유발 2,260명" cut at its comma: a count or a number, no one's name.
_COUNT_RE = re.compile(r"(?:^|\s)\d[\d,.]*\s?(?:건|개|곳|명|개사|위)?$")
# "…을 통해(사)서귀포시관광협의회와": a linking word glued before a legal mark is the
# sentence's; the mark opens the name ("한빛정밀(주)울산공장" keeps its own name).
_BEFORE_LEGAL_MARK_RE = re.compile(
    "^"
    + alternation(words("common_words", "glued_links"))
    + r"(?=\((?:사|재|주|사단법인|재단법인)\))"
)
# "(이하 본부)에 따르면 본부는": the source a sentence cites, before the name.
_SOURCE_RE = re.compile("^" + pattern("signing", "source_citations") + r"\s+")
# "SK하이닉스(주) 대외협력담당 사장": the executive's portfolio between the body and the title.
_IN_CHARGE_RE = re.compile(r"\s[가-힣]{2,10}담당$")
_BARE_OFFICES = word_set("common_words", "bare_offices")
# "구청 5층 구청장 접견실에서": a floor of a building is where a signing took place.
_FLOOR_RE = re.compile(r"(?<!\d)\d{1,3}\s?층(?:\s|$)")
# "지원기관으로", "기아자동차 협력업체로": a role a body is named in, not a body; a named one
# ("한빛연구소로") is a body after all.
_MODIFIER = "(?:" + pattern("common_words", "generic_modifiers") + ")"
_AS_ROLE_RE = re.compile(
    rf"(?:^{_MODIFIER}*|\s{_MODIFIER}+)"
    + alternation(words("common_words", "roles_named_as"))
    + "(?:으로|로)$"
)


def _without_particle(name: str) -> str:
    """ "한국과학기술기획평가원과": a name that a list's 과 or 와 stayed fused to; a body named
    only as what something is ("…기관으로") is none."""
    if _AS_ROLE_RE.search(name):
        return ""
    bare = name.removesuffix("으로")
    if bare != name and " " not in name and (ends_like_org(bare) or bare.endswith(_MEDIA_ENDINGS)):
        # "관악뉴스, 월드방송으로 총 5곳": a list closed by 으로 ends on a name.
        return bare
    if name.endswith(_WORDS_ENDING_IN_GWA):
        return name
    for particle in ("과", "와"):
        bare = name.removesuffix(particle)
        if bare != name and ends_like_org(bare):
            return bare
    return name


_WORDS_ENDING_IN_GWA = tuple(words("common_words", "words_ending_in_gwa"))
_MEDIA_ENDINGS = tuple(words("common_words", "media_name_endings"))
