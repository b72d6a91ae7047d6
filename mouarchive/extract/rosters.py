"""Rosters: the partners of a many-party signing, listed by name.

A ceremony with many partners is reported by its count ("세아제강 등 6개 기업과 투자 협약을
맺었다", "8개 기업은 13일 … 협약을 체결하고") and the names follow in a list of their own:
"협약한 기업은 세아제강을 비롯해 ㈜정다운, 프라이빗보성㈜ … 이다", "한국남동발전, 주택관리공단 등이
참여했다", "△목포 대양산단에 ㈜메종, ㈜삼동 △순천 해룡산단에 ㈜한성스틸 등이다". Such names
often carry no organisational suffix, so they are recognised by their place in the list: short
items between commas or list markers, closed by 등, a count or a copula.
"""

from __future__ import annotations

import re

from mouarchive import vocab
from mouarchive.extract.bare_names import name_alone
from mouarchive.extract.bystanders import hosts
from mouarchive.extract.orgnames import (
    is_activity,
    is_generic,
    looks_like_org,
    normalize_org,
    region_lookup,
    region_of,
)
from mouarchive.extract.party_regions import home_body
from mouarchive.extract.person_titles import looks_like_name
from mouarchive.extract.tokens import (
    FIELDS_AFTER_RE,
    LEVEL_WORD_RE,
    LEVELS,
    LIST_MARKS,
    LOCAL_LEVELS,
    TITLES,
)
from mouarchive.models import Party, Span
from mouarchive.text.scan import scanner

