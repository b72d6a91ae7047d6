"""Where a roster starts and ends in a sentence, and how it splits into items.

"협약한 기업은 세아제강을 비롯해 ㈜정다운, 프라이빗보성㈜ … 이다", "△목포 대양산단에 ㈜메종,
㈜삼동": items are cut at commas, list markers and the dots of "A·B·C 등 11개다"; the first
item begins after the words no particle, verb or date ends, the last ends at 등, a count, a
particle or a copula. `rosters` reads the names (`roster_names`) and resolves them.
"""

from __future__ import annotations

import re

from mouarchive import vocab
from mouarchive.extract.gazetteer import is_short_place
from mouarchive.extract.orgnames import is_generic, region_of
from mouarchive.extract.roster_names import LEGAL, MAX_WORDS, titled_person
from mouarchive.extract.tokens import BODY_NOUN, LIST_MARKS, TITLES
from mouarchive.text.scan import guarded

_MARKER_SPLIT = re.compile(r"\s*[" + re.escape(LIST_MARKS) + r"]\s*")
# A comma between digits ("6,000여 명") groups thousands and parts no items.
_ITEM_SPLIT = re.compile(r"\s*(?<!\d),\s*|(?<=\d),(?!\d{3})\s*|\s+및\s+")
# "주)가람정공 주)미르텍": a legal mark opens each name of a run whose comma was left out.
_NEXT_MARKED = re.compile(r"\s+(?=㈜|\(?주\))")
_PARENS = re.compile(r"\([^()]*\)")
_NAMES_IN_PARENS = re.compile(r"\([^()\d]*(?:,|\s및\s)[^()\d]*\)")
_HEAD_APART = re.compile(r"(?<=\S)\s\([^()]*\)\s*$")
# What ends a list: "등", a count of the members ("…, C 3개 기업", "…, C의 3개 기업"), a copula
# or a particle of the whole list.
_LIST_CLOSE = re.compile(
    r"^(?P<name>.+?)(?:\s?등(?=[이은과을의와]|으로|\s|$)|의?\s(?:총\s)?(?:\d+|[두세네])\s?(?:개|곳|개사|교)).*$"
)
# "…, 로우카본이 참여했으며": an item that says the list took part.
_TOOK_PART_ITEM = re.compile(
    r"\s?\S+(?:\s\S+)?(?:이|가)\s" + vocab.pattern("rosters", "took_part_verbs") + r"\S*$"
)
# "도" after 북 or 남 ends a province ("전우헌 경상북도 경제부지사는"), not the particle "also".
_LIST_TAIL = re.compile(
    r"^(?P<name>.+?)(?:(?:에서는|에서|에는|에|으로|로|이|가|와|과|(?<![북남])도|은|는|을|를)\s.*"
    r"|(?:이다|다|입니다)?[.\s]*)$"
)
# A word that ends the words before a list: a particle, a verb, a date ("전북도는 10일 A, B"),
# a time of day ("오전 A, B"), a passive modifier ("투자가 이뤄진 A, B").
_BEFORE_LIST = re.compile(
    r"(?:은|는|이|가|을|를|에|에서|에선|로|으로|로는|와|과|의|해|고|며|서|한|된|인|따라|더불어|아울러|가운데|\d+일|"
    + vocab.pattern("rosters", "passive_endings")
    + "|"
    + vocab.pattern("rosters", "list_leads")
    + ",?|"
    + vocab.pattern("rosters", "list_leads_bare")
    + "|"
    + vocab.pattern("common_words", "conditional_endings")
    + "|"
    + vocab.pattern("common_words", "times_of_day")
    + ")$"
)
# Each read from the start of a word only, so a long run without spaces is read once.
_JOINED = re.compile(r"(?<!\S)(?P<name>\S{2,}?)(?:와|과)")
_LED_BY = re.compile(
    r"(?<!\S)(?P<name>\S+?(?:\([^()]*\))?)(?:(?:을|를)\s"
    + vocab.pattern("rosters", "list_leads")
    + r"|\s"
    + vocab.pattern("rosters", "list_leads_bare")
    + r"),?(?:\s|$)"
)
_LEADS_THE_COUNT = re.compile(r"(?:을|를)\s" + vocab.pattern("rosters", "list_leads") + "$")
PLACES = guarded(re.compile(r"(?<!\d)\d+개\s?(?:시군|시·군|시·군·구|지자체|자치단체)|시장·군수"))


