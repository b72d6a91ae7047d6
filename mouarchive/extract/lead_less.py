"""A signing told only by what follows its lead ("이번 협약은 대전시와 한국수자원공사의 …
협력체계를 강화하기 위해 마련됐다"), on a page that kept the paragraphs after the lead.

Saved pages and search excerpts often start after the first paragraph, where the signing
sentence stood. What follows still speaks of "이번 협약" as done and names who made it; the
first such sentence naming two parties or more is the evidence. No sentence of the page may
say the agreement is still to come, sought or called off, and the day stays unknown unless a
caption gives it: a sentence about the agreement is no sentence about when it was signed.

A page may also open on the signers themselves ("이날 투자협약을 체결한 기업은 A, B, C 등
5개 기업으로", "투자협약을 체결한 A, B 등 5개사는 …" under a headline naming the
agreement): told of this signing, not of one long before, they are its parties.
"""

from __future__ import annotations

import re

from mouarchive.extract.kind_title_place import KIND_RE, kind_of
from mouarchive.extract.orgnames import normalize_org, region_of
from mouarchive.extract.page_reports import page_report
from mouarchive.extract.pairs import pair_name
from mouarchive.extract.parties import find_parties
from mouarchive.extract.sentences import sentence_spans
from mouarchive.extract.signing_verbs import tells_no_signing
from mouarchive.models import AgreementReport, Party, Span
from mouarchive.vocab import pattern

# "이번 협약은", "이 업무협약은", "이번 협약을 통해": the agreement the lost lead reported.
_THIS_AGREEMENT_RE = re.compile(
    r"^(?:이번|이)\s?(?:[가-힣]{1,6}\s)?(?P<kind>[가-힣]{0,6}?(?:"
    + pattern("agreement_kinds", "core_nouns")
    + r"))(?:은|는|에는|(?P<by>으로|을\s?통해|에\s?따라))\s"
)
# "이날 행사에는 … 등이 참석한 가운데 진행됐다": the page opening on who attended the day's
# event, its lead (and the event's name) lost.
_ATTENDED_OPENING_RE = re.compile(
    r"(?:이날\s)?(?:행사|협약식|체결식|서명식)(?:에는|에)\s[^.\n]{0,300}?참석한\s?가운데\s"
    r"(?:진행|열|개최)(?:됐|되었|렸|했)다"
)
# "이번 협약을 계기로": the agreement spoken of as made, anywhere in a sentence.
_THIS_AGREEMENT_ANYWHERE_RE = re.compile(
    r"이번\s(?P<kind>[가-힣]{0,6}?(?:" + pattern("agreement_kinds", "core_nouns") + r"))"
)
# "이 협약으로 A와 B는 … 제공한다": what the parties do by the agreement, which is made.
_WILL_DO_RE = re.compile(r"(?:한|된|간|온)다[.\"”’]?\s*$")
# "이날 투자협약을 체결한 기업은", "협약에 참여한 9개사는": the signers, named as such.
_SIGNERS_RE = re.compile(
    r"^(?:(?P<this>이날|이번에?)\s)?(?P<kind>[가-힣]{0,6}?(?:"
    + pattern("agreement_kinds", "core_nouns")
    + r"))(?:(?:을|를)\s?(?:체결한|맺은)|에\s?참여한)\s"
)
# "투자협약 기업 절반 착공 못해": a headline that tells what became of an agreement.
_WHAT_BECAME_RE = re.compile(pattern("signing", "what_became"))
# "… 마련됐다", "… 이뤄졌다", "… 추진됐다": the agreement told as made, in the past; or told by
# who takes part in it ("… 참여한다"), which it could not be were it not made.
_MADE_RE = re.compile(r"(?:(?:됐|졌|었|였|했)다|(?:참여|참가)한다)[.\"”’]?\s*$")


