"""What an organisation is called: one spelling per body, and which government a name is.

Organisation names are normalised so reports from different outlets agree: legal-form
markers (㈜, (주), 주식회사, (유), (사), (재), 사단법인, 재단법인) are dropped
("㈜써큘러스" → "써큘러스") because outlets disagree on whether to print them; an
article's own abbreviation ("(이하 AI사업단)") is expanded; and a local government
becomes its canonical region name ("광주시" → "광주광역시"). A place inside an
organisation's own name (광주테크노파크) gives no region: it says where the body sits, not
whose it is.

Signatories and parties both name organisations, so these rules live below both readers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from mouarchive.extract.tokens import (
    ACRONYM_ALIAS_RE,
    ACRONYM_RE,
    ALIAS_RE,
    COMPANY_FORM_RE,
    DOTS,
    EDGE_PUNCT,
    GOVERNMENT_RE,
    MAX_LATIN_WORDS,
    NOT_SUBJECT,
    NOT_UNIT_RE,
    OFFICE_WORD_RE,
    SHORT_FORM_RE,
    SUBUNIT_RE,
    UNIT_WORD_RE,
    Token,
    ends_like_org,
)
from mouarchive.models import Region
from mouarchive.vocab import alternation, pattern, table, word_set, words


def is_unit_word(word: str) -> bool:
    return bool(UNIT_WORD_RE.match(word)) and not (
        NOT_UNIT_RE.search(word) or SHORT_FORM_RE.match(word)
    )


def government_of(stem: str, region: Callable[[str], Region | None]) -> Region | None:
    """The local government a word names in full ("광주시", "전라남도", "서구"); a bare
    "광주" or "전남" before a word is part of that word's own name ("전남 창조경제혁신센터")."""
    return region(stem) if GOVERNMENT_RE.search(stem) else None


def is_named_org(stem: str, aliases: dict[str, str]) -> bool:
    """A word that names an organisation by its own form ("한국은행", "㈜휴먼넷", "KT")."""
    return stem in aliases or bool(ACRONYM_RE.match(stem)) or (is_org_word(stem) and len(stem) > 2)


def is_branch(word: str) -> bool:
    return bool(SUBUNIT_RE.match(word)) or is_unit_word(word)


# "산둥성 정부", "다낭시 인민위원회": the governing body of a place abroad.
FOREIGN_GOVERNMENTS = word_set("abroad", "foreign_governments")


def is_org_word(stem: str) -> bool:
    return (
        bool(COMPANY_FORM_RE.search(stem))
        or ends_like_org(stem)
        or stem in _KNOWN_BODIES
        or _SUBSIDIARY_RE.fullmatch(stem) is not None
    )


USUAL_SHORT_NAMES: dict[str, list[str]] = table("organisations", "usual_short_names")
"""Well-known bodies by full name, each with the short names the press calls it by."""

# "한국도로공사서비스", "코레일유통", "한전KDN": a well-known body's name, or the press's short
# name for it, opening a longer word names one of its companies.
_KNOWN_BODIES = frozenset(
    n for full, shorts in USUAL_SHORT_NAMES.items() for n in (full, *shorts) if len(n) >= 2
)
_SUBSIDIARY_RE = re.compile(f"(?:{alternation(_KNOWN_BODIES)})[가-힣A-Za-z]{{2,}}")


def is_known_body(word: str) -> bool:
    """A well-known body by its name or the press's short name for it ("코레일", "LH")."""
    return word in _KNOWN_BODIES


def looks_like_org(name: str) -> bool:
    """Whether a name carries an organisation's legal form or suffix (㈜, 대학교, 공사), so
    that it is no guess read off a bare word."""
    return is_org_word(name) or any(is_org_word(word) for word in name.split(" "))


def region_of(name: str, context: str) -> Region | None:
    """The local government `name` denotes in the article `context`, with the same memoised
    lookups the party extraction used."""
    return region_lookup(context)(name)


