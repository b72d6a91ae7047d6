"""Which party a head named in a signing sentence stands for.

A signing is often reported by who signed ("황카이 선양부시장과", "최민호 시장과 최교진 교육감",
"류밍하 창춘시장과"), and the party is the body the title heads. Politicians, heads of a
government's departments and the last names of an attendance list sign for no party.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mouarchive.extract.bare_names import DEPARTMENT_HEADS
from mouarchive.extract.foreign_heads import named_apart
from mouarchive.extract.foreign_places import shaped_like_place_abroad
from mouarchive.extract.orgnames import is_common_noun, looks_like_org, region_of
from mouarchive.extract.party_regions import home_government
from mouarchive.extract.person_titles import DEPUTY_ORDINAL, looks_like_name
from mouarchive.extract.tokens import LEVELS, TITLES, Token, ends_like_org
from mouarchive.models import Region, Signatory
from mouarchive.vocab import alternation, pattern, table, word_set

NOT_SIGNER_TITLES = word_set("titles", "not_signers")
# "… 대표 등이 참석한 가운데 협약을 체결했다" names the signers; "… 등이 참석했다" lists guests.
_ATTENDEE_TAIL_RE = re.compile(
    r"\s?등\s?[^,.]{0,12}?\d+\s?여?\s?명|\s?등(?:이)?\s(?:\S+\s)?참석(?!한\s가운데)"
)


_CEREMONY_ATTENDED_RE = re.compile(
    r"이?\s?참석한\s가운데\s"
    # "협약식에는 A 시장과 B 본부장 등이 참석해, … 공동으로 노력하기로 했다": those who
    # attended agreed, so they signed.
    r"|해,?\s[^.]{0,80}?(?:하기로|키로)\s?(?:했|합의)"
)

DEPUTY_HEADS = table("titles", "deputy_heads")


def deputy_of(word: str, text: str, region: Callable[[str], Region | None]) -> str | None:
    """ "황카이 선양부시장과": a deputy head stands for the government of the place fused before
    the title, a local government by its canonical name or a city abroad as the article
    names it ("선양시")."""
    for ending, level in DEPUTY_HEADS.items():
        if word.endswith(ending) and len(word) > len(ending) + 1:
            fused = word[: -len(ending)]
            if _PORTFOLIOS_RE.fullmatch(fused) or _ORDINAL_RE.fullmatch(fused):
                # "행정부시장", "문화복지정무부시장", "제1부시장": deputy for one portfolio or
                # several or first of the deputies, not for a place called 행정 or 제1.
                return None
            # "경산시부시장": the level may be written already ("경산시" + "부시장").
            government = fused if fused.endswith(level) else fused + level
            found = region(government)
            if found is not None:
                return found.name
            if named_apart(government, text):
                return government
    return None


_HEADS_OF = table("titles", "heads_of")
_PORTFOLIOS_RE = re.compile(f"(?:{pattern('titles', 'deputy_portfolios')})+")
_ORDINAL_RE = re.compile(DEPUTY_ORDINAL)
_PROVINCE_BODIES = word_set("organisations", "province_bodies")


def headed_at_home(
    title: str | None, text: str, region: Callable[[str], Region | None]
) -> str | None:
    """ "송하진 도지사와 이남호 전북대 총장 등이 참석한 가운데", "최민호 시장과 최교진 교육감":
    a head named by a bare title heads the government the article is about, or its own body
    (a 교육감 the 교육청 of its province or metropolitan city), as the heads_of table says."""
    bodies = _HEADS_OF.get(title or "", [])
    if len(bodies) != 1:
        return None
    if bodies[0] in LEVELS:
        return home_government(bodies[0], text, region)
    if bodies[0] not in _PROVINCE_BODIES:
        return None
    for level in ("도", "시"):
        home = home_government(level, text, region)
        if home is not None and " " not in home:
            return home + bodies[0]
    return None


def signs_for_party(
    signatory: Signatory, text: str, region: Callable[[str], Region | None]
) -> bool:
    """A titled person in a signing sentence brings their organisation in as a party, unless
    they are a politician, head a department ("이상록 신성장전략국장") or are the last of an
    attendance list ("… 의장 등 20여명이 참석"), which a body's head stays a signer of when
    the bodies' officials follow ("… 협의회장 등 관계자 30여 명이 함께했다")."""
    if signatory.title in NOT_SIGNER_TITLES:
        return _chair_as_signer(signatory, text)
    org = signatory.organization or ""
    if signatory.title in DEPARTMENT_HEADS and (
        not looks_like_org(org) or _government_department(org, signatory.title, region)
    ):
        return False
    tail = _ATTENDEE_TAIL_RE.match(text, signatory.span[1])
    # "A 군수와 B 구청장 등 40여명이 참석한 가운데 협약을 체결했다": the heads named before the
    # headcount are the signers of the ceremony they attend.
    if tail is None or _CEREMONY_ATTENDED_RE.match(text, tail.end()) is not None:
        return True
    # "업무협약식에는 A 원장, B 협의회장 등 관계자 30여 명이 함께했다": the last head named
    # before the bodies' own officials signs too ("… 상공회의소 회장 등이 참석했다" may be a
    # guest), unless they head a government or one of its units.
    officials = "관계자" in tail.group(0)
    return (
        officials
        and looks_like_org(org)
        and region(org) is None
        and not _in_government(org, region)
    )


