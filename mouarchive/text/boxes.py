"""A quoted box's stamp: an older report's headline and stamp set between two sentences of
the story ("… 짓는다." / "가람시, 수소도시 계획 발표" / "입력 2023.10.11 10:00" / "가람시는 지난해
…"). It dates the box, not the page, whose own stamp stands above or below (review 54b, B2).
"""

from __future__ import annotations

import re

# A line of the story closing a sentence ("… 밝혔다.", "… 짓는다.").
_STORY_SENTENCE = re.compile(r".{12,}다\.[\"”’']?\s*$")


def quoted_box_lines(lines: list[str], stamps: list[int]) -> set[int]:
    """Those of `stamps` (indexes in `lines`) that are a quoted box's: each under a short
    line, its headline, with a sentence of the story above that and a sentence under it."""
    if len(stamps) < 2:
        return set()
    shown = [k for k, line in enumerate(lines) if line.strip()]
    place = {k: n for n, k in enumerate(shown)}
    return {i for i in stamps if _boxed(lines, shown, place[i])}


def _boxed(lines: list[str], shown: list[int], k: int) -> bool:
    return (
        2 <= k < len(shown) - 1
        and not _STORY_SENTENCE.search(lines[shown[k - 1]])
        and _STORY_SENTENCE.search(lines[shown[k - 2]]) is not None
        and _STORY_SENTENCE.search(lines[shown[k + 1]]) is not None
    )
