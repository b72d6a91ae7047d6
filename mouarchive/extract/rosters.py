"""Rosters: the partners of a many-party signing, listed by name.

A ceremony with many partners is reported by its count ("세아제강 등 6개 기업과 투자 협약을
맺었다", "8개 기업은 13일 … 협약을 체결하고") and the names follow in a list of their own:
"협약한 기업은 세아제강을 비롯해 ㈜정다운, 프라이빗보성㈜ … 이다", "한국남동발전, 주택관리공단 등이
참여했다", "△목포 대양산단에 ㈜메종, ㈜삼동 △순천 해룡산단에 ㈜한성스틸 등이다". Such names
often carry no organisational suffix, so they are recognised by their place in the list: short
items between commas or list markers, closed by 등, a count or a copula.

This module finds the lists and resolves what they name; `roster_items` cuts a list into
items, `roster_names` reads the name in each, and `partner_counts` reads the counts.
"""

from __future__ import annotations

import functools
import re

from mouarchive import vocab
from mouarchive.extract.bystanders import bystanders
from mouarchive.extract.orgnames import looks_like_org, normalize_org, region_lookup, region_of
from mouarchive.extract.partner_counts import counted, counts
from mouarchive.extract.party_regions import home_body
from mouarchive.extract.party_tokens import body_shared_by_places
from mouarchive.extract.roster_items import (
    NAMED_AS_BODIES,
    PLACES,
    closed_at_comma,
    dotted,
    list_items,
    lists_within,
    marked_pieces,
)
from mouarchive.extract.roster_names import HEAD_IN_PARENS, LEGAL, item_name
from mouarchive.extract.tokens import FIELDS_AFTER_RE, LEVEL_WORD_RE, LEVELS, LOCAL_LEVELS
from mouarchive.models import Party, Span
from mouarchive.text.scan import scanner

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&+.\-]{1,9}")
# "이번 협약에 참여한 국책연구기관은 △…", "참여한 12개 공공기관은": the bodies said to take
# part, whatever words of what they are or how many come between.
_TOOK_PART = (
    vocab.pattern("rosters", "took_part")
    + r"\s?[가-힣·\d]{0,8}?\s?[가-힣·\d]{0,8}?"
    + vocab.pattern("rosters", "took_part_bodies")
    + r"들?(?:은|는)\s"
)
_CUES = scanner(re.compile(vocab.pattern("rosters", "roster_cues") + "|" + _TOOK_PART))
# "… 관계자들이 참여하는 별도의 협의회를 구성해": a body set up for later, joined by the list.
_JOINING_ANOTHER = re.compile(
    r"참여하는\s(?:별도의?\s)?\S{0,10}?" + vocab.pattern("rosters", "bodies_set_up")
)


def roster_cued(body: str, span: Span) -> bool:
    """Whether the sentence at `span` says its list took part in the signing."""
    return any(not _JOINING_ANOTHER.match(body, cue.start()) for cue in _CUES.finditer(body, *span))


_TOOK_PART_RE = re.compile(_TOOK_PART)


def roster_start(body: str, span: Span) -> int:
    """Where the list a sentence says took part begins: after its subject ("… 공주시와 공동
    추진한 것으로 협약 참여 기관은 A, B, C 등이다"), so the names before it are no items."""
    found = [m.end() for m in _TOOK_PART_RE.finditer(body, *span)]
    return found[-1] if found else span[0]


