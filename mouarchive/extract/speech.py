"""Whether a word stands inside someone's speech: a signing a person speaks of in quotes
("권오선 회장은 “…맺게 되어 기쁘다”") is what they say, not what the article reports."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from mouarchive.extract.orgnames import looks_like_org
from mouarchive.extract.quote_marks import quote_marks
from mouarchive.extract.tokens import GOVERNMENT_RE, TITLES

_PAREN_TAIL_RE = re.compile(r"\([^()]*\)?$")
_QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")
_ASIDE_RE = re.compile(r"\([^()]*\)")
_SUBJECT_WORD_RE = re.compile(r"(\S+?)(?:은|는|이|가|께서)$")


def outside_speech(sentence: str) -> str:
    """The sentence with what people are quoted saying blanked out, so what the sentence itself
    says is read apart from it; a body's own statement in quotes stays."""
    return _QUOTED_RE.sub(
        lambda m: " " * len(m.group(0)) if in_speech(sentence, m.start() + 1) else m.group(0),
        sentence,
    )


def in_speech(sentence: str, at: int) -> bool:
    """Whether `at` lies inside a quotation someone speaks ("권오선 회장은 “…맺게 되어
    기쁘다”", "또 “… 체결할 것”이라며"); a body's own statement in quotes ("보건소는 “…와
    협약을 체결하고 …”고 31일 밝혔다") still reports the signing."""
    marks = quote_marks(sentence)
    opens, straight = marks["“"], marks['"']
    opened = -1
    if bisect_left(opens, at) > bisect_left(marks["”"], at):
        opened = opens[bisect_left(opens, at) - 1]
    if opened < 0 and bisect_left(straight, at) % 2 == 1:
        opened = straight[bisect_left(straight, at) - 1]
    return opened >= 0 and _spoken(sentence, opened)


# The speaker of a quotation is named just before it ("권오선 회장은 “…"), and is looked for
# in at most this many letters before the quote mark: a sentence of a thousand quotations
# is not reread to its start for each.
_SPEAKER_REACH = 300


@functools.lru_cache(maxsize=256)
def _spoken(sentence: str, opened: int) -> bool:
    """Whether the quotation opened at `opened` is someone's speech, by who speaks before it."""
    speaker = _QUOTED_RE.sub(" ", sentence[max(0, opened - _SPEAKER_REACH) : opened])
    # "곡성군(군수 유근기)은 “…”": the head named in brackets is no speaker; the body is.
    speaker = _ASIDE_RE.sub("", speaker)
    for word in reversed(speaker.split()):
        m = _SUBJECT_WORD_RE.fullmatch(word)
        if m is None:
            continue
        stem = _PAREN_TAIL_RE.sub("", m.group(1)).strip("‘’'\"“”[]()")
        if any(stem.endswith(title) for title in TITLES):
            return True
        if looks_like_org(stem) or GOVERNMENT_RE.search(stem):
            return False
    return True
