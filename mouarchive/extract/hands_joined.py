"""A signing told by its gesture in the lede ("전북대학교와 순창군이 14일 … 위해 손을 맞잡았다"),
on a page whose other sentences speak of the agreement only as made ("이번 협약에 따라 …") or
whose headline alone names it ("… 업무 협약 체결").

Outlets often open with the handshake and never write the signing verb beside the agreement
noun, so no sentence is a signing candidate. The lede then is the evidence: the parties it
joins, on the day it gives. The page must name this agreement: a headline ending on the
agreement noun (and 체결), or a sentence speaking of "이번 협약" or its ceremony. It must not
speak of an agreement of another time ("지난해 업무협약을 체결한 데 이어", "2012년 7월 …
협약 체결 이후"), when the handshake is a follow-up; nor say the agreement is sought or called
off, nor, for a handshake told as done, still to come. A lede that will join hands ("손을
잡는다") tells a planned signing.
"""

from __future__ import annotations

import re

from mouarchive.extract.kind_title_place import KIND_RE, kind_of
from mouarchive.extract.page_reports import page_report
from mouarchive.extract.parties import find_parties
from mouarchive.extract.quote_marks import QUOTE_MARKS
from mouarchive.extract.report_days import ceremony_date, next_sentence
from mouarchive.extract.signing_context import YEAR_RE
from mouarchive.extract.signing_dates import DateHit, dates_between
from mouarchive.extract.signing_verbs import NOT_SIGNING_RE, PLANNED_RE
from mouarchive.models import AgreementReport, PartialDate, Party, Span
from mouarchive.vocab import alternation, pattern, words

_DONE_RE = re.compile("(?:" + pattern("signing", "handshake_done") + r")(?:다|습니다)")
# "오랫동안 상호 협력을 맺었다": a relation held for long, not the day's handshake, unless the
# sentence tells the day it was made ("14일 그동안의 교류를 바탕으로 … 맺었다").
_LONG_STANDING_RE = re.compile(pattern("signing", "long_standing"))
_QUOTE_MARKS_RE = re.compile("[" + re.escape(QUOTE_MARKS) + "]")
_A_DAY_RE = re.compile(r"(?<!\d)\d{1,2}\s?일(?![가-힣])")
_AHEAD_RE = re.compile("(?:" + pattern("signing", "handshake_ahead") + r")[.\s]")
_NOUN = "(?:" + KIND_RE.pattern + ")"
# "이번 협약에 따라", "이 협약은", "협약을 통해", "협약식에는": this page's agreement, as made.
_THIS_RE = re.compile(
    rf"(?:이번|이)\s?(?:[가-힣]{{1,6}}\s)?[가-힣]{{0,6}}?{_NOUN}(?:은|는|으로|을\s?통해|에\s?따라)|"
    rf"{_NOUN}(?:을\s?통해|에\s?따라|식)"
)
# "… 업무 협약 체결", "… 창출 ‘협약’": a headline that ends on the agreement.
_HEADLINE_RE = re.compile(rf"{_NOUN}[’'\"”」』]?(?:\s?체결)?[.!…]?$")
# "지난해 업무협약을 체결한 데 이어", "지난달 맺은 투자협약의 후속": an agreement of another time.
_ANOTHER_TIME_RE = re.compile(alternation(words("signing", "another_time")))
_LEDE_SENTENCES = 2  # the lede may follow a line the splitter kept as a sentence of its own


def hands_joined_report(
    body: str, sentences: list[Span], dates: list[DateHit], title: str | None
) -> list[AgreementReport]:
    """The signing a lede tells by the handshake, or nothing."""
    naming = [span for span in sentences if KIND_RE.search(body, *span)]
    if any(YEAR_RE.search(body, *span) or _ANOTHER_TIME_RE.search(body, *span) for span in naming):
        return []
    this = any(_THIS_RE.search(body, *span) for span in naming)
    if not this and not (title and _HEADLINE_RE.search(title.strip())):
        return []
    if any(NOT_SIGNING_RE.search(body[slice(*span)]) for span in naming):
        return []
    for span in sentences[:_LEDE_SENTENCES]:
        # "‘…상호 협력’을 맺었다": the quoted aim's marks are no part of the gesture.
        sentence = body[slice(*span)]
        unquoted = _QUOTE_MARKS_RE.sub("", sentence)
        done = _DONE_RE.search(unquoted) is not None and not (
            _LONG_STANDING_RE.search(unquoted) and not _A_DAY_RE.search(unquoted)
        )
        if not done and _AHEAD_RE.search(sentence) is None:
            continue
        if done and any(PLANNED_RE.search(body, *other) for other in naming):
            # "손을 맞잡았다. … 협약을 체결할 예정이다": the handshake was the announcement.
            return []
        parties = find_parties(body, span)
        if len(parties) < 2:
            continue
        return [
            _report(
                body,
                span,
                parties,
                done,
                dates=dates,
                sentences=sentences,
                title=title,
                naming=naming,
            )
        ]
    return []


# "도는 18일 협약을 통해 …": the agreement made on a day, told in the sentence after the lede.
_DAY_THEN_AGREEMENT_RE = re.compile(rf"(?<=일\s){_NOUN}(?:을|를)\s?통해")


def _next_days_agreement(
    lede: Span, sentences: list[Span], body: str, dates: list[DateHit]
) -> tuple[PartialDate, str, Span] | None:
    """A lede without a day is dated by the next sentence's ceremony, or by the day written
    right before the agreement it tells what is done through ("도는 18일 협약을 통해 …")."""
    ceremony = ceremony_date(lede, sentences, body, dates)
    if ceremony is not None:
        return ceremony
    after = next_sentence(lede, sentences)
    agreement = _DAY_THEN_AGREEMENT_RE.search(body, *after) if after else None
    before = dates_between(dates, after[0], agreement.start()) if after and agreement else []
    if not before:
        return None
    at, expr, found, announce = before[-1]
    if at[1] != agreement.start() - 1 or announce or found is None or found.precision != "day":
        return None
    return found, expr, at


def _report(
    body: str,
    span: Span,
    parties: list[Party],
    done: bool,
    *,
    dates: list[DateHit],
    sentences: list[Span],
    title: str | None,
    naming: list[Span],
) -> AgreementReport:
    """The lede's signing: its parties, the first day it gives (not a statement's), else the
    day the next sentence gives its ceremony or the agreement ("도는 18일 협약을 통해 …"), and
    the kind the headline or the page names."""
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
    ) or (_next_days_agreement(span, sentences, body, dates) if done else None)
    kind_name = kind_of(kind.group(0)) if kind else "업무협약"
    return page_report(body, kind_name, parties, span, day, status="signed" if done else "planned")
