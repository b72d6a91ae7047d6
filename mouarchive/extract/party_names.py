"""The party one word of a signing sentence names, with where its name begins.

A word standing as a party rarely is the party's whole name: a government is written by its
level alone ("시는"), a unit after its organisation ("중국공상은행의 한국법인"), a company by an
anaphor ("이 회사와"), a township after its city ("합천군 대병면과"), a body abroad after its
city ("산둥성 정부와"). `party_at` assembles the name from the words around `i`; `parties`
decides which words to ask it about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mouarchive.extract.attached_names import PLACE_ABROAD_RE, college_of, with_subunit
from mouarchive.extract.dotted_runs import dotted_bounds
from mouarchive.extract.foreign_places import COUNTRIES, council_abroad
from mouarchive.extract.gazetteer import region_parent
from mouarchive.extract.head_parties import DEPUTY_HEADS, deputy_of
from mouarchive.extract.orgnames import (
    FOREIGN_GOVERNMENTS,
    expand_short,
    is_generic,
    is_township,
    latin_name_start,
    looks_like_org,
    normalize_org,
    region_lookup,
)
from mouarchive.extract.party_regions import body_region, home_body, home_government
from mouarchive.extract.party_roles import next_is_list
from mouarchive.extract.party_words import is_party_word, opens_clause
from mouarchive.extract.person_titles import is_titled_person
from mouarchive.extract.signatories import club_name
from mouarchive.extract.tokens import (
    GOVERNMENT_OFFICE_RE,
    LEVEL_SUBJECT_RE,
    LEVEL_WORD_RE,
    LEVELS,
    LOCAL_LEVELS,
    NOT_SUBJECT,
    PARTY_PARTICLES,
    SHORT_FORM_RE,
    Token,
    all_hangul,
)
from mouarchive.extract.unit_names import (
    federation,
    named_by_words_before,
    named_unit,
    opened_name,
    party_role,
    qualified_association,
)
from mouarchive.models import Region
from mouarchive.vocab import alternation, pattern, word_set, words

_ANAPHOR_RE = re.compile("^" + pattern("organisations", "company_anaphors") + "$")
_ANAPHOR_DETERMINERS = word_set("common_words", "anaphor_determiners")
_COMPANY_NAMED_RE = re.compile(
    r"(?:㈜|\(주\)|주식회사)\s?(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]*?)"
    r"(?=(?:은|는|이|가|와|과|의|을|를|에|도)?[\s,.]|$)"
)


def _antecedent(tokens: Sequence[Token], i: int, text: str) -> str | None:
    """ "이 회사와 투자협약을 체결했다": the company the article named before, with its legal
    form ("(주)에이치투모빌리티가 … 공장을 짓는다"), nearest first."""
    if i == 0 or tokens[i - 1].stem not in _ANAPHOR_DETERMINERS:
        return None
    if not _ANAPHOR_RE.match(tokens[i].stem):
        return None
    named = list(_COMPANY_NAMED_RE.finditer(text, 0, tokens[i].start))
    if named:
        return named[-1].group("name")
    return _lede_subject(text, tokens[i].start)


_LINE_SUBJECT_RE = re.compile(r"(?m)^[ \t]*([가-힣A-Za-z0-9][^\s,]{1,20}?)(?:은|는|이|가)\s")


def _lede_subject(text: str, before: int) -> str | None:
    """The subject opening the article's first paragraph, when it is neither a government nor
    a generic word: "에이치투모빌리티가 광주에 공장을 짓는다" names the company 이 회사 means."""
    m = _LINE_SUBJECT_RE.search(text, 0, before)
    if m is None:
        return None
    stem = m.group(1)
    region = region_lookup(text)
    if stem in NOT_SUBJECT or is_generic(stem) or region(stem) is not None:
        return None
    return stem


def _list_level(tokens: Sequence[Token], i: int) -> str | None:
    """The level word ("군") opening the comma list word `i` ends: "군 시설관리공단, 체육회"."""
    j = i - 1
    while j > 0 and tokens[j].particle in (",", "·"):
        j -= 1
        if tokens[j].particle == "" and tokens[j].stem in LOCAL_LEVELS:
            return tokens[j].stem
    return None


_CONDITIONAL_ENDINGS = tuple(words("common_words", "conditional_endings"))


def _shared_level(
    tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]
) -> str | None:
    """ "청송·청도·고령군과", "순천·여수·광양시": places sharing the run's last level word."""
    tok = tokens[i]
    if not tok.joined or tok.stem.endswith(LOCAL_LEVELS) or region(tok.stem) is not None:
        return None
    end = dotted_bounds(tokens, i)[1]
    last = tokens[end].stem
    if (
        not last.endswith(LOCAL_LEVELS)
        or region(last) is None
        or not (tokens[end].particle in PARTY_PARTICLES or next_is_list(tokens, end))
    ):
        # "음성·옥천·괴산군에 투자할 3개 기업과": where the partners invest.
        return None
    found = region(tok.stem + last[-1])
    return found.name if found is not None else None


