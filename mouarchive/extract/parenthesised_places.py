"""Places named in parentheses before the body each of them has: "서울시 동남권역(강남·강동·송파)
보건소와" names three 보건소, one for each place, as "광주·전남·전북교육청" names three offices
(`party_tokens.shared_endings`), each named as an article writing it in full does
("강남구보건소"). The words before the parentheses place the group ("동남권역") and sign
nothing. Only bodies every place has one of are read so: an office serving several places is
one body.
"""

from __future__ import annotations

import re

from mouarchive.extract.party_regions import named_place
from mouarchive.models import Span
from mouarchive.text.scan import guarded
from mouarchive.vocab import pattern

Members = list[tuple[str, Span]]

# The body must itself sign, as the subject or the partner ("…) 보건소와").
_PLACES_BODY_RE = guarded(
    re.compile(
        r"(?P<group>[가-힣]{0,8})\((?P<places>[가-힣]{1,4}(?:\s?[·,]\s?[가-힣]{1,4}){1,9})\)"
        r"\s?(?P<body>" + pattern("regional_bodies", "bodies_each_place_has") + r")"
        r"(?=(?:와|과|이|가|은|는|도|,)\s)"
    )
)
_PLACE_SPLIT = re.compile(r"\s?[·,]\s?")


def places_sharing_a_body(text: str, start: int, end: int) -> list[tuple[Span, Members]]:
    """Each group in text[start:end] whose parentheses name local governments that each have
    the body written after them: the span of the group's words, and each place's body (to be
    named in full by `normalize_org`) with the span of its place. A parenthesis naming anything
    but places is left alone."""
    found: list[tuple[Span, Members]] = []
    for m in _PLACES_BODY_RE.finditer(text, start, end):
        members: Members = []
        at = m.start("places")
        for place in _PLACE_SPLIT.split(m["places"]):
            offset = text.find(place, at, m.end("places"))
            at = offset + len(place)
            government = named_place(place, text)
            if government is None or government.ambiguous:
                members = []
                break
            # "강남구보건소": the place's government by its own name, as an article writing the
            # body in full names it.
            own = government.name.split()[-1]
            members.append((f"{own}{m['body']}", (offset, offset + len(place))))
        if len(members) >= 2:
            found.append(((_placed_from(text, start, m.start()), m.end("body")), members))
    return found


def _placed_from(text: str, start: int, at: int) -> int:
    """Where the group's words begin: at a place written before them ("서울시 동남권역(…)"),
    which places the group and is no party of its own."""
    before = _WORD_BEFORE_RE.search(text, max(start, at - _WORD_REACH), at)
    if before is not None and named_place(before["word"], text) is not None:
        return before.start("word")
    return at


_WORD_REACH = 12
_WORD_BEFORE_RE = re.compile(r"(?P<word>[가-힣]{2,8})\s$")