# "국방기술품질원·주택관리공단·중소기업진흥공단": names run together with dots, no spaces.
# Tried only where a word starts, so a long word is read once, not from each of its letters.
_DOTTED_RUN = guarded(re.compile(r"(?<![^\s,·])[^\s,·]+(?:·[^\s,·]+)+"))
_FEWEST_DOTTED = 3  # names of a dotted run read as a list unless its count says as many


def dotted(piece: str, expected: int | None = None) -> tuple[str, int | None]:
    """A piece whose lists are written with dots ("LH를 비롯해 A·B·C 등 11개다", "A·B·C 3개
    대학, D·E 2개 기관") as if with commas, and the count that closes its last one: dots also
    join fields ("환경·교통·관광 분야") and places ("시·군"), which no count of bodies closes.
    Places counted by their level ("강서·관악·구로 3개 자치구") are written with it ("강서구")."""
    closing = None
    parts: list[str] = []
    at = 0
    for run in _DOTTED_RUN.finditer(piece):
        close = _COUNT_CLOSE.match(piece, run.end())
        names = run.group(0).split("·")
        items = _counted_items(names, close, piece) if close else None
        if items is not None:
            parts += [piece[at : run.start()], ",".join(items)]
            at = run.end()
            closing = int(close["n"])
        elif (
            _TOOK_PART_CLOSE.match(piece, run.end())
            and _THIS_AGREEMENT.search(piece, 0, run.start())
            and _bodies_taking_part(names)
        ):
            # "이번 협약에는 A·B·C·D 등이 참여했다": as many as it names. Another event's
            # ("지난달 발대식에는", "앞서 1차 협약에는") and the guests of a ceremony
            # ("협약식에는 … 등이 함께했다") are not this agreement's partners.
            parts += [piece[at : run.start()], ",".join(names)]
            at = run.end()
            closing = len(names)
        elif (
            expected in (len(names), len(names) + 1)
            and (led := _LED_BEFORE.search(piece, 0, run.start()))
            and not _GROUP_APART.search(piece, 0, led.start())
            and _COPULA_CLOSE.match(piece, run.end())
            and _bodies_taking_part(names)
        ):
            # "이전 공공기관은 LH를 비롯해 A·B·C 등이다" after "10개 공공기관과 … 체결했다": the
            # bodies the signing counted, by who leads them and who else is among them; the
            # guests or the members of something else ("참석한 내빈은", "가족회사는") are not.
            parts += [piece[at : run.start()], ",".join(names)]
            at = run.end()
        elif NAMED_AS_BODIES.match(piece, run.end()):
            # "A·B·C·D 등 기업들은 …에 둥지를 튼다": bodies by the list's own words.
            parts += [piece[at : run.start()], ",".join(names)]
            at = run.end()
    return "".join([*parts, piece[at:]]), closing


# "LH를 비롯해 A·B·C 등이다": a run one of the group leads, closed as what the group is.
_LED_BEFORE = re.compile(r"(?:을|를)\s" + vocab.pattern("rosters", "list_leads_on") + r",?\s$")
_COPULA_CLOSE = re.compile(r"\s?등이다")
_GROUP_APART = re.compile(vocab.pattern("rosters", "groups_apart"))

# "A·B·C·D 등 기업들은": a list its own words call companies or bodies, bare names or not.
NAMED_AS_BODIES = re.compile(r"\s등\s(?:[가-힣]{1,4}\s)?" + BODY_NOUN + r"들?(?:은|는|이|가)\s")


def _bodies_taking_part(names: list[str]) -> bool:
    """Three names or more, each long enough to be a body's and none a kind of body."""
    return len(names) >= _FEWEST_DOTTED and all(
        len(name) >= _MIN_DOTTED and not is_generic(name) for name in names
    )


