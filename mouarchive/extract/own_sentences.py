"""Each signing's facts point into its own part of the article, not into another signing's.

An article reporting several signings ("먼저 A와 …를 체결했다. 두 번째로 B와 …") names the
host once, usually beside the first signing; the reports of the later signings take the host
from there, and `show` would quote the first signing's sentences as the evidence of the
second. Here a fact whose span lies in the passage of another signing of the article (the
text from that signing's first sentence to the next signing's) is pointed at the same words
in its own signing's sentence; a party that sentence does not write (the host, implied) is
pointed at the signing sentence as a whole, which is what says it. A date or signatory
written only in the other passage keeps its span: that is where it is said. Facts in the
lead, before any signing's passage, are shared, and stay. Names and everything else stay
as extracted.
"""

from __future__ import annotations

from dataclasses import replace

from mouarchive.models import AgreementReport, Span


def keep_to_own_sentences(
    reports: list[tuple[AgreementReport, Span]], body: str, sentences: list[Span]
) -> list[AgreementReport]:
    """The reports (each given with its passage), their spans that lay in another signing's
    passage moved into their own signing sentence."""
    if len(reports) < 2:
        return [report for report, _ in reports]
    moved = []
    for report, passage in reports:
        others = [p for r, p in reports if r is not report and p != passage]
        own = _sentence_of(report.evidence_span, sentences)
        if own is None or report.evidence_span is None:
            moved.append(report)
            continue
        place = _Place(body, own, passage, others)
        moved.append(
            replace(
                report,
                date_span=place.into_own(report.date_span, report.date_text),
                parties=[
                    replace(p, span=place.into_own(p.span, p.name, report.evidence_span))
                    for p in report.parties
                ],
                signatories=[
                    replace(s, span=place.into_own(s.span, s.name)) for s in report.signatories
                ],
            )
        )
    return moved


def _sentence_of(span: Span | None, sentences: list[Span]) -> Span | None:
    if span is None:
        return None
    return next((s for s in sentences if s[0] <= span[0] < s[1]), None)


def _inside(at: int, span: Span) -> bool:
    return span[0] <= at < span[1]


class _Place:
    """Where one signing's facts go: its own sentence, given the other signings' passages."""

    def __init__(self, body: str, own: Span, passage: Span, others: list[Span]) -> None:
        self.body, self.own, self.passage, self.others = body, own, passage, others

    def into_own(
        self, span: Span | None, name: str | None, implied: Span | None = None
    ) -> Span | None:
        """The same words (or `name`) in the own sentence; else `implied`; else `span`."""
        if span is None or _inside(span[0], self.passage):
            return span
        if not any(_inside(span[0], other) for other in self.others):
            return span
        for words in (self.body[span[0] : span[1]], name):
            found = self.body.find(words, *self.own) if words else -1
            if found != -1:
                return (found, found + len(words))  # type: ignore[arg-type]
        return implied or span
