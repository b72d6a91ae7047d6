"""Names of organisations written over several words: a unit after its organisation
("한국은행 경제통계국"), an association named by its members ("새솔산단 선도기업협의회"), a
federation by the association it federates ("전국 호남향우회 총연합회")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mouarchive.extract.orgnames import is_named_org, normalize_org
from mouarchive.extract.party_regions import named_place
from mouarchive.extract.party_roles import next_is_list
from mouarchive.extract.signatories import unit_of
from mouarchive.extract.tokens import PARTY_PARTICLES, TITLES, Token
from mouarchive.models import Region
from mouarchive.vocab import pattern, word_set, words

_ASSOCIATIONS = tuple(words("organisations", "association_endings"))
_MEMBER_WORDS = tuple(words("organisations", "member_word_endings"))
_COMPLETE_NAME_RE = re.compile("(?:" + pattern("organisations", "nationwide_prefixes") + "|대한)")


def qualified_association(
    tokens: Sequence[Token], i: int, listed: bool, region: Callable[[str], Region | None]
) -> tuple[str, int] | None:
    """ "새솔산단 선도기업협의회,", "대한누리정보산업 협동조합연합회와": an association of an
    estate's, an industry's or a place's members is named by the estate, industry or place,
    written apart before it. Only those words count (`member_word_endings`, places): before an
    association most words describe it ("관내", "민간단체"), and a name opening with its reach
    ("한국…", "대한…") is whole already."""
    tok = tokens[i]
    if i == 0 or not tok.stem.endswith(_ASSOCIATIONS) or not party_role(tokens, i, listed):
        return None
    if _COMPLETE_NAME_RE.match(tok.stem):
        return None
    prev = tokens[i - 1]
    word = prev.stem
    if prev.particle or prev.joined:
        return None
    if region(word) is None and named_place(word, "") is None and not word.endswith(_MEMBER_WORDS):
        return None
    # "천안시 축구협회", "인천 액셀러레이터(AC)협의회": the place whose members associate, whole
    # or bare, is a word of the name; so is the city before a district of it ("대구시 중구
    # 새마을회"), since many cities have a 중구.
    before = tokens[i - 2] if i > 1 else None
    if (
        before is not None
        and not before.particle
        and not before.joined
        and region(word) is not None
        and region(before.stem) is not None
        and word.endswith(_DISTRICT_ENDINGS)
    ):
        return f"{before.stem} {word} {tok.stem}", before.start
    return f"{word} {tok.stem}", prev.start


_DISTRICT_ENDINGS = ("구", "군")


_FEDERATIONS = word_set("organisations", "federation_words")
_NATIONWIDE = word_set("organisations", "nationwide_prefixes")


def federation(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """ "전국 호남향우회 총연합회": a federation is named by the association it federates,
    and by its reach when written before that."""
    if tokens[i].stem not in _FEDERATIONS or i == 0:
        return None
    member = tokens[i - 1]
    if member.particle or member.joined or not member.stem.endswith("회"):
        return None
    first = i - 1
    if first > 0 and tokens[first - 1].stem in _NATIONWIDE and not tokens[first - 1].particle:
        first -= 1
    return " ".join(t.stem for t in tokens[first : i + 1]), tokens[first].start


def party_role(tokens: Sequence[Token], i: int, listed: bool) -> bool:
    """Whether word `i` stands where a party does: before 와/과, 은/는, 이/가, in a list."""
    tok = tokens[i]
    return (
        listed
        or tok.particle in PARTY_PARTICLES
        or tok.particle in (",", "·")
        or next_is_list(tokens, i)
    )


def named_unit(
    tokens: Sequence[Token],
    i: int,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> tuple[str, int] | None:
    """ "한국은행 경제통계국과", "호원대학교 간호학과는": a unit after its organisation;
    "남도은행 본점과" is the bank itself."""
    tok = tokens[i]
    if i == 0 or (tok.joined and tokens[i - 1].joined):
        return None
    parent = tokens[i - 1]
    if tok.stem in _HEAD_OFFICES and not parent.particle and is_named_org(parent.stem, aliases):
        return normalize_org(aliases.get(parent.stem, parent.stem), "", region), parent.start
    # "간호학과는" splits as 간호학 + 과는; after an organisation it is the department. A
    # unit in its own right keeps the particle apart ("인후동지점과의").
    department = tok.stem + "과" if tok.particle in ("과는", "과도", "과의") else None
    name = unit_of(tokens, i - 1, tok.stem, aliases, region) or (
        department and unit_of(tokens, i - 1, department, aliases, region)
    )
    return (name, tokens[i - 1].start) if name else None


_HEAD_OFFICES = word_set("organisations", "head_offices")


# Words that open a public body's name and are written apart from it ("국립 원예특작 과학원").
_PUBLIC_OPENERS = word_set("organisations", "public_openers")
_NAMED_BEFORE = word_set("organisations", "named_by_words_before")
# Words that open a sentence, name a person, say which country a body abroad is of or join
# two names ("이날", "회장", "터키 카라데니즈 홀딩", "A 및 B 새마을금고"): never part of a name
# written before a body.
_NAME_STOPS = (
    word_set("common_words", "sentence_adverbs")
    | word_set("common_words", "clause_openers")
    | word_set("abroad", "countries")
    | word_set("common_words", "joining_words")
    | frozenset(TITLES)
)
_DAY_OR_COUNT_RE = re.compile(r"^[\d.,~]+\S?$")


def _bare_run_start(tokens: Sequence[Token], i: int, most: int) -> int:
    """Where the bare words just before word `i` begin, `most` at most: words with no
    particle or mark after them, not joined by a dot, and no day, count or stop word."""
    first = i
    while first > 0 and i - first < most:
        before = tokens[first - 1]
        if (
            before.particle
            or before.joined
            or before.stem in _NAME_STOPS
            or _DAY_OR_COUNT_RE.match(before.stem)
            or not any(ch.isalpha() for ch in before.stem)
        ):
            break
        first -= 1
    return first


def opened_name(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """ "국립 원예특작 과학원은", "한ㆍ중남미 농식품기술협력협의체와": a name outlets write in
    pieces, opened one or two bare words before its last by 국립 (시립, 도립), or by Korea
    and a partner joined with a dot: the last piece alone ("과학원") names no one."""
    if (
        i >= 2
        and tokens[i - 1].joined
        and not tokens[i - 1].particle
        and tokens[i - 2].stem == "한"
        and tokens[i - 2].particle in ("·", "ㆍ")
    ):
        return f"한·{tokens[i - 1].stem} {tokens[i].stem}", tokens[i - 2].start
    for first in range(i - 1, _bare_run_start(tokens, i, 2) - 1, -1):
        if tokens[first].stem in _PUBLIC_OPENERS:
            return " ".join(t.stem for t in tokens[first : i + 1]), tokens[first].start
    return None


def named_by_words_before(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """ "2012여수세계박람회 조직위원회와", "SB선보, 카라데니즈 홀딩과": a word that names no body
    alone is named by the bare words before it, three at most."""
    if tokens[i].stem not in _NAMED_BEFORE:
        return None
    first = _bare_run_start(tokens, i, 3)
    if first == i:
        return None
    return " ".join(t.stem for t in tokens[first : i + 1]), tokens[first].start
