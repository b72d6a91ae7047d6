"""Signings told one after another, the later ones dated only by the first.

"이날 신보는 국민·우리·하나은행과 … 업무협약을 체결했다. 신한은행과는 … 업무협약을 맺었다": the
second sentence opens by setting its partner against the first one's ("신한은행과는") and tells
a signing of the same occasion, whose day the first sentence gave. A sentence that dates
nothing of its own would otherwise leave that signing undated, and the archive could not join
it to another outlet's report of the day. (One told with "또 … 도" takes the day already, one
told as earlier, "앞서", does not: `signing` reads both.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from mouarchive.extract.signing import Candidate
from mouarchive.models import Span

# "신한은행과는 …": a partner set against the one of the sentence before.
_SET_AGAINST_RE = re.compile(r"\s*\S+(?:과|와)는\s")


def dated_by_the_one_before(
    candidates: list[Candidate], body: str, sentences: list[Span]
) -> list[Candidate]:
    """The candidates, each undated one whose partner is set against that of a signing of the
    sentence just before, dated to the day, taking that day (a plan stays undated: its day is
    its own)."""
    out: list[Candidate] = []
    for k, cand in enumerate(candidates):
        before = out[k - 1] if k else None
        if (
            before is not None
            and cand.date is None
            and not cand.planned
            and not before.planned
            and before.date is not None
            and before.date[0].day is not None
            and _next_sentence(before.span, cand.span, sentences)
            and _SET_AGAINST_RE.match(body, cand.span[0]) is not None
        ):
            cand = replace(cand, date=before.date)
        out.append(cand)
    return out


def _next_sentence(first: Span, second: Span, sentences: list[Span]) -> bool:
    """Whether `second` is the sentence right after the one holding `first`."""
    try:
        return sentences.index(second) == sentences.index(first) + 1
    except ValueError:
        return False