def _province_beside(
    tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]
) -> str | None:
    """ "도와 원주시는 …": the province a bare 도 names is that of the city it signs with,
    whatever province the article names first ("경기도 성남에서 …를 생산하는 기업"). The
    reader keeps "도와" whole as a word, so the particle is read off the word's end."""
    joins = (tokens[i].stem + tokens[i].particle).endswith(("와", "과", ","))
    beside = region(tokens[i + 1].stem) if joins and i + 1 < len(tokens) else None
    parent = region_parent(beside.name) if beside is not None else None
    return parent if parent is not None and parent.endswith("도") else None


def _after_the_scene(tokens: Sequence[Token], i: int) -> bool:
    """ "…열린 투자 협약식에서 시는 A와 …": a word that the topic particle marks, right after
    where the sentence sets its scene, is the subject, as at the sentence's opening."""
    word = tokens[i].stem + tokens[i].particle
    return word.endswith(("은", "는")) and i > 0 and tokens[i - 1].particle == "에서"


def _after_local_government(
    tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]
) -> bool:
    """Whether the word before `i` in its run is a city, county or district."""
    before = region(tokens[i - 1].stem) if i > 0 and tokens[i - 1].particle == "-" else None
    return before is not None and " " in before.name


def _verb_before_noun(tok: Token) -> bool:
    """ "울산을 대표하는 울산대학교와": a verb ending in 하는 or 되는 describes the name after
    it; the reader splits it as a stem and the topic's 는, but it names no one."""
    return tok.particle == "는" and len(tok.stem) >= 2 and tok.stem.endswith(("하", "되"))