def _counted_items(items: list[str], close: re.Match[str], piece: str) -> list[str] | None:
    """The names of a dotted run its count closes, or None when the run is no list of bodies."""
    counted = int(close["n"])
    # The first may be named before the others and counted with them ("A구를 비롯해 B·C 3개
    # 자치구"); a list closed by 등 holds as many or fewer.
    named_all = counted in (len(items), len(items) + 1)
    exact = named_all and close["and_so_on"] is None
    if len(items) < _FEWEST_DOTTED and not exact:
        return None
    if close["kind"] in _COUNTED_PLACES and close["kind"] not in _GROUP_LEVELS:
        # "… 등 8개 시군과", "… 등 8개 시군, 22개 기업이", "… 등 8개 시군이 22개 기업과": the
        # governments sign; "… 등 5개 시·군 단체장" are their heads, and "… 시군이 참석한
        # 가운데", "… 시군이 추천한 기업과" tell what else they did.
        signing = close["particle"] in _PARTNERING or (
            close["particle"] in _SUBJECT and _PARTNER_NEXT.match(piece, close.end()) is not None
        )
        places = all(region_of(i, "") is not None or is_short_place(i) for i in items)
        return items if signing and places else None
    level = _GROUP_LEVELS.get(close["kind"] or "")
    if level is not None:
        # "강서구청·관악구청 등 2개 자치구": the office names its government; "강서구보건소"
        # names none, and a list holding it is no list of places.
        places = [_of_level(item, level) for item in items]
        return [p for p in places if p] if named_all and all(places) else None
    if not all(len(item) >= _MIN_DOTTED and not is_generic(item) for item in items):
        return None
    return items if named_all or close["and_so_on"] else None


def _of_level(item: str, level: str) -> str | None:
    """The government `item` names at `level` ("강서" and "강서구청" are "강서구"), or None
    where it names none ("강서구보건소", "관악구청장")."""
    name = item.removesuffix(_OFFICE) if item.endswith(level + _OFFICE) else item
    if not name.endswith(level):
        name += level
    place = name.removesuffix(level)
    return name if is_short_place(place) or region_of(name, "") is not None else None


_OFFICE = "청"


# "천안·공주·보령 등 8개 시군": places counted by the kinds of government they are, each of
# whatever level the gazetteer knows it by.
# The heads' words ("시장·군수") count people, who attend; only the governments' words count.
_COUNTED_PLACES = frozenset(
    kind
    for kind in vocab.table("rosters", "counted_governments")
    if not kind.endswith(("시장", "군수", "구청장"))
)
_PARTNERING = frozenset({"와", "과", ","})
_SUBJECT = frozenset({"이", "가", "은", "는"})
# The partner named right after the subject, a day between at most ("… 시군이 22개 기업과",
# "… 시군이 13일 한국전력과"), with no verb of the places' own before it.
_PARTNER_NEXT = re.compile(r"\s(?:\d{1,2}일\s)?(?:\d+\s?개\s?)?[^\s,]+(?:과|와)\s")
_COUNT_CLOSE = re.compile(
    r"\s?(?P<and_so_on>등\s)?(?:총\s)?(?P<n>\d+)\s?"
    r"(?:개\s?(?:[가-힣]{1,4}\s?)??(?P<kind>기관|기업|업체|대학교?|단체|공공기관|자치구|구청|"
    + vocab.alternation(_COUNTED_PLACES)
    + r")|개사|곳|개다)"
    r"(?P<particle>와|과|이|가|은|는|도|의|,)?(?![가-힣])"
)
# "… 등이 참여했다": a dotted run closed by who took part in the agreement, which the sentence
# names as this one ("이번 협약에는").
_THIS_AGREEMENT = re.compile(r"이번\s(?:\S+\s)?(?:협약|협정|MOU|양해각서)에(?:는)?\s")
_TOOK_PART_CLOSE = re.compile(
    r"\s?등(?:이|도|은|과|와)?\s(?:\S+\s){0,3}?" + vocab.pattern("rosters", "took_part_verbs")
)
# The level a group's kind gives the places it counts.
_GROUP_LEVELS: dict[str, str] = vocab.table("rosters", "counted_levels")
_MIN_DOTTED = 3  # letters of the shortest name a dotted list is read for


def marked_pieces(body: str, start: int, end: int) -> list[tuple[int, str]]:
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


def closed_at_comma(piece: str) -> str:
    """A marked item that closes the list before a comma ("▲동국대학교 등 총 11개 기관이며,
    경기도를 포함해 …") ends there: what follows the comma is another clause, not more items."""
    first, comma, _rest = piece.partition(",")
    return first if comma and _LIST_CLOSE.match(first.strip()) else piece


