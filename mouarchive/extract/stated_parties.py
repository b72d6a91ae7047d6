"""The parties an article states outright in a sentence of their own ("업무협약 당사자는
울산광역시와 케이디개발, 롯데건설이며, …", "협약기관인 서프홀릭·텐퍼센트커피를 비롯해 …"),
after a signing sentence that named only some of them. Every item of such a list is a party
by the sentence's own words, so each is read as a name, not weighed by the verbs around it as
`find_parties` weighs a signing sentence's words.
"""

from __future__ import annotations

import re

from mouarchive.extract.bare_names import name_alone
from mouarchive.extract.orgnames import (
    is_common_noun,
    is_verb_form,
    normalize_org,
    region_lookup,
    region_of,
)
from mouarchive.extract.person_titles import merged_title
from mouarchive.extract.tokens import LIST_MARKS
from mouarchive.models import Party, Span
from mouarchive.vocab import word_set

_STATED_RE = re.compile(
    r"(?:협약|협정|MOU|양해각서|합의서)\s?(?:의\s)?당사자(?:는|로는)\s(?P<names>[^.]{2,200}?)"
    r"(?:이며|이고|이다|다\.|입니다)"
)
# "협약기관인 서프홀릭·텐퍼센트커피를 비롯해 …": the bodies named as the agreement's own.
_AGREEMENT_BODIES_RE = re.compile(
    r"협약\s?(?:기관|업체|기업)인\s(?P<names>[^.,]{2,120}?)"
    r"(?:(?:을|를)\s?비롯|(?:이|가|은|는|도)\s)"
)
# "각 MOU에는 김석필 천안시장 권한대행(부시장)도 참여했다": a head who joined each of the
# agreements just told. A guest of one agreement or of its ceremony ("이번 협약에는 …도
# 참석했다", "협약식에는 …") is not read here.
_JOINED_HEAD_RE = re.compile(
    r"(?<!\S)각\s(?:투자\s?)?(?:협약|MOU|양해각서)에는\s"
    r"(?P<who>[^.]{2,60}?)(?:\([^()]{0,20}\))?도\s(?:참여|참석|함께)(?:했|하였)"
)
_ACTING = word_set("titles", "acting_titles")
_FORMER = frozenset({"전", "前"})
# What separates the list's items: "A와 B, C", "A, B 및 C", "A·B", "▲A ▲B".
_SEPARATOR_RE = re.compile(
    r"(?:와|과)\s|\s*,\s*|\s*·\s*|\s및\s|\s*[" + re.escape(LIST_MARKS) + r"]\s*"
)
# How far after the signing sentence the statement is looked for, in sentences.
STATED_REACH = 2


def stated_parties(body: str, after: list[Span]) -> list[Party]:
    """The parties the first of the sentences `after` states outright, or none."""
    for a, b in after:
        stated = _STATED_RE.search(body, a, b) or _AGREEMENT_BODIES_RE.search(body, a, b)
        if stated is not None and not _tells_what_they_do(stated["names"]):
            return _items(body, stated.span("names"))
    return []


def joined_heads(body: str, after: list[Span]) -> list[Party]:
    """The local government whose head the first of the sentences `after` says joined the
    agreements just told ("각 협약에는 박상돈 천안시장도 참여했다"): a party to each."""
    region = region_lookup(body)
    for a, b in after:
        joined = _JOINED_HEAD_RE.search(body, a, b)
        if joined is None:
            continue
        words = joined["who"].split()
        while words and words[-1] in _ACTING:
            # "천안시장 권한대행": one acting for the head stands for the city as the head does.
            words.pop()
        if not words or (len(words) > 1 and words[-2] in _FORMER):
            # "전 천안시장": a former head speaks for no one.
            return []
        head = merged_title(words[-1], region)
        if head is not None and (government := region(head[0])) is not None:
            return [Party(government.name, joined.span("who"), region=government.name)]
        return []
    return []


def _tells_what_they_do(names: str) -> bool:
    """ "협약의 당사자는 … 위해 상호 협력하고, 국방부는 …": a sentence about what the parties
    agreed to do, one clause joined to the next by a verb and a comma ("협력하고,"), which no
    list of names holds; a name may hold a verb that describes ("함께하는 사랑밭")."""
    return any(word.endswith(",") and is_verb_form(word.rstrip(",")) for word in names.split())


def _items(body: str, span: Span) -> list[Party]:
    parties = []
    start, end = span
    cuts = [(m.start(), m.end()) for m in _SEPARATOR_RE.finditer(body, start, end)]
    bounds = zip([start, *(b for _, b in cuts)], [*(a for a, _ in cuts), end], strict=True)
    for a, b in bounds:
        name = name_alone(body[a:b].strip())
        if not name or len(name) < 2 or is_common_noun(name):
            # "도·시·군": a level word alone names no one.
            continue
        place = region_of(name, body)
        if place is not None and not place.ambiguous:
            parties.append(Party(place.name, (a, b), region=place.name))
        else:
            parties.append(Party(normalize_org(name, body), (a, b)))
    return parties
