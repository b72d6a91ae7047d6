"""Agreed items written in a sentence without markers: comma runs and pairs joined by 와/과.

A comma run is a list only when the sentence presents it as the content ("협약 내용은 A, B, C
등이다", "A, B 등을 골자로 한다", "등 6개 항목에 합의했다") or quotes each item ("'A', 'B' 등");
a pair only inside a content phrase ("협약의 골자는 A와 B이다"). Commas of prose about
cooperating ("A, B 등에 협력하기로 했다") make no list.
"""

from __future__ import annotations

import re

from mouarchive.extract.clause_items import (
    AGREED_RE,
    CLOSING,
    COUNT_WORD,
    ITEM_NOUN,
    NOT_AGREED_RE,
    OPENING,
    about_business,
    clean_item,
)
from mouarchive.models import Clause, Span
from mouarchive.vocab import pattern

_LEADING_ADVERBIAL_RE = re.compile(r"^\S+(?:에|에는|에서|으로는)\s(?=\S+\s\S)")
# "12일 협약을 맺고 A, B, C 등에 협력하기로 했다": the signing clause ends before the first item.
_SIGNED_THEN_RE = re.compile(r"(?:맺고|맺어|체결하고|체결해|체결하며|서명하고|협약하고)\s")
# An unmarked comma list is a list of agreed items only when the words right after its last
# "등" say so: a count of items ("등 6개 항목에 합의했다"), the content ("등을 골자로 한다",
# "등이 주요 내용이다", "등의 내용이 담겼다"), or a copula after a content introduction
# ("협약 내용은 A, B, C 등이다"). "양 기관은 A, B, C 등에 협력하기로 했다" is prose about the
# agreement, not a list of it, however the items read.
_CONTENT = pattern("clause_lists", "content_nouns")
_COMMA_CLOSURE_RE = re.compile(
    r"\s등(?:\s?(?P<count>" + COUNT_WORD + ITEM_NOUN + ")"
    r"|(?:을|를|이|가|의)\s?(?:주요\s|주된\s|핵심\s|주\s)?" + _CONTENT + r"|(?:이|을|를)\s?담"
    # These say the items are there, not what they are: they need a content introduction
    # ("협약 내용은 … 등이다", "주요 내용으로는 … 등이 있다", "협약에는 … 등이 포함됐다").
    r"|(?P<plain>(?:이다|입니다|이었다|였다)[.]?$|(?:이|가)\s있|(?:이|을|를)\s?포함"
    r"|(?:으로|로)\s?(?:구성|이뤄|이루어)))"
)
# "'A', 'B', 'C' 등 …": items each in quotes are written as a list whatever follows.
_QUOTED_CLOSURE_RE = re.compile(r"(?<=[’'”\"」』])\s?등(?=[\s을를이의])")
_CONTENT_INTRO_RE = re.compile(
    r"(?:"
    + _CONTENT
    + r"|사항|분야|과제|항목)(?:은|는|으로는)\s|"
    + pattern("clause_lists", "agreement_words")
    + r"(?:서|문)?(?:에는|에서는|은|는)\s|구체적으로"
)
_PAIRED = {"(": ")", "[": "]", "‘": "’", "“": "”", "「": "」", "『": "』"}
_COMMA_INTRO_RE = re.compile(
    r"(?:내용은|내용으로는|분야는|사항은|과제는|골자는|협약서에는|협약에는|합의문에는|합의서에는|"
    r"구체적으로는?|주요\s?내용은|기관은|시·도는|양측은|양\s?기관은|[가-힣]+(?:은|는)\s(?=[^,]*,))\s*"
)
# "협약의 골자는 A와 B이다", "협약 내용은 A와 B 등이다": two items joined by 와/과, no comma.
_PAIR_RE = re.compile(
    r"(?:협약|합의|MOU|양해각서|협정)(?:의|서의|문의)?\s?(?:주요\s?)?(?:골자|내용|핵심)(?:은|는)\s"
    r"(?P<a>[^.]{2,90}?[가-힣A-Za-z0-9)])(?:와|과)\s(?P<b>[^.]{2,90}?)"
    r"(?:\s?등)?(?:이다|입니다|이었다|였다)[.]?$"
)
# "…서명했으며, 재학생 현장실습과 공동 교육과정 개설이 주요 내용이다", "X와 맺은 협약은 A와
# B가 골자다": the same pair, named first (after the agreement as topic, if it opens).
_NAMED_FIRST = (
    r"(?P<a>[^,]{2,45}?[가-힣A-Za-z0-9)])(?:와|과)\s(?P<b>[^,]{2,45}?)"
    r"(?:\s?등)?(?:이|가)\s(?:(?:이번\s)?협약의\s)?(?:주요\s?|핵심\s?)?"
    r"(?:내용|골자)(?:이다|입니다|다)[.]?$"
)
_PAIR_TOPIC_FIRST_RE = re.compile(r"협약(?:은|는)\s" + _NAMED_FIRST)
_PAIR_FIRST_RE = re.compile(r"(?:^|,\s)" + _NAMED_FIRST)
# "X와의 협약에서는 A와 B에 힘을 모으기로 했다": two agreed aims before the promise; each a
# phrase of several words, so a partner ("기업과 공동 연구를") is not taken for an item.
_PAIR_PROMISED_RE = re.compile(
    r"협약(?:에서는|에서|으로|을\s?통해|에\s?따라)\s(?:[가-힣]+(?:은|는)\s)?(?![가-힣]+(?:은|는)\s)"
    r"(?P<a>[^.,]{2,45}?\s[^.,]*?[가-힣A-Za-z0-9)])(?:와|과)\s(?P<b>[^.,]{2,45}?\s[^.,]{2,45}?)"
    r"(?:\s?등)?(?:에|을|를)\s(?:\S+\s){0,2}?\S*(?:기로|키로)\s?(?:했다|합의했다|약속했다)[.]?$"
)
_CONNECTIVE_END_RE = re.compile(r"(?:고|며|으며|해|서|지만|면서|는데|하여|했으며|하고)$")
_MAX_COMMA_ITEM = 45


