"""A broadcaster's script marks who speaks and what comes: "[앵커]", "[리포트]", "[인터뷰]
이범석 / 청주시장". The marks are the script's, never the article's words: left in, the
first one was taken for the title and the others opened sentences quoted as evidence.
"""

from __future__ import annotations

import re

from mouarchive.vocab import pattern

_CUE = re.compile(
    rf"\s*[\[【<(]\s*(?P<cue>{pattern('page_furniture', 'script_cues')})\s*[\]】>)]\s*"
)
_SPEAKER_CUE = re.compile(pattern("page_furniture", "speaker_cues"))
# Who speaks after an interview's cue ("이범석 / 청주시장", "주민"): a name and a title, no
# sentence.
_SPEAKER = re.compile(r"[^.!?\"“”]{1,40}")


def without_cue(line: str) -> str:
    """The line without the script's cue before it; an interview's cue with the speaker it
    names leaves nothing."""
    found = _CUE.match(line)
    if found is None:
        return line
    rest = line[found.end() :]
    if _SPEAKER_CUE.fullmatch(found["cue"]) and _SPEAKER.fullmatch(rest):
        return ""
    return rest
