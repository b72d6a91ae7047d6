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
# Who speaks after an interview's cue, and nothing else: one word ("주민"), or a name and
# its title ("이범석 / 청주시장", "이범석 청주시장"). Words that say more are what was said
# ("(인터뷰) 다음 달부터 교육이 시작됩니다"), and after a colon the quote follows the speaker.
_SPEAKER = re.compile(
    r"[가-힣A-Za-z]{1,10}"
    r"(?:\s*/\s*[가-힣A-Za-z0-9·]+(?:\s[가-힣A-Za-z0-9·]+){0,3}|\s[가-힣]{2,12})?"
)


def without_cue(line: str) -> str:
    """The line without the script's cue before it; an interview's cue with only the
    speaker it names leaves nothing, and a speaker with the quote after ":" stays as
    "speaker: quote"."""
    found = _CUE.match(line)
    if found is None:
        return line
    rest = line[found.end() :]
    if _SPEAKER_CUE.fullmatch(found["cue"]) and _SPEAKER.fullmatch(rest.strip()):
        return ""
    return rest
