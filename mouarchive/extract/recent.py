""" "최근 …를 체결했다" says the signing happened lately, not in which month.

Dates resolve "최근" to the article's month, so that the signing sentence's date is not
taken from elsewhere; but the text states no month, and an article of 2 June about a signing
"최근" may well report one of late May. A report dated by "최근" alone therefore keeps the
words and their span and loses the date: the article's own date is only an upper bound,
which `show` and `timeline` print ("2023-05 이전"), and another outlet's report of the same
signing that states the day still dates the agreement.
"""

from __future__ import annotations

from dataclasses import replace

from mouarchive.models import AgreementReport

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
