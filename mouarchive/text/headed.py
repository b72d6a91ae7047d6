"""A page's text cut before the `<h1>`s its reader found heading several articles
(`Reading.headlines`): the text alone cannot tell such a headline from a subheading when no
stamp, sign-off or copyright line closes the article above it (review 56b, 8).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from mouarchive.text.datelines import is_dateline
from mouarchive.text.listings import is_list_heading
from mouarchive.text.normalize import normalize_text
from mouarchive.text.notices import is_copyright_notice
from mouarchive.text.openings import goes_on, opens_story


def headed(text: str, headlines: Sequence[str]) -> list[str]:
    """`text` cut before each of `headlines`, in their order, with a paragraph above it since
    the cut before and one below it. Each heads one article, and is cut at once, where the
    page prints it in turn:
    - printed again further down (a list of the page's headlines at its foot, "많이 본
      뉴스"), or on top of its own article, it cuts nothing, and is no paragraph (review 57b,
      3: the list and a footer line under it were an article);
    - printed in a list under its heading ("관련기사") inside the article above, it cuts
      nothing: that article's last paragraph was cut off under the other's headline;
    - printed before its turn in the article above (a card of other news, its heading
      dropped by the reader), it is cut at, but the cut moves to where it is printed again
      over a paragraph that opens the story ("한결군은 9일 …") when the one under the first
      printing does not: the article above lost its last paragraph to an article under the
      other's headline (review 57b, 3);
    - a headline whose first paragraph points back to the story above it ("시는 …", "두
      기관은 …", "이에 따라 …") is a subheading of that story, and cuts nothing: a page of one
      article titled otherwise in its `<title>` was cut there, the piece under it taking the
      sign-off (review 57b, 1, left open where the `<title>` differs from the `<h1>`);
    - a headline with no paragraph of its own above the next, but lines of its own ("[포토]
      …" over a photo's credit or caption, "[표] …" over a table's rows), heads a piece of its
      own, cut at it and at the next: the next article kept the wrong headline, its own a
      line of its subtitle (review 57b, 2), and then the piece was lost in the next article's
      captions or subtitle (review 57b, 10). One with no line under it (the copyright
      line is none of its) stays a line above: last on a page it was an article of its
      own, its headline its body (review 58b, 7).
    No line is lost: the pieces joined are the text. One pass over the lines, each looked up
    in a table of the headlines' places."""
    places: dict[str, list[int]] = {}
    for place, headline in enumerate(headlines):
        places.setdefault(normalize_text(headline).strip(), []).append(place)
    if not places:
        return [text]
    lines = text.split("\n")
    cuts = [0]
    # The line of the last headline met, until the paragraph under it says whether to cut
    # there (None: no cut waits).
    waiting: int | None = None
    # The headlines' places from which the next is looked for (`turn`), and what it was
    # before the last headline met (`held`), given back when that one proves a subheading.
    turn = held = 0
    # A paragraph met yet; a list's heading over the lines now read.
    paragraph = listed = False
    # The last headline met has no paragraph under it yet (`pending`), and has other lines
    # of its own there (`under`: a photo's credit, a table's rows).
    pending = under = False
    for i, line in enumerate(lines):
        place = _place_from(places.get(line, ()), turn)
        if place is not None and not listed:
            alone = _heads_alone(pending, under, waiting, cuts)
            held, turn = turn, place + 1
            waiting = i if paragraph or alone else None
            pending, under = True, False
        elif line in places:
            if waiting is None and len(cuts) > 1 and _heads_better(lines, cuts[-1], i):
                cuts[-1] = i
        elif is_list_heading(line):
            listed = True
        elif _is_paragraph(line):
            if waiting is not None and goes_on(line):
                # A subheading here: the headline's own turn is still to come.
                turn = held
            elif waiting is not None:
                cuts.append(waiting)
            waiting = None
            paragraph, listed, pending = True, False, False
        elif line.strip() and not is_copyright_notice(line):
            under = under or pending
    _heads_alone(pending, under, waiting, cuts)
    return ["\n".join(lines[start:end]) for start, end in pairwise([*cuts, len(lines)])]


def _heads_alone(pending: bool, under: bool, waiting: int | None, cuts: list[int]) -> bool:
    """Whether the last headline met heads lines of its own and no paragraph, now that the
    next headline or the end is reached; if so, it is cut at (when a cut waits there)."""
    alone = pending and under
    if alone and waiting is not None:
        cuts.append(waiting)
    return alone


def _place_from(found: list[int], turn: int) -> int | None:
    """The first of a headline's places (in order) at `turn` or later: a page printing many
    articles under one headline takes the one in turn without a walk over the others."""
    k = bisect_left(found, turn)
    return found[k] if k < len(found) else None


def _heads_better(lines: list[str], cut: int, again: int) -> bool:
    """Whether the headline cut at `cut`, printed again at `again`, heads its article there:
    the paragraph under it opens the story, the one under the cut does not."""
    if lines[again] != lines[cut] or again + 1 >= len(lines):
        return False
    return opens_story(lines[again + 1]) and not opens_story(lines[cut + 1])


def _is_paragraph(line: str) -> bool:
    """A line of an article's text: no stamp or copyright line, and longer than a label."""
    return len(line) >= _PARAGRAPH_MIN and not is_dateline(line) and not is_copyright_notice(line)


# A paragraph is at least this long; the labels of a page's lists are shorter.
_PARAGRAPH_MIN = 20