def list_items(piece: str) -> list[tuple[int, str]]:
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
    # "…, 에어레인, 로우카본이 참여했으며, 서면 교환 방식으로": the item that says the list took
    # part ends it; what follows its comma is the next clause.
    parts = parts[
        : next((k + 1 for k, (_a, t) in enumerate(parts) if _TOOK_PART_ITEM.match(t)), None)
    ]
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
    # "NH농협은행 옥천군지부 (지부장 …)": a head in brackets written apart is no word of the name.
    masked = _HEAD_APART.sub(_masked, masked)
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
    if led and not _person_leads(first, led[-1]):
        if not first[led[-1].end() :].strip(" ,"):
            # "완주군(군수 …)을 시작으로, 장수군, …": the lead word ends the first part, no item.
            items.pop(0)
        items.insert(0, (first_at + led[-1].start(), led[-1]["name"]))
    items[1:] = [split for item in items[1:] for split in _led_apart(_field_apart(item))]
    last_at, last = items[-1]
    closed = _list_end(last.strip())
    if closed is not None:
        # "…, 충북창조경제혁신센터를 비롯한 11개 기관과": the last name leads the count.
        name = _LEADS_THE_COUNT.sub("", closed["name"])
        items[-1] = (last_at + len(last) - len(last.lstrip()), name)
    return [
        (at + offset, name)
        for at, text in _kinds_opened(items)
        for offset, name in _marked_names(text)
        if name
    ]


_LEADS_ON = tuple(vocab.words("rosters", "list_leads_on"))
_HEAD_TITLES = tuple(vocab.words("titles", "head_word_endings"))


def _person_leads(text: str, led: re.Match[str]) -> bool:
    """ "윤동욱 누리도 새만금해양수산국장을 비롯해": a guest with a title leads the list."""
    return titled_person([*text[: led.start("name")].split()[-2:], led["name"]])


def _heads(name: str) -> bool:
    return name in TITLES or name.endswith(_HEAD_TITLES)


def _field_apart(item: tuple[int, str]) -> tuple[int, str]:
    """ "…, 노동계에선 한국노동조합총연맹, 교육계에선 경희대": the field a name is listed under
    opens its item and is no part of the name."""
    at, text = item
    field = _FIELD_LEAD.match(text)
    return (at + field.end(), text[field.end() :]) if field else item


# "노동계에선", "에너지 분야에서는": a field, not a body ("토지공사에서는 …" is the body itself).
_FIELD_LEAD = re.compile(
    r"\s*\S*(?:" + vocab.pattern("rosters", "field_endings") + r")(?:에선|에서는|에서)\s+(?=\S)"
)


def _led_apart(item: tuple[int, str]) -> list[tuple[int, str]]:
    """ "…, 교통대를 비롯해 청주시, 충주시 …": a name that leads the rest of the list, in the
    middle of it, is an item of its own, and so is the name after it."""
    at, text = item
    led = _LED_BY.search(text)
    if led is None or not led.group(0).rstrip(" ,").endswith(_LEADS_ON) or _heads(led["name"]):
        # "부국장을 비롯한 실무자들": people, and a group after them, are no list of names.
        return [item]
    return [(at + led.start(), led["name"]), (at + led.end(), text[led.end() :])]


def _marked_names(item: str) -> list[tuple[int, str]]:
    """(offset, name) of each name in an item: one per legal mark when it opens with one."""
    if not LEGAL.match(item.lstrip()):
        return [(0, item.strip())]
    names: list[tuple[int, str]] = []
    at = 0
    for gap in _NEXT_MARKED.finditer(item):
        names.append((at, item[at : gap.start()].strip()))
        at = gap.end()
    names.append((at, item[at:].strip()))
    return names


def _kinds_opened(items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "지역 공기업(한빛공사, 누리공단)", "6개 시중은행(BNK경남은행, NH농협은행, …)": the names
    a kind of bodies, or a count of them, holds in its parenthesis are items of the list, the
    kind is none."""
    out = []
    for at, text in items:
        kind = _KIND_OF_NAMES.fullmatch(text.strip())
        if kind and (is_generic(kind["kind"].split()[-1]) or _COUNTED.match(kind["kind"])):
            at += text.index("(") + 1
            for part in kind["names"].split(","):
                out.append((at + len(part) - len(part.lstrip()), part.strip()))
                at += len(part) + 1
        else:
            out.append((at, text))
    return out


_KIND_OF_NAMES = re.compile(r"(?P<kind>[^()]+)\((?P<names>[^()]+,[^()]+)\)")
_COUNTED = re.compile(r"\s*\d+\s?개\s?\S")


def lists_within(items: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
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
        joined = _JOINED.fullmatch(name) if PLACES.match(rest) else None
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
        if len(kept) == MAX_WORDS - 1 or (kept and _BEFORE_LIST.search(word)):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _stop_word(text: str) -> str | None:
    """The word that ends the words before a name at the end of `text`, if any."""
    words = text.split()
    kept = len(_tail_words(text).split())
    return words[-kept - 1] if len(words) > kept else None