def lead_less_report(body: str, title: str | None = None) -> list[AgreementReport]:
    """The signing a page cut after its lead still reports, or nothing."""
    sentences = sentence_spans(body)
    naming = [span for span in sentences if KIND_RE.search(body, *span)]
    signers = naming and _signers_report(body, naming[0], naming[0] == sentences[0], title)
    if signers:
        return signers
    if any(tells_no_signing(body[slice(*span)]) for span in naming):
        return []
    for span in naming:
        sentence = body[slice(*span)]
        opening = _THIS_AGREEMENT_RE.match(sentence)
        if opening is None:
            continue
        if _MADE_RE.search(sentence) is None and not (
            opening.group("by") and _WILL_DO_RE.search(sentence)
        ):
            continue
        parties = find_parties(body, span)
        if len(parties) == 1:
            parties += _partner_joined(body, span, parties[0])
        if len(parties) < 2 or any(_bare_place(body[slice(*p.span)]) for p in parties):
            continue
        return [page_report(body, kind_of(opening.group("kind")), parties, span)]
    return _attendance_report(body, sentences, naming)


def _attendance_report(
    body: str, sentences: list[Span], naming: list[Span]
) -> list[AgreementReport]:
    """ "이날 행사에는 A 부원장, … B 군수 등이 참석한 가운데 진행됐다" opening the page, and
    "이번 협약을 계기로 …" after it: the ceremony of the lost lead, told by the heads who
    attended it, whose bodies are the parties."""
    if not sentences or _ATTENDED_OPENING_RE.match(body, *sentences[0]) is None:
        return []
    this = next(
        (m for span in naming if (m := _THIS_AGREEMENT_ANYWHERE_RE.search(body, *span))), None
    )
    parties = find_parties(body, sentences[0])
    if this is None or len(parties) < 2:
        return []
    return [page_report(body, kind_of(this.group("kind")), parties, sentences[0])]


def _partner_joined(body: str, span: Span, party: Party) -> list[Party]:
    """ "이번 협약은 한국동서발전과 SK가스가 …", "… 대전시와 한국수자원공사의 소통 …": the
    partner joined to the one party found, named by its place in the pair, as the agreement
    is the sentence's topic and no verb of signing places it."""
    joined = _JOINED_RE.match(body, party.span[1], span[1])
    name = pair_name(joined.group("name")) if joined else None
    if joined is None or name is None:
        return []
    return [Party(normalize_org(name, body), joined.span("name"))]


# The partner right after a party's 와/과, closed by the particle of a subject or an owner.
_JOINED_RE = re.compile(r"(?:와|과)\s(?P<name>[^\s,·]{2,20}?)(?:가|이|의|는|은)\s")


def _signers_report(body: str, span: Span, first: bool, title: str | None) -> list[AgreementReport]:
    """The signing the first sentence naming an agreement names the signers of: said of this
    day ("이날", "이번"), or opening a page whose headline names the agreement; a later plan of
    the page ("4월 중 투자협약을 체결할 계획") is another signing and denies nothing."""
    sentence = body[slice(*span)]
    opening = _SIGNERS_RE.match(sentence)
    if opening is None or tells_no_signing(sentence):
        return []
    if opening.group("this") is None and not (first and title and _headline_tells(title)):
        return []
    parties = find_parties(body, span)
    if len(parties) < 2:
        return []
    return [page_report(body, kind_of(opening.group("kind")), parties, span)]


def _headline_tells(title: str) -> bool:
    """Whether a headline names the agreement and tells it as made ("배후단지 입주 5개사 350억
    투자협약", "… 투자협약 맺어"), not as planned, called off or stalled."""
    return (
        KIND_RE.search(title) is not None
        and not tells_no_signing(title)
        and _WHAT_BECAME_RE.search(title) is None
    )


def _bare_place(mention: str) -> bool:
    """ "빛고을 광주와 달구벌 대구간의 교류": a city named without its level is a place the
    agreement is about, not a government that signed it."""
    return region_of(mention, "") is not None and not mention.endswith(_LEVELS)


_LEVELS = ("시", "도", "군", "구", "청")
