"""Whether a word stands as a party: tests on one word `i` of a signing sentence.

`party_roles` knows the phrasings that make a word a signer; these tests weigh the word
itself where it stands: whether it opens its sentence or clause, is a person or part of one,
is the subject matter of a quoted agreement title, or names a thing rather than a body. They
are kept apart from `party_names`, which names the party a word is once these have let it in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mouarchive.extract.counterparts import OPENING_QUOTES, counterpart, negotiated
from mouarchive.extract.dotted_runs import all_orgs_in_run, dotted_bounds, org_chain
from mouarchive.extract.foreign_heads import spelled_abroad
from mouarchive.extract.foreign_places import foreign_city
from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.name_reach import league_at
from mouarchive.extract.orgnames import LATIN_WORD_RE, is_org
from mouarchive.extract.party_roles import (
    attracted,
    described,
    next_is_list,
    paired_owner,
)
from mouarchive.extract.person_titles import looks_like_name
from mouarchive.extract.tokens import (
    ACRONYM_RE,
    KIND_WORD_RE,
    NOT_SUBJECT,
    PARTY_PARTICLES,
    SUBUNIT_RE,
    TITLES,
    Token,
    ends_like_org,
)
from mouarchive.models import Region
from mouarchive.vocab import word_set

# "이에 앞서 시는 지난 8일 …", "또 군은 …": words that may stand before a sentence's subject.
_OPENERS = word_set("common_words", "sentence_adverbs") | word_set("common_words", "clause_openers")
_OPENER_DAY_RE = re.compile(r"^\d{1,2}일$")


# "군산시가 출자한 군산시민발전은": verbs of a clause that names the patron of the body after it.
PATRON_CLAUSES = word_set("organisations", "patron_clauses")


def patron_clause_at(tokens: Sequence[Token], i: int) -> bool:
    """Whether word `i` is the subject of a clause naming the patron of the body after it
    ("군산시가 출자한 군산시민발전은 …"), not a party."""
    return (
        tokens[i].particle in ("이", "가")
        and i + 1 < len(tokens)
        and tokens[i + 1].stem in PATRON_CLAUSES
        and not tokens[i + 1].particle
    )


def opens_clause(tokens: Sequence[Token], i: int) -> bool:
    """Whether word `i` opens its sentence, but for adverbs and a day before it."""
    return i <= _OPENER_REACH and _openers(tokens) >= i


def _openers(tokens: Sequence[Token]) -> int:
    """How many of a sentence's first words are adverbs or a day ("이날", "이번에", "지난 8일"),
    or a clause naming the subject's patron ("군산시가 출자한 군산시민발전은")."""
    if len(tokens) > 2 and patron_clause_at(tokens, 0):
        return 2
    count = 0
    for tok in tokens[:_OPENER_REACH]:
        opener = tok.particle in ("", ",") and (
            tok.stem in _OPENERS or _OPENER_DAY_RE.match(tok.stem)
        )
        if not (opener or tok.stem + tok.particle in _OPENERS):
            break
        count += 1
    return count


_OPENER_REACH = 3
_QUOTED_TITLE_RE = re.compile(r"[‘'\"“]([^’'\"”\n]{2,60})[’'\"”]")
# "‘TK신공항 및 K-2후적지 … 금융지원’을 위한 업무협약": a quoted purpose the agreement is
# named after.
_FOR_AGREEMENT_RE = re.compile(r"(?:을|를)\s?(?:위한|위해)\s(?:\S+\s)?\S*" + KIND_WORD_RE.pattern)


