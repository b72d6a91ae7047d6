"""Every 시·군 (구·군, 자치구) of a province or metropolitan city, named only by their count.

"안동시는 대구시 및 8개 구·군과 우호 교류 협정을 체결했다", "광주 5개 구청, 전남도와 …": an
article that counts all the governments of a province need not name them, and a reader takes
each one as a party. Only a count equal to how many the province held on the article's day
names them; a smaller one ("도내 22개 시·군 중 15개 시·군이") leaves which ones to other words.
"""

from __future__ import annotations

import re

from mouarchive import vocab
from mouarchive.extract.gazetteer import municipalities_of, region_parent
from mouarchive.extract.orgnames import region_of
from mouarchive.models import PartialDate, Party, Span
from mouarchive.text.scan import guarded

_LEVELS = {
    level: frozenset(kinds)
    for level, kinds in vocab.table("rosters", "counted_governments").items()
}
_WITHIN = vocab.word_set("rosters", "within_words")
_AS_SUBJECT = vocab.words("rosters", "count_as_subject")
# "8개 구·군과", "5개 구청장은", "22개 시장·군수는": the count of the governments, or of their
# heads, and the particle that tells their role.
_COUNT_RE = guarded(
    re.compile(
        r"(?<!\d)(?P<n>\d{1,2})\s?개\s?(?P<level>"
        + vocab.alternation(_LEVELS, space="")
        + r")장?\s?(?P<particle>"
        + vocab.alternation((*vocab.words("rosters", "count_as_partners"), *_AS_SUBJECT))
        + r")(?![가-힣])"
    )
)
# What joins a province to the count after it ("대구시 및", "광주시와").
_JOINED = re.compile(r"(?:와|과|,)$")
_AND = "및"


def counted_governments(
    body: str, span: Span, provinces: list[str], on: PartialDate | None
) -> list[Party]:
    """The governments a sentence counts in full, of a province that signs with them (one of
    the signing's `provinces`): the one written before the count ("대구시 및 8개 구·군과"),
    else, for partners, the only one ("도내 22개 시·군과"). Counted as a subject, they sign only
    beside their province ("대구시와 8개 구·군은"); else they attend or help ("22개 시·군이
    참석한 가운데")."""
    found: list[Party] = []
    for m in _COUNT_RE.finditer(body, *span):
        province, joined = _province_before(body[span[0] : m.start()], body, provinces)
        if m["particle"] in _AS_SUBJECT and not joined:
            continue
        if province is None and len(set(provinces)) == 1:
            province = provinces[0]
        if province not in provinces:
            continue
        names = municipalities_of(province, _LEVELS[m["level"]], on)
        if len(names) == int(m["n"]):
            found += [Party(name, m.span(), name) for name in names]
    return found


def _province_before(text: str, body: str, provinces: list[str]) -> tuple[str | None, bool]:
    """The province or metropolitan city the words right before a count name, if any
    ("대구시 및", "광주", "대구 관내"), and whether the count stands among fellow partners
    ("대구시와 8개 구·군", "대구시 및 8개 구·군", "광주시장과 광주 5개 구청장"); a word that is
    neither ends the search. A bare "광주" is the one among the signing's `provinces`."""
    words = text.split()
    joined = False
    for k in range(len(words) - 1, max(-1, len(words) - 4), -1):
        word = words[k]
        if word == _AND:
            joined = True
            continue
        if word in _WITHIN:
            continue
        found = region_of(_JOINED.sub("", word), body)
        if found is None or region_parent(found.name) is not None:
            return None, False
        if found.ambiguous and found.name not in provinces:
            return None, False
        joined = joined or _JOINED.search(word) is not None
        joined = joined or (k > 0 and _JOINED.search(words[k - 1]) is not None)
        return found.name, joined
    return None, False
