"""The day of a signing told without one, read from a later sentence that names it again.

Outlets often tell the signing first ("무주군이 … 조직위원회와 업무협약을 맺었다") and its day
only when they come back to it ("1일 진행된 협약식을 계기로 …", "지난 18일 체결한 협약에
따라 …"). That later day dates the signing when it is the only such day the story gives, and
recent (a day without its year, or one of the days just before the article's): a day of
another year named so is an older agreement's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.signing_dates import DateHit, just_before
from mouarchive.extract.signing_verbs import CEREMONY_WORD
from mouarchive.models import AgreementReport, PartialDate
from mouarchive.vocab import pattern

# "1일 진행된 협약식을", "지난 18일 체결한 협약에": right after a day, the agreement or its
# ceremony named as done, a word or two of its name between.
_NAMED_AGAIN_RE = re.compile(
    r"\s?"
    + pattern("signing", "named_again_as_done")
    + r"\s(?:이번\s)?(?:[^\s.]+\s){0,2}?[^\s.]*?(?:"
    + CEREMONY_WORD
    + "|"
    + KIND_RE.pattern
    + ")"
)


def dated_by_later_mention(
    report: AgreementReport, body: str, dates: list[DateHit], published: PartialDate | None
) -> AgreementReport:
    """`report`, dated by the one later day its story names it again on, if it had none."""
    if report.date is not None or report.status != "signed" or report.evidence_span is None:
        return report
    named = {
        found: (words, span)
        for span, words, found, not_event in dates
        if span[0] >= report.evidence_span[1]
        and found is not None
        and found.day is not None
        and not not_event
        and (found.year is None or just_before(found, published))
        and _NAMED_AGAIN_RE.match(body, span[1])
    }
    if len(named) != 1:
        return report
    ((found, (words, span)),) = named.items()
    return replace(report, date=found, date_text=words, date_span=span)
