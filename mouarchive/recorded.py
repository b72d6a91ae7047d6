"""Signings the owner records by hand (`mouarchive record`): a signing an article tells that
the extractor missed, kept as a correction and saved as one more report of that article.

The report stands at a negative position of its own (-1, -2, … for the article's first,
second record), kept in the correction's key: extraction numbers an article's reports from
0, so however often an improved extractor reads the article again, a fix or merge bound to
the recorded report still finds it, and never one the extractor read.
"""

from __future__ import annotations

from mouarchive.corrections import Correction
from mouarchive.models import AgreementReport, PartialDate, Party, Region

FACTS = ("parties", "date", "kind", "status", "place", "title")
KIND = "업무협약"
"""The kind a record takes when the owner names none: the usual reading of a bare 협약."""
# A recorded party points at no sentence: its span is this, never an extracted name's.
NO_SPAN = (0, 0)
"""What a record holds (its correction's `new`), as `record`'s options give them."""

EVIDENCE = "recorded by the owner (mouarchive record), not read from the text"
"""What `show` quotes as a recorded report's evidence: no sentence was read as it."""


def position_after(taken: list[int]) -> int:
    """The position a new record of an article takes: below every one it holds already."""
    return min([0, *taken]) - 1


def report(correction: Correction) -> AgreementReport:
    """The report a record stands for, its parties' regions found as extraction's are."""
    from mouarchive.extract.orgnames import region_lookup, region_of_party
    from mouarchive.extract.party_regions import body_region

    facts = correction.new if isinstance(correction.new, dict) else {}
    parties = []
    regions: list[Region] = []
    for name in facts.get("parties") or []:
        found = region_of_party(name, region_lookup("")) or body_region(name, "")
        region = found.name if found is not None and not found.ambiguous else None
        parties.append(Party(name, NO_SPAN, region))
        if region and all(known.name != region for known in regions):
            regions.append(Region(region))
    return AgreementReport(
        title=facts.get("title"),
        kind=facts.get("kind") or KIND,
        status=facts.get("status") or "signed",
        date=PartialDate.parse_iso(facts.get("date")),
        place=facts.get("place"),
        parties=parties,
        regions=regions,
        partners_counted=max(0, len(parties) - 1),
    )


def told(facts: object) -> str:
    """A record in one line, as `corrections` lists it: "A·B 업무협약, 2025-03-04"."""
    given = facts if isinstance(facts, dict) else {}
    named = "·".join(given.get("parties") or []) or "(당사자 미상)"
    said = f"{named} {given.get('title') or given.get('kind') or KIND}"
    return f"{said}, {given['date']}" if given.get("date") else said
