"""A signing reported only by the headline of a page ("[포토] A-B, … 업무협약").

A photo page whose caption was cut, or a brief, may carry no signing sentence at all; its
headline joining two parties with - or · and ending on the agreement noun still reports the
signing, on the story's day or, with none given, the day the page appeared.
"""

from __future__ import annotations

import re

from mouarchive.extract.kind_title_place import KIND_RE, kind_of
from mouarchive.extract.orgnames import normalize_org, region_of
from mouarchive.extract.page_reports import page_report
from mouarchive.extract.parties import find_parties
from mouarchive.extract.same_org import add_party
from mouarchive.extract.sentences import sentence_spans
from mouarchive.extract.signing_dates import DateHit
from mouarchive.extract.signing_verbs import tells_no_signing
from mouarchive.models import AgreementReport, PartialDate, Party
from mouarchive.vocab import pattern

# "[포토] 영광군-한빛원자력본부, 지역인재 채용 확대 업무협약": a headline that joins two
# parties with - or · and ends on the agreement noun reports a signing. The second name may
# run to three words before the comma ("가평군-서울 누리 FC, …"), none of them a headline's
# word for the tie ("맞손").
_HEADLINE_SIGNING_RE = re.compile(
    r"^(?:\[[^\]\n]{1,10}\]\s?)?(?P<a>(?:㈜|\(주\))?[가-힣A-Za-z0-9]{2,20})[-·]"
    r"(?P<b>(?:㈜|\(주\))?[가-힣A-Za-z0-9]{2,20}"
    r"(?:\s(?!"
    + pattern("agreement_kinds", "headline_tie_words")
    + r")[가-힣A-Za-z0-9]{1,10}){0,2}),\s"
    r"[^.!?\n]{0,40}?(?P<kind>" + pattern("agreement_kinds", "headline_nouns") + r")"
    r"(?P<signed>\s?체결)?"
    # "… 연장 협약<제공=진주시>", "(진주시 제공)": the photo's credit a page prints after its
    # headline.
    r"(?:\s?[<(\[](?:(?:사진|제공|자료)[^>)\]\n]{0,20}|[^>)\]\n]{1,20}\s?제공)[>)\]])?\s?\|?$"
)


_Headline = tuple[re.Match[str], tuple[int, int], list[Party], list[tuple[str, tuple[int, int]]]]
"""What a headline gives: its match, the evidence span, the parties found in the evidence, and
each name it joins with the span of the body that stands for it."""


def headline_report(
    body: str,
    dates: list[DateHit],
    published: PartialDate | None,
    title: str | None = None,
) -> list[AgreementReport]:
    """A page whose only word of the signing is its headline (a photo with its caption cut, a
    brief) still reports it, on the story's day or, with none given, the day it appeared."""
    headline = _headline_in_body(body) or _headline_apart(body, title)
    if headline is None:
        return []
    m, evidence, parties, named = headline
    if len(parties) < 2:
        # "포항시-동해수소, …투자협약": the two names the headline joins are the parties.
        for name, span in named:
            government = region_of(name, body)
            canonical = government.name if government else normalize_org(name, body)
            add_party(parties, Party(canonical, span, government.name if government else None))
    if len(parties) < 2:
        return []
    day = next(
        (
            (found, expr, span)
            for span, expr, found, announce in dates
            if not announce and found is not None and found.precision == "day"
        ),
        None,
    )
    if day is None and (published is None or published.precision != "day"):
        return []
    return [
        page_report(body, kind_of(m.group("kind")), parties, evidence, day, otherwise=published)
    ]


def _naming_sentence(body: str) -> tuple[int, int] | None:
    """The first sentence of `body` that names an agreement ("… 4자간 업무협약으로 …")."""
    return next((span for span in sentence_spans(body) if KIND_RE.search(body, *span)), None)


def mention(body: str, name: str, fallback: tuple[int, int]) -> tuple[int, int]:
    """Where `name` is first written in the body, else the evidence sentence."""
    at = body.find(name)
    return (at, at + len(name)) if at >= 0 else fallback


def _headline_in_body(body: str) -> _Headline | None:
    """The body's first line as the headline: the evidence, and its names where it joins them;
    none where the next sentence naming the agreement tells otherwise ("한빛시-누리전자, 내달
    투자협약" over "… 다음달 중 투자협약을 체결할 예정")."""
    spans = sentence_spans(body)
    if not spans:
        return None
    start, end = spans[0]
    m = _HEADLINE_SIGNING_RE.match(body[start:end])
    if m is None:
        return None
    told = next((span for span in spans[1:] if KIND_RE.search(body, *span)), None)
    if told is not None and tells_no_signing(body[slice(*told)]):
        return None
    named = [(m.group(g), (start + m.start(g), start + m.end(g))) for g in ("a", "b")]
    return m, spans[0], find_parties(body, spans[0]), named


def _headline_apart(body: str, title: str | None) -> _Headline | None:
    """The title printed apart from the body: it must say the agreement was signed ("… 업무협약
    체결"), and the body's first sentence naming the agreement, the evidence, must not tell
    otherwise; each name points at its first mention in the body."""
    m = _HEADLINE_SIGNING_RE.match(title or "")
    evidence = _naming_sentence(body)
    if m is None or not m.group("signed") or evidence is None:
        return None
    if tells_no_signing(body[slice(*evidence)]):
        return None
    named = [(m.group(g), mention(body, m.group(g), evidence)) for g in ("a", "b")]
    return m, evidence, [], named