def party_at(
    tokens: Sequence[Token],
    i: int,
    listed: bool,
    text: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> tuple[str, int] | None:
    """The party named by word `i`, as (name, start), or None when it names none; its
    service, written apart before a military unit, is `name_reach.with_armed_service`'s to add."""
    tok = tokens[i]
    if text[tok.start - 1 : tok.start] == "[" and text[tok.end : tok.end + 1] == "]":
        # "[한국기자연대] 동구청은 …": a credit in brackets before the lede, never a party.
        return None
    if _ANAPHOR_RE.match(tok.stem):
        named = _antecedent(tokens, i, text)
        return (named, tok.start) if named else None
    if (shared := _shared_level(tokens, i, region)) is not None:
        return shared, tok.start
    if (council := council_abroad(tokens, i, region, text)) is not None:
        return council
    if is_generic(tok.stem) or _verb_before_noun(tok):
        return None
    if tok.stem in _COMMON_PLACE_FORMS and tok.particle not in _LIST_MARKS:
        # "스플릿 라운드 경기와": a match, not 경기도.
        return None
    subject = opens_clause(tokens, i) or _after_the_scene(tokens, i)
    level = LEVEL_SUBJECT_RE.match(tok.stem + tok.particle) if subject else None
    # "교육청-시청-기업이", "동구청은 …과": an office as a party, never the venue ("시청
    # 상황실에서").
    office = GOVERNMENT_OFFICE_RE.fullmatch(tok.stem) if tok.particle in _LISTING else None
    if office and office["place"]:
        # "울산 남구청은": the province written before a 구청 tells which 남구 it is.
        place = office["place"] + office["level"]
        before = tokens[i - 1] if i > 0 and not tokens[i - 1].particle else None
        written = region(f"{before.stem} {place}") if before is not None else None
        if written is not None and before is not None:
            return written.name, before.start
        government = region(place)
        if government is not None:
            return government.name, tok.start
    elif office:
        level = office
    if level:
        home = _province_beside(tokens, i, region) if level["level"] == "도" else None
        home = home or home_government(level["level"], text, region)
        return (home, tok.start) if home else None
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].particle == "" else None
    if prev is not None and not prev.joined and (tok.particle in _LISTING or tok.joined):
        compound = region(f"{prev.stem} {tok.stem}")
        if compound is not None and region(tok.stem) != compound:
            return compound.name, prev.start
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        tok.joined
        and tok.particle == ""
        and nxt is not None
        and not nxt.joined
        and _after_local_government(tokens, i, region)
    ):
        # "거창군-부산 영도구 자매결연": a dash run of local governments that ends on a place
        # written before a government of its own names that government, not the place
        # ("광주-전남 나주 혁신도시" is a run of provinces).
        compound = region(f"{tok.stem} {nxt.stem}")
        if compound is not None and compound != region(tok.stem):
            return compound.name, tok.start
    if (
        prev is not None
        and not prev.joined
        and is_township(tok.stem)
        and party_role(tokens, i, listed)
        and (government := _township_owner(prev.stem, region)) is not None
    ):
        # "합천군 대병면과 거제시 장승포동이", "완주 고산면과": a township or neighbourhood signs
        # for itself, named with the city or county it belongs to, written short or in full.
        return f"{government.name} {tok.stem}", prev.start
    if (
        prev is not None
        and not prev.joined
        and not prev.particle
        and _VILLAGE_RE.fullmatch(tok.stem)
        and tok.particle in PARTY_PARTICLES
        and is_township(prev.stem)
        and party_role(tokens, i, listed)
    ):
        # "논산시 부적면 충곡2리와", "보은읍 용암리와": a village, named after its township
        # (and the township's city or county), signs for itself, as a 1사1촌 tie has it.
        owner = tokens[i - 2] if i > 1 and not tokens[i - 2].particle else None
        government = _township_owner(owner.stem, region) if owner is not None else None
        if government is not None and owner is not None:
            return f"{government.name} {prev.stem} {tok.stem}", owner.start
        return f"{prev.stem} {tok.stem}", prev.start
    if tok.stem in _DELEGATIONS:
        # "중국 옥림시 방문단과", "시닝시의 시장단이": the city the delegation comes from;
        # alone, no one.
        home = tokens[i - 1] if i > 0 and tokens[i - 1].particle in ("", "의") else None
        if home is not None and _PLACES_OWN_RE.match(home.stem):
            # "경기도의회 대표단은": a place's own body sends its delegation too.
            return normalize_org(home.stem, text, region), home.start
        if home is None and (sent := _delegation_named_before(tok, text)) is not None:
            # "경기도의회 대표단은 … 방문했다. 12일 대표단은 …와": the delegation named before.
            return normalize_org(sent, text, region), tok.start
        place = home.stem if home is not None and PLACE_ABROAD_RE.fullmatch(home.stem) else None
        found = region(place) if place else None
        return ((found.name if found else place), home.start) if place and home else None
    fused = next((d for d in _DELEGATIONS if tok.stem.endswith(d) and tok.stem != d), None)
    if fused is not None:
        # "경남대표단이": the delegation of the place fused before it, or no one.
        home = region(tok.stem[: -len(fused)])
        return (home.name, tok.start) if home is not None else None
    if tok.stem.endswith(tuple(DEPUTY_HEADS)):
        # A deputy's title is never an organisation; the place fused before it may name one.
        deputy = deputy_of(tok.stem, text, region)
        return (deputy, tok.start) if deputy is not None else None
    if prev is not None and LEVEL_WORD_RE.fullmatch(prev.stem) and looks_like_org(tok.stem):
        own = home_body(prev.stem, tok.stem, text, region)
        if own is not None:
            return own, prev.start
    if (
        tok.stem[1:] in _OWN_BODIES
        and LEVEL_WORD_RE.fullmatch(tok.stem[:1])
        and tok.particle in (*PARTY_PARTICLES, ",", "·")
        and not (prev is not None and prev.particle == "·" and LEVEL_WORD_RE.fullmatch(prev.stem))
    ):
        # "도·도교육청·대학이", "시교육청과": the level word fused to an own body is the body
        # of the government the article is about, one party with its full name; "17개
        # 시·도교육청과" is every one of them, no one body.
        own = home_body(tok.stem[:1], tok.stem[1:], text, region)
        if own is not None:
            return normalize_org(own, text, region), tok.start
    if (
        prev is not None
        and tok.stem in _OWN_BODIES
        and tok.particle in (*PARTY_PARTICLES, ",", "·")
        and not prev.particle
        and (region(prev.stem) is not None or _short_place(prev.stem, region))
    ):
        # "인천시와 인천시 교육청은": a government's own body written apart from its name.
        return prev.stem + tok.stem, prev.start
    if tok.stem in _BARE_BODIES and tok.particle in (*PARTY_PARTICLES, ",", "·"):
        # "김포소방서(서장 손용준)가 … 소방서는 병원들과 협약을": a body called by its kind
        # alone is the one of that kind the article named in full before it; else no one.
        named = _body_named_before(tok.stem, text, tok.start)
        return (named, tok.start) if named else None
    if (
        prev is not None
        and not prev.joined
        and tok.particle in (*PARTY_PARTICLES, ",", "·")
        and tok.stem.endswith(_OWN_BODY_ENDINGS)
        and prev.stem.endswith(LEVELS)
        and (province := region(prev.stem)) is not None
        and " " not in province.name
        and body_region(tok.stem, "") is None
        and not _PLACES_OWN_RE.match(tok.stem)
    ):
        # "제주특별자치도 민속자연사박물관(관장 …)과": a province's own body of a name of its
        # own, written after the province's name with its level ("대전 건양대학교의료원" is
        # a hospital in 대전; "경상북도 구미시의회" a city's own body).
        return f"{province.name} {tok.stem}", prev.start
    if tok.stem in _OWN_BODIES and (level := _list_level(tokens, i)) is not None:
        # "군 시설관리공단, 체육회 등": the list's level word stands for each bare own body.
        own = home_body(level, tok.stem, text, region)
        if own is not None:
            return own, tok.start
    qualified = qualified_association(tokens, i, listed, region)
    if qualified is not None:
        return qualified
    if (college := college_of(tokens, i)) is not None and party_role(tokens, i, listed):
        return college
    if not is_party_word(tokens, i, listed, text, aliases, region):
        return named_unit(tokens, i, aliases, region) if party_role(tokens, i, listed) else None
    unit = with_subunit(tokens, i, region) or named_unit(tokens, i, aliases, region)
    if unit is not None:
        return unit
    opened = opened_name(tokens, i) or named_by_words_before(tokens, i)
    if opened is not None:
        return opened
    if SHORT_FORM_RE.match(tok.stem):
        # "연구원은" with no "…연구원" named anywhere is a common noun (researchers, the
        # institute of the lede under another name), never a party by itself.
        full = expand_short(tok.stem, text)
        return (full, tok.start) if full != tok.stem else None
    if (
        prev is not None
        and prev.stem[-1:] in ("읍", "면", "동")
        and len(prev.stem) > 1
        and not prev.stem.endswith(_CONDITIONAL_ENDINGS)
    ):
        return f"{prev.stem} {tok.stem}", prev.start
    if (
        tok.stem in FOREIGN_GOVERNMENTS
        and prev is not None
        and (
            prev.stem in COUNTRIES
            or (
                prev.stem.endswith(("시", "성", "현", "주"))
                and len(prev.stem) >= 2
                and all_hangul(prev.stem)
                and region(prev.stem) is None
                and not is_generic(prev.stem)
            )
        )
    ):
        # "산둥성 정부와", "다낭시 인민위원회와", "베트남 정부와": the government of a place or a
        # country abroad.
        return f"{prev.stem} {tok.stem}", prev.start
    if (
        prev is not None
        and _MARKED_FIRST_WORD_RE.match(prev.stem)
        and not prev.joined
        and not _MARKED_FIRST_WORD_RE.match(tok.stem)
    ):
        # "(주)미스터 밀크와": a company whose name of two words the legal form opens; a
        # second legal form opens the next company ("(주)가람정밀 (주)미르텍"), and a head
        # with their title fused after the company stands for it ("(주)누리팜 김하늘회장과").
        if is_titled_person(tok.stem):
            return prev.stem, prev.start
        return f"{prev.stem} {tok.stem}", prev.start
    federated = federation(tokens, i)
    if federated is not None:
        return federated
    club = club_name(tokens, i, region)
    if club != tok.stem:
        return club, tokens[i - 1].start
    first = latin_name_start(tokens, i)
    if first < i:
        return " ".join(t.stem for t in tokens[first : i + 1]), tokens[first].start
    return tok.stem, tok.start


