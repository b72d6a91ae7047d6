"""Which organisations signed: the parties named around the signing verb.

Korean copy marks the parties by particles around the signing verb ("A와 B가 협약을 체결했다",
"A는 B와 협약을 맺었다"), by lists ("A, B 및 C 등 10개 기관이") and by the signatories'
titles ("강기정 광주시장" → 광주광역시). Places ("광주시청에서"), patrons ("광주시 산하") and
attendees carry other particles or sit in other sentences, which is what keeps them out.
`party_roles` tells where a word stands as a party, `party_words` whether a word may stand as
one at all and `party_names` the party it names (the organisation with its unit, a company an
anaphor points back to, a government abroad); this module walks the sentence, after the
rewrites of `party_tokens`, and keeps each party it is told of once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from mouarchive.extract.bare_names import name_alone
from mouarchive.extract.bystanders import bystanders, stands_apart
from mouarchive.extract.counted_lists import counted_in_parentheses
from mouarchive.extract.counterparts import quoted_aims
from mouarchive.extract.dotted_runs import qualifies_members
from mouarchive.extract.foreign_heads import known_org, named_apart
from mouarchive.extract.foreign_places import (
    KINDS_OF_CITY,
    foreign_city,
    shaped_like_place_abroad,
    told_abroad,
    visited,
)
from mouarchive.extract.head_parties import (
    head_abroad,
    headed_at_home,
    place_of_bare_head,
    signs_for_party,
)
from mouarchive.extract.name_reach import (
    school_abroad,
    with_armed_service,
    with_district,
    with_foreign_first_word,
    with_group_word,
    with_home_city,
    with_hyphenated_start,
    with_latin_gloss,
    with_ministry_abroad,
    with_mission_abroad,
    with_place_ending_in_wa,
    with_place_of_institution,
)
from mouarchive.extract.national_parties import KOREA, head_of_state_abroad, home_head_meeting
from mouarchive.extract.orgnames import (
    article_aliases,
    is_common_noun,
    is_generic,
    is_org_word,
    normalize_org,
    region_lookup,
    region_of_party,
)
from mouarchive.extract.parenthesised_places import places_sharing_a_body
from mouarchive.extract.party_names import party_at
from mouarchive.extract.party_roles import (
    attracted,
    between_list_end,
    counts_a_kind,
    leading_names,
    leads_on,
    listed_orgs,
    opening_list,
    paired_owner,
)
from mouarchive.extract.party_tokens import (
    between_split,
    elided_heads,
    grouped,
    shared_endings,
    side_by_side,
)
from mouarchive.extract.party_words import (
    is_person_part,
    named_person_before,
    patron_clause_at,
    topic_in_title,
)
from mouarchive.extract.person_titles import merged_title
from mouarchive.extract.same_org import MAX_PARTIES, SUM_RE, add_party
from mouarchive.extract.signatories import find_signatories
from mouarchive.extract.tokens import (
    GOVERNMENT_OFFICE_RE,
    OTHER_PARTICLES,
    PARTNER_PARTICLES,
    Token,
    ends_like_org,
    tokenize,
)
from mouarchive.models import Party, Region, Span
from mouarchive.vocab import alternation, table, word_set, words


def find_parties(text: str, span: Span | None = None) -> list[Party]:
    """The signing organisations named in text[span] (a sentence reporting a signing), with
    spans into `text`; the whole `text` serves as context for abbreviations and 광주.

    Signatories' organisations are parties too; observers do not appear in the signing
    sentence and are therefore not found here.
    """
    start, end = span if span else (0, len(text))
    region = region_lookup(text)
    aliases = article_aliases(text)
    split = between_split(tokenize(text, start, end), region, text)
    tokens = grouped(elided_heads(shared_endings(side_by_side(split), text), text), text, region)
    parties: list[Party] = []
    signatories = find_signatories(text, (start, end))
    people = {s.name for s in signatories}
    for signatory in signatories:
        org = _without_person(signatory.organization, people)
        if (
            org
            and signs_for_party(signatory, text, region)
            and (known_org(signatory, region) or named_apart(org, text))
            and not _of_a_common_noun(org, text)
        ):
            _add(parties, org, signatory.span, region)
        elif org is None and signs_for_party(signatory, text, region):
            home = headed_at_home(signatory.title, text, region)
            if home is not None:
                _add(parties, home, signatory.span, region)
    for head, span_of_head in _heads_by_surname(tokens, text, start):
        _add(parties, head, span_of_head, region)
    listed = (
        listed_orgs(tokens, text) | opening_list(tokens, aliases, region) | leading_names(tokens)
    )
    apart = bystanders(text, start, end)
    aims = quoted_aims(text, start, end)
    hosts: list[tuple[str, Span]] = []  # governments and bodies visited (`_visited_host`)
    partnered = False  # whether a party was named as a partner, with 와 or 과
    present = _heads_present(tokens, text, end, region)
    for i, tok in enumerate(tokens):
        if len(parties) >= MAX_PARTIES:
            # A full list takes no more (`add_party`): the rest of a hostile list of thousands
            # is not read.
            break
        if counts_a_kind(tokens, i):
            continue
        if any(first <= tok.start and tok.end <= last for first, last in apart):
            # "A, B, C가 공동으로 주최한 대회에서 대경시는 …와": who held the event the signing
            # took place at did not sign, nor the partner of the signing it is measured from.
            continue
        if (
            tok.particle in OTHER_PARTICLES
            and i not in listed
            and not paired_owner(tokens, i)
            and not attracted(tokens, i)
            and not foreign_city(tokens, i, region, text)
        ):
            if (host := _visited_host(tokens, i, text, end, region)) is not None:
                hosts.append((host, (tok.start, tok.end)))
            elif (place := _head_met(tokens, i, text)) is not None:
                _add(parties, place, (tok.start, tok.end), region)
                partnered = True
            continue
        if i in present:
            _add(parties, present[i], (tok.start, tok.end), region)
            continue
        if (country := head_of_state_abroad(tokens, i)) is not None:
            if home_head_meeting(tokens):
                _add(parties, KOREA, (tokens[0].start, tokens[0].end), region)
            _add(parties, country, (tok.start, tok.end), region)
            partnered = True
            continue
        # "… 인민위원장과": a title that also stands in a person's name, read first.
        if (place := place_of_bare_head(tokens, i, text, region)) is not None:
            _add(parties, place, (tok.start, tok.end), region)
            partnered = True
            continue
        if (
            is_person_part(tokens, i)
            or leads_on(tokens, i)
            or topic_in_title(tokens, i, text, aliases, region)
        ):
            continue
        if _in_quoted_aim(tok, aims):
            continue
        if i + 1 < len(tokens) and tok.particle in ("와", "과") and _topic_before(tokens, i):
            continue
        if stands_apart(tokens, i, text) or qualifies_members(tokens, i):
            continue
        if patron_clause_at(tokens, i):
            continue
        found = party_at(tokens, i, i in listed, text, aliases, region) or school_abroad(
            tokens, i, text
        )
        if found is not None:
            found = with_mission_abroad(tokens, with_armed_service(tokens, found))
            found = with_ministry_abroad(tokens, found)
            found = with_group_word(tokens, with_foreign_first_word(tokens, found))
            found = with_place_ending_in_wa(tokens, with_hyphenated_start(tokens, found))
            found = with_district(tokens, with_place_of_institution(tokens, found, region))
            name, begin = with_latin_gloss(tokens, with_home_city(tokens, found, text), text)
            # "오세창 동두천시장(좌측)과": the mayor stands for the city; so does a mayor abroad
            # after their name ("류밍하 창춘시장과") when the article names the city apart.
            head = merged_title(name, region)
            if head is not None and (government := region(head[0])) is not None:
                name = government.name
            elif head is not None and name == tok.stem and named_person_before(tokens, i):
                # "이바다 한빛여성경제인협회장과": a head named with the body they lead.
                name = head[0]
            elif (place := head_abroad(tokens, i, name, text)) is not None:
                name = place
            org = normalize_org(aliases.get(name, name), "", region)
            _add(parties, org, (begin, tok.end), region)
            partnered = partnered or tok.particle in PARTNER_PARTICLES
    for group, members in [
        *counted_in_parentheses(text, start, end),
        *places_sharing_a_body(text, start, end),
    ]:
        # "5개 국립대학(광주교대, 목포대, …)이", "서울시 동남권역(강남·강동·송파) 보건소와":
        # the members named, each its own party, not the words that count and place them.
        parties[:] = [p for p in parties if not group[0] <= p.span[0] < group[1]]
        for name, span in members:
            _add(parties, normalize_org(aliases.get(name, name), "", region), span, region)
    if not partnered and len(parties) < 2:
        # A place visited is the partner only of a signing that names no other ("장관은
        # 충주시를 방문해 … 한국수자원공사와" signs with the corporation).
        for host, span in hosts:
            _add(parties, host, span, region)
    return _without_reporting_subject(parties, tokens, region)


def _head_met(tokens: Sequence[Token], i: int, text: str) -> str | None:
    """ "구동요 닝보시장을 만나는 자리에서 … 자매도시 협약도 체결했다": a head abroad met stands
    for their place, as one written with 와 does (`head_abroad`)."""
    if tokens[i].particle not in ("을", "를") or i + 1 >= len(tokens):
        return None
    if tokens[i + 1].stem + tokens[i + 1].particle not in _MEETING:
        return None
    return head_abroad(tokens, i, tokens[i].stem, text)


_MEETING = word_set("abroad", "meeting_words")


def _of_a_common_noun(org: str, text: str) -> bool:
    """ "김병기 아파트 자치회장": a body named by a common noun and its kind ("아파트
    자치회") is the body the article named in full by a name ending in that noun
    ("거산황궁아파트"), not one more party; "지역사회 보장협의체" named by none such is one."""
    first, _, rest = org.partition(" ")
    return (
        bool(rest)
        and is_generic(first)
        and re.search(f"[가-힣]{re.escape(first)}", text) is not None
    )


def _without_reporting_subject(
    parties: list[Party], tokens: Sequence[Token], region: Callable[[str], Region | None]
) -> list[Party]:
    """ "광주 동구는 동구행복재단과 광주국제교류센터 간 업무협약을 체결했다고 밝혔다": a list
    closed by 간 names everyone the agreement is between, so the subject that tells of it,
    when the list does not name it too ("대전시는 대전시와 충남대학교 간 …"), only reports
    (or hosted) the signing of two others."""
    end = next((j for j in range(len(tokens)) if between_list_end(tokens, j)), None)
    if end is None:
        return parties
    first = end - 1
    while first > 0 and tokens[first - 1].particle in (",", "와", "과", "·"):
        first -= 1
    listed = [p for p in parties if tokens[first].start <= p.span[0] < tokens[end].start]
    subject = next((tok for tok in tokens[:first] if tok.particle in ("은", "는")), None)
    # "광주·대전시와 내륙거점도시 간", "해군사관학교, 해군군수사령부와 삼자 간": a list that
    # ends on a kind or a count of sides, not on a body, need not name the subject.
    last = tokens[end - 1]
    if len(listed) < 2 or subject is None or not any(last.start <= p.span[0] for p in listed):
        return parties
    # "누리전자와 다솜대학교 간 3자 업무협약": the sides counted after 간 include the subject.
    sides = _SIDES_RE.match(tokens[end + 1].stem) if end + 1 < len(tokens) else None
    if sides is not None and _SIDES.get(sides[1], 0) > len(listed):
        return parties
    named = {
        normalize_org(word, "", region)
        for tok in tokens[first:end]
        for word in re.split(r"[-·]", tok.stem)
        if word
    }
    return [
        p
        for p in parties
        if not (p.span[0] <= subject.start < p.span[1] or subject.start <= p.span[0] < subject.end)
        or p.name in named
        or normalize_org(subject.stem, "", region) in named
    ]


_SIDES = {
    word: int(value)
    for name in ("sides_words", "count_words")
    for value, word in table("rosters", name).items()
} | {str(n): n for n in range(2, 10)}
_SIDES_RE = re.compile("^(" + alternation(_SIDES) + r")\s?자")
_TOPIC = word_set("common_words", "topic_after_and")
_LINKED = word_set("common_words", "linked_after_and")


def _in_quoted_aim(tok: Token, aims: list[Span]) -> bool:
    """Whether `tok` is a word of a quoted aim that goes on after it (`quoted_aims`, in order
    and apart): the one aim that opens before it is looked up, not every aim."""
    at = bisect.bisect_right(aims, (tok.start, _END)) - 1
    return at >= 0 and aims[at][0] <= tok.start and tok.start + len(tok.stem) < aims[at][1]


_END = float("inf")


def _topic_before(tokens: list[Token], i: int) -> bool:
    """ "공장신설과 관련한 …", "국제노선과 연계한 관광": the word before is what the agreement is
    about; with 연계한, only a word that names no body ("한빛대학교와 연계한 프로그램")."""
    after = tokens[i + 1].stem
    return after in _TOPIC or (after in _LINKED and not is_org_word(tokens[i].stem))


_ATTENDED_RE = re.compile(r"참석한\s?가운데")
_SUBJECT_PARTICLES = ("은", "는", "이", "가")
_SUBJECT_REACH = 3  # words a sentence may open with before its subject ("지난 23일", "이날")


def _heads_present(
    tokens: Sequence[Token], text: str, end: int, region: Callable[[str], Region | None]
) -> dict[int, str]:
    """ "당진시는 … 당진시장과 충남도지사, ㈜휠라선 대표 등이 참석한 가운데 … 체결했다": where
    the government a sentence is about lists its own head among those present at its signing,
    the other governments' heads there by title alone stand for their governments (the word's
    index, the government). Guests of a signing others made ("A사와 B사는 … 충남도지사 등이
    참석한 가운데"), or present at a ceremony told apart, sign nothing."""
    subject = next(
        (
            found.name
            for tok in tokens[:_SUBJECT_REACH]
            if tok.particle in _SUBJECT_PARTICLES and (found := region(tok.stem)) is not None
        ),
        None,
    )
    attended = _ATTENDED_RE.search(text, tokens[0].start, end) if subject and tokens else None
    if attended is None:
        return {}
    heads: dict[int, str] = {}
    for i, tok in enumerate(tokens):
        if tok.start >= attended.start():
            break
        head = merged_title(tok.stem, region) if tok.particle in ("와", "과", ",", "") else None
        government = region(head[0]) if head is not None else None
        if government is not None and not named_person_before(tokens, i):
            heads[i] = government.name
    return heads if subject in heads.values() else {}


def _without_person(org: str | None, people: set[str]) -> str | None:
    """ "유자키 히데히코 히로시마현 지사": a name of two words read as one person and an
    organisation; the organisation starts after the name another reading gave the person."""
    first, _, rest = (org or "").partition(" ")
    return rest if rest and first in people else org


def _visited_host(
    tokens: Sequence[Token],
    i: int,
    text: str,
    end: int,
    region: Callable[[str], Region | None],
) -> str | None:
    """ "한국가스기술공사는 지난 4일 충청북도 충주시를 방문해 … 업무협약서를 체결했다", "전북대
    총장은 … 주오대학을 방문해 … 협정을 체결했다": the local government or the body a party
    visits to sign is its partner, as a city abroad visited is, named with its country or not
    ("부시장은 16일(현지시간) 페르가나주를 직접 방문해 우호도시 협정을 맺었다")."""
    if not visited(tokens, i):
        return None
    stem = tokens[i].stem
    found = region(stem)
    if found is not None:
        return None if found.ambiguous else found.name
    if stem in _PLACELESS and i > 0 and not tokens[i - 1].particle:
        # "닌빈성 인민위원회를 방문, … 의향서를 체결하고": the place's executive is the place.
        place = tokens[i - 1].stem
        if shaped_like_place_abroad(place) and _signs_after(text, tokens[i].end, end):
            return place
    office = GOVERNMENT_OFFICE_RE.fullmatch(stem)
    if office is not None and office["place"]:
        # "바르셀로나시청을 방문해": a city abroad, by its office.
        return office["place"] + office["level"]
    if (
        shaped_like_place_abroad(stem)
        and not stem.endswith(KINDS_OF_CITY)
        and told_abroad(text)
        and _signs_after(text, tokens[i].end, end)
    ):
        return stem
    if (
        not ends_like_org(stem)
        or is_common_noun(stem)
        or not _signs_after(text, tokens[i].end, end)
    ):
        return None
    return normalize_org(stem, text, region)


_PLACELESS = word_set("abroad", "bodies_named_by_their_place")
# The visit's own signing ("방문해 … 협정을 체결했다"), not one another clause tells ("방문해
# 대사를 예방한 뒤 …", "둘러보고, …") nor one referred back to ("지난해 체결한 협약의 …").
_SIGNING_STEMS = tuple(words("signing", "signing_stems"))
_SIGNED_AFTER_RE = re.compile(
    alternation(
        words("signing", "signed_past")
        + words("signing", "signed_and_going_on")
        + tuple(w for w in words("signing", "planned") if w.startswith(_SIGNING_STEMS))
    )
)
_CLAUSE_BREAK_RE = re.compile(r"(?:뒤|후|다음)\s|고,\s")


def _signs_after(text: str, start: int, end: int) -> bool:
    """Whether the visit in text[start:end] leads to its own signing, no other clause between."""
    signed = _SIGNED_AFTER_RE.search(text, start, end)
    return signed is not None and _CLAUSE_BREAK_RE.search(text, start, signed.start()) is None


_HAS_LETTER_RE = re.compile(r"[가-힣A-Za-z]")
# "관련 부서장 10여명", "관련업체 3~4곳", "동북 3성과": a headcount of people or bodies (or
# of provinces, countries, places), never one.
_HEADCOUNT_RE = re.compile(r"(?<!\d)\d+\s?(?:여\s?)?(?:명|곳)|^\d+개?[성국도시군자]?$")
# "지난달 30일 국내 대표 … 7개 기관 및 협회와": the day a list is dated by, "오늘(18일) 오전
# 중구청": the time of day, and "… 및 충북지역본부가": the word joining a list's last name, no
# part of a name.
_LEADING_DAY_RE = re.compile(
    r"^\d{1,2}일\s+|^(?:"
    + alternation([*words("common_words", "joining_words"), *words("common_words", "times_of_day")])
    + r")\s+"
)


def _heads_by_surname(tokens: Sequence[Token], text: str, start: int) -> list[tuple[str, Span]]:
    """ "김 지사는 … 셰플러사와 MOU를 체결했다": a head called by surname and title, as a story
    calls again the head it named in full before ("김문수 경기도지사가 … 귀국했다"), stands
    for that head's body."""
    found = []
    for i, tok in enumerate(tokens[:-1]):
        title = tokens[i + 1]
        if tok.stem not in _SURNAMES or tok.particle or title.stem not in _HEAD_TITLES:
            continue
        # The whole text's signatories are read once (memoised), whatever the sentence.
        earlier = [
            s.organization
            for s in find_signatories(text)
            if s.span[1] <= start
            and s.organization
            and s.title == title.stem
            and s.name.startswith(tok.stem)
        ]
        if earlier:
            found.append((earlier[-1], (tok.start, title.end)))
    return found


_SURNAMES = word_set("common_words", "surnames")
_HEAD_TITLES = frozenset(table("titles", "heads_of"))


_LOOSE_WORDS_RE = re.compile(r"[가-힣·]+(?:\s[가-힣·]+){2,}")


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
        or SUM_RE.match(name)
    ):
        # "국내·외 10개 기업": a syllable split off by a dot names no one; "5조천억원대의
        # 투자협약": a sum names no one.
        return
    found = region_of_party(name, region)
    if (
        found is None
        and _LOOSE_WORDS_RE.fullmatch(name)
        and not any(ends_like_org(word) for word in name.split())
    ):
        # "관광요금 할인 혜택", "반 산데 한빛코아": three words or more of Hangul none of which
        # ends as a body does are a phrase of the sentence, not a name ("서해환경공단
        # 대전지역본부 기술지원팀" is a unit of a body).
        return
    add_party(parties, Party(name=name, span=span, region=found.name if found else None))
