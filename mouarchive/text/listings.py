"""Lists of other headlines a page prints after its article: their headings ("관련기사",
"많이 본 뉴스"), under which `clean` drops the block, and the dates each item carries, which
`datelines` never reads as the article's, a list printed without a heading included; and,
told apart from them, a schedule the body prints, events each with its date, which stays.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from mouarchive.text.bylines import parse_byline
from mouarchive.text.notices import is_copyright_notice
from mouarchive.text.outlet_names import is_known_outlet, outlet_field
from mouarchive.text.scan import guarded, scanner
from mouarchive.vocab import pattern

_MARKS = r"[\[〈<(【▶▷■□◆◇☞\s]*"
_CLOSE = r"[\]〉>)】\s]*"
# Headings of lists that follow an article: other headlines, readers' comments; a portal
# names the outlet whose list it is ("이 언론사의 주요뉴스", "남도일보 주요뉴스").
_LIST_HEADING = re.compile(
    rf"{_MARKS}(?:이\s*언론사의?\s*)?"
    rf"(?:(?:이\s*시각|오늘의|지금|함께\s*보면\s*좋은)\s*)?(?:"
    + pattern("page_furniture", "list_headings")
    + r"\s*(?:기사|뉴스)"
    r"|(?:이\s*기사에\s*대한\s*)?(?:독자\s*)?의견|(?:독자|이\s*기사에\s*대한)\s*댓글)"
    rf"[\s\d면:]*{_CLOSE}(?:더\s*)?(?:보기)?\s*"
)
# Asked of most lines of a page: `scanner` lets the engine skip to where a match can start.
_LIST_HEADING = scanner(_LIST_HEADING)
# Words of the outlet a portal names before a heading ("SBS Biz 주요뉴스"), at most.
_HEADING_NAME_WORDS = 3
_NAME_WORD = re.compile(r"[가-힣A-Za-z0-9]+")
_HEADING_NOTE = guarded(re.compile(rf"\s*{pattern('page_furniture', 'list_heading_notes')}$"))


def is_list_heading(line: str) -> bool:
    """Whether a line heads a list of other headlines ("관련기사", "많이 본 뉴스"); on a web
    page, the reader drops the block it heads (`readers.html`).

    A portal names the outlet whose list it is, so a name may come first, but only in the
    portal's form: with its help text glued on, or a known outlet's name. A site's own
    section label above a headline ("지역 포토뉴스", "경북 주요뉴스") is no heading: the
    list mode it would open drops the headline.
    """
    if _LIST_HEADING.fullmatch(line):
        return True
    heading = _HEADING_NOTE.sub("", line)
    glued = heading != line
    words = heading.split()
    for count in range(1, min(_HEADING_NAME_WORDS, len(words) - 1) + 1):
        name, rest = words[:count], " ".join(words[count:])
        if all(_NAME_WORD.fullmatch(word) for word in name) and _LIST_HEADING.fullmatch(rest):
            return glued or is_known_outlet(" ".join(name))
    return False


# How far above a date its list's heading may stand (a heading, then a headline and a date
# an item), and how long a line of such a list runs at most: a longer one, or one that ends a
# sentence, is the article's prose, which no list crosses.
_LISTING_REACH = 40
_LISTING_LINE_MAX = 80


class Listings:
    """Where a page lists other articles after its own, read in one pass over its lines: the
    dates alone (`is_stamp`, as `datelines` reads one) that are another article's, never
    this one's. The list is under a heading of other headlines ("관련기사", "많이 본 뉴스"),
    only its headlines and dates between, or without one, a date under each headline
    (`_stamped_items`). A list a saved page prints above the article (a sidebar's) has the
    article's own headline and dateline under it, which stay read, and so does a stamp
    right over a headline that its lead follows: a dateline, a list's or not.

    The stamps of the cards under a heading (`cards`: "headline" / "입력 2024.01.10 09:00" /
    one sentence), labelled or not, are other articles' too, above the article or under it.
    The dates of a schedule in the body (`schedule`) are neither: what the story tells,
    never its dateline, and never furniture."""

    def __init__(self, lines: list[str], is_stamp: Callable[[str], bool]) -> None:
        self._shown = [k for k, line in enumerate(lines) if line.strip()]
        prose = [_is_prose(lines[k]) for k in self._shown]
        self._first_prose = next(
            (k for k, flag in zip(self._shown, prose, strict=True) if flag), None
        )
        # For each line, the nearest list heading above it within reach with no prose
        # between, as a walk up from the line would meet it.
        self._heading: dict[int, int] = {}
        headings: set[int] = set()
        heading = prose_at = -1
        for i, line in enumerate(lines):
            if heading > prose_at and i - heading <= _LISTING_REACH:
                self._heading[i] = heading
            if is_list_heading(line.strip()):
                heading = i
                headings.add(i)
            elif _is_prose(line):
                prose_at = i
        stamps = [is_stamp(lines[k]) for k in self._shown]
        self._over_lead = {
            self._shown[at]
            for at in range(len(self._shown) - 2)
            if stamps[at] and not stamps[at + 1] and not prose[at + 1] and prose[at + 2]
        }
        self.schedule = _schedule_stamps(lines, self._shown, stamps, prose, headings)
        self.schedule |= _announced_lines(lines, self._shown, prose, headings)
        self.schedule -= _closing_page_stamps(lines, self._shown, prose, self.schedule)
        listed = [
            stamp and k not in self.schedule for k, stamp in zip(self._shown, stamps, strict=True)
        ]
        self.items = _stamped_items(lines, self._shown, listed, prose)
        self.cards = _card_stamps(lines, self._shown, prose, headings)

    def holds(self, i: int) -> bool:
        """Whether line `i`, a date alone, is a listed article's."""
        if i in self._over_lead:
            return False
        if i in self._heading:
            return self._first_prose is not None and self._first_prose < self._heading[i]
        return i in self.items

    def listed_lines(self) -> set[int]:
        """Indexes of the items of a list of other articles printed without a heading, a
        date alone under each headline (`_stamped_items`): both lines of each item,
        furniture."""
        return set(self.items) | set(self.items.values())


@functools.lru_cache(maxsize=1)
def listings_of(lines: tuple[str, ...], is_stamp: Callable[[str], bool]) -> Listings:
    """`Listings` of `lines`, kept for the next caller: `clean` reads a page's listings for
    its furniture and `datelines` for its date, and for most pages both read the same lines
    (about 1.4 s of CPU in 58 for 3,000 files, once for each)."""
    return Listings(list(lines), is_stamp)


# A card's stamp: a short line with a full date in it ("입력 2024.01.10 09:00", "2024.01.10").
_CARD_STAMP = re.compile(r"(?:19|20)\d{2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}")
_CARD_STAMP_MAX = 40


def _card_stamps(
    lines: list[str], shown: list[int], prose: list[bool], headings: set[int]
) -> set[int]:
    """The stamps of the cards under a list's heading, each a headline, its stamp and one
    sentence; the cards run on while another follows, and a card whose sentence more prose
    or a sign-off follows is a copy of an article, which ends them."""
    text = [lines[k].strip() for k in shown]
    found: set[int] = set()
    for at, k in enumerate(shown):
        if k not in headings:
            continue
        card = at + 1
        while card + 2 < len(text) and _is_card(text, prose, card):
            found.add(shown[card + 1])
            card += 3
    return found


def _is_card(text: list[str], prose: list[bool], at: int) -> bool:
    stamp = text[at + 1]
    after = text[at + 3] if at + 3 < len(text) else None
    return (
        not prose[at]
        and len(stamp) <= _CARD_STAMP_MAX
        and _CARD_STAMP.search(stamp) is not None
        and prose[at + 2]
        and (after is None or not (prose[at + 3] or parse_byline(after)))
    )


# Items a list without a heading shows at least: one headline with its date is a dateline.
_LISTED_ITEMS_MIN = 2


def _stamped_items(
    lines: list[str], shown: list[int], stamps: list[bool], prose: list[bool]
) -> dict[int, int]:
    """The dates of a list of other articles printed without a heading, each with its
    headline's index: two or more items of a headline and a date under it, in a row, the
    article's prose before them all and none after, the list closing the page. A reporter's
    sign-off over the article's own bottom stamp is no headline, nor is an event's name
    ("부지 매입"); pairs that prose follows are copies of articles, never a list, and the
    `stamps` of a schedule in the body are no list's."""

    def pair(end: int) -> bool:
        # The headline at `end - 1`, its date at `end`, among the shown lines.
        if not 1 <= end < len(shown) or not stamps[end]:
            return False
        headline = lines[shown[end - 1]].strip()
        return (
            not prose[end - 1]
            and not stamps[end - 1]
            and _is_headline_like(headline)
            and parse_byline(headline) is None
        )

    first_prose = next((at for at, flag in enumerate(prose) if flag), len(shown))
    last_prose = max((at for at, flag in enumerate(prose) if flag), default=-1)
    items: dict[int, int] = {}
    end = 1
    while end < len(shown):
        if not pair(end):
            end += 1
            continue
        start = end
        while pair(end + 2):
            end += 2
        count = (end - start) // 2 + 1
        if count >= _LISTED_ITEMS_MIN and first_prose < start - 1 and last_prose < start:
            items.update((shown[at], shown[at - 1]) for at in range(start, end + 1, 2))
        end += 1
    return items


def _schedule_stamps(
    lines: list[str], shown: list[int], stamps: list[bool], prose: list[bool], headings: set[int]
) -> set[int]:
    """The dates of a schedule in the body ("부지 매입" / "2024.07.01" / "착공" / …): a run of
    short lines, events and their dates, with the article's prose right over it and, under
    it, more prose, the page's end, the reporter's sign-off or a copyright line, which shows
    the run is the article's own. A run of headlines instead ("맑은시, 수소버스 도입 협약" /
    its date) is the next copy's headline under its dateline, or a list of other articles; a
    date alone by the prose closes a copy or opens the next. A byline, a list's heading or a
    copyright line ends a run.

    What closes a copy is its own: one date there, beside the outlet's name, a credit or a
    copyright line ("한빛일보" / "2023.10.12 20:05" / "홍길동 기자"), is its dateline; a
    schedule that ends the body lists two events or more, or one step told in words apart
    ("공장 준공 예정" / "2026.12.31")."""

    def in_run(at: int) -> bool:
        line = lines[shown[at]].strip()
        return (
            not prose[at]
            and shown[at] not in headings
            and not is_reporter_signoff(line)
            and not is_copyright_notice(line)
        )

    found: set[int] = set()
    at = 0
    while at < len(shown):
        if not in_run(at):
            at += 1
            continue
        start = at
        while at < len(shown) and in_run(at):
            at += 1
        dates = [shown[k] for k in range(start, at) if stamps[k]]
        events = [lines[shown[k]] for k in range(start, at) if not stamps[k]]
        if not dates or not events or start == 0 or not prose[start - 1]:
            continue
        if not all(map(_names_an_event, events)):
            continue
        signed = at < len(shown) and is_reporter_signoff(lines[shown[at]].strip())
        closing = signed or at == len(shown) or _is_copyright_line(lines[shown[at]])
        dated = len(dates) + sum(map(_is_dated_row, events))
        if closing and dated < _CLOSING_SCHEDULE_MIN and not _names_a_step(events):
            continue
        if signed or ((closing or prose[at]) and not any(map(_is_headline_like, events))):
            found.update(dates)
    return found


_CLOSING_SCHEDULE_MIN = 2


def _is_copyright_line(line: str) -> bool:
    """A copyright notice closing the page, under which a schedule ends as under a sign-off."""
    return is_copyright_notice(line.strip())


def is_reporter_signoff(line: str) -> bool:
    """A reporter's sign-off, alone or beside the page's stamp ("박새롬 기자 · 입력 2024.04.08
    09:30"), which ends a schedule as it ends the article (review 54b, B12)."""
    if parse_byline(line) is not None:
        return True
    fields = _SIGNOFF_FIELDS.split(line)
    return (
        len(fields) == 2
        and parse_byline(fields[0].strip()) is not None
        and _PAGE_STAMP.fullmatch(fields[1].strip()) is not None
    )


_SIGNOFF_FIELDS = re.compile(r"\s[·ㆍ|]\s")


def _is_dated_row(line: str) -> bool:
    """A table's row with its date ("| 부지 선정 | 2024.06.01 |"): an event of the schedule
    dated in the row, as a saved page's `<table>` over its `<dl>` prints one (review 54b, B12)."""
    line = line.strip()
    return line.startswith("|") and _CARD_STAMP.search(line) is not None


def _names_a_step(events: list[str]) -> bool:
    """Whether one event's name is a step told in words apart ("공장 준공 예정"), not a word
    set alone by a copy's closing stamp (an outlet's or a section's name)."""
    return len(events) == 1 and " " in events[0].strip() and not _is_headline_like(events[0])


# Lines a sentence that announces them may head ("일정은 다음과 같다." / "등록 2024.06.01" / …).
_ANNOUNCED_MAX = 12


def _announced_lines(
    lines: list[str], shown: list[int], prose: list[bool], headings: set[int]
) -> set[int]:
    """The short lines under a sentence of the body that announces them ("인턴 모집 일정은
    다음과 같다.", "… 다음과 같이 보도한 바 있다."), up to the next prose, a sign-off, a list's
    heading or a copyright line: a date there, labelled or alone, a quoted headline's, is what
    the story tells, never the page's dateline."""
    found: set[int] = set()
    for at, flag in enumerate(prose):
        if not flag or _LEAD_IN.search(lines[shown[at]]) is None:
            continue
        end = at + 1
        while end < len(shown) and end - at <= _ANNOUNCED_MAX and not prose[end]:
            line = lines[shown[end]].strip()
            if shown[end] in headings or parse_byline(line) or is_copyright_notice(line):
                break
            end += 1
        found.update(shown[at + 1 : end])
    return found


def _closing_page_stamps(
    lines: list[str], shown: list[int], prose: list[bool], schedule: set[int]
) -> set[int]:
    """The page's own stamp ("입력 2024.04.08 09:30") closing a schedule the body keeps, at
    the page's end or over its sign-off or copyright line: the dateline, never the schedule's
    last line, which left the article undated (review 54b, B3). Under an event or its date
    only; a schedule of labelled stamps ("교육 일정은 다음과 같다." / "입력 2024.06.01 09:00")
    keeps its own."""
    return {
        shown[at]
        for at in range(1, len(shown))
        if shown[at] in schedule
        and shown[at - 1] in schedule
        and _PAGE_STAMP.fullmatch(lines[shown[at]].strip()) is not None
        and _LABELLED.match(lines[shown[at - 1]].strip()) is None
        and (at + 1 == len(shown) or (shown[at + 1] not in schedule and not prose[at + 1]))
    }


_STAMP_LABELS = {
    name: pattern("bylines", name)
    for name in ("published_labels", "approved_labels", "edited_labels")
}
# "입력 2024.04.08 09:30", "등록: 2024-04-08": the page's stamp, as the line alone.
_PAGE_STAMP = guarded(
    re.compile(
        rf"(?:{_STAMP_LABELS['published_labels']})\s*[:：|]?\s*{_CARD_STAMP.pattern}"
        r"\.?(?:\s*\(?[월화수목금토일]\)?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    )
)
# A line opening with any stamp's label: one of a schedule of stamps.
_LABELLED = guarded(
    re.compile(rf"(?:{'|'.join(_STAMP_LABELS.values())})\s*[:：|]?\s*{_CARD_STAMP.pattern}")
)


_LEAD_IN = guarded(re.compile(pattern("page_furniture", "schedule_lead_ins")))


# What a copy prints by its closing stamp and no event is named by: a credit ("사진=…"), a
# copyright mark, an address.
_NO_EVENT_MARKS = ("=", "©", "ⓒ", "@")


def _names_an_event(line: str) -> bool:
    """Whether a short line may name an event, not the outlet or a credit."""
    line = line.strip()
    return outlet_field(line) is None and not any(mark in line for mark in _NO_EVENT_MARKS)


# A headline tells who did what: it names its subject before a comma ("맑은시, 수소버스 도입
# 협약"), quotes someone, or runs on; an event a schedule lists is a few words ("부지 매입",
# "1차 협약식", "읍내점 개장").
_HEADLINE_MIN = 15
_HEADLINE_MARKS = (",", "…", '"', "“", "'", "‘")


def _is_headline_like(line: str) -> bool:
    """Whether a short line reads as a headline rather than an event's name."""
    line = line.strip()
    return len(line) >= _HEADLINE_MIN or any(mark in line for mark in _HEADLINE_MARKS)


def _is_prose(line: str) -> bool:
    line = line.strip()
    return len(line) > _LISTING_LINE_MAX or line.endswith(".")
