"""The regions an agreement bears on, read from its parties.

Regions come from parties that are local governments, that the article calls one's agency
("광주시 산하 X"), or whose name makes them a place's own body ("울산광역시교육청",
"함안군보건소", "동작구의회") or a national body's branch for an area ("NH농협은행
합천군지부"); a bare 광주 the article never pins down stays marked ambiguous. A place inside a
company's or university's name (광주은행, 전남대학교) says where it sits, not whose it is.
"""

from __future__ import annotations

import re

from mouarchive import vocab
from mouarchive.extract.orgnames import region_of
from mouarchive.extract.parties import agency_regions, same_organisation
from mouarchive.models import Party, Region

_OWN_BODIES = vocab.words("regional_bodies", "own_bodies")
_BRANCH = re.compile(vocab.alternation(vocab.words("regional_bodies", "branch_words"), ""))
_PLACE_CHARS = range(2, 8)
_QUALIFIER = 3  # characters that may stand between a place and its body ("김천시중앙보건지소")

_GWANGJU = frozenset({"광주광역시", "경기도 광주시"})


def regions_of_parties(parties: list[Party], body: str) -> list[Region]:
    """Regions come from parties that are local governments, or that the article calls one's
    agency ("광주시 산하 X"); a bare 광주 the article never pins down stays marked ambiguous."""
    regions: list[Region] = []
    agencies = agency_regions(body)
    for party in parties:
        found = _party_region(party, body, agencies)
        if found is not None and all(r.name != found.name for r in regions):
            regions.append(found)
    return regions


def _party_region(party: Party, body: str, agencies: dict[str, Region]) -> Region | None:
    if party.region is None:
        agency = next((r for n, r in agencies.items() if same_organisation(n, party.name)), None)
        return agency or body_region(party.name, body)
    surface = body[party.span[0] : party.span[1]]
    if party.region in _GWANGJU and "광역" not in surface and "경기" not in surface:
        bare = region_of("광주시", body)
        return Region(party.region, ambiguous=bare is not None and bare.ambiguous)
    return Region(party.region)


def body_region(name: str, body: str) -> Region | None:
    """The place whose own body, or whose branch of a national body, `name` is."""
    compact = name.replace(" ", "")
    for own in (w for w in _OWN_BODIES if compact.endswith(w)):
        for end in _PLACE_CHARS:
            between = len(compact) - len(own) - end
            if 0 <= between <= _QUALIFIER and (found := _place(compact[:end], body)):
                return found
    for branch in _BRANCH.finditer(compact):
        for length in reversed(_PLACE_CHARS):
            start = branch.start() - length
            if start >= 0 and (found := _place(compact[start : branch.start()], body)):
                return found
    return None


def _place(word: str, body: str) -> Region | None:
    """A local government named in full or short ("합천군", "울산", "김천" for 김천시)."""
    return region_of(word, body) or region_of(word + "시", body) or region_of(word + "군", body)
