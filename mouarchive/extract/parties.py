"""Which organisations signed: the parties named around the signing verb.

Korean copy marks the parties by particles around the signing verb ("A와 B가 협약을 체결했다",
"A는 B와 협약을 맺었다"), by lists ("A, B 및 C 등 10개 기관이") and by the signatories'
titles ("강기정 광주시장" → 광주광역시). Places ("광주시청에서"), patrons ("광주시 산하") and
attendees carry other particles or sit in other sentences, which is what keeps them out.
`party_roles` tells where a word stands as a party; this module names the party it is (the
organisation with its unit, a company an anaphor points back to, a government abroad).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from mouarchive.extract.bare_names import name_alone
from mouarchive.extract.bystanders import hosts, stands_apart
from mouarchive.extract.dotted_runs import (
    all_orgs_in_run,
    dotted_bounds,
    org_chain,
    qualifies_members,
)
from mouarchive.extract.foreign_heads import known_org, named_apart
from mouarchive.extract.foreign_places import foreign_city
from mouarchive.extract.head_parties import (
    DEPUTY_HEADS,
    deputy_of,
    headed_at_home,
    mayor_abroad,
    signs_for_party,
)
from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.orgnames import (
    FOREIGN_GOVERNMENTS,
    article_aliases,
    expand_short,
    government_of,
    is_common_noun,
    is_generic,
    is_org,
    is_township,
    latin_name_start,
    looks_like_org,
    normalize_org,
    region_lookup,
    region_of_party,
)
from mouarchive.extract.party_regions import (
    body_region,
    home_body,
    home_government,
    named_place,
)
from mouarchive.extract.party_roles import (
    OPENING_QUOTES,
    attracted,
    counterpart,
    described,
    leading_names,
    listed_orgs,
    negotiated,
    next_is_list,
    opening_list,
    paired_owner,
)
from mouarchive.extract.person_titles import is_titled_person, looks_like_name, merged_title
from mouarchive.extract.same_org import MAX_PARTIES, add_party
from mouarchive.extract.signatories import club_name, find_signatories
from mouarchive.extract.tokens import (
    ACRONYM_RE,
    GOVERNMENT_OFFICE_RE,
    GROUP_SUBJECT_RE,
    KIND_WORD_RE,
    LEVEL_SUBJECT_RE,
    LEVEL_WORD_RE,
    LEVELS,
    LOCAL_LEVELS,
    NOT_SUBJECT,
    OTHER_PARTICLES,
    PARTY_PARTICLES,
    PATRON_WORDS,
    SHORT_FORM_RE,
    SUBUNIT_RE,
    TITLES,
    UNIT_RE,
    Token,
    all_hangul,
    ends_like_org,
    tokenize,
)
from mouarchive.extract.unit_names import (
    federation,
    named_by_words_before,
    named_unit,
    opened_name,
    party_role,
    qualified_association,
)
from mouarchive.models import Party, Region, Span
from mouarchive.vocab import alternation, pattern, word_set, words

_PLACE_ABROAD_RE = re.compile(r"[가-힣]{2,5}(?:시|성|현|주)")


def _with_subunit(
    tokens: Sequence[Token], i: int, region: Callable[[str], Region | None]
) -> tuple[str, int] | None:
    """ "중국공상은행의 한국법인" and "경상국립대학교 산학연협력 선도대학 육성사업단" each name
    one party: a branch or project unit is named with the organisation written before it (a
    local government's own offices are left to `named_unit`, which names it canonically)."""
    tok = tokens[i]
    if (
        i > 0
        and SUBUNIT_RE.match(tok.stem)
        and tokens[i - 1].particle in ("의", "")
        and government_of(tokens[i - 1].stem, region) is None
    ):
        prev = tokens[i - 1]
        return f"{prev.stem} {tok.stem}", prev.start
    if not UNIT_RE.search(tok.stem):
        return None
    parent = None
    for k in range(i - 1, max(i - 4, -1), -1):
        word = tokens[k]
        if word.particle or word.joined or word.stem in NOT_SUBJECT or word.stem in PATRON_WORDS:
            break
        if government_of(word.stem, region) is not None:
            break
        if _PLACE_ABROAD_RE.fullmatch(word.stem) and region(word.stem) is None:
            # "중국 연길시 무역추진위원회", "창사시 인민대표대회 상무위원회": a body abroad is
            # named with its city or province.
            parent = k
            break
        if ends_like_org(word.stem) and len(word.stem) > 2:
            parent = k
    if parent is None:
        return None
    words = [t.stem for t in tokens[parent : i + 1]]
    return " ".join(words), tokens[parent].start


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


def find_parties(text: str, span: Span | None = None) -> list[Party]:
    """The signing organisations named in text[span] (a sentence reporting a signing), with
    spans into `text`; the whole `text` serves as context for abbreviations and 광주.

    Signatories' organisations are parties too; observers do not appear in the signing
    sentence and are therefore not found here.
    """
    start, end = span if span else (0, len(text))
    region = region_lookup(text)
    aliases = article_aliases(text)
    tokens = _grouped(
        _elided_heads(
            _shared_endings(_between_split(tokenize(text, start, end), region), text), text
        ),
        text,
        region,
    )
    parties: list[Party] = []
    signatories = find_signatories(text, (start, end))
    people = {s.name for s in signatories}
    for signatory in signatories:
        org = _without_person(signatory.organization, people)
        if (
            org
            and signs_for_party(signatory, text, region)
            and (known_org(signatory, region) or named_apart(org, text))
        ):
            _add(parties, org, signatory.span, region)
        elif org is None and signs_for_party(signatory, text, region):
            home = headed_at_home(signatory.title, text, region)
            if home is not None:
                _add(parties, home, signatory.span, region)
    listed = (
        listed_orgs(tokens, text) | opening_list(tokens, aliases, region) | leading_names(tokens)
    )
    held_by = hosts(text, start, end)
    for i, tok in enumerate(tokens):
        if len(parties) >= MAX_PARTIES:
            # A full list takes no more (`add_party`): the rest of a hostile list of thousands
            # is not read.
            break
        if held_by is not None and held_by[0] <= tok.start and tok.end <= held_by[1]:
            # "A, B, C가 공동으로 주최한 대회에서 대경시는 …와": who held the event the signing
            # took place at did not sign.
            continue
        if (
            tok.particle in OTHER_PARTICLES
            and i not in listed
            and not paired_owner(tokens, i)
            and not attracted(tokens, i)
            and not foreign_city(tokens, i, region, text)
        ):
            continue
        if _is_person_part(tokens, i) or _topic_in_title(tokens, i, text, aliases, region):
            continue
        if i + 1 < len(tokens) and tok.particle in ("와", "과") and tokens[i + 1].stem in _TOPIC:
            continue
        if stands_apart(tokens, i, text) or qualifies_members(tokens, i):
            continue
        found = _party_at(tokens, i, i in listed, text, aliases, region)
        if found is not None:
            name, begin = found
            # "오세창 동두천시장(좌측)과": the mayor stands for the city; so does a mayor abroad
            # after their name ("류밍하 창춘시장과") when the article names the city apart.
            head = merged_title(name, region)
            if head is not None and (government := region(head[0])) is not None:
                name = government.name
            elif head is not None and name == tok.stem and _named_person_before(tokens, i):
                # "이바다 한빛여성경제인협회장과": a head named with the body they lead.
                name = head[0]
            elif mayor_abroad(tokens, i, name, text):
                name = name.removesuffix("장")
            org = normalize_org(aliases.get(name, name), "", region)
            _add(parties, org, (begin, tok.end), region)
    return parties


def _list_level(tokens: Sequence[Token], i: int) -> str | None:
    """The level word ("군") opening the comma list word `i` ends: "군 시설관리공단, 체육회"."""
    j = i - 1
    while j > 0 and tokens[j].particle in (",", "·"):
        j -= 1
        if tokens[j].particle == "" and tokens[j].stem in LOCAL_LEVELS:
            return tokens[j].stem
    return None


_SHARED_ENDINGS = tuple(sorted(words("regional_bodies", "shared_endings"), key=len, reverse=True))


def _shared_endings(tokens: Sequence[Token], text: str) -> list[Token]:
    """ "광주·전남·전북교육청", "유성·세종·공주경찰서": places run together by dots, the last
    with a body's name, each stand for that body of their own place, as if each were written
    in full ("광주교육청·전남교육청·전북교육청")."""
    out = list(tokens)
    k = 0
    while k < len(out):
        end = k
        while end < len(out) and out[end].particle == "·":
            end += 1
        if end > k and end < len(out):
            last = out[end].stem
            ending = next((e for e in _SHARED_ENDINGS if last.endswith(e)), None)
            place = last[: -len(ending)] if ending else ""
            run = out[k:end]
            if ending and _is_place(place, text) and all(_is_place(t.stem, text) for t in run):
                out[k:end] = [replace(t, stem=t.stem + ending) for t in run]
        k = end + 1
    return out


_BRANCH_WORDS = tuple(sorted(words("regional_bodies", "branch_words"), key=len, reverse=True))


def _elided_heads(tokens: Sequence[Token], text: str) -> list[Token]:
    """ "농협충남지역본부 및 충북지역본부", "한전 광주지사, 나주지사": the second of two branches
    of one body leaves out the body's name, which the first gives ("농협충북지역본부")."""
    out = list(tokens)
    for k in range(len(out) - 1):
        first = out[k]
        later = k + 2 if first.particle == "" and out[k + 1].stem == "및" else k + 1
        if later >= len(out) or (later == k + 1 and first.particle not in (",", "와", "과")):
            continue
        second = out[later]
        ending = next((e for e in _BRANCH_WORDS if second.stem.endswith(e)), None)
        if ending is None or not first.stem.endswith(ending):
            continue
        place = second.stem[: -len(ending)]
        head = _head_before_place(first.stem[: -len(ending)], text)
        if head and _is_place(place, text) and not second.stem.startswith(head):
            out[later] = replace(second, stem=head + second.stem)
    return out


def _head_before_place(named: str, text: str) -> str | None:
    """ "농협충남" → "농협": the body's name before the place its branch is for."""
    for cut in range(1, len(named) - 1):
        if _is_place(named[cut:], text):
            return named[:cut]
    return None


def _between_split(tokens: Sequence[Token], region: Callable[[str], Region | None]) -> list[Token]:
    """ "A와 공현진어촌계간 …협약", "A와 호치민시 관광진흥센터간의": 간 ("between") run together
    with the last of the parties is written apart from it, as in "A와 B 간"."""
    out: list[Token] = []
    for tok in tokens:
        body = tok.stem[:-1]
        fused = (
            tok.stem.endswith("간")
            and tok.particle in ("", "의")
            and len(body) >= 2
            and (ends_like_org(body) or region(body) is not None)
        )
        if not fused:
            out.append(tok)
            continue
        out.append(replace(tok, stem=body, particle="", end=tok.end - 1))
        out.append(replace(tok, stem="간", particle=tok.particle, start=tok.end - 1))
    return out


def _is_place(word: str, text: str) -> bool:
    """A place written bare, without its level ("전남", "유성" for 유성구): a government
    written whole ("전남도·신안군·전남개발공사") is a party of its own, not a place the
    ending is shared with."""
    return not word.endswith(LEVELS) and named_place(word, text) is not None


def _grouped(tokens: list[Token], text: str, region: Callable[[str], Region | None]) -> list[Token]:
    """ "대전시와 행복청 양 기관은": the last name before the group that sums the parties up
    takes the group's particle, as if written "대전시와 행복청은"."""
    out = []
    for tok in tokens:
        group = GROUP_SUBJECT_RE.match(text, tok.end) if tok.particle == "" else None
        if group and not tok.stem.endswith(LEVELS) and region(tok.stem):
            # "부산 두 대학은": a place the group is of, not one of its members.
            group = None
        out.append(replace(tok, particle=group["particle"]) if group else tok)
    return out


# "이에 앞서 시는 지난 8일 …", "또 군은 …": words that may stand before a sentence's subject.
_OPENERS = word_set("common_words", "sentence_adverbs") | word_set("common_words", "clause_openers")
_OPENER_DAY_RE = re.compile(r"^\d{1,2}일$")


def _opens_clause(tokens: Sequence[Token], i: int) -> bool:
    """Whether word `i` opens its sentence, but for adverbs and a day before it."""
    return i <= _OPENER_REACH and _openers(tokens) >= i


def _openers(tokens: Sequence[Token]) -> int:
    """How many of a sentence's first words are adverbs or a day ("이날", "이번에", "지난 8일")."""
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
_CONDITIONAL_ENDINGS = tuple(words("common_words", "conditional_endings"))
_TOPIC = word_set("common_words", "topic_after_and")
_QUOTED_TITLE_RE = re.compile(r"[‘'\"“]([^’'\"”\n]{2,60})[’'\"”]")


def _topic_in_title(
    tokens: Sequence[Token],
    i: int,
    text: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> bool:
    """ "'AI·코딩 교육 …을 위한 업무협약'", "'물-에너지 연계 업무협약'": an acronym or a word
    run together with a common noun at the head of a quoted agreement title is its subject
    matter, not a signer ("'광주-대구 상생협약'" still names two cities); so is a word that
    is no body opening one ("'전자재료와 이차전지 소재 생산공장 신설 투자양해각서'")."""
    tok = tokens[i]
    if text[tok.start - 1 : tok.start] in OPENING_QUOTES and not is_org(tok.stem, aliases, region):
        m = _QUOTED_TITLE_RE.match(text, tok.start - 1)
        if m is not None and KIND_WORD_RE.search(m.group(1)):
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


def _without_person(org: str | None, people: set[str]) -> str | None:
    """ "유자키 히데히코 히로시마현 지사": a name of two words read as one person and an
    organisation; the organisation starts after the name another reading gave the person."""
    first, _, rest = (org or "").partition(" ")
    return rest if rest and first in people else org


def _is_party_word(
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
    if described(tokens, i):
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
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    # "중진공의 강점과 서울시가 보유한 …": what a body has, after its 의, is no partner of it.
    owned = i > 0 and tokens[i - 1].particle == "의"
    return (
        tok.particle in ("와", "과")
        and not owned
        and nxt is not None
        and nxt.particle in ("은", "는", "이", "가")
        and is_org(nxt.stem, aliases, region)
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
    return j == 0 or (j <= 2 and all(region(t.stem) is not None for t in tokens[lead:i]))


_NAME_MIN = 3
_BETWEEN = frozenset({"간", "간의", "양", "상생", "공동"})
_COUNTRIES = word_set("abroad", "countries")
_EVENT_OR_GROUP_ENDINGS = ("식", "회", "장", "단", "팀", "의")


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


def _party_at(
    tokens: Sequence[Token],
    i: int,
    listed: bool,
    text: str,
    aliases: dict[str, str],
    region: Callable[[str], Region | None],
) -> tuple[str, int] | None:
    """The party named by word `i`, as (name, start), or None when it names none."""
    tok = tokens[i]
    if text[tok.start - 1 : tok.start] == "[" and text[tok.end : tok.end + 1] == "]":
        # "[한국기자연대] 동구청은 …": a credit in brackets before the lede, never a party.
        return None
    if _ANAPHOR_RE.match(tok.stem):
        named = _antecedent(tokens, i, text)
        return (named, tok.start) if named else None
    if (shared := _shared_level(tokens, i, region)) is not None:
        return shared, tok.start
    if is_generic(tok.stem):
        return None
    if tok.stem in _COMMON_PLACE_FORMS and tok.particle not in _LIST_MARKS:
        # "스플릿 라운드 경기와": a match, not 경기도.
        return None
    level = LEVEL_SUBJECT_RE.match(tok.stem + tok.particle) if _opens_clause(tokens, i) else None
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
        home = home_government(level["level"], text, region)
        return (home, tok.start) if home else None
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].particle == "" else None
    if (
        prev is not None
        and not prev.joined
        and (tok.particle in PARTY_PARTICLES or tok.particle in (",", "·", "-") or tok.joined)
    ):
        compound = region(f"{prev.stem} {tok.stem}")
        if compound is not None and region(tok.stem) != compound:
            return compound.name, prev.start
    if (
        prev is not None
        and not prev.joined
        and is_township(tok.stem)
        and party_role(tokens, i, listed)
        and (government := region(prev.stem)) is not None
        and government.name.endswith(("시", "군", "구"))
    ):
        # "합천군 대병면과 거제시 장승포동이": a township or neighbourhood signs for itself,
        # named with the city or county it belongs to.
        return f"{government.name} {tok.stem}", prev.start
    if tok.stem in _DELEGATIONS:
        # "중국 옥림시 방문단과": the city the delegation comes from; alone, no one.
        place = prev.stem if prev is not None and _PLACE_ABROAD_RE.fullmatch(prev.stem) else None
        found = region(place) if place else None
        return ((found.name if found else place), prev.start) if place and prev else None
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
        and region(prev.stem) is not None
    ):
        # "인천시와 인천시 교육청은": a government's own body written apart from its name.
        return prev.stem + tok.stem, prev.start
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
    if not _is_party_word(tokens, i, listed, text, aliases, region):
        return named_unit(tokens, i, aliases, region) if party_role(tokens, i, listed) else None
    unit = _with_subunit(tokens, i, region) or named_unit(tokens, i, aliases, region)
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
        and prev.stem.endswith(("시", "성", "현", "주"))
        and len(prev.stem) >= 2
        and all_hangul(prev.stem)
        and region(prev.stem) is None
    ):
        # "산둥성 정부와", "다낭시 인민위원회와": the government of a place abroad.
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
    if (
        prev is not None
        and prev.stem in _ARMED_SERVICES
        and not prev.joined
        and tok.stem.endswith(_ARMED_UNITS)
    ):
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


# The legal marks ("㈜", "(주)", "(재)"), not the legal words ("주식회사"), fused to the first
# word of a company's name.
_LEGAL_MARKS = [
    *(form for form in words("organisations", "legal_forms") if not all_hangul(form)),
    *words("organisations", "legal_forms_opening"),
]
_MARKED_FIRST_WORD_RE = re.compile("^" + alternation(_LEGAL_MARKS) + "[가-힣A-Za-z]{2,}$")
_ARMED_SERVICES = word_set("organisations", "armed_services")
_ARMED_UNITS = words("organisations", "armed_units")


# The particles of a word standing as a party: the parties' own and a list's separators.
_LISTING = frozenset(PARTY_PARTICLES) | {",", "·", "-"}
_LIST_MARKS = frozenset({",", "·", "-"})
_COMMON_PLACE_FORMS = word_set("common_words", "common_place_forms")
_DELEGATIONS = word_set("organisations", "delegations")
_OWN_BODIES = word_set("regional_bodies", "own_bodies")
_OWN_BODY_ENDINGS = tuple(_OWN_BODIES)
# "강서구의회", "구미시의회": a place's own body, named with the place.
_PLACES_OWN_RE = re.compile(r"^[가-힣]{1,5}[시군구도](?:" + alternation(_OWN_BODIES) + ")$")


def _named_person_before(tokens: Sequence[Token], i: int) -> bool:
    before = tokens[i - 1] if i > 0 else None
    return before is not None and not before.particle and looks_like_name(before.stem)


def _is_person_part(tokens: Sequence[Token], i: int) -> bool:
    """Words of a "name title" pair (강기정 시장과) are people, not organisations."""
    tok = tokens[i]
    if tok.stem in TITLES:
        return True
    return looks_like_name(tok.stem) and i + 1 < len(tokens) and tokens[i + 1].stem in TITLES


_HAS_LETTER_RE = re.compile(r"[가-힣A-Za-z]")
# "관련 부서장 10여명", "관련업체 3~4곳", "동북 3성과": a headcount of people or bodies (or
# of provinces, countries, places), never one.
_HEADCOUNT_RE = re.compile(r"(?<!\d)\d+\s?(?:여\s?)?(?:명|곳)|^\d+개?[성국도시군]?$")
# "㈜서광 등 14개 기업과 810억원의 투자협약을", "2억7000만불", "200만불 규모": a sum of money,
# never a body.
_MONEY_RE = re.compile(
    r"(?:\d[\d,.]*\s?(?:[십백천만억조]\s?)*)+(?:여\s?)?(?:원|달러|불|유로|엔|위안)(?:\s?(?:규모|상당))?"
)
# "지난달 30일 국내 대표 … 7개 기관 및 협회와": the day a list is dated by, and "… 및
# 충북지역본부가": the word joining a list's last name, no part of a name.
_LEADING_DAY_RE = re.compile(
    r"^\d{1,2}일\s+|^(?:" + alternation(words("common_words", "joining_words")) + r")\s+"
)
# "오후 4시 30분 시장 접견실에서": a time of day read before a title, never a body.
_CLOCK_RE = re.compile(r"\d{1,2}\s?시(?:\s?\d{1,2}\s?분)?")


def _add(
    parties: list[Party], name: str, span: Span, region: Callable[[str], Region | None]
) -> None:
    """Keep one party per organisation; the fuller spelling wins ("중국공상은행 한국법인" over
    "중국공상은행", "빛고을공과대학교" over "빛고을공대"), but "경기도교육청" is not "경기도".
    A word without letters ("[2025-03-14]" before the lede) names no one."""
    if not _HAS_LETTER_RE.search(name):
        return
    name = name_alone(_LEADING_DAY_RE.sub("", name))
    if (
        not name
        or len(name) < 2
        or is_common_noun(name)
        or _HEADCOUNT_RE.search(name)
        or _CLOCK_RE.fullmatch(name)
        or _MONEY_RE.fullmatch(name)
    ):
        # "국내·외 10개 기업": a syllable split off by a dot names no one.
        return
    found = region_of_party(name, region)
    add_party(parties, Party(name=name, span=span, region=found.name if found else None))
