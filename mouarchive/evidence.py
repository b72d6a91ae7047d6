"""Why the archive believes a fact: the sentence of the article each fact was read from.

Extraction keeps character spans; a reader wants sentences. Korean news sentences end in
"다." (or "다" at a line end), so a span is widened to the enclosing sentence by looking for
sentence ends and line breaks on either side.
"""

from __future__ import annotations

import re

from mouarchive.models import AgreementReport, Span

_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n+")
MAX_SENTENCE = 400


def sentence_at(body: str, span: Span) -> str:
    """The sentence (or line) of `body` that contains `span`, trimmed to a readable length."""
    start, end = max(0, span[0]), min(len(body), span[1])
    left = 0
    for match in _SENTENCE_END.finditer(body, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(body, end)
    right = right_match.start() if right_match else len(body)
    sentence = body[left:right].strip()
    if len(sentence) <= MAX_SENTENCE:
        return sentence
    # A list paragraph can run to thousands of characters: keep the part around the span.
    middle = (start + end) // 2
    lo = max(left, middle - MAX_SENTENCE // 2)
    hi = min(right, lo + MAX_SENTENCE)
    return ("…" if lo > left else "") + body[lo:hi].strip() + ("…" if hi < right else "")


def report_evidence(body: str, report: AgreementReport) -> list[tuple[str, str]]:
    """(fact, sentence) pairs for one report, each distinct sentence quoted once."""
    facts: list[tuple[str, Span | None]] = [
        ("signing", report.evidence_span),
        ("date", report.date_span),
        *(("party", party.span) for party in report.parties),
        *(("signatory", signatory.span) for signatory in report.signatories),
        *(("clauses", clause.span) for clause in report.clauses),
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
