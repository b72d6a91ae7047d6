"""A signing told in full only by a photo caption ("▲ A 지사와 B 현지사가 30일 도청에서
우호교류협정을 체결한 뒤 악수를 하고 있다"), under a body that names the agreement but never
says it was signed ("이날 체결식을 통해 …", "협약식이 12일 세종교육청에서 열렸으며").

The caption gives who signed and when; the body stays the evidence, since evidence points into
the body: the report rests on the body's first sentence naming the agreement, and each party on
where the body names it (else on that sentence). Agreed items come from the body alone, as a
caption never lists them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from mouarchive.extract.clauses import find_clauses, stated_count
from mouarchive.extract.headline import mention, naming_sentence
from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.signing import tells_no_signing
from mouarchive.models import AgreementReport, Article, Party, Signatory, Span


def caption_reports(
    article: Article, extract: Callable[[Article], list[AgreementReport]]
) -> list[AgreementReport]:
    """The signings the captions of `article` report, read by `extract` as if each caption
    were a body of its own, when the body names an agreement without denying it."""
    evidence = naming_sentence(article.body)
    if evidence is None or tells_no_signing(article.body[slice(*evidence)]):
        return []
    for caption in article.captions:
        if not KIND_RE.search(caption):
            continue
        found = extract(Article(title=None, body=caption, published=article.published))
        if found:
            return [_in_body(report, article.body, evidence) for report in found]
    return []


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
