"""The report of a signing a page tells outside any signing sentence: by its headline, by what
follows a lost lead, or by the handshake in its lede (`headline`, `lead_less`,
`hands_joined`). Each names the parties, the evidence and the day it found; the rest (regions,
listed items, a stated count) is read from the whole body, as for any report.
"""

from __future__ import annotations

from mouarchive.extract.clauses import find_clauses, stated_count
from mouarchive.extract.party_regions import regions_of_parties
from mouarchive.models import AgreementReport, PartialDate, Party, Span

Day = tuple[PartialDate, str, Span]
"""A day the page gives for the signing: the date, its words and their span."""


def page_report(
    body: str,
    kind: str,
    parties: list[Party],
    evidence: Span,
    day: Day | None = None,
    *,
    status: str = "signed",
    otherwise: PartialDate | None = None,
) -> AgreementReport:
    """The report, dated by `day`, else by `otherwise` (the day the page appeared) without
    words for it."""
    return AgreementReport(
        title=None,
        kind=kind,
        status=status,
        date=day[0] if day else otherwise,
        date_text=day[1] if day else None,
        date_span=day[2] if day else None,
        parties=parties,
        regions=regions_of_parties(parties, body),
        clauses=find_clauses(body),
        clauses_stated=stated_count(body),
        evidence_span=evidence,
        # Told by a headline, a caption or a handshake, the signing counts no partners.
        partners_counted=0,
    )
