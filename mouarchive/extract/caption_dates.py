"""A signing day the text gives without its year ("24일"), in an article that carries no date of
its own, completed from a photo caption's stamp of the same day ("… 2021.3.24 /가평군 제공"):
a news photo is stamped with the day it was taken, and the photo of a signing shows the signing.
Only a stamp of the same day counts, only when the captions agree on one month, and never in a
story that looks back on an anniversary."""

from __future__ import annotations

import re
from dataclasses import replace

from mouarchive.models import AgreementReport, PartialDate

_STAMP = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s?[.\-/]\s?(?P<m>\d{1,2})\s?[.\-/]\s?(?P<d>\d{1,2})(?![\d])"
)


_LOOKS_BACK = re.compile(r"\d+\s?주년")


def dated_by_caption(report: AgreementReport, captions: list[str], body: str) -> AgreementReport:
    date = report.date
    if date is None or date.year is not None or date.day is None or _LOOKS_BACK.search(body):
        # An anniversary's story ("자매결연 10주년") prints the photo of the first signing,
        # of the same day of another year.
        return report
    stamps = {
        (int(m["y"]), int(m["m"]))
        for caption in captions
        for m in _STAMP.finditer(caption)
        if int(m["d"]) == date.day and date.month in (None, int(m["m"])) and 1 <= int(m["m"]) <= 12
    }
    if len(stamps) != 1:
        return report
    year, month = stamps.pop()
    return replace(report, date=PartialDate(year, month, date.day))
