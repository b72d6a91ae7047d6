"""The regions an agreement bears on, read from its parties.

Regions come from parties that are local governments, or that the article calls one's agency
("광주시 산하 X"); a bare 광주 the article never pins down stays marked ambiguous. A place
inside an organisation's own name (광주테크노파크) says where it sits, not whose it is.
"""

from __future__ import annotations

from mouarchive.extract.orgnames import region_of
from mouarchive.extract.parties import agency_regions, same_organisation
from mouarchive.models import Party, Region

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
        return next((r for n, r in agencies.items() if same_organisation(n, party.name)), None)
    surface = body[party.span[0] : party.span[1]]
    if party.region in _GWANGJU and "광역" not in surface and "경기" not in surface:
        bare = region_of("광주시", body)
        return Region(party.region, ambiguous=bare is not None and bare.ambiguous)
    return Region(party.region)