_MARKER_SPLIT = re.compile(r"\s*[" + re.escape(LIST_MARKS) + r"]\s*")
# A comma between digits ("6,000여 명") groups thousands and parts no items.
_ITEM_SPLIT = re.compile(r"\s*(?<!\d),\s*|(?<=\d),(?!\d{3})\s*|\s+및\s+")
# "주)누리캐스트": the mark with its opening bracket lost, at the start of a word only
# ("(제주)" holds no legal mark).
_LEGAL = re.compile(r"㈜|\((?:주|유|재|사|합)\)|(?<![가-힣])주\)|주식회사\s?")
# "주)가람정공 주)미르텍": a legal mark opens each name of a run whose comma was left out.
_NEXT_MARKED = re.compile(r"\s+(?=㈜|\(?주\))")
_PARENS = re.compile(r"\([^()]*\)")
_QUOTES = re.compile(r"[‘’“”'\"「」『』<>《》]")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&+.\-]{1,9}")
_AMOUNT = re.compile(r"\d\s?(?:여\s?)?(?:조|억|만|원|명|일|년|월|개|곳)")
_NAMES_IN_PARENS = re.compile(r"\([^()\d]*(?:,|\s및\s)[^()\d]*\)")
_CLOSING_PARENS = re.compile(r"(?<=[가-힣A-Za-z])\((?![주유재사합]\))[^()\d]*\)$")
_HEAD_IN_PARENS = re.compile(r"\s?\([^()]{0,25}\)\s?$|\s?\([^()]{0,25}\)(?=\s)")
# What ends a list: "등", a count of the members, a copula or a particle of the whole list.
_LIST_CLOSE = re.compile(
    r"^(?P<name>.+?)(?:\s?등(?=[이은과을의와]|\s|$)|\s(?:\d+|[두세네])\s?(?:개|곳|개사|교)).*$"
)
_LIST_TAIL = re.compile(
    r"^(?P<name>.+?)(?:(?:에서는|에서|에는|에|으로|로|이|가|와|과|도|은|는|을|를)\s.*"
    r"|(?:이다|다)?[.\s]*)$"
)
# A word that ends the words before a list: a particle, a verb, a date ("전북도는 10일 A, B"),
# a passive modifier ("투자가 이뤄진 A, B").
_BEFORE_LIST = re.compile(
    r"(?:은|는|이|가|을|를|에|에서|로|으로|로는|와|과|의|해|고|며|서|한|된|인|따라|더불어|아울러|가운데|\d+일|"
    + vocab.pattern("rosters", "passive_endings")
    + "|"
    + vocab.pattern("common_words", "conditional_endings")
    + ")$"
)
_JOINED = re.compile(r"(?P<name>\S{2,}?)(?:와|과)")
_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|와|과|의|도|로|에)(?=\s|$)")
# "(주)비온디는 건축자재": a partner and, in a few words without a number, what it makes.
# Only ever fullmatched against one item: searched, the lazy name would be tried from every
# letter of a long word, in time growing with the square of its length.
_DESCRIBED = re.compile(r"(?P<name>\S{2,}?)(?:은|는)(?:\s[^\s\d]+){1,3}")
_LED_BY = re.compile(r"(?P<name>\S+?)(?:을|를)\s비롯(?:해|한|하여)\s")
_NOT_NAME = re.compile(vocab.pattern("rosters", "not_in_a_name") + "$")
NOT_A_NAME = _NOT_NAME
"""A word no organisation's name ends with (an action, a title, an amount): shared with
`pairs`, which reads names by their place in a pattern too."""
_PLACES = re.compile(r"(?<!\d)\d+개\s?(?:시군|시·군|시·군·구|지자체|자치단체)|시장·군수")
# "이번 협약에 참여한 국책연구기관은 △…", "참여한 12개 공공기관은": the bodies said to take
# part, whatever words of what they are or how many come between.
_TOOK_PART = (
    vocab.pattern("rosters", "took_part")
    + r"\s?[가-힣·\d]{0,8}?\s?[가-힣·\d]{0,8}?"
    + vocab.pattern("rosters", "took_part_bodies")
    + r"들?(?:은|는)\s"
)
CUES = re.compile(vocab.pattern("rosters", "roster_cues") + "|" + _TOOK_PART)
_NUMBERS = {word: int(value) for value, word in vocab.table("rosters", "count_words").items()}
_FOLLOWERS = "".join(vocab.words("rosters", "count_noun_followers"))
# "30개 수소관련 공공기관 및 민간기업과": a word of what they are may stand between the count
# and the counted noun, which may end a longer word. "제36사단", "3사관학교": an ordinal, or a
# one-letter noun right after the number ("36사") that goes on as a longer word, counts no
# one; "3사와", "3사간", "3곳씩" count. A count has at most six digits: a longer run is read
# once, from its start, and counts no one.
_COUNT = scanner(
    re.compile(
        r"(?<![제\d])(?P<n>\d{1,6}(?!\d)|"
        + vocab.alternation(_NUMBERS)
        + r")\s?(?:(?:개|곳)?\s?|개\s[가-힣]{2,8}\s[가-힣]{0,4}?)"
        r"(?P<noun>" + vocab.pattern("rosters", "counted_nouns") + r")"
        rf"(?!(?<=\d[가-힣])[가-힣](?<![{_FOLLOWERS}]))"
    )
)
_GUEST_HEAD = re.compile(r"\s(?:" + vocab.pattern("titles", "not_signers") + r")(?:과|와)?$")
_KIND_AFTER_ETC = re.compile(r"\s등\s\S+$")
# "4,020억원을 투입하여 한빛기술원": a clause the list's first item opens with, before a name
# shaped like a body's ("… 체결하고 관광 상품 개발" names none).
_CLAUSE_BEFORE = re.compile(r"^.*\S" + vocab.pattern("rosters", "clause_endings") + r"\s+(?=\S)")
# "△자동차 분야 ㈜바다특장 1개사 102억여원", "△기타 ㈜에스.디.엠 등 4개사 232억여 원": a
# breakdown of the partners by field opens each field's companies with the field.
_FIELD_OPENING = re.compile(
    r"^(?:기타|(?:\S+\s){1,2}?" + vocab.pattern("rosters", "field_nouns") + r")\s(?=\S)"
)
_AFTER_HEAD = re.compile(
    r"(?<=\S)(\((?:" + vocab.pattern("titles", "titles") + r")\s?[가-힣]{2,4}\))\s\S.*$"
)
_MAKES_RE = re.compile(r"\s등을?\s" + vocab.pattern("rosters", "making"))
_LOCATED_RE = re.compile(r"[가-힣]에\s?" + vocab.pattern("rosters", "located"))
# A list that is the object of what the agreement does ("…을 강화하는", "…를 위한").
_AIMS_AFTER = re.compile(r"(?:을|를)\s" + vocab.pattern("rosters", "aim_verbs") + r"\s")
# "산업단지, 도화지구, 항만배후지 등에 대한 투자설명": what is told about, not who signs.
# "순천, 나주, 보성 등에 271명의 신규 일자리": where what was agreed lands, by the numbers.
_TOPICS_AFTER = re.compile(r"(?:\s?등)?에\s?(?:대한\s|관한\s|\d)")
_MAX_WORDS = 4
_MAX_CHARS = 30
_OWN_BODIES = vocab.word_set("regional_bodies", "own_bodies")
_MIN_ITEMS = 3


