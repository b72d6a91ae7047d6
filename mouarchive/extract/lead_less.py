"""A signing told only by what follows its lead ("이번 협약은 대전시와 한국수자원공사의 …
협력체계를 강화하기 위해 마련됐다"), on a page that kept the paragraphs after the lead.

Saved pages and search excerpts often start after the first paragraph, where the signing
sentence stood. What follows still speaks of "이번 협약" as done and names who made it; the
first such sentence naming two parties or more is the evidence. No sentence of the page may
say the agreement is still to come, sought or called off, and the day stays unknown unless a
caption gives it: a sentence about the agreement is no sentence about when it was signed.
"""

from __future__ import annotations

import re

from mouarchive.extract.kind_title_place import KIND_RE, kind_of
from mouarchive.extract.orgnames import region_of
from mouarchive.extract.page_reports import page_report
from mouarchive.extract.parties import find_parties
from mouarchive.extract.sentences import sentence_spans
from mouarchive.extract.signing_verbs import tells_no_signing
from mouarchive.models import AgreementReport
from mouarchive.vocab import pattern

# "이번 협약은", "이 업무협약은", "이번 협약을 통해": the agreement the lost lead reported.
_THIS_AGREEMENT_RE = re.compile(
    r"^(?:이번|이)\s?(?:[가-힣]{1,6}\s)?(?P<kind>[가-힣]{0,6}?(?:"
    + pattern("agreement_kinds", "core_nouns")
    + r"))(?:은|는|으로|을\s?통해|에\s?따라)\s"
)
# "… 마련됐다", "… 이뤄졌다", "… 추진됐다": the agreement told as made, in the past.
_MADE_RE = re.compile(r"(?:됐|졌|었|였|했)다[.\"”’]?\s*$")


def lead_less_report(body: str) -> list[AgreementReport]:
    """The signing a page cut after its lead still reports, or nothing."""
    sentences = sentence_spans(body)
    naming = [span for span in sentences if KIND_RE.search(body, *span)]
    if any(tells_no_signing(body[slice(*span)]) for span in naming):
        return []
    for span in naming:
        sentence = body[slice(*span)]
        opening = _THIS_AGREEMENT_RE.match(sentence)
        if opening is None or _MADE_RE.search(sentence) is None:
            continue
        parties = find_parties(body, span)
        if len(parties) < 2 or any(_bare_place(body[slice(*p.span)]) for p in parties):
            continue
        return [page_report(body, kind_of(opening.group("kind")), parties, span)]
    return []


def _bare_place(mention: str) -> bool:
    """ "빛고을 광주와 달구벌 대구간의 교류": a city named without its level is a place the
    agreement is about, not a government that signed it."""
    return region_of(mention, "") is not None and not mention.endswith(_LEVELS)


_LEVELS = ("시", "도", "군", "구", "청")