# "광주FC", "수원 FC": a football club named for its city, which sports pages call by the
# city's name alone ("광주는 10일 … 후원협약식을 가졌다") when the story is the club's, its
# name in the lede; a club named further on leaves the city the city.
_CLUB_RE = re.compile(
    r"(?<![가-힣])(?P<full>(?P<short>[가-힣]{2,4})\s?"
    + pattern("organisations", "fused_latin_endings")
    + r")(?![A-Za-z])"
)
_LEDE = 200  # letters of an article that hold its lede


@functools.lru_cache(maxsize=16)
def article_aliases(context: str) -> dict[str, str]:
    """Short names the article defines: "(이하 진흥원)", an acronym in parentheses after a
    Korean name ("울산항만공사(UPA)"), which the article then uses for the same body, and a
    city's name for the club named for it ("광주FC")."""
    found = {m.group("short"): m.group("full") for m in _CLUB_RE.finditer(context, 0, _LEDE)}
    found.update((m.group("short"), m.group("full")) for m in ACRONYM_ALIAS_RE.finditer(context))
    if "이하" in context:
        found.update(
            (m.group("short").strip(), m.group("full")) for m in ALIAS_RE.finditer(context)
        )
    for short, fulls in _SHORT_NAMES_OF_SEVERAL.items():
        # "농림축산식품부가 … 농식품부는": the one of the bodies that went by it the article writes.
        written = [full for full in fulls if full in context]
        if short in context and len(written) == 1:
            found.setdefault(short, written[0])
    return found


_SHORT_NAMES_OF_SEVERAL = table("organisations", "short_names_of_several")


_PROVINCE_RE = re.compile(
    r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청북|충청남|충북|충남|전라북|전라남|"
    r"전북|전남|경상북|경상남|경북|경남|제주)(?:특별자치|특별|광역)?(?:시|도)?"
)
_SHARED_NAME_RE = re.compile(r"^[가-힣]{1,3}[시군구]$")


@functools.lru_cache(maxsize=8)
def region_lookup(context: str) -> Callable[[str], Region | None]:
    """A memoised region resolver for one article. The costly readings of the context are
    made only when needed, once: which 광주 a bare "광주시" is, and which province a name
    shared by several governments ("서구") lies in, judged from the provinces the article
    names."""
    from mouarchive.extract.gazetteer import gwangju_reading
    from mouarchive.extract.regions import government_region

    cache: dict[str, Region | None] = {}
    hints: dict[str, str] = {}

    def hint(kind: str) -> str:
        if kind not in hints:
            if kind == "gwangju":
                hints[kind] = gwangju_reading(context) or ""
            else:
                hints[kind] = " ".join(dict.fromkeys(_PROVINCE_RE.findall(context)))
        return hints[kind]

    def lookup(name: str) -> Region | None:
        if name in cache:
            return cache[name]
        bare_gwangju = "광주" in name and "광역" not in name and "경기" not in name
        found = government_region(name, hint("gwangju") if bare_gwangju else "", None)
        if found is None and _SHARED_NAME_RE.match(name):
            found = government_region(name, hint("provinces"), None)
        cache[name] = found
        return found

    return lookup


def normalize_org(
    name: str, context: str, region: Callable[[str], Region | None] | None = None
) -> str:
    """One spelling per organisation: company-form markers dropped, the article's own
    abbreviations expanded, local governments as canonical region names."""
    # "ㆍ한빛어업인연합회(회장 …)": a dot left from the run the name was read out of.
    name = COMPANY_FORM_RE.sub("", name.strip(EDGE_PUNCT + DOTS + " ")).strip()
    # "육군 육군 제3298부대": a word typed twice is written once; "한국 조폐공사": a national
    # body is written as one word.
    name = _REPEATED_WORD_RE.sub(r"\1", name)
    if national := _NATIONAL_APART_RE.fullmatch(name):
        name = "한국" + national[1]
    name = article_aliases(context).get(name, name) if context else name
    lookup = region or region_lookup(context)
    found = lookup(name)
    return found.name if found else _province_body(_place_alone(name, lookup), lookup)


