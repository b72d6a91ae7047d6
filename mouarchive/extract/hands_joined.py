"""A signing told by its gesture in the lede ("전북대학교와 순창군이 14일 … 위해 손을 맞잡았다"),
on a page whose other sentences speak of the agreement only as made ("이번 협약에 따라 …") or
whose headline alone names it ("… 업무 협약 체결").

Outlets often open with the handshake and never write the signing verb beside the agreement
noun, so no sentence is a signing candidate. The lede then is the evidence: the parties it
joins, on the day it gives. The page must name an agreement somewhere (headline or body), and
no sentence naming one may say it is sought or called off, nor, for a lede told as done, that
it is still to come; a lede that will join hands ("손을 잡는다") tells a planned signing. What
the agreement will bring ("협약을 통해 … 추진키로 했다") is no sign of either.
"""

from __future__ import annotations

import re

from mouarchive.extract.clauses import find_clauses, stated_count
from mouarchive.extract.kind_title_place import KIND_RE, kind_of
from mouarchive.extract.parties import find_parties
from mouarchive.extract.party_regions import regions_of_parties
from mouarchive.extract.signing_context import YEAR_RE
from mouarchive.extract.signing_dates import DateHit
from mouarchive.extract.signing_verbs import NOT_SIGNING_RE, PLANNED_RE
from mouarchive.models import AgreementReport, Span
from mouarchive.vocab import alternation, words

_GESTURES = [w for w in words("signing", "signing_verbs") if w.startswith("손")]
# "손을 맞잡았다.", "손 잡았다고 20일 밝혔다": the gesture ends the sentence, or the statement
# that reports it; "손잡고 … 나섰다" is how a programme is told, not a signing.
_DONE_RE = re.compile(
    "(?:" + alternation(w for w in _GESTURES if w.endswith("았")) + r")(?:다|다고|습니다)"
)
_AHEAD_RE = re.compile("(?:" + alternation(w for w in _GESTURES if w.endswith("는다")) + r")[.\s]")
_LEDE_SENTENCES = 2  # the lede may follow a line the splitter kept as a sentence of its own


def hands_joined_report(
    body: str, sentences: list[Span], dates: list[DateHit], title: str | None
) -> list[AgreementReport]:
    """The signing a lede tells by the handshake, or nothing."""
    naming = [span for span in sentences if KIND_RE.search(body, *span)]
    # "2012년 7월 … 업무협약 체결 이후 매년 정례 협의회를": an agreement of another year is no
    # sign that the handshake was a signing.
    current = [span for span in naming if YEAR_RE.search(body, *span) is None]
    if not current and not (title and KIND_RE.search(title)):
        return []
    if any(_not_signed(body[slice(*span)]) for span in naming):
        return []
    for span in sentences[:_LEDE_SENTENCES]:
        sentence = body[slice(*span)]
        done = _DONE_RE.search(sentence) is not None
        if not done and _AHEAD_RE.search(sentence) is None:
            continue
        if done and any(PLANNED_RE.search(body, *other) for other in naming):
            # "손을 맞잡았다. … 협약을 체결할 예정이다": the handshake was the announcement.
            return []
        parties = find_parties(body, span)
        if len(parties) < 2:
            return []
        kind = KIND_RE.search(title or "") or next(
            (m for other in naming if (m := KIND_RE.search(body, *other)) is not None), None
        )
        day = next(
            (
                (found, expr, at)
                for at, expr, found, announce in dates
                if span[0] <= at[0] < span[1] and not announce and found is not None
            ),
            None,
        )
        return [
            AgreementReport(
                title=None,
                kind=kind_of(kind.group(0)) if kind else "업무협약",
                status="signed" if done else "planned",
                date=day[0] if day else None,
                date_text=day[1] if day else None,
                date_span=day[2] if day else None,
                parties=parties,
                regions=regions_of_parties(parties, body),
                clauses=find_clauses(body),
                clauses_stated=stated_count(body),
                evidence_span=span,
            )
        ]
    return []


def _not_signed(sentence: str) -> bool:
    """A sentence naming the agreement that says it is sought, called off or long past."""
    return NOT_SIGNING_RE.search(sentence) is not None