def _short_place(word: str, region: Callable[[str], Region | None]) -> bool:
    """ "영등포 소방서와", "김포 경찰서는": a city or district written without its level
    before a body it has, which is then the place's own."""
    return all_hangul(word) and len(word) >= 2 and any(region(word + level) for level in "시군구")


# "충곡2리", "용암리": a village (리) under a township; alone, 리 ends too many words ("관리").
_VILLAGE_RE = re.compile(r"[가-힣]{1,4}\d{0,2}리")


def _township_owner(word: str, region: Callable[[str], Region | None]) -> Region | None:
    """The city or county a township is named with: "합천군", or written short, "완주" for
    완주군; a short name is read with 군 or 시 only for a city or county under a province,
    never for a metropolitan city ("서울" is read as written)."""
    found = region(word)
    if found is not None and found.name.endswith(("시", "군", "구")):
        return found
    for name in (word + "군", word + "시"):
        found = region(name)
        if found is not None and " " in found.name:
            return found
    return None


# The legal marks ("㈜", "(주)", "(재)"), not the legal words ("주식회사"), fused to the first
# word of a company's name.
_LEGAL_MARKS = [
    *(form for form in words("organisations", "legal_forms") if not all_hangul(form)),
    *words("organisations", "legal_forms_opening"),
]
_MARKED_FIRST_WORD_RE = re.compile("^" + alternation(_LEGAL_MARKS) + "[가-힣A-Za-z]{2,}$")