# "홍성현 충남도의회 의장(오른쪽)과 임경호 공주대 총장이 …": the chair and another head, the
# pair the sentence's subject.
_PAIRED_HEAD_RE = re.compile(
    r"(?:\([^()]{0,12}\))?(?:과|와)\s[^,.\n]{2,30}?(?:"
    + alternation(sorted(TITLES, key=len, reverse=True))
    + r")(?:\([^()]{0,12}\))?(?:이|가|은|는)\s"
)
# "정기열 경기도의회 의장과 윤석우 충남도의회 의장은 …": the second of the pair.
_AS_SUBJECT_RE = re.compile(r"(?:\([^()]{0,12}\))?(?:이|가|은|는)\s")
_PAIRED_BEFORE_RE = re.compile(
    r"(?:"
    + alternation(sorted(TITLES, key=len, reverse=True))
    + r")(?:\([^()]{0,12}\))?(?:과|와)\s[^,.\n]{0,12}$"
)
_SENTENCE_END_RE = re.compile(r"다\.|\n|$")
_PAIR_REACH = 80  # letters before a chair that may hold the first head of the pair
_AS_GUEST_RE = re.compile(
    pattern("signing", "attended") + "|" + pattern("signing", "guest_roles") + r"|에는\s"
)


def _told_as_guest(text: str, start: int, at: int) -> bool:
    """Whether text from `start` to the end of the sentence holding `at` makes a head a guest
    ("… 참석한 가운데", "지켜보는 가운데", "축사", "협약식에는 …")."""
    closing = _SENTENCE_END_RE.search(text, at)
    return _AS_GUEST_RE.search(text, start, closing.end() if closing else len(text)) is not None


def _chair_as_signer(signatory: Signatory, text: str) -> bool:
    """A council's chair, a guest at most signings, signs for the council where the chair and
    another head are the sentence's subject ("A 충남도의회 의장과 B 공주대 총장이 … 협약을
    체결했다") and nothing makes the chair a guest ("참석", "지켜보는 가운데", "축사",
    "협약식에는 …")."""
    org = signatory.organization or ""
    if signatory.title != "의장" or not org.endswith("의회") or len(org) <= len("시의회"):
        # "박창규 시의회 의장": a council the sentence does not name.
        return False
    start, end = signatory.span
    first = _PAIRED_HEAD_RE.match(text, end) is not None
    second = _AS_SUBJECT_RE.match(text, end) and _PAIRED_BEFORE_RE.search(
        text, max(0, start - _PAIR_REACH), start
    )
    if not (first or second):
        return False
    opening = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    return not _told_as_guest(text, opening, end)


def _in_government(org: str, region: Callable[[str], Region | None]) -> bool:
    """ "광양시 기업유치추진단", "광양시기업유치추진단": a unit of a government, written apart
    from its government's name or run together with it."""
    government = org.rpartition(" ")[0]
    if government and region(government) is not None:
        return True
    unit = _GOVERNMENT_UNIT_RE.match(org)
    return unit is not None and region(unit["government"]) is not None


# A government's name run together with one of its units ("…추진단", "…과", "…본부").
_GOVERNMENT_UNIT_RE = re.compile(
    r"^(?P<government>[가-힣]{1,6}[시도군구])[가-힣]{2,12}(?:단|과|국|실|팀|본부|사업소)$"
)


def _government_department(org: str, title: str, region: Callable[[str], Region | None]) -> bool:
    """ "박경수 인천시 창업벤처과장": a department of a local government, which the head's title
    names ("과장" of a "…과"), signs for no party of its own; a body that merely ends alike
    ("한빛우체국 국장") or a public body's team ("…공단 기술지원팀장") is no such department."""
    government, _, last = org.rpartition(" ")
    return region(government) is not None and last.endswith(title[:-1]) and not ends_like_org(last)


