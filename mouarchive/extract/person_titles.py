"""A person as Korean news writes one: a name's shape, and a title fused with its body.

Korean names are two or three syllables after a one-syllable surname (four after a
two-syllable one), so a word of that shape beginning with a surname is read as a name unless
it is a place or a common word. A head's title is often fused with the body they head
("광주시장" → 광주광역시 and 시장, "한국인공지능협회장" → 한국인공지능협회 and 회장).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from mouarchive.extract.orgnames import government_of, is_unit_word
from mouarchive.extract.tokens import (
    NOT_NAME,
    OFFICE_WORD_RE,
    SHORT_FORM_RE,
    SURNAMES,
    TITLES,
    ends_like_org,
)
from mouarchive.models import Region
from mouarchive.vocab import table, word_set, words

_COMPOUND_SURNAMES = words("common_words", "compound_surnames")


# "어촌계 대표", "부녀회 대표": a group's representative, whose three-syllable group noun
# would otherwise pass for a surname and a given name.
_GROUP_NOUN_ENDINGS = frozenset("계회")


@functools.lru_cache(maxsize=4096)
def looks_like_name(stem: str) -> bool:
    """Korean names are two or three syllables; four only after a two-syllable surname.
    Memoised: every word of a signing sentence is asked about, some several times."""
    if len(stem) == 4 and not stem.startswith(_COMPOUND_SURNAMES):
        return False
    if len(stem) == 3 and stem[-1] in _GROUP_NOUN_ENDINGS:
        return False
    return (
        2 <= len(stem) <= 4
        and stem[-1] not in "읍면리"
        and stem[0] in SURNAMES
        and all("가" <= ch <= "힣" for ch in stem)
        and stem not in NOT_NAME
    )


def is_titled_person(word: str) -> bool:
    """ "김하늘회장": a person's name with their title fused after it, no one's organisation."""
    return any(
        word.endswith(title) and looks_like_name(word[: -len(title)])
        for title in TITLES
        if len(word) > len(title)
    )


def is_person_name(stem: str, region: Callable[[str], Region | None]) -> bool:
    """A name-shaped word that is no place ("서울시", "오포읍" look like names) and no
    university named after one ("전남대", "목포대")."""
    if not looks_like_name(stem) or SHORT_FORM_RE.match(stem):
        return False
    if stem.endswith("대") and len(stem) == 3 and region(stem[:-1]) is not None:
        return False
    return region(stem) is None


_RANK_PREFIXES = words("titles", "rank_prefixes")


def is_bare_title(word: str) -> bool:
    """ "센터장", and with a rank fused before it "부센터장", "수석부회장": a title that names
    no body, though "센터" or "부센터" before 장 looks like one."""
    return word in TITLES or any(
        word.startswith(rank) and word[len(rank) :] in TITLES for rank in _RANK_PREFIXES
    )


def merged_title(
    word: str, region: Callable[[str], Region | None], prefix: str = ""
) -> tuple[str, str] | None:
    """Split "광주시장" / "경기지사" / "한국인공지능협회장" into (organisation, title); `prefix`
    holds words before it that belong to the organisation ("경기 광주시장", "오포읍
    주민자치회장")."""
    if is_bare_title(word):
        return None
    # "천안시장권한대행": one acting for the head, glued to the head's title, heads the same.
    acting = next((a for a in _ACTING if word.endswith(a) and len(word) > len(a)), None)
    if acting is not None:
        head = merged_title(word[: -len(acting)], region, prefix)
        return (head[0], head[1] + acting) if head is not None else None
    found = _merged_title_word(word, region, prefix)
    if found is None or not prefix or found[0] != word[: len(found[0])] or region(found[0]):
        return found
    government = government_of(prefix, region)
    if government is not None:
        # "전남도 일자리경제본부장" heads a department of 전라남도; "광주시 인공지능센터장" an
        # agency that is a body of its own.
        return (
            (f"{government.name} {found[0]}", found[1]) if OFFICE_WORD_RE.match(found[0]) else found
        )
    return f"{prefix} {found[0]}", found[1]


_GOVERNMENT_HEADS = table("titles", "government_heads")
_ACTING = tuple(words("titles", "acting_titles"))


MINISTERS = tuple(words("titles", "minister_titles"))
# "제1부시장", "제2부지사": the order of a deputy among several, no place and no portfolio.
DEPUTY_ORDINAL = r"제\s?\d+"


def ministry_head(word: str) -> tuple[str, str] | None:
    """ "미래창조과학부장관", "국방부차관": (the ministry, the title), whatever the ministry's
    field; a minister heads a ministry, never a department called …부."""
    for title in MINISTERS:
        if word.endswith("부" + title) and len(word) > len(title) + 2:
            return word[: -len(title)], title
    return None


def _merged_title_word(
    word: str, region: Callable[[str], Region | None], prefix: str
) -> tuple[str, str] | None:
    for suffix, (org_end, title) in _GOVERNMENT_HEADS.items():
        if word.endswith(suffix) and len(word) > len(suffix):
            org = word[: -len(suffix)] + org_end
            found = (region(f"{prefix} {org}") if prefix else None) or region(org)
            return (found.name, title) if found else None
    if (minister := ministry_head(word)) is not None:
        return minister
    if word.endswith("교육감") and len(word) > 3:
        return word[:-3] + "교육청", "교육감"
    if word.endswith("위원장") and len(word) > 3:
        return word[:-3] + "위원회", "위원장"
    for suffix in ("이사장", "대표이사", "대표", "총장"):
        if word.endswith(suffix) and ends_like_org(word[: -len(suffix)]):
            return word[: -len(suffix)], suffix
    if word.endswith("장") and (ends_like_org(word[:-1]) or is_unit_word(word[:-1])):
        org = word[:-1]
        for unit in ("사업단", "센터", "본부", "캠퍼스", "지사", "지점"):
            if org.endswith(unit):
                return org, unit + "장"
        return org, org[-1] + "장"
    return None


COMPANY_HEADS = word_set("titles", "company_heads")
