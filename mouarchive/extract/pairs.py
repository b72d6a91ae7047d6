"""Several bilateral signings told in one sentence: "A와 B, C와 D, E와 F간 양해각서도
체결됐다".

A ceremony often hosts side signings, each between two bodies, and the article lists them as
pairs joined by 와/과 and separated by commas. Each pair is one agreement; read as a single
list they would make one agreement of six parties. The names in such pairs often carry no
organisational suffix ("와이마트", "빈 의과대학"), so they are recognised by their place in the
pattern, as rosters are.
"""

from __future__ import annotations

import re

from mouarchive.extract.grouping import Signing
from mouarchive.extract.orgnames import is_generic, normalize_org, region_of
from mouarchive.extract.rosters import NOT_A_NAME
from mouarchive.models import Party, Span

_PAIR_RE = re.compile(r"(?P<left>\S+)(?:와|과)\s(?P<right>.+)$")
_RIGHT_END_RE = re.compile(r"^(?P<name>.+?)(?:\s?간|\s?사이|의|이|가|도|와|과)(?:\s|$)")
_LEGAL_RE = re.compile(r"^(?:사단법인|재단법인|\(사\)|\(재\)|㈜|\(주\))\s?")
_BEFORE_NAME_RE = re.compile(r"(?:은|는|이|가|을|를|에|에서|에서는|외에|인|한|된|로|으로|의)$")
_MAX_WORDS = 3
_MIN_PAIRS = 2
_MAX_CHUNK = 120  # characters of one "A와 B" pair with what leads up to it


def pairs_in(body: str, span: Span) -> list[tuple[Party, Party]]:
    """The pairs text[span] lists ("A와 B, C와 D …"), or [] when it lists fewer than two."""
    start, end = span
    text = body[start:end]
    pairs: list[tuple[Party, Party]] = []
    at = 0
    for chunk in text.split(", "):
        pair = _pair(chunk, body, start + at)
        at += len(chunk) + 2
        if pair is None:
            if pairs:
                break
            continue
        pairs.append(pair)
    return pairs if len(pairs) >= _MIN_PAIRS else []


def _pair(chunk: str, body: str, offset: int) -> tuple[Party, Party] | None:
    joint = max(chunk.rfind("와 "), chunk.rfind("과 "))
    if joint <= 0 or len(chunk) > _MAX_CHUNK:
        return None
    word_start = chunk.rfind(" ", 0, joint) + 1
    m = _PAIR_RE.match(chunk, word_start)
    if m is None:
        return None
    before = chunk[: m.start("left")].split()
    left_words = [m.group("left")]
    for word in reversed(before):
        if len(left_words) == _MAX_WORDS or _BEFORE_NAME_RE.search(word):
            break
        left_words.insert(0, word)
    right_text = m.group("right")
    closed = _RIGHT_END_RE.match(right_text)
    right = (closed["name"] if closed else right_text).strip()
    left = " ".join(left_words)
    names = [_name(left), _name(right)]
    if None in names or len(right.split()) > _MAX_WORDS:
        return None
    left_at = offset + chunk.find(left)
    right_at = offset + m.start("right")
    return (
        Party(names[0], (left_at, left_at + len(left))),  # type: ignore[arg-type]
        Party(names[1], (right_at, right_at + len(right))),  # type: ignore[arg-type]
    )


def _name(words: str) -> str | None:
    if any(_BEFORE_NAME_RE.search(word) for word in words.split()):
        return None
    name = _LEGAL_RE.sub("", words).strip()
    if len(name) < 2 or is_generic(name) or any(NOT_A_NAME.search(w) for w in name.split()):
        return None
    return name


def split_pairs(signings: list[Signing], body: str) -> list[Signing]:
    """Each pair a signing's sentence lists becomes a signing of its own, dated like it; the
    pairs' names leave the signing they were read into, which keeps the sentence for its
    date ("이날 협약식에서는 … 외에 A와 B, C와 D …도 체결됐다")."""
    out: list[Signing] = []
    for signing in signings:
        listing = [(c, pairs) for c in signing.candidates if (pairs := pairs_in(body, c.span))]
        out.append(signing)
        if not listing:
            continue
        signing.parties = [
            p
            for p in signing.parties
            if not any(c.span[0] <= p.span[0] < c.span[1] for c, _pairs in listing)
        ]
        for cand, pairs in listing:
            for left, right in pairs:
                out.append(Signing([cand], [_resolved(left, body), _resolved(right, body)]))
    return out


def _resolved(party: Party, body: str) -> Party:
    found = region_of(party.name, body)
    name = found.name if found else normalize_org(party.name, body)
    return Party(name, party.span, found.name if found else None)
