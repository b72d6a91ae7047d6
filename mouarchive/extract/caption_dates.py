"""A signing day the text gives without its year ("24일"), in an article that carries no date of
its own, completed from a photo caption's stamp of the same day ("… 2021.3.24 /가평군 제공"):
a news photo is stamped with the day it was taken, and the photo of a signing shows the signing.
Only a stamp of the same day counts, only when the captions agree on one month, and never in a
story that looks back on an anniversary."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from mouarchive.models import AgreementReport, PartialDate
from mouarchive.text.datelines import full_dates
from mouarchive.text.scan import guarded

_LOOKS_BACK = guarded(re.compile(r"(?<!\d)\d+\s?주년"))


def dated_by_caption(report: AgreementReport, captions: list[str], body: str) -> AgreementReport:
    date = report.date
    if date is None or date.year is not None or date.day is None or _LOOKS_BACK.search(body):
        # An anniversary's story ("자매결연 10주년") prints the photo of the first signing,
        # of the same day of another year.
        return report
    stamps = {
        (stamp.year, stamp.month)
        for caption in captions
        for stamp in full_dates(caption)
        if stamp.day == date.day and date.month in (None, stamp.month)
    }
    if len(stamps) != 1:
        return report
    year, month = stamps.pop()
    return replace(report, date=PartialDate(year, month, date.day))


def dated_by_caption_signing(
    report: AgreementReport, told: list[AgreementReport]
) -> AgreementReport:
    """An undated signing ("이날 … 협약을 체결했다", the day said only in the photo's caption
    above it: "A와 B는 7일 … 협약을 맺었다. A 제공") takes the day a caption telling the same
    signing gives."""
    if report.date is not None:
        return report
    caption = _telling_it(report, told)
    if caption is None:
        return report
    return replace(report, date=caption.date, date_text=caption.date_text, date_span=None)


_CITED_BEFORE = 14  # days a signing may precede the day its source is cited on


def cited_day_by_caption(report: AgreementReport, told: list[AgreementReport]) -> AgreementReport:
    """A signing dated only by the day its source was cited ("3일 연천군에 따르면 …") takes the
    day a caption telling it gives ("… 지난 1일 업무협약을 체결하고 있다"), when that day is one
    of the two weeks before, without a year of its own: an archive photo's "2019년 5월 1일" is
    another day."""
    caption = _telling_it(report, told)
    cited, day = report.date, caption.date if caption is not None else None
    if cited is None or day is None or day.year is not None or None in (cited.day, day.day):
        return report
    if day.month not in (None, cited.month) or not 0 <= cited.day - day.day <= _CITED_BEFORE:
        return report
    return replace(report, date=day, date_text=caption.date_text, date_span=None)


def _telling_it(
    report: AgreementReport,
    told: list[AgreementReport],
    knows: Callable[[AgreementReport], object] = lambda caption: caption.date,
) -> AgreementReport | None:
    """The caption report that tells `report`'s signing and `knows` what is sought of it (its
    date, its signers): it names at least two of its parties and no other."""
    names = {p.name for p in report.parties}
    for other in told:
        shared = {p.name for p in other.parties} & names
        if knows(other) and len(shared) >= 2 and len(shared) == len(other.parties):
            return other
    return None


def signed_by_caption(report: AgreementReport, told: list[AgreementReport]) -> AgreementReport:
    """A signing whose body names no signer takes those a caption telling it names ("▲김하늘
    진도군수(오른쪽)와 이바다 진도수협 조합장이 7일 … 업무협약을 체결하고 있다"): the caption
    must name at least two of its parties and no other, as for its day."""
    if report.signatories:
        return report
    caption = _telling_it(report, told, lambda caption: caption.signatories)
    return replace(report, signatories=caption.signatories) if caption is not None else report