def counted(sentence: str) -> int | None:
    """How many partners a sentence counts ("6개 기업과", "8개사와", "13개 기관이"), if any:
    of several counts ("4개 시군이 6개 기업과"), the one the signing is made with."""
    numbers = counts(sentence)
    if not numbers:
        return None
    return next((n for n, partner in numbers if partner), numbers[0][0])


def counts(sentence: str) -> list[tuple[int, bool]]:
    """Every count of bodies in a sentence ("4개 시군이", "6개 기업과"), each with whether it
    counts those the signing is made with."""
    return [
        (
            int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"]],
            sentence.startswith(("과", "와"), m.end())
            and not _ALONGSIDE.match(sentence, m.end() + 1),
        )
        for m in _COUNT.finditer(sentence)
    ]


# "나주시 등 7개 시군과 협력해 9개 신설기업과 …": those the signer works with to bring the
# partners, not the partners.
_ALONGSIDE = re.compile(r"\s(?:협력해|협력하여|함께|공동으로)\s")


def counted_roster(body: str, span: Span) -> list[Party]:
    """The list a sentence counts: by the count of those the signing is made with, else by
    any other count it gives ("경남도와 창원, 밀양, 창녕 등 3개 시군이 2개 기업과")."""
    sentence = body[span[0] : span[1]]
    found = roster(body, span, counted(sentence))
    for n, _partner in counts(sentence):
        found = found or roster(body, span, n)
    return found


def roster(body: str, span: Span, expected: int | None = None) -> list[Party]:
    """The organisations text[span] lists, each with its span; [] when it holds no list.

    A list needs at least three items between commas or markers ("A, B, C 등"), or one item
    after each marker ("△A △B"): two names joined by a comma are too often something else.
    When the signing counts its partners (`expected`), bare names count, as many as it says;
    otherwise most items must show themselves as organisations (a legal form, a suffix such
    as 공단 or 대학교, a local government), since any comma list could be read as names.
    """
    start, end = span
    parties: list[Party] = []
    counts_here = counted(body[start:end]) is not None
    held_by = hosts(body, start, end)
    for piece_start, piece in _marked_pieces(body, start, end):
        marked = piece_start > start
        if marked:
            piece = _closed_at_comma(piece)
        if not marked and "," not in piece:
            piece, closing = _dotted(piece)
            if "," not in piece:
                continue
            expected = expected or closing
        if _LOCATED_RE.search(piece) or _MAKES_RE.search(piece):
            # "본사가 수도권과 충남, 영남에 소재한 기업으로": where the partners are, not who;
            # "자동차부품 및 특장차, 금속제품 등을 생산하는": what they make.
            continue
        places = _PLACES.search(piece) is not None
        resolved = []
        for items in _lists(_items(piece)):
            if len(items) < _MIN_ITEMS and not (marked and len(items) >= 1):
                continue
            last_at, last = items[-1]
            after = last_at + len(last)
            if (
                _AIMS_AFTER.match(piece, after)
                or FIELDS_AFTER_RE.match(piece, after)
                or _TOPICS_AFTER.match(piece, after)
            ):
                # "문화와 농촌 개발, 경제 협력을 강화하는 양해각서": what the agreement is for;
                # "농수식품, 바이오화학 등 전략산업 분야에서": the fields it covers.
                continue
            names = [(offset, text, _name(text)) for offset, text in items]
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
            if held_by is not None and held_by[0] <= at < held_by[1]:
                continue
            for part in _joined_places(name, body) or [name]:
                government = region_of(part, body)
                home = government.name if government and government.name == part else None
                parties.append(Party(part, (at, at + len(text)), region=home))
    return _unique(parties)