def comma_lists(text: str, sentences: list[Span]) -> list[list[Clause]]:
    """Comma lists the sentence itself presents as the agreed items (see `_COMMA_CLOSURE_RE`),
    and lists of quoted items."""
    lists: list[list[Clause]] = []
    for start, end in sentences:
        sentence = text[start:end]
        if "," not in sentence or not AGREED_RE.search(sentence):
            continue
        closure = _closure(sentence)
        if closure is None:
            continue
        stop, quoted = closure
        if quoted:
            # "…상호 합의하였으며, ‘A’, ‘B’, ‘C’ 등 …": the quoted run before the 등, not the
            # clause the sentence opened with; words inside the quotes introduce nothing.
            items = _quoted_run(sentence, _walk_back(sentence, 0, stop))
        else:
            intros = [m.end() for m in _COMMA_INTRO_RE.finditer(sentence, 0, stop)]
            items = _walk_back(sentence, intros[-1] if intros else 0, stop)
        if items and NOT_AGREED_RE.search(sentence[stop:]):
            continue
        if items and about_business(sentence[: items[0][0]]):
            continue
        if len(items) >= 2:
            first = _LEADING_ADVERBIAL_RE.match(sentence, items[0][0])
            if first:
                items[0] = (first.end(), items[0][1])
            signed = list(_SIGNED_THEN_RE.finditer(sentence, items[0][0], items[0][1]))
            if signed:
                items[0] = (signed[-1].end(), items[0][1])
            found = [clean_item(text, start + a, start + b, False) for a, b in items]
            lists.append([c for c in found if c is not None])
    return [found for found in lists if len(found) >= 2]


def _closure(sentence: str) -> tuple[int, bool] | None:
    """Where the sentence's comma list ends, and whether it must be a list of quoted items;
    None when nothing after a "등" presents the items as what was agreed."""
    closures = list(_COMMA_CLOSURE_RE.finditer(sentence))
    while closures and closures[-1].group("plain") is not None:
        if _CONTENT_INTRO_RE.search(sentence, 0, closures[-1].start()):
            break
        closures.pop()
    if closures:
        return closures[-1].start(), False
    quoted = list(_QUOTED_CLOSURE_RE.finditer(sentence))
    if quoted:
        return quoted[-1].start(), True
    return None