_REPEATED_WORD_RE = re.compile(r"(?<!\S)(\S+)(?:\s+\1)+(?!\S)")
_NATIONAL_APART_RE = re.compile(
    r"한국\s+([가-힣]+(?:공사|공단|재단|진흥원|연구원|협회|공제회|위원회|개발원|평가원|센터))"
)
_COUNTRIES = word_set("abroad", "countries") | word_set("abroad", "home_country")
_PLACE_WORD_RE = re.compile(r"^[가-힣]{2,9}(?:시|도|주|현|성|구|군)$")


def _place_alone(name: str, region: Callable[[str], Region | None]) -> str:
    """ "한국 부산광역시 영도구" → 부산광역시 영도구, "중국 상해시 숭명구" → 숭명구: a place
    named with its country (and, abroad, its province) is the place alone."""
    parts = name.split()
    if len(parts) < 2 or parts[0] not in _COUNTRIES:
        return name
    rest = parts[1:]
    home = region(" ".join(rest))
    if home is not None:
        return home.name
    if all(_PLACE_WORD_RE.match(w) and region(w) is None for w in rest):
        return rest[-1]
    return name


_PROVINCE_BODIES = tuple(words("organisations", "province_bodies"))


def _province_body(name: str, region: Callable[[str], Region | None]) -> str:
    """ "충남교육청" → 충청남도교육청, "울산시교육청" → 울산광역시교육청: a province's or
    metropolitan city's own body goes by the place's full name, as one party however an
    outlet shortens it."""
    body = next((b for b in _PROVINCE_BODIES if name.endswith(b) and len(name) > len(b)), None)
    if body is None:
        return name
    place = region(name[: -len(body)])
    if place is None or " " in place.name or place.ambiguous:
        return name
    return place.name + body


def is_org(stem: str, aliases: dict[str, str], region: Callable[[str], Region | None]) -> bool:
    if len(stem) < 2 or stem in NOT_SUBJECT:
        return False
    return (
        stem in aliases
        or _shaped_like_org(stem)
        or stem in _KNOWN_BODIES
        or region(stem) is not None
    )


@functools.lru_cache(maxsize=8192)
def _shaped_like_org(stem: str) -> bool:
    """An acronym, a legal form or an organisation's ending: the word alone tells, so it is
    told once a run (the party readers ask of each word of every signing sentence)."""
    return bool(
        ACRONYM_RE.match(stem)
        or COMPANY_FORM_RE.search(stem)
        or (ends_like_org(stem) and len(stem) > 2)
    )


_GENERIC = word_set("common_words", "generic_nouns") | word_set("common_words", "fields")
_GENERIC_ENDINGS = tuple(words("common_words", "generic_endings")) + tuple(
    words("common_words", "document_endings")
)
_GENERIC_COMPOUND_RE = re.compile(
    f"(?:{pattern('common_words', 'generic_modifiers')})+"
    f"(?:{pattern('common_words', 'generic_heads')})"
)


# "기계ㆍ전자" (fields written with a dot), "자동차부품" (a field's parts), "체육발전" (a
# field's growth, an aim); "진흥기계" is a name.
_FIELD = pattern("common_words", "fields")
_FIELDS_RE = re.compile(f"{_FIELD}(?:[·ㆍ]{_FIELD})+|{_FIELD}(?:부품|소재|장비|발전|진흥)")


# "기업 7곳과", "30개사와": a count of partners, never one signing organisation.
_COUNT_OF_BODIES_RE = re.compile(r"^\d+여?(?:곳|개사|사|개|개소|개\s?(?:기업|기관|업체|단체))$")


_ACTIVITY_RE = re.compile(pattern("common_words", "activity_endings") + "$")


def is_activity(stem: str) -> bool:
    """A noun of action ("교류", "지역 경제 발전", "마케팅"): what an agreement is for, which
    stands where a name might ("개발 및 마케팅에서"), never who signed it."""
    return _ACTIVITY_RE.search(stem) is not None


_CLAUSE_ENDINGS = tuple(words("common_words", "clause_endings"))