# "국방기술품질원·주택관리공단·중소기업진흥공단": names run together with dots, no spaces.
# Tried only where a word starts, so a long word is read once, not from each of its letters.
_DOTTED_RUN = re.compile(r"(?<![^\s,·])[^\s,·]+(?:·[^\s,·]+){2,}")


def _dotted(piece: str) -> tuple[str, int | None]:
    """A piece whose list is written with dots ("LH를 비롯해 A·B·C 등 11개다") as if with
    commas, and the count that closes it: dots also join fields ("환경·교통·관광 분야") and
    places ("시·군"), which no count of bodies closes."""
    closing = None
    for run in _DOTTED_RUN.finditer(piece):
        items = run.group(0).split("·")
        close = _COUNT_CLOSE.match(piece, run.end())
        if close and all(len(item) >= _MIN_DOTTED and not is_generic(item) for item in items):
            piece = piece[: run.start()] + run.group(0).replace("·", ",") + piece[run.end() :]
            closing = int(close["n"])
    return piece, closing


_COUNT_CLOSE = re.compile(
    r"\s?등\s(?:총\s)?(?P<n>\d+)\s?(?:개\s?(?:기관|기업|업체|대학|단체|공공기관)|개사|곳|개다)"
    r"(?![가-힣])"
)
_MIN_DOTTED = 3  # letters of the shortest name a dotted list is read for


def _joined_places(name: str, body: str) -> list[str] | None:
    """ "강원도·원주시, 3개 기업과": local governments joined by a dot are each a party, and so
    are places that share the last one's level and province ("경북 청송·청도·고령군")."""
    if "·" not in name:
        return None
    parts = name.split("·")
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
        _LEGAL.search(text)
        or _HEAD_IN_PARENS.search(text)
        or looks_like_org(name)
        or resolved != name
        or _ACRONYM.fullmatch(name)
    )


def _marked_pieces(body: str, start: int, end: int) -> list[tuple[int, str]]:
    """The sentence cut at list markers (△ ▲ …); without markers, the sentence whole."""
    cuts = [m for m in _MARKER_SPLIT.finditer(body, start, end)]
    if len(cuts) < 2:
        return [(start, body[start:end])]
    pieces = []
    bounds = [*(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts[1:]), end]
    for a, b in zip(bounds, ends, strict=True):
        pieces.append((a, body[a:b]))
    return pieces


def _closed_at_comma(piece: str) -> str:
    """A marked item that closes the list before a comma ("▲동국대학교 등 총 11개 기관이며,
    경기도를 포함해 …") ends there: what follows the comma is another clause, not more items."""
    first, comma, _rest = piece.partition(",")
    return first if comma and _LIST_CLOSE.match(first.strip()) else piece


