"""When the articles came out, weighed against the date a report gives its signing.

A report that gives no date of its own is placed in time only by its article: published in
the days after another report's dated signing, it tells that signing; published years apart,
the same heads' agreements are others. `merge` asks these only when the reports' own dates
cannot tell.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TypeGuard

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
    return any(
        undated.date is None and _reported_after(dated.date, out) is True
        for dated, undated, out in ((a, b, b_out), (b, a, a_out))
    )


def _reported_after(signed: PartialDate | None, out: PartialDate | None) -> bool | None:
    """Whether an article of the day `out` came out in the two weeks after a signing dated to
    the day; None when either is not known to the day."""
    if not _dated_day(signed) or out is None or out.precision != "day":
        return None
    return 0 <= (out.first_day - signed.first_day).days <= _REPORTED_WITHIN


def reported_before_signing(
    a: AgreementReport, b: AgreementReport, a_out: PartialDate | None, b_out: PartialDate | None
) -> bool:
    """Whether one report tells, without a date of its own, a signing done in an article that
    came out weeks before the other report's signing: a piece of January 2022 cannot tell a
    signing of June 2024, whatever the parties and items they share. A report with its own
    date is weighed by that date; a preview (planned) may come out before; and an
    agreement's first article may be its preview, which a few days' slack does not cover (so
    an agreement's day weighs only reports that give none)."""
    return any(
        told.status == "signed"
        and told.date is None
        and known(out)
        and other.date is not None
        and other.date.year is not None
        and (other.date.first_day - out.last_day).days > _TOLD_AHEAD
        for told, out, other in ((a, a_out, b), (b, b_out, a))
    )


# Days by which an article's day may fall before the day of the signing it tells as done: a
# page whose day was misread by a few days still tells it.
_TOLD_AHEAD = 14


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
    if not (known(a_out) and known(b_out)):
        return True
    if a_out.precision != "day" or b_out.precision != "day":
        return a_out.year == b_out.year
    return abs((a_out.first_day - b_out.first_day).days) <= _REPORTED_WITHIN


def placed_near(
    a: AgreementReport, b: AgreementReport, a_out: PartialDate | None, b_out: PartialDate | None
) -> bool:
    """Whether the two reports are placed in time, and near each other: a dated signing and
    the other outlet's article in the two weeks after it; else each by its article's day or
    its own dated signing; where one only is placed, the other's day of the month must fall in
    the two weeks before it. A report with no date in an article with none is not placed: it
    could be the same partners' agreement of any year."""
    for signed, out in ((a.date, b_out), (b.date, a_out)):
        after = _reported_after(signed, out)
        if after is not None:
            return after
    when_a, when_b = _when(a, a_out), _when(b, b_out)
    if when_a is not None and when_b is not None:
        return told_near(a, b, when_a, when_b)
    if when_a is not None:
        return _told_before(b.date, when_a)
    if when_b is not None:
        return _told_before(a.date, when_b)
    return False


def _dated_day(date: PartialDate | None) -> TypeGuard[PartialDate]:
    return date is not None and date.precision == "day" and date.year is not None


def known(out: PartialDate | None) -> TypeGuard[PartialDate]:
    """Whether an article's day is known, to the year at least."""
    return out is not None and out.precision != "unknown"


def _when(report: AgreementReport, out: PartialDate | None) -> PartialDate | None:
    if known(out):
        return out
    date = report.date
    return date if date is not None and date.year is not None else None


def _told_before(signed: PartialDate | None, out: PartialDate) -> bool:
    """ "지난 14일" in an undated piece, beside another outlet's article of 5 February: the
    14th before it is 22 days earlier, too long ago for a signing that article told. A
    report that gives no day at all is not placed by the other's article."""
    if signed is None:
        return False
    if signed.day is None or out.precision != "day":
        return True
    last = out.first_day
    return any(
        day.day == signed.day and signed.month in (None, day.month)
        for day in (last - timedelta(days=back) for back in range(_REPORTED_WITHIN + 1))
    )