def is_verb_form(stem: str) -> bool:
    """ "협력해", "연계하고": a verb joining clauses ("목포시와 협력해 7개 기업과"), which
    stands before a count of partners where a bare name might."""
    return stem.endswith(_CLAUSE_ENDINGS) or (stem.endswith("해") and is_activity(stem[:-1]))


_EVENT_RE = re.compile(pattern("common_words", "event_endings") + "$")


def is_event(name: str) -> bool:
    """An event ("나주국제농업박람회"), which an agreement may serve but which never signs."""
    return _EVENT_RE.search(name) is not None


def is_aim(name: str) -> bool:
    """A noun of action standing alone ("마련", "마케팅"): an aim, where "누리마케팅" is a
    company that merely ends like one."""
    return _ACTIVITY_RE.fullmatch(name) is not None


def is_common_noun(name: str) -> bool:
    """A word of the generic-noun list itself ("이주여성", "기업체"), or a kind of body made of
    generic words, written apart or not ("시민사회단체", "기타 관련 기업"), which no body is
    named."""
    joined = name.replace(" ", "")
    return (
        name in _GENERIC
        or joined in _GENERIC
        # "건설업계", "스마트팜 선도농가": a trade or a kind of farm, never one body.
        or joined.endswith(_GENERIC_ENDINGS)
        or _GENERIC_COMPOUND_RE.fullmatch(joined) is not None
        # "자동차부품", "기계ㆍ전자": fields of industry, run together.
        or _FIELDS_RE.fullmatch(joined) is not None
        # "대전지역", "경북 지역": the area of a place, which no body is.
        or (
            joined.endswith(_AREA)
            and len(joined) > len(_AREA)
            and region_of(joined[: -len(_AREA)], "") is not None
        )
        # "자동차 관련 부품 제조업체", "의료기기 관련 기업": bodies of a field, as a kind.
        or _RELATED_KIND_RE.search(name) is not None
        # "일자리창출 우수기업": a kind of body qualified by what it does well, as an award
        # or a programme names its members.
        or _kind_for_an_aim(name)
    )


def _kind_for_an_aim(name: str) -> bool:
    """ "일자리창출 우수기업", "에너지 전문업체", "국내 신재생에너지": a kind of company (a
    generic compound or head) or a field, qualified by what it does, its field or its reach;
    "관광마케팅 협회" ends in a body's kind, and is a body."""
    *aims, kind = name.split() or [""]
    return (
        bool(aims)
        and (
            _GENERIC_COMPOUND_RE.fullmatch(kind) is not None
            or kind in _GENERIC_HEADS
            or kind in _FIELD_WORDS
        )
        and all(is_activity(aim) or aim in _GENERIC for aim in aims)
    )


_GENERIC_HEADS = word_set("common_words", "generic_heads")
_FIELD_WORDS = word_set("common_words", "fields")


_AREA = "지역"
_RELATED_KIND_RE = re.compile(
    r"(?:^|\s)관련\s(?:\S+\s){0,3}\S*(?:" + pattern("common_words", "generic_heads") + ")$"
)


@functools.lru_cache(maxsize=8192)
def is_generic(stem: str) -> bool:
    """Common nouns for kinds of people or bodies (지자체, 전문가들, 시민단체들): a plural in
    들 names a group, never one signing organisation."""
    return (
        is_common_noun(stem)
        or (len(stem) > 2 and stem.endswith("들"))
        # "새롭고 품격있는", "의미있는": the stem of a describing word, never a body.
        or stem.endswith(("있", "없"))
        or is_count_of_bodies(stem)
    )


def is_count_of_bodies(word: str) -> bool:
    """ "3개", "5곳", "10개사": a count of bodies, never a body or a person's name."""
    return bool(_COUNT_OF_BODIES_RE.match(word))


# "Long Energy社", "Long Energy사": a Latin word may close on a company's mark, as Korean
# pages print it.
LATIN_WORD_RE = re.compile(r"[A-Za-z](?:[A-Za-z0-9&.\-]*[A-Za-z0-9][社사]|[A-Za-z0-9&.\-]*)")