def topic_in_title(
    tokens: Sequence[Token],
    i: int,
    text: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> bool:
    """ "'AI·코딩 교육 …을 위한 업무협약'", "'물-에너지 연계 업무협약'": an acronym or a word
    run together with a common noun at the head of a quoted agreement title is its subject
    matter, not a signer ("'광주-대구 상생협약'" still names two cities); so is a word that
    is no body opening one ("'전자재료와 이차전지 소재 생산공장 신설 투자양해각서'", "‘TK신공항 및
    K-2후적지 … 금융지원’을 위한 업무협약")."""
    tok = tokens[i]
    if text[tok.start - 1 : tok.start] in OPENING_QUOTES:
        m = _QUOTED_TITLE_RE.match(text, tok.start - 1)
        if m is not None and (
            (KIND_WORD_RE.search(m.group(1)) and not is_org(tok.stem, aliases, region))
            or (_FOR_AGREEMENT_RE.match(text, m.end()) and region(tok.stem) is None)
        ):
            return True
    if not (tok.joined or ACRONYM_RE.match(tok.stem)):
        return False
    first, last = dotted_bounds(tokens, i)
    opening = tokens[first].start
    if text[opening - 1 : opening] not in OPENING_QUOTES:
        return False
    m = _QUOTED_TITLE_RE.match(text, opening - 1)
    if m is None or not KIND_WORD_RE.search(m.group(1)):
        return False
    if ACRONYM_RE.match(tok.stem) and last == first:
        return True
    return last > first and not all_orgs_in_run(tokens, i, aliases, region)


def is_party_word(
    tokens: Sequence[Token],
    i: int,
    listed: bool,
    text: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> bool:
    tok = tokens[i]
    if listed or counterpart(tokens, i, text) or paired_owner(tokens, i) or attracted(tokens, i):
        return True
    if negotiated(tokens, i, text):
        return True
    if described(tokens, i) or _club_of_a_league(tokens, i):
        return True
    if foreign_city(tokens, i, region, text):
        return True
    if is_org(tok.stem, aliases, region):
        if tok.particle == "-" and _names_a_thing(tokens, i, region):
            return False
        return (
            tok.particle in PARTY_PARTICLES
            or tok.particle in (",", "·", "-")
            or tok.joined
            or next_is_list(tokens, i)
        )
    if tok.joined and len(tok.stem) > 1:
        siblings = [t for t in tokens[max(i - 3, 0) : i + 4] if t.joined and t is not tok]
        return any(
            t.stem[-1:] == tok.stem[-1] and is_org(t.stem, aliases, region) for t in siblings
        ) or org_chain(tokens, i, aliases, region)
    if tok.stem in NOT_SUBJECT or KIND_WORD_RE.search(tok.stem):
        return False
    if tok.particle in ("은", "는", "이", "가", "도") and _opens_sentence(tokens, i, region):
        return True
    k = _past_league(tokens, i + 1)
    nxt = tokens[k] if k < len(tokens) else None
    # "중진공의 강점과 서울시가 보유한 …": what a body has, after its 의, is no partner of it.
    owned = i > 0 and tokens[i - 1].particle == "의"
    return (
        tok.particle in ("와", "과")
        and not owned
        and nxt is not None
        and nxt.particle in ("은", "는", "이", "가")
        and (is_org(nxt.stem, aliases, region) or _club_of_a_league(tokens, k))
    )


def _past_league(tokens: Sequence[Token], k: int) -> int:
    """Where the name after word `k` is, past a league and a club's home written before it
    ("누리시와 프로농구 누리 썬더스는": the club); `k` itself when no league stands there."""
    if not league_at(tokens, k):
        return k
    name = k + 1
    if name + 1 < len(tokens) and not tokens[name].particle:
        name += 1
    return name


def _club_of_a_league(tokens: Sequence[Token], i: int) -> bool:
    """ "프로축구 인천유나이티드가", "프로축구 인천 유나이티드와": the name after a league, its
    home city perhaps written apart before it, is a club's, as a side of the signing."""
    tok = tokens[i]
    if tok.particle not in ("와", "과", "이", "가", "은", "는", ","):
        return False
    # A club's name is a brand spelled abroad or in Latin ("유나이티드", "누리FC"); the words
    # of a sports page are not ("프로야구 관중이", "프로축구 시즌이", "전용 체육관이").
    if not (spelled_abroad(tok.stem) or LATIN_WORD_RE.search(tok.stem)):
        return False
    return league_at(tokens, i - 1) or (
        i > 1 and not tokens[i - 1].particle and league_at(tokens, i - 2)
    )


def _names_a_thing(tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]) -> bool:
    """ "제주-산둥 교류주간 행사에서", "광주-대구 고속도로": places joined by a dash that name
    a thing after them, not the parties of an agreement ("광주-전남 상생협약", "A-B 간",
    "광주-대구 달빛동맹 협약", "거창군-부산 영도구", "횡성군-중국 린하이시 자매결연")."""
    j = i
    while j + 1 < len(tokens) and tokens[j].particle == "-":
        j += 1
    if tokens[j].particle or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1 : j + 3]
    return not (
        any(KIND_RE.search(t.stem) for t in after)
        or after[0].stem in _BETWEEN
        # "충북도-신용보증재단-NH농협은행 충북본부는": the last name runs on to its unit.
        or (after[0].particle in PARTY_PARTICLES and ends_like_org(after[0].stem))
        or tokens[j].stem in _COUNTRIES
        or region(f"{tokens[j].stem} {after[0].stem}") is not None
    )


