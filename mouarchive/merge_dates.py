"""When the articles came out, weighed against the date a report gives its signing.

A report that gives no date of its own is placed in time only by its article: published in
the days after another report's dated signing, it tells that signing; published years apart,
the same heads' agreements are others. `merge` asks these only when the reports' own dates
cannot tell.
"""

from __future__ import annotations

from mouarchive.models import AgreementReport, PartialDate

# An article that tells a signing without its date, out within this many days of the day
# another report gives for the same parties' signing of the same kind, tells that signing.
_REPORTED_WITHIN = 14


def told_after(
    a: AgreementReport, b: AgreementReport, a_out: PartialDate | None, b_out: PartialDate | None
) -> bool:
    """ "지난 23일 … 자매결연 협약을 체결했다" (2024-02-23) and a piece of the 28th on the same
    two governments' 자매결연 with no date: one side dated to the day, the other undated and
    published in the days after it."""
    for dated, undated, out in ((a, b, b_out), (b, a, a_out)):
        day = dated.date
        if undated.date is not None or out is None or day is None or out.precision != "day":
            continue
        if day.precision == "day" and day.year is not None:
            days = (out.first_day - day.first_day).days
            if 0 <= days <= _REPORTED_WITHIN:
                return True
    return False


def timeless(
    a: AgreementReport, b: AgreementReport, a_out: PartialDate | None, b_out: PartialDate | None
) -> bool:
    """One report gives no date, and neither does its article: nothing places it apart from
    the other report in time. (An article that is dated is weighed by `told_after`.)"""
    return (a.date is None and a_out is None) or (b.date is None and b_out is None)


def told_near(
    a: AgreementReport, b: AgreementReport, a_out: PartialDate | None, b_out: PartialDate | None
) -> bool:
    """Whether the two articles came out within a few weeks of each other, where both dates
    are known: the same heads' agreements of other years are told in other years' news."""
    if a_out is None or b_out is None or "unknown" in (a_out.precision, b_out.precision):
        return True
    if a_out.precision != "day" or b_out.precision != "day":
        return a_out.year == b_out.year
    return abs((a_out.first_day - b_out.first_day).days) <= _REPORTED_WITHIN
