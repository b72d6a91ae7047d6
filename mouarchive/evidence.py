"""Why the archive believes a fact: the sentence of the article each fact was read from.

Extraction keeps character spans; a reader wants sentences. The sentences are the ones the
extractor itself reads (`extract.sentences.sentence_spans`, which knows that "5.18" or
"2021.1.27" does not end one), so what `show` quotes is what the facts were found in.
"""

from __future__ import annotations

from mouarchive.extract.sentences import sentence_spans
from mouarchive.models import AgreementReport, Span
from mouarchive.recorded import NO_SPAN

MAX_SENTENCE = 400


def sentence_at(body: str, span: Span) -> str:
    """The sentence of `body` that contains `span`, trimmed to a readable length."""
    start, end = max(0, span[0]), min(len(body), span[1])
    left, right = next(
        ((s, e) for s, e in sentence_spans(body) if s <= start < e or s >= start),
        (start, end),
    )
    left, right = min(left, start), max(right, end)
    sentence = body[left:right].strip()
    if len(sentence) <= MAX_SENTENCE:
        return sentence
    # A list paragraph can run to thousands of characters: keep the part around the span.
    middle = (start + end) // 2
    lo = max(left, middle - MAX_SENTENCE // 2)
    hi = min(right, lo + MAX_SENTENCE)
    return ("…" if lo > left else "") + body[lo:hi].strip() + ("…" if hi < right else "")


def report_evidence(body: str, report: AgreementReport) -> list[tuple[str, str]]:
    """(fact, sentence) pairs for one report, each distinct sentence quoted once; a report
    the owner recorded (`recorded`), read from no sentence, says so."""
    if recorded(report):
        from mouarchive.recorded import EVIDENCE

        return [("signing", EVIDENCE)]
    facts: list[tuple[str, Span | None]] = [
        ("signing", report.evidence_span),
        ("date", report.date_span),
        *(("party", party.span) for party in report.parties),
        *(("signatory", signatory.span) for signatory in report.signatories),
        *(("clauses", clause.span) for clause in report.clauses),
        ("investment", report.investment_span),
        ("jobs", report.jobs_span),
    ]
    quoted: dict[str, list[str]] = {}
    for fact, span in facts:
        if span is None:
            continue
        sentence = sentence_at(body, span)
        labels = quoted.setdefault(sentence, [])
        if fact not in labels:
            labels.append(fact)
    return [(", ".join(labels), sentence) for sentence, labels in quoted.items()]


def recorded(report: AgreementReport) -> bool:
    """Whether the owner recorded the report (`mouarchive.recorded`): read from no sentence,
    its parties point at none (an extracted party spans its name)."""
    return (
        report.evidence_span is None
        and bool(report.parties)
        and all(party.span == NO_SPAN for party in report.parties)
    )
