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
from mouarchive.extract.regions import government_region
from mouarchive.models import PartialDate, Party, Span

_LEVELS = {
    level: frozenset(kinds)
    for level, kinds in vocab.table("rosters", "counted_governments").items()
}
_WITHIN = vocab.word_set("rosters", "within_words")
# "8개 구·군과", "5개 구청장과": the count of the governments, or of their heads, as partners.
_COUNT_RE = re.compile(
    r"(?<!\d)(?P<n>\d{1,2})\s?개\s?(?P<level>"
    + "|".join(sorted(map(re.escape, _LEVELS), key=len, reverse=True))
    + r")(?=장?(?:와|과|이|가|은|는|,|\s및\s|\s등))"
)
_JOINERS = re.compile(r"(?:와|과|및|,|의)$")


def counted_governments(
    body: str, span: Span, provinces: list[str], on: PartialDate | None
) -> list[Party]:
    """The governments a sentence counts in full, of a province that signs with them (one of
    the signing's `provinces`): the one written before the count ("대구시 및 8개 구·군과"),
    else the only one ("도내 22개 시·군과")."""
    found: list[Party] = []
    for m in _COUNT_RE.finditer(body, *span):
        province = _province_before(body[span[0] : m.start()], body)
        if province is None and len(set(provinces)) == 1:
            province = provinces[0]
        if province not in provinces:
            continue
        names = municipalities_of(province, _LEVELS[m["level"]], on)
        if len(names) == int(m["n"]):
            found += [Party(name, m.span(), name) for name in names]
    return found


def _province_before(text: str, body: str) -> str | None:
    """The province or metropolitan city the words right before a count name, if any
    ("대구시 및", "광주", "대구 관내"); a word that is neither ends the search."""
    for word in reversed(text.split()[-3:]):
        word = _JOINERS.sub("", word)
        if word in _WITHIN or not word:
            continue
        found = government_region(word, body)
        if found is None or found.ambiguous or region_parent(found.name) is not None:
            return None
        return found.name
    return None