def _items(piece: str) -> list[tuple[int, str]]:
    """The comma-separated items of a piece as (offset, text): the first is
    the words before its comma that no particle, verb or date ends ("전북도는 10일 테리안(주)"
    → 테리안(주)), with a partner joined by 와/과 before it ("광주시와 경기도"); the last ends
    where the list closes (등, a count, a particle, a copula)."""
    parts: list[tuple[int, str]] = []
    at = 0
    for m in _ITEM_SPLIT.finditer(_PARENS.sub(_masked, piece)):
        parts.append((at, piece[at : m.start()]))
        at = m.end()
    parts.append((at, piece[at:]))
    items = list(parts)
    if len(parts) == 1:
        # One name after its marker ("△케이오씨전기(대표 김호량) 등 11곳이다", "△순천
        # 해룡산단에 ㈜한성스틸 등이다"): the words before the list's end that no particle ends.
        closed = _list_end(piece.strip())
        if closed is None:
            return []
        text = closed["name"].strip()
        tail = _tail_words(text)
        lead = len(piece) - len(piece.lstrip())
        return [(lead + len(text) - len(tail), tail)] if tail else []
    first_at, first = parts[0]
    # Words are read with parentheses of names blanked, so "농촌진흥청(국립농업과학원, … 포함)"
    # ends one name ("(영광, 50억 원 투자)" tells what a company does, no name).
    masked = _NAMES_IN_PARENS.sub(lambda m: _masked_after_name(m, first), first)
    tail_at = first_at + len(masked.rstrip()) - len(_tail_words(masked))
    tail = first[tail_at - first_at : len(first.rstrip())]
    stop = _stop_word(masked)
    items[0] = (tail_at, tail)
    if stop is not None:
        stop_at = masked.rfind(stop, 0, tail_at - first_at)
        stop = first[stop_at : stop_at + len(stop)]
    joined = _JOINED.fullmatch(stop or "")
    if joined is not None:
        items.insert(0, (first_at + stop_at, joined["name"]))
    led = list(_LED_BY.finditer(first))
    if led:
        items.insert(0, (first_at + led[-1].start(), led[-1]["name"]))
    last_at, last = items[-1]
    closed = _list_end(last.strip())
    if closed is not None:
        items[-1] = (last_at + len(last) - len(last.lstrip()), closed["name"])
    return [
        (at + offset, name)
        for at, text in _kinds_opened(items)
        for offset, name in _marked_names(text)
        if name
    ]


def _marked_names(item: str) -> list[tuple[int, str]]:
    """(offset, name) of each name in an item: one per legal mark when it opens with one."""
    if not _LEGAL.match(item.lstrip()):
        return [(0, item.strip())]
    names: list[tuple[int, str]] = []
    at = 0
    for gap in _NEXT_MARKED.finditer(item):
        names.append((at, item[at : gap.start()].strip()))
        at = gap.end()
    names.append((at, item[at:].strip()))
    return names