_STANDS_RE = re.compile(r"\s등이\s" + vocab.pattern("rosters", "standing"))
_MAKES_RE = re.compile(r"\s등을?\s" + vocab.pattern("rosters", "making"))
# "소재한 A, B, C": a list begun right after the words that place it (not "소재한 기업으로 …").
_LISTED_RIGHT_AFTER = re.compile(r"\s*[^\s,]+(?:\s[^\s,]+)?\s?,")
_LOCATED_RE = re.compile(r"[가-힣]에\s?" + vocab.pattern("rosters", "located"))
# A list that is the object of what the agreement does ("…을 강화하는", "…를 위한").
_AIMS_AFTER = re.compile(
    r"(?:\s?등)?(?:을|를)\s(?:"
    + vocab.pattern("rosters", "aim_verbs")
    + r"\s|"
    + vocab.pattern("rosters", "weighing_verbs")
    + ")"
)
_VISITED = re.compile(r"(?:을|를)\s" + vocab.pattern("rosters", "visit_verbs"))
# "산업단지, 도화지구, 항만배후지 등에 대한 투자설명": what is told about, not who signs.
# "순천, 나주, 보성 등에 271명의 신규 일자리": where what was agreed lands, by the numbers.
# "수범사례를 공유하고": an object and a verb that goes on, never a name (nor a name that leads
# the rest: "A를 비롯해" is read apart before); what a list is for ("…을 위하여") may close it.
_CLAUSE_ITEM = re.compile(r"\S(?:을|를)\s[가-힣]{1,6}(?<!위)(?:하고|해|하며|하여)$")
_TOPICS_AFTER = re.compile(r"(?:\s?등)?에\s?(?:대한\s|관한\s|\d)")
# "…, 울산 첫 국립병원, 외곽순환도로와 도시철도망 사업 등이다": a list of projects.
_PROJECT_LAST = re.compile(r"\s(?:" + vocab.pattern("rosters", "project_words") + r")$")
_OWN_BODIES = vocab.word_set("regional_bodies", "own_bodies")
# The subject a sentence opens on, after a word or two ("4대 프로젝트는", "협약의 주요 내용은").
_TOPIC_SUBJECT_RE = re.compile(
    r"\s*(?:\S+\s){0,2}?\S*?"
    + vocab.pattern("rosters", "topic_subjects")
    + r"(?:은|는)\s"
    # "7개 사업을 뜻한다. 이는 A, B, C 사업 등이다": the thing just named, set out.
    + r"|\s*(?:"
    + vocab.pattern("rosters", "pointing_back")
    + r")\s"
)
_MIN_ITEMS = 3


def counted_roster(body: str, span: Span) -> list[Party]:
    """The list a sentence counts: by the count of those the signing is made with, else by
    any other count it gives ("경남도와 창원, 밀양, 창녕 등 3개 시군이 2개 기업과")."""
    sentence = body[span[0] : span[1]]
    found = roster(body, span, counted(sentence))
    for n, _partner in counts(sentence):
        found = found or roster(body, span, n)
    return found


def roster(body: str, span: Span, expected: int | None = None) -> list[Party]:
    """The organisations text[span] lists, each with its span; [] when it holds no list
    (`_read_roster`). Memoised, each caller given its own list: a signing's clause is read for
    the partners it counts, then again by `counted_roster` when it lists none."""
    return list(_roster(body, span, expected))


@functools.lru_cache(maxsize=64)
def _roster(body: str, span: Span, expected: int | None) -> tuple[Party, ...]:
    return tuple(_read_roster(body, span, expected))


