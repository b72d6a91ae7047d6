"""Copyright notices: the line a page closes with ("Copyright by 한빛일보. 무단전재 및 재배포
금지"), told from the article's own sentences that speak of copyright ("Copyright 보호 캠페인
공동 추진", "웹툰 무단전재 막는 공동 대응 체계").

`furniture` drops a notice and the list after it, and `outlets` reads the outlet from it;
both ask here, so a line is a notice to both or to neither.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mouarchive.text.bylines import LINES_MEMO
from mouarchive.vocab import pattern, word_set

COPYRIGHT = re.compile(
    pattern("page_furniture", "copyright_marks")
    + "|"
    + pattern("page_furniture", "copyright_phrases"),
    re.IGNORECASE,
)
"""Any mark of a copyright notice ("ⓒ", "저작권자", "무단 전재", "all rights reserved")."""
_SIGN = re.compile(pattern("page_furniture", "copyright_signs"))
_PROSE_MARK = re.compile(pattern("page_furniture", "copyright_prose_marks"), re.IGNORECASE)
_NOTICE_WORDS = word_set("page_furniture", "notice_words")
_WORD_SPLIT = re.compile(r"[\s,.·:;|/<>()\[\]\-–—]+")
# Besides its marks and notice words, a notice names the outlet: a word or two in Korean (an
# English name, a year or an address is not counted). Korean prose that uses the word tells
# more.
_NAME_WORDS_MAX = 2
_HANGUL = re.compile(r"[가-힣]")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.-]+\.(?:kr|com|net|org|co)\b\S*", re.IGNORECASE)
# The last sentence of a line that runs an article's brief into its notice ("…밝혔다.
# 한빛일보 무단전재 금지"): only what follows it is the notice's.
_SENTENCE_END = re.compile(r"다\.[\"”’']?\s")


@lru_cache(maxsize=LINES_MEMO)
def is_copyright_notice(line: str) -> bool:
    """Whether the line carries a copyright notice: a mark no prose uses ("ⓒ", "저작권자",
    "재배포 금지"), or one prose does use ("copyright", "무단 전재") with no more than the
    outlet's name and the notice's words beside it."""
    marks = [found.group(0) for found in COPYRIGHT.finditer(line)]
    if not marks:
        return False
    if not all(_PROSE_MARK.fullmatch(mark) for mark in marks):
        return True
    ends = [found.end() for found in _SENTENCE_END.finditer(line)]
    notice = _ADDRESS.sub(" ", _PROSE_MARK.sub(" ", line[ends[-1] if ends else 0 :]))
    words = [
        word
        for word in _WORD_SPLIT.split(notice)
        if _HANGUL.search(word) and word not in _NOTICE_WORDS
    ]
    return len(words) <= _NAME_WORDS_MAX


def is_full_notice(line: str) -> bool:
    """Whether the line is a copyright notice with a mark besides "ⓒ" or "©" ("ⓒ 한빛일보
    무단전재 및 재배포 금지", "Copyright © 동해일보"): a bare "ⓒ가람시" is as often a photo's
    credit in the body as an outlet's notice, and closes no copy (review 56b, 4)."""
    return is_copyright_notice(line) and COPYRIGHT.search(_SIGN.sub(" ", line)) is not None