def _opens_sentence(
    tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]
) -> bool:
    """Word `i` is the sentence's subject: the first word, after its place alone ("서울
    관악구의회(의장 왕정순)는 …"), or a branch or plant after its organisation ("포스코
    광양제철소가 …"), each also after adverbs and a day ("이날 한빛산업은 …", "이날 청주시와
    한빛산업은 …")."""
    lead = _openers(tokens)
    j = i - lead
    if j < 0:
        return False
    if lead and (
        len(tokens[i].stem) < _NAME_MIN or tokens[i].stem.endswith(_EVENT_OR_GROUP_ENDINGS)
    ):
        # After an adverb or a day ("이날 한빛산업은 …"), only a word shaped like a name: "이날
        # 서명식은", "이날 설명회는", "이날 구단은" tell of the event or of a body named before.
        return False
    if j == 1 and not tokens[lead].particle and SUBUNIT_RE.match(tokens[i].stem):
        return True
    if (
        i > 0
        and tokens[i - 1].stem in _LEGAL_FORMS
        and not tokens[i - 1].particle
        and not any(
            t.particle in _SUBJECT_PARTICLES and not t.stem.endswith(_VERB_STEM_ENDS)
            for t in tokens[:i]
        )
    ):
        # "(석유 플랜트를 건설하는) 주식회사 유영금속은 …": a legal form written apart opens
        # the name of the sentence's first subject.
        return True
    return j == 0 or (j <= 2 and all(region(t.stem) is not None for t in tokens[lead:i]))


_NAME_MIN = 3
_LEGAL_FORMS = word_set("organisations", "legal_forms")
_SUBJECT_PARTICLES = ("은", "는", "이", "가")
# "건설하는", "지정되는": a verb's 는, read as a particle, marks no subject.
_VERB_STEM_ENDS = ("하", "되", "있", "없")
_BETWEEN = frozenset({"간", "간의", "양", "상생", "공동"})
_COUNTRIES = word_set("abroad", "countries")
_EVENT_OR_GROUP_ENDINGS = ("식", "회", "장", "단", "팀", "의")


def named_person_before(tokens: Sequence[Token], i: int) -> bool:
    """A person's name written just before word `i` ("이바다 한빛여성경제인협회장과"): a title
    fused to the word is then that person's, and the body before it the one they lead."""
    before = tokens[i - 1] if i > 0 else None
    return before is not None and not before.particle and looks_like_name(before.stem)


def is_person_part(tokens: Sequence[Token], i: int) -> bool:
    """Words of a "name title" pair (강기정 시장과) are people, not organisations."""
    tok = tokens[i]
    if tok.stem in TITLES:
        return True
    return looks_like_name(tok.stem) and i + 1 < len(tokens) and tokens[i + 1].stem in TITLES