def _kinds_opened(items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "지역 공기업(한빛공사, 누리공단)": the names a kind of bodies holds in its parenthesis
    are items of the list, the kind is none."""
    out = []
    for at, text in items:
        kind = _KIND_OF_NAMES.fullmatch(text.strip())
        if kind and is_generic(kind["kind"].split()[-1]):
            at += text.index("(") + 1
            for part in kind["names"].split(","):
                out.append((at + len(part) - len(part.lstrip()), part.strip()))
                at += len(part) + 1
        else:
            out.append((at, text))
    return out


_KIND_OF_NAMES = re.compile(r"(?P<kind>[^()]+)\((?P<names>[^()]+,[^()]+)\)")


def _lists(items: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """ "A, B, C 등 공공기관, D, E 등 민간기업이", "A, B, C 3교가 D, E이 참여했다": a list that
    closes inside an item (at 등 or a count) runs on into another, each read on its own;
    the item gives the name before the close and the words after it begin the next list."""
    lists: list[list[tuple[int, str]]] = [[]]
    for index, (at, text) in enumerate(items):
        closed = _LIST_CLOSE.match(text) if 0 < index < len(items) - 1 else None
        if closed is None:
            lists[-1].append((at, text))
            continue
        name, rest = closed["name"].strip(), text[closed.end("name") :].lstrip()
        # "전남도와 9개 시·군": a province and its places, counted; the province is named.
        joined = _JOINED.fullmatch(name) if _PLACES.match(rest) else None
        lists[-1].append((at, joined["name"] if joined else name))
        tail = _tail_words(rest.removeprefix("등 "))
        lists.append([(at + len(text) - len(tail), tail)] if tail else [])
    return lists


def _masked(match: re.Match[str]) -> str:
    """A parenthesis blanked out, so that "(김 시장, 박 대표)" does not split a list."""
    return "_" * len(match.group(0))


def _masked_after_name(match: re.Match[str], text: str) -> str:
    """A parenthesis blanked after a body's name ("농촌진흥청(국립농업과학원, … 포함)"); after a
    kind of bodies ("지역 공기업(한빛공사, 누리공단)") it holds the names and stays."""
    before = text[: match.start()].split()
    return match.group(0) if before and is_generic(before[-1]) else _masked(match)


def _list_end(text: str) -> re.Match[str] | None:
    """Where a list's last item ends: at 등 or a count, else at the particle or copula."""
    return _LIST_CLOSE.match(text) or _LIST_TAIL.match(text)


def _tail_words(text: str) -> str:
    """The last words of `text` that no particle, verb or date ends: the name at its end."""
    words = text.split()
    kept: list[str] = []
    for word in reversed(words):
        if len(kept) == _MAX_WORDS - 1 or (kept and _BEFORE_LIST.search(word)):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _stop_word(text: str) -> str | None:
    """The word that ends the words before a name at the end of `text`, if any."""
    words = text.split()
    kept = len(_tail_words(text).split())
    return words[-kept - 1] if len(words) > kept else None


def _name(item: str) -> str | None:
    """The organisation an item names, without legal marks or a head in parentheses; None
    when the item is a phrase (an agreed item, an amount, a head and title)."""
    # "한국수소산업협회 등 공공기관": the list's kind after a 등 within it; "신안군(군수 박우량)
    # 서남권": the name ends at its head's parenthesis, what follows describes the list.
    item = _AFTER_HEAD.sub("", item)
    clause = _CLAUSE_BEFORE.match(item)
    if clause is not None and looks_like_org(item[clause.end() :]):
        item = item[clause.end() :]
    field = _FIELD_OPENING.match(item)
    if field is not None and _LEGAL.search(item, field.end()):
        item = item[field.end() :]
    name = _HEAD_IN_PARENS.sub(" ", _KIND_AFTER_ETC.sub("", item)).strip()
    # "농촌진흥청(국립농업과학원, 국립식량과학원 포함)": what a closing parenthesis adds.
    name = _LEGAL.sub("", _CLOSING_PARENS.sub("", name)).strip(" ·-")
    if _GUEST_HEAD.search(name):
        # "박성도 진주시의회 의장, 신동복 산청군의회 부의장과": guests at the ceremony.
        return None
    described = _DESCRIBED.fullmatch(name)
    if described is not None and (_LEGAL.search(item) or looks_like_org(described["name"])):
        # "(주)영일교육시스템은 자동차정비 실습장비": each partner told with what it makes.
        name = described["name"]
    name = _without_head_name(name_alone(name) or "")
    if any(_NOT_NAME.search(word) for word in _PARTICLE.sub("", name).split()):
        return None
    if len(name) < 2 or len(name) > _MAX_CHARS or len(name.split()) > _MAX_WORDS:
        return None
    if _AMOUNT.search(name) or _QUOTES.search(name) or is_generic(name) or is_activity(name):
        return None
    return name


def _without_head_name(name: str) -> str:
    """ "류정윤 강동대, 김태봉 대덕대, … 이세진 혜전대학교 총장이 참석했다", "강동대 류정윤, …":
    heads listed with their bodies and one title for all, or each with a title of their own;
    the item's body is the name."""
    words = name.split()
    if len(words) == 3 and _full_name(words[1]) and _TITLE_END.search(words[2]):
        # "한국동서발전 김인완 기획본부장": each body with its head's name and title.
        return words[0]
    pairs = [words[-2:], words[::-1]] if len(words) == 2 else [words[-2:]]
    for head, body in pairs if len(words) >= 2 else []:
        if _full_name(head) and not looks_like_org(head) and looks_like_org(body):
            return body
    return name


def _full_name(word: str) -> bool:
    """A person's full name of three syllables: two-syllable words shaped like names are as
    often places ("이천 농협", "강남 연세의원")."""
    return len(word) == 3 and looks_like_name(word)


# A head's title, or the head of a unit ("기획본부장"); not a market ("전통시장") or a clinic.
_TITLE_END = re.compile(
    "(?<![가-힣])" + vocab.alternation(TITLES) + "$|(?:본부|연구실|센터|국|실|단)장$"
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
