"""How a paragraph opens: a report of its own, or the story above going on.

Cutting a page into articles asks of the paragraph under a headline or a sign-off whether a
report starts there ("한울구는 6일 …": its subject and its day) or the story told above goes
on ("시는 …", "두 기관은 …", "이에 따라 …", "한편 …"). `headed` asks it of an `<h1>`'s first
paragraph (over one going on, the `<h1>` is a subheading), `split` of prose under a sign-off
printed mid-article, and `copies` of a copy's lead. One answer for all three, so that a page
read as a digest and read as one article never disagree on where a report opens.
"""

from __future__ import annotations

import re

from mouarchive.vocab import pattern

# A subject and its day: "누리시는 5일 …", "나래군은 오는 15일 …", "나래군은 10일부터 …".
_DAY = r"(?:지난\s|오는\s)?\d{1,2}일"
_LEAD_DAY = re.compile(r"[^\s.]+(?:은|는|이|가)\s(?:지난\s)?\d{1,2}일\s")
_BARE_GROUP = (
    rf"(?:(?:{pattern('common_words', 'both')}|두|세|네|이들)\s?)?"
    rf"{pattern('common_words', 'group_nouns')}(?:은|는|이|가)\s(?!{_DAY})"
)
_GOING_ON = re.compile(
    rf"{_BARE_GROUP}|{pattern('signing', 'refers_back_openings')}"
    rf"|{pattern('common_words', 'going_on_openings')}"
)
# The subject a paragraph opens with, when no day follows it ("농협은 직매장 두 곳을 …").
_SUBJECT = re.compile(rf"([가-힣A-Za-z]{{2,12}})(?:은|는|이|가)\s(?!{_DAY})")


def opens_story(line: str) -> bool:
    """Whether `line` opens a report, its subject and its day first ("한울구는 6일 …"), as a
    subheading's paragraph carrying the story on ("시는 …") does not."""
    return _LEAD_DAY.match(line) is not None


def goes_on(line: str) -> bool:
    """Whether `line` carries a story told above it on: its subject a bare kind of body
    with no day after it ("시는 …", "양 기관은 …"; "도는 9일 …" opens a press office's
    report), an opening that refers back to a signing told ("이에 따라 …"), or "한편"."""
    return _GOING_ON.match(line) is not None


def subject(line: str) -> str | None:
    """The word `line` opens with as its subject, no day after it ("농협은 …": 농협)."""
    match = _SUBJECT.match(line)
    return match[1] if match else None
