"""A signing told in full only by a photo caption ("▲ A 지사와 B 현지사가 30일 도청에서
우호교류협정을 체결한 뒤 악수를 하고 있다"), under a body that names the agreement but never
says it was signed ("… 이번 협정을 계기로 관광과 의료 분야에서 협력하자”고 화답했다"), or
under a body that names none but a party, when the caption dates the signing to the day the
story is published.

The caption gives who signed and when; the body stays the evidence, since evidence points into
the body: the report rests on the body's first sentence naming the agreement, and each party on
where the body names it (else on that sentence). Agreed items come from the body alone, as a
caption never lists them. A body that says the agreement was not made, and a caption of an
old signing (the photo of what a new story builds on), report nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from mouarchive.extract.clauses import find_clauses, stated_count
from mouarchive.extract.dates import days_between
from mouarchive.extract.headline import mention
from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.sentences import sentence_spans
from mouarchive.extract.signing_verbs import tells_no_signing
from mouarchive.extract.speech import outside_speech
from mouarchive.models import AgreementReport, Article, PartialDate, Party, Signatory, Span
from mouarchive.vocab import pattern


def caption_reports(
    article: Article, extract: Callable[[Article], list[AgreementReport]]
) -> list[AgreementReport]:
    """The signings the captions of `article` report, when the body names an agreement and
    nowhere denies it, or names a party of a signing the caption dates to the story's day.
    Each caption is read by `extract`, the reader of a whole article (passed in, since that
    reader calls this one), as if it were a body of its own."""
    body = article.body
    sentences = sentence_spans(body)
    # "… 반도체 클러스터 조성에 합의했다" under a caption of the MOU signed: a body that tells
    # the agreement by its verb alone names it too, as does one telling what the two sides
    # pledged ("양측은 … 긴밀히 협력해 나가기로 했다").
    naming = [span for span in sentences if KIND_RE.search(body, *span)] or [
        span for span in sentences if _AGREED_RE.search(body, *span)
    ]
    pledged = not naming
    if pledged:
        # A body that only says what the sides pledged: the caption's signing, unless the body
        # tells an event of another day ("13일 … 간담회를 가졌다. 양측은 …").
        naming = [span for span in sentences if _PLEDGED_TOGETHER_RE.match(body[slice(*span)])]
    # "이번 협약의 주요 내용은 …": where the body speaks of this agreement, only what it says of
    # it can deny it; "내년에는 다양한 국가와 MOU 체결을 통해 …" plans others.
    this = [span for span in naming if _THIS_ONE_RE.search(body, *span)] or naming
    # "“우호도시 체결을 통해 … 기대한다”며": what someone hopes of it denies nothing; the
    # words around the quote still can ("…며 연내 체결을 추진한다고 밝혔다").
    if any(tells_no_signing(outside_speech(body[slice(*span)])) for span in this):
        return []
    for caption in article.captions:
        if not KIND_RE.search(caption):
            continue
        found = [
            report
            for report in extract(Article(title=None, body=caption, published=article.published))
            if _of_the_story(report.date, article.published)
            and not (pledged and _another_day_told(body, report.date))
        ]
        if found and naming:
            return [_in_body(report, body, naming[0]) for report in found]
        told = [(r, at) for r in found if (at := _told_that_day(r, body, sentences, article))]
        if told:
            return [_in_body(report, body, at) for report, at in told]
    return []


def _told_that_day(
    report: AgreementReport, body: str, sentences: list[Span], article: Article
) -> Span | None:
    """ "▲김두겸 울산시장과 김기철 ㈜덕양에너젠 대표가 1일 … 투자협약을 체결했다" over a body
    that tells only the investment: a caption dating its signing to the day the story is
    published, with two parties, is the story's signing when the body names one of them; the
    first body sentence that does is the evidence."""
    signed, published = report.date, article.published
    if signed is None or published is None or len(report.parties) < 2:
        return None
    if days_between(signed, published) != 0:
        return None
    names = [p.name for p in report.parties]
    return next((span for span in sentences if any(n in body[slice(*span)] for n in names)), None)


_AGREED_RE = re.compile(r"합의(?:했|하였)")
_PLEDGED_TOGETHER_RE = re.compile(
    "(?:" + pattern("signing", "sides_pledging") + r").*기로\s?(?:했|하였|합의)"
)
# A day of an event told done: not one to come ("오는 20일"), a monthly one, or a rate ("1일
# 평균 방문객").
_DAY_EVENT_RE = re.compile(
    r"(?<!오는\s)(?<!매월\s)(?<!매달\s)(?<!\d)(?P<day>\d{1,2})\s?일(?!\s?평균)[^.\n]{0,80}?(?:"
    + pattern("signing", "events_of_a_day")
    + ")"
)


def _another_day_told(body: str, signed: PartialDate | None) -> bool:
    """Whether the body tells an event ("13일 … 간담회를 가졌다") on a day other than the
    caption's signing's: then its pledge is that event's, not the signing's."""
    day = signed.day if signed is not None else None
    return any(int(m["day"]) != day for m in _DAY_EVENT_RE.finditer(body))


_THIS_ONE_RE = re.compile(r"이번\s?(?:" + KIND_RE.pattern + ")")


# A caption's photo of the signing a story reports was taken within days of the story.
_STORY_DAYS = 14


def _of_the_story(signed: PartialDate | None, published: PartialDate | None) -> bool:
    """Whether a caption's signing can be the one the story reports, not an old one whose
    photo illustrates new news ("지난 3월 업무협약을 체결하고 있다")."""
    if signed is None or published is None or signed.year is None or published.year is None:
        return True
    gap = days_between(signed, published)
    if gap is not None:
        return 0 <= gap <= _STORY_DAYS
    if signed.month is None or published.month is None:
        return signed.year == published.year
    return (signed.year, signed.month) == (published.year, published.month)


def _in_body(report: AgreementReport, body: str, evidence: Span) -> AgreementReport:
    """The caption's report with every span moved into the body."""
    return replace(
        report,
        date_span=None,
        parties=[Party(p.name, mention(body, p.name, evidence), p.region) for p in report.parties],
        signatories=[
            Signatory(s.name, s.title, s.organization, mention(body, s.name, evidence))
            for s in report.signatories
        ],
        clauses=find_clauses(body),
        clauses_stated=stated_count(body),
        evidence_span=evidence,
        investment_krw=None,
        investment_span=None,
        jobs=None,
        jobs_span=None,
    )
