""" "최근 …를 체결했다" says the signing happened lately, not in which month.

Dates resolve "최근" to the article's month, so that the signing sentence's date is not
taken from elsewhere; but the text states no month, and an article of 2 June about a signing
"최근" may well report one of late May. A report dated by "최근" alone therefore keeps the
words and their span and loses the date: the article's own date is only an upper bound,
which `show` and `timeline` print ("2023-05 이전"), and another outlet's report of the same
signing that states the day still dates the agreement.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mouarchive.models import AgreementReport, PartialDate, Span

RECENT = "최근"


def is_recent(date_text: str | None) -> bool:
    """Whether a date's words are "최근" alone."""
    return date_text is not None and date_text.replace(" ", "") == RECENT


def recent_is_no_date(report: AgreementReport) -> AgreementReport:
    if not is_recent(report.date_text):
        return report
    return replace(report, date=None)


def before_label(date_text: str | None, published: str | None) -> str | None:
    """ "2023-05 이전" for an agreement dated only by "최근" in an article of May 2023."""
    if not is_recent(date_text) or not published:
        return None
    return f"{published[:7]} 이전"


# "가람병원과의 협약식에 이은", "첫 협약식": the sentence after the signing tells another
# ceremony, the partner of one named before its 과의.
_OTHER_CEREMONY_RE = re.compile(
    r"[^.\n]{0,20}?(?:(?P<partner>[^\s.]+)(?:과|와)의\s\S*식|첫\s?\S*식|식에\s?이(?:은|어))"
)
_RECENT_DAYS = 31  # how long ago a signing told as "최근" may have been


def recent_ceremony(
    ceremony: tuple[PartialDate, str, Span] | None,
    body: str,
    reference: PartialDate | None,
    parties: set[str],
) -> tuple[PartialDate, str, Span] | None:
    """ "최근 … 체결했다고 14일 밝혔다. 지난 11일 열린 협약식에는 …": the day of the ceremony
    the next sentence tells says when "최근" was, if it is one of the weeks before the article
    and the ceremony is this signing's, not another ("지난 2월 20일 가람병원과의 협약식에 이은")."""
    # Imported here: `render` reads this module for `before_label`, and a command that only
    # shows the archive should not load the date patterns.
    from mouarchive.extract.dates import days_between

    if ceremony is None:
        return None
    other = _OTHER_CEREMONY_RE.match(body, ceremony[2][1])
    if other is not None and not (
        other["partner"] and any(other["partner"] in name for name in parties)
    ):
        return None
    days = days_between(ceremony[0], reference)
    if days is None:
        # An article dated by its month only: a ceremony of that month.
        dated = reference is not None and reference.month is not None
        return ceremony if dated and ceremony[0].month in (None, reference.month) else None
    return ceremony if 0 <= days <= _RECENT_DAYS else None