# The particles of a word standing as a party: the parties' own and a list's separators.
_LIST_MARKS = frozenset({",", "·", "-"})
_LISTING = frozenset(PARTY_PARTICLES) | _LIST_MARKS
_COMMON_PLACE_FORMS = word_set("common_words", "common_place_forms")
_DELEGATIONS = word_set("organisations", "delegations")
_OWN_BODIES = word_set("regional_bodies", "own_bodies")
_PLACE_OWN_BODY = r"[가-힣]{1,5}[시군구도](?:" + alternation(_OWN_BODIES) + ")"
_BARE_BODIES = word_set("regional_bodies", "bare_references")
# Each bare kind named with its place before it ("김포소방서", "의왕시 보건소").
_BARE_BODY_NAMED = {kind: re.compile(r"[가-힣]{1,8}\s?" + kind) for kind in _BARE_BODIES}


def _delegation_named_before(tok: Token, text: str) -> str | None:
    """The place's own body whose delegation (the same word) the text named last before `tok`
    ("경기도의회 대표단은"); a government's delegation is read where it is named."""
    named = [
        m["body"] for m in _DELEGATION_OF_BODY.finditer(text, 0, tok.start) if m["kind"] == tok.stem
    ]
    return named[-1] if named else None


_DELEGATION_OF_BODY = re.compile(
    rf"(?<![가-힣])(?P<body>{_PLACE_OWN_BODY})\s(?P<kind>{alternation(_DELEGATIONS)})"
)


def _body_named_before(kind: str, text: str, before: int) -> str | None:
    """The nearest body of `kind` the text names with its place before `before` ("김포소방서",
    "성북구 보건소" for 소방서, 보건소)."""
    named = [m.group(0) for m in _BARE_BODY_NAMED[kind].finditer(text, 0, before)]
    return next((name for name in reversed(named) if body_region(name, text)), None)


_OWN_BODY_ENDINGS = tuple(_OWN_BODIES)
# "강서구의회", "구미시의회": a place's own body, named with the place.
_PLACES_OWN_RE = re.compile(f"^{_PLACE_OWN_BODY}$")