def _read_roster(body: str, span: Span, expected: int | None) -> list[Party]:
    """The organisations text[span] lists, each with its span; [] when it holds no list.

    A list needs at least three items between commas or markers ("A, B, C 등"), or one item
    after each marker ("△A △B"): two names joined by a comma are too often something else.
    When the signing counts its partners (`expected`), bare names count, as many as it says;
    otherwise most items must show themselves as organisations (a legal form, a suffix such
    as 공단 or 대학교, a local government), since any comma list could be read as names.
    """
    start, end = span
    if _TOPIC_SUBJECT_RE.match(body, start, end):
        # "4대 프로젝트는 ▲인재 스킬업 ▲기업 밸류업 …이다", "주요 내용은 A, B, C이다": the
        # list is of what its subject names, projects or items, not bodies.
        return []
    parties: list[Party] = []
    counts_here = (
        counted(body[start:end]) is not None or NAMED_AS_BODIES.search(body, start, end) is not None
    )
    apart = bystanders(body, start, end)
    pieces = marked_pieces(body, start, end)
    topical = _topic_runs(pieces) if len(pieces) > 1 else set()
    for k, (piece_start, piece) in enumerate(pieces):
        marked = piece_start > start
        if k in topical:
            # "▷공정채용 ▷규제개선 ▷기록물 등 6개 분야에서": marks that list what the partners
            # work on, whatever the signing counts.
            continue
        if marked:
            piece = closed_at_comma(piece)
        if not marked:
            listed = "," in piece
            piece, closing = dotted(piece, expected)
            if "," not in piece:
                continue
            if not listed:
                expected = expected or closing
        if _where_or_what(piece):
            continue
        places = PLACES.search(piece) is not None
        resolved = []
        for items in lists_within(list_items(piece)):
            if len(items) < _MIN_ITEMS and not (marked and len(items) >= 1):
                continue
            last_at, last = items[-1]
            after = last_at + len(last)
            if (
                _AIMS_AFTER.match(piece, after)
                or FIELDS_AFTER_RE.match(piece, after)
                or _TOPICS_AFTER.match(piece, after)
                or _VISITED.search(last)
                or _PROJECT_LAST.search(last)
            ):
                # "문화와 농촌 개발, 경제 협력을 강화하는 양해각서": what the agreement is for;
                # "농수식품, 바이오화학 등 전략산업 분야에서": the fields it covers; "…, 영국
                # 런던을 순방하면서": the places a delegation visited.
                continue
            if any(_CLAUSE_ITEM.search(text) for _offset, text in items):
                # "주요활동 및 수범사례를 공유하고, 대책 및 개선안을 수립해": an item that does
                # something to an object makes the list what the partners will do.
                continue
            # "부산, 울산, 경남 테크노파크들": the body the places share, written once.
            shared = body_shared_by_places([text for _offset, text in items], body)
            named = shared or [item_name(text) for _offset, text in items]
            names = [(o, t, n) for (o, t), n in zip(items, named, strict=True)]
            good = [(offset, text, name) for offset, text, name in names if name]
            if len(good) < max(1, len(names) * 2 // 3):
                continue
            if expected is None or len(good) <= expected + 1:
                level = None
                for o, t, n in good:
                    # "한국수자원공사, 군 보건소, 의료원": the level word stands for the bare own
                    # bodies after it.
                    level = _list_level(n) or level
                    resolved.append((o, t, n, _resolve(n, body, places, level)))
        if not resolved:
            continue
        if expected is None:
            # The lists of one sentence show together what they list ("A공사, B협회 등
            # 공공기관, 덕양, 에스디지 등 민간기업이").
            shown = sum(1 for _o, t, n, r in resolved if _shows_org(t, n, r))
            if shown < max(1, len(resolved) * 2 // 3):
                continue
        elif not counts_here and not any(_shows_org(t, n, r) for _o, t, n, r in resolved):
            # Bare names far from the count ("밀양, 창녕, 남해에는 …") need one among them
            # that shows itself as a body (a legal form, a suffix, a head in parentheses).
            continue
        for offset, text, _bare, name in resolved:
            at = piece_start + offset
            if any(first <= at < last for first, last in apart):
                continue
            for part in _dotted_parties(name, body) or [name]:
                government = region_of(part, body)
                home = government.name if government and government.name == part else None
                parties.append(Party(part, (at, at + len(text)), region=home))
    return _unique(parties)


# The item a marked piece opens with, where 등 closes the list right after it.
_MARKED_ITEM = re.compile(r"[^\s,]+(?:\s[^\s,]+)?(?=\s?등(?:으로|[을를에이은과의도,]|\s|$))")


def _topic_runs(pieces: list[tuple[int, str]]) -> set[int]:
    """The marked pieces that list topics: each run of marks ends at the piece whose item 등
    closes, and lists topics when that closing says so ("▷A ▷B ▷C 등 3개 기업과 ▷이차전지
    ▷바이오 등 2개 분야": the first run bodies, the second fields)."""
    topical: set[int] = set()
    run: list[int] = []
    for k, (_start, piece) in enumerate(pieces):
        run.append(k)
        if _MARKED_ITEM.match(piece):
            if _closed_as_topics(piece):
                topical.update(run)
            run = []
    return topical


def _closed_as_topics(piece: str) -> bool:
    """Whether a list's last piece closes it as fields, aims or topics ("혁신 등 6개 분야에서",
    "…을 강화하는"), not as bodies."""
    item = _MARKED_ITEM.match(piece)
    if item is None:
        return False
    after = item.end()
    return bool(
        _AIMS_AFTER.match(piece, after)
        or FIELDS_AFTER_RE.match(piece, after)
        or _TOPICS_AFTER.match(piece, after)
    )


def _where_or_what(piece: str) -> bool:
    """Whether a piece lists where the partners are ("본사가 수도권과 충남, 영남에 소재한
    기업으로"), what they make ("자동차부품 및 특장차, 금속제품 등을 생산하는") or what stands in
    a place ("… 주거시설 등이 들어서 있다"), not who they are; "아름동에 소재한 A, B, C 등 7개
    기관이" places the list right after it."""
    located = _LOCATED_RE.search(piece)
    if located and not _LISTED_RIGHT_AFTER.match(piece, located.end()):
        return True
    return _MAKES_RE.search(piece) is not None or _STANDS_RE.search(piece) is not None


def _dotted_parties(name: str, body: str) -> list[str] | None:
    """ "강원도·원주시, 3개 기업과": local governments joined by a dot are each a party, and so
    are places that share the last one's level and province ("경북 청송·청도·고령군"), and
    bodies each named in full ("한국수소연합·전북테크노파크·전북대·우석대 등은")."""
    if "·" not in name:
        return None
    parts = [part.strip() for part in name.split("·")]
    if all(looks_like_org(part) for part in parts):
        return parts
    level = parts[-1][-1] if parts[-1].endswith(LOCAL_LEVELS) else ""
    province = parts[0].rpartition(" ")[0]
    found = []
    for k, part in enumerate(parts):
        named = f"{province} {part}" if k and province else part
        found.append(
            region_of(named, body)
            or (region_of(named + level, body) if level and not part.endswith(LEVELS) else None)
        )
    return [f.name for f in found if f is not None] if all(found) else None


def _shows_org(text: str, name: str, resolved: str) -> bool:
    """Whether an item shows itself as an organisation without the list's help."""
    return bool(
        LEGAL.search(text)
        or HEAD_IN_PARENS.search(text)
        or looks_like_org(name)
        or resolved != name
        or _ACRONYM.fullmatch(name)
    )


def _list_level(item: str) -> str | None:
    """ "군 시설관리공단, 체육회 등": the level word an item of a list opens with, which the
    bare own bodies after it share."""
    level, _, rest = item.partition(" ")
    # "도 보건환경연구원, 보건소": a province has no 보건소; only a city's or county's level
    # word is carried.
    return level if level in LOCAL_LEVELS and rest else None


def _resolve(name: str, body: str, places: bool, level: str | None = None) -> str:
    """A local government by its canonical name ("창원" in "창원, 밀양 등 4개 시군"), a bare
    own body by the home government its list's first item names ("군 시설관리공단, 체육회"),
    any other body as the article spells it."""
    if level is not None and name in _OWN_BODIES:
        name = f"{level} {name}"
    level, _, rest = name.partition(" ")
    if LEVEL_WORD_RE.fullmatch(level) and looks_like_org(rest):
        own = home_body(level, rest, body, region_lookup(body))
        if own is not None:
            return own
    found = region_of(name, body)
    if found is None and (places or len(name) == 2):
        # "창원, 밀양 등 4개 시군", or a two-syllable place named again ("밀양, 창녕"): the
        # local government, never a body called "밀양".
        found = region_of(name + "시", body) or region_of(name + "군", body)
    return found.name if found is not None else normalize_org(name, body)


def _unique(parties: list[Party]) -> list[Party]:
    seen: set[str] = set()
    out = []
    for party in parties:
        if party.name not in seen:
            seen.add(party.name)
            out.append(party)
    return out