def latin_name_start(tokens: Sequence[Token], i: int) -> int:
    """ "NextWave Robotics와": a name in Latin letters runs over the Latin words before it,
    also where the first ends a dotted list ("금빛에너지·SK E&S와")."""
    first = i
    while (
        first > 0
        and i - first < MAX_LATIN_WORDS - 1
        and LATIN_WORD_RE.fullmatch(tokens[first].stem)
        and LATIN_WORD_RE.fullmatch(tokens[first - 1].stem)
        and tokens[first - 1].particle == ""
        and tokens[first - 1].stem[0].isupper()
    ):
        first -= 1
    return first


def latin_name_end(tokens: Sequence[Token], j: int) -> int:
    """ "SK E&S와": the last word of a name in Latin letters that opens at word `j`, as
    `latin_name_start` finds its first from its last."""
    end = j
    while (
        end + 1 < len(tokens)
        and end - j < MAX_LATIN_WORDS - 1
        and tokens[end].particle == ""
        and LATIN_WORD_RE.fullmatch(tokens[end].stem)
        and LATIN_WORD_RE.fullmatch(tokens[end + 1].stem)
        and tokens[end].stem[0].isupper()
    ):
        end += 1
    return end


@functools.lru_cache(maxsize=64)
def _short_form_re(stem: str) -> re.Pattern[str]:
    return re.compile(
        r"[가-힣A-Za-z0-9]{2,20}" + re.escape(stem) + r"(?:법인)?(?=[은는이가와과의에을를\s,·]|$)"
    )


@functools.lru_cache(maxsize=256)
def expand_short(stem: str, text: str) -> str:
    """ "진흥원은" after "광주콘텐츠진흥원" earlier in the article is that institute. Read once
    per short form and article: every "재단 이사장" of a long article asks again."""
    m = _short_form_re(stem).search(text)
    return m.group(0) if m else stem


# "대병면", "용산1동", "신촌리": a township, neighbourhood or village of a city or county.
SUBMUNICIPAL_RE = re.compile(r"[가-힣]{1,5}\d{0,2}(?:읍|면|동|리)")
# Of these, what signs for itself: a township or neighbourhood ("대병면", "용산1동"); many
# more common words end in 리 ("관리", "처리") than villages do.
TOWNSHIP_RE = re.compile(r"[가-힣]{1,4}\d{0,2}(?:읍|면|동)")
_NOT_TOWNSHIPS = tuple(words("common_words", "not_townships"))


def is_township(word: str) -> bool:
    """ "대병면", "용산1동": a township or neighbourhood, not "공동", "측면" or
    "새마을운동"."""
    return TOWNSHIP_RE.fullmatch(word) is not None and not word.endswith(_NOT_TOWNSHIPS)


def region_of_party(name: str, region: Callable[[str], Region | None]) -> Region | None:
    """A local government, or one of its departments ("광주광역시 투자유치과") or townships
    ("경상남도 합천군 대병면"), whose agreements are the government's."""
    found = region(name)
    words = name.split(" ")
    while (
        found is None
        and len(words) > 1
        and (OFFICE_WORD_RE.match(words[-1]) or SUBMUNICIPAL_RE.fullmatch(words[-1]))
    ):
        words.pop()
        found = region(" ".join(words))
    return found


def is_ministry(name: str) -> bool:
    """ "국방부", "산업무역부", "관광청": a government's ministry or agency; not a body every
    place has ("규슈교육청": a region's), a quarter or a company's office ("북부", "본부",
    "해외사업부"), nor a trading partner ("거래처", "수입처": a 처 must be an agency's)."""
    if not _MINISTRY_RE.fullmatch(name) or name.endswith(_REGIONAL_BODIES):
        return False
    if name.endswith("처"):
        return ends_like_org(name)
    return _NOT_A_MINISTRY_RE.search(name) is None and not is_common_noun(name)


_MINISTRY_RE = re.compile(r"[가-힣]{1,8}" + pattern("abroad", "ministry_endings"))
_NOT_A_MINISTRY_RE = re.compile(r"(?:[동서남북중]부|본부|사업부)$")
_REGIONAL_BODIES = tuple(words("regional_bodies", "shared_endings"))