def _quoted_run(sentence: str, items: list[Span]) -> list[Span]:
    """The items at the end of `items` that are each in quotes; the first may close words
    that lead up to it ("두 도시는 '긴밀한 우호 관계 확립', '…'"), which are left out."""
    run: list[Span] = []
    for a, b in reversed(items):
        item = sentence[a:b].rstrip()
        if _is_quoted(item.strip()):
            run.insert(0, (a, b))
            continue
        opened = (
            max(item.rfind(m, 0, len(item) - 1) for m in OPENING) if item[-1:] in CLOSING else -1
        )
        if opened > 0 and _is_quoted(item[opened:]):
            run.insert(0, (a + opened, b))
        break
    return run


def _is_quoted(item: str) -> bool:
    return len(item) > 2 and item[0] in OPENING and item[-1] in CLOSING


def _top_level_commas(sentence: str, floor: int, stop: int) -> list[int]:
    """Offsets of the ", " between `floor` and `stop` that stand outside brackets and quotes:
    "건강실천사업(금연, 운동, 영양)" is one item."""
    commas: list[int] = []
    closers: list[str] = []
    for at in range(floor, stop):
        char = sentence[at]
        if closers and char == closers[-1]:
            closers.pop()
        elif char in _PAIRED:
            closers.append(_PAIRED[char])
        elif not closers and sentence.startswith(", ", at):
            commas.append(at)
    if closers:  # a bracket left open: the brackets tell nothing
        return [m.start() for m in re.finditer(", ", sentence[:stop]) if m.start() >= floor]
    return commas


def _split_commas(sentence: str, start: int, end: int) -> list[Span]:
    """ "A, B" inside a 와/과 pair ("A와 B, C이다") holds more items."""
    spans: list[Span] = []
    for part in re.finditer(r"[^,]+", sentence[start:end]):
        if part.group(0).strip():
            spans.append((start + part.start(), start + part.end()))
    return spans


def pair_lists(text: str, sentences: list[Span]) -> list[list[Clause]]:
    """Two agreed items a content phrase joins with 와/과; a comma list would have caught more."""
    lists: list[list[Clause]] = []
    for start, end in sentences:
        sentence = text[start:end].rstrip()
        m = _pair_match(sentence)
        if m is None:
            continue
        pieces: list[Span] = []
        for g in ("a", "b"):
            pieces.extend(_split_commas(sentence, m.start(g), m.end(g)))
        if any(b - a > _MAX_COMMA_ITEM for a, b in pieces):
            continue
        found = [c for a, b in pieces if (c := clean_item(text, start + a, start + b, False))]
        if len(found) >= 2:
            lists.append(found)
    return lists


def _pair_match(sentence: str) -> re.Match[str] | None:
    """The first pair pattern that reads the sentence. Each is tried from every letter, so a
    sentence without the words one needs (골자/내용/핵심; 협약 and 기로/키로) is not searched."""
    if "내용" in sentence or "골자" in sentence or "핵심" in sentence:
        m = (
            _PAIR_RE.search(sentence)
            or _PAIR_TOPIC_FIRST_RE.search(sentence)
            or _PAIR_FIRST_RE.search(sentence)
        )
        if m is not None:
            return m
    if "협약" in sentence and ("기로" in sentence or "키로" in sentence):
        return _PAIR_PROMISED_RE.search(sentence)
    return None


def _walk_back(sentence: str, floor: int, stop: int) -> list[Span]:
    """Comma-separated items ending at `stop`, collected backwards until a clause boundary
    ("…하고, " "…했으며, ") or an item too long to be one."""
    items: list[Span] = []
    end = stop
    commas = _top_level_commas(sentence, floor, stop)
    while end > floor:
        comma = commas.pop() if commas else -1
        begin = floor if comma == -1 else comma + 2
        segment = sentence[begin:end].strip()
        if not segment or _CONNECTIVE_END_RE.search(segment) or len(segment) > _MAX_COMMA_ITEM:
            break
        items.append((begin, end))
        if comma == -1:
            break
        end = comma
    items.reverse()
    return items