def head_abroad(tokens: Sequence[Token], i: int, name: str, text: str) -> str | None:
    """ "류밍하 창춘시장과": the mayor of a city abroad, after their name, stands for the city
    the article names apart; so do the head of a district abroad ("천밍 리완구장과"), whose
    name Korean outlets spell in any shape, and of a county abroad after its province ("동탑성
    담농군수와", its county "담농군" named apart). The place, or None."""
    if name.endswith("군수"):
        place = name.removesuffix("수")
        before = tokens[i - 1] if i > 0 and not tokens[i - 1].particle else None
        abroad = before is not None and shaped_like_place_abroad(before.stem)
        apart = text.count(place) > text.count(name)
        return place if abroad and apart else None
    place = name.removesuffix("장")
    if name.endswith("구장"):
        found = i > 0 and shaped_like_place_abroad(place) and named_apart(place, text)
    else:
        found = (
            name.endswith("시장")
            and i > 0
            and (looks_like_name(tokens[i - 1].stem) or _named_abroad(tokens, i))
            and named_apart(place, text)
        )
    return place if found else None


def _named_abroad(tokens: Sequence[Token], i: int) -> bool:
    """ "페트로 보크잘 브르노시장과": a mayor abroad named in their own language's shape, a given
    name and a family name written apart before the title, no time, area or place among them
    ("관내 중앙시장과" is a market)."""
    if i < 2:
        return False
    given, family = tokens[i - 2], tokens[i - 1]
    # The reader may split a given name ending like a particle ("페트로" as 페트 and 로).
    return (
        not family.particle
        and given.stem.isalpha()
        and family.stem.isalpha()
        and not {given.stem, family.stem} & _NOT_FOREIGN_NAMES
        and region_of(family.stem, "") is None
        and region_of(given.stem, "") is None
    )


_NOT_FOREIGN_NAMES = word_set("common_words", "area_words") | word_set("common_words", "days_told")


def place_of_bare_head(
    tokens: Sequence[Token], i: int, text: str, region: Callable[[str], Region | None]
) -> str | None:
    """ "광둥성 외사구락부에서 주샤오단(朱小丹) 성장과", "동탑성 인민위원회 본회의장에서 응우옌 푸억
    티엔 성장과": a head abroad written by the bare title after their name, whose place the
    sentence named before, where the signing was held: that place, of the level the title
    heads (성장 a 성, 시장 a 시). Only after a name shaped as one abroad (`_named_abroad_here`):
    성장 and 시장 are also "growth" and "market" ("허난성 정저우에서 … 수출 성장과"). A Korean
    place before a bare title ("광주시청에서 강기정 시장과") is the host's, never read so."""
    tok = tokens[i]
    level = _PLACE_LEVELS.get(tok.stem)
    levels = (level,) if level else _ANY_LEVEL if tok.stem in _ANY_LEVEL_HEADS else None
    if (
        levels is None
        or tok.particle not in ("와", "과")
        or not _named_abroad_here(tokens, i, text)
    ):
        return None
    if _told_as_guest(text, tok.end, tok.end):
        # "… 레 반 남 인민위원장과 한빛전자 대표가 참석한 가운데 한빛전자와 …": a guest.
        return None
    for before in reversed(tokens[: i - 1]):
        if before.particle in ("와", "과"):
            # A partner named already: the head is that partner's.
            return None
        if (
            before.stem.endswith(levels)
            and shaped_like_place_abroad(before.stem)
            and region(before.stem) is None
        ):
            return before.stem
    return None


def _named_abroad_here(tokens: Sequence[Token], i: int, text: str) -> bool:
    """Whether the words before the title `tokens[i]` are a person's name written as one
    abroad is: with the name in Chinese characters or Latin letters in brackets after it
    ("주샤오단(朱小丹)"), or in three words or more ("응우옌 푸억 티엔"), none a common noun."""
    if i == 0 or tokens[i - 1].particle:
        return False
    name = tokens[i - 1]
    if _NAME_IN_BRACKETS_RE.fullmatch(text[name.end : tokens[i].start].strip()):
        return not ends_like_org(name.stem) and not shaped_like_place_abroad(name.stem)
    words = tokens[max(0, i - _NAME_WORDS) : i]
    return len(words) == _NAME_WORDS and all(
        not w.particle
        and w.stem.isalpha()
        and not is_common_noun(w.stem)
        and not ends_like_org(w.stem)
        and not shaped_like_place_abroad(w.stem)
        for w in words
    )


# "(朱小丹)", "(Zhu Xiaodan)": a name abroad spelled in its own letters after its Korean form.
_NAME_IN_BRACKETS_RE = re.compile(r"\([\u4e00-\u9fffA-Za-z .\-]{1,30}\)")
_NAME_WORDS = 3


_PLACE_LEVELS: dict[str, str] = table("titles", "heads_of_places")
# "후에시 청사에서 응우옌 반 푸엉 인민위원장과": a head of a city or a province alike.
_ANY_LEVEL_HEADS = word_set("titles", "heads_of_any_place")
_ANY_LEVEL = tuple(sorted(set(_PLACE_LEVELS.values())))
