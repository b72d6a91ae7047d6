"""Copies of articles pasted one after another into one file, none signed by a reporter.

`split` cuts a page after each byline; copies without one ran into a single article, the
next copies' headlines read as its body lines and their dates lost. Each copy opens as a web
article does: its headline (a subheadline may follow it), its publication stamp ("입력
2024.03.05 15:40", an edit stamp under it), its lead and more prose. The stamp is what tells
it from a subheadline between paragraphs, and cleaning drops it, so the page is cut before
it is cleaned.

One article holds the same shape where it quotes another (a related article's card, an update
paragraph, a notice, a box of cards under "관련기사"), so a cut is made only where nothing
says the text runs on: a copy closed by neither its stamp nor a copyright line, with a
reporter's sign-off ahead before the next copy, is one signed article with a box in it; so
is a box under a sentence of an article signed on top ("[한빛일보 박새롬 기자] …") that signs
nothing of its own; a piece under an edit stamp alone ("업데이트 …") is a live article's
update; a card is one sentence, no copy; and a copy printing a lead already printed above,
under its headline's stamp, is the page printing its article twice, which `clean` reads once.
"""

from __future__ import annotations

import re

from mouarchive.models import PartialDate
from mouarchive.text.bylines import parse_byline, split_trailing_byline
from mouarchive.text.captions import ends_on_credit
from mouarchive.text.credit import lead_credit
from mouarchive.text.datelines import full_dates, is_bare_date, is_dateline, is_edit_stamp
from mouarchive.text.furniture import is_copyright_footer, stamped_byline
from mouarchive.text.listings import is_list_heading
from mouarchive.text.notices import is_full_notice
from mouarchive.text.openings import opens_story
from mouarchive.text.outlets import find_outlet

# A headline is short and ends on no sentence; a lead is a paragraph that ends one, at once or
# on the line under it (a narrow column wrapped it); the prose under it a sentence at least.
_HEADLINE_MIN = 8
_HEADLINE_MAX = 60
_LEAD_MIN = 20
_PROSE_MIN = 12
_SENTENCE_ENDS = ("다", "요")
_QUOTES = "\"”’')]"
_CLOSING_MARKS = _QUOTES + "."


def copies(text: str) -> list[str]:
    """`text` cut where a copy starts after the one before (`_copy_starts`); the whole text
    when none does. A copy the page prints again under another headline is read without that
    headline: it heads no article, and it was left as a line of the body (review 56b, 7)."""
    lines = text.split("\n")
    shown = [i for i, line in enumerate(lines) if line.strip()]
    found, reheaded = _copy_starts([lines[i].strip() for i in shown])
    if not found and not reheaded:
        return [text]
    starts = [shown[at] for at in found]
    for at in reheaded:
        lines[shown[at]] = ""
    bounds = [0, *starts, len(lines)]
    return ["\n".join(lines[bounds[k] : bounds[k + 1]]) for k in range(len(bounds) - 1)]


def _copy_starts(text: list[str]) -> tuple[list[int], list[int]]:
    """Indexes (in `text`, the page's non-blank lines) of the headlines that open a copy, and
    of the headline lines over a copy that prints the one above again."""
    opened = [(at, found) for at in range(2, len(text)) if (found := _copy_at(text, at))]
    signed = _signed_lines(text)
    starts: list[int] = []
    reheaded: list[int] = []
    for k, (at, (stamp, lead)) in enumerate(opened):
        since = starts[-1] if starts else 0
        # A lead printed again right after the copy printing it (read from the copy found
        # last), under the stamp printed there or under none (a signed lead under its
        # headline), is the page printing its article twice; a lead and a stamp printed
        # further up are another copy's, where the page reports a signing again (review
        # 54b, B10).
        above = text[max(since, opened[k - 1][0] if k else 0) : at]
        following = opened[k + 1][0] if k + 1 < len(opened) else len(text)
        printed = {_key(line) for line in above}
        if (
            _key(text[lead]) in printed
            and (
                stamp == at
                or _date_of(text[stamp]) in map(_date_of, filter(_is_labelled_stamp, above))
            )
            and not _footers_differ(above, text[at:following])
        ):
            reheaded += _other_headline(text, at, lead, following, printed)
            continue
        runs_on = not _closed(text[at - 1])
        if runs_on and not any(signed[since:at]) and any(signed[at:following]):
            continue
        if runs_on and _is_update_or_box(text, since, at, following, signed, stamp):
            continue
        starts.append(at)
        unstamped = _unstamped_start(text, stamp, lead, following)
        if unstamped is not None:
            starts.append(unstamped)
    return starts, reheaded


def _other_headline(
    text: list[str], at: int, lead: int, following: int, printed: set[str]
) -> list[int]:
    """The headline lines over a copy the page prints again, when they are not the copy's
    own above and the copy, from its lead to the next one, prints nothing new: the copy's
    own, printed again, go with its repeated lines, and a paragraph of its own needs its
    headline to stay an article's (review 54b, S1). A line that ends no sentence, a
    photo's caption over its credit ("… 서명하고 있다. /나래군 제공") or a subheading, is
    new to the page but no paragraph: the other headline stayed a line of the body over
    it (review 57b, 7)."""
    heads = [i for i in range(at, lead) if not is_dateline(text[i])]
    if any(_key(text[i]) in printed for i in heads):
        return []
    says_more = any(
        _key(line) not in printed and _ends_sentence(line) and not _is_signoff(line)
        for line in text[lead:following]
    )
    return [] if says_more else heads


def _footers_differ(above: list[str], below: list[str]) -> bool:
    """Whether the copyright lines of two copies printing one lead name other outlets: two
    outlets' copies of a press release, not a page printing its article twice (newcomer 55:
    6)."""
    one, other = set(footer_outlets(above)), set(footer_outlets(below))
    return bool(one) and bool(other) and not one & other


def footer_outlets(lines: list[str]) -> list[str]:
    """The outlets the copyright lines among `lines` name, each once, in their order."""
    named = (find_outlet(line, None) for line in lines if is_copyright_footer(line))
    return list(dict.fromkeys(outlet for outlet in named if outlet is not None))


def _unstamped_start(text: list[str], stamp: int, lead: int, following: int) -> int | None:
    """The headline of a copy printed with no stamp on top under a copy that signs nothing,
    the next copy's sign-off carrying its own stamp ("최구름 기자 2024.03.06 09:00") of
    another day than the stamp over the copy above: the two ran into one article, under the
    second one's reporter (review 54b, B11). The headline stands right under a sentence, over
    a lead and the sign-off, with no other sign-off between, and its lead tells the day the
    copy reports ("한울구는 6일 …"). A sign-off stamped with the day the copy above was
    printed or edited on ("입력 … | 수정 2024.04.11 08:15") is that copy's own, and a
    subheading's paragraph carries its story on without telling a day: an article edited the
    next day was cut at its subheading (review 55c, C2)."""
    foot = next((k for k in range(lead + 1, following) if _is_signoff(text[k])), None)
    if foot is None or not _is_stamped_signoff(text[foot]):
        return None
    if full_dates(text[foot])[0] in _stamped_days(text, stamp, lead):
        return None
    for at in range(lead + 2, foot - 1):
        if _is_headline(text[at]) and _ends_sentence(text[at - 1]):
            below = text[at + 1]
            if len(below) >= _LEAD_MIN and _ends_sentence(below) and opens_story(below):
                return at
    return None


def _stamped_days(text: list[str], stamp: int, lead: int) -> set[PartialDate]:
    """The days of a copy's stamps over its lead: printed and edited."""
    return {day for line in text[stamp:lead] if is_dateline(line) for day in full_dates(line)}


def _is_signoff(line: str) -> bool:
    """A reporter's sign-off closing a copy: a byline alone, run on after the last sentence,
    or run together with its stamp (a Daum copy's "정다은 기자2024. 5. 21. 15:12")."""
    signed = parse_byline(line) is not None or split_trailing_byline(line) is not None
    return signed or stamped_byline(line) is not None


def _is_stamped_signoff(line: str) -> bool:
    """A sign-off carrying its own stamp, which dates the copy it closes."""
    return stamped_byline(line) is not None and bool(full_dates(line))


def _is_update_or_box(
    text: list[str], since: int, at: int, following: int, signed: list[bool], stamp: int
) -> bool:
    """Whether the copy at `at`, under a sentence of the text above, is that article's own
    update or quoted box, not a copy with no sign-off at its foot (review 54b, B1, B2): under
    an edit stamp alone ("업데이트 2024.04.08 15:20") and with no publication stamp of its own
    further down (a copy may print its 입력 line at its end) it is an update; and an article
    signed on top ("[한빛일보 박새롬 기자] …") runs on through a box that signs nothing of its
    own."""
    if is_edit_stamp(text[stamp]):
        return not any(_is_publication_stamp(line) for line in text[stamp + 1 : following])
    ahead = range(at, following)
    return _signed_on_top(text, since, at, signed) and not any(
        signed[k] or _credits_reporter(text[k]) for k in ahead
    )


def _signed_on_top(text: list[str], since: int, at: int, signed: list[bool]) -> bool:
    """Whether the text from `since` to `at` opens with its reporter's byline, on a line of
    its own or opening the lead, within its headline, stamp and lead."""
    top = range(since, min(at, since + _TOP_LINES))
    return any(signed[k] or _credits_reporter(text[k]) for k in top)


# An article's top: its headline, a subheadline, its stamp and its lead.
_TOP_LINES = 4


def _credits_reporter(line: str) -> bool:
    credit = lead_credit(line)
    return credit is not None and credit.reporter is not None


def _copy_at(text: list[str], at: int) -> tuple[int, int] | None:
    """The stamp and the lead of the copy whose headline is line `at`: a headline over a
    labelled stamp, a lead and more prose, right after the close of the text above it (its
    last sentence, its stamp or its copyright), and outside a list of other headlines.

    A copy closed by its own stamp or copyright line also ends where the next opens in the
    shapes a copy takes without a stamp on top: a brief of one paragraph closed at once by
    its copyright or stamp line, and a headline over a lead its reporter signs ("[한빛일보
    한도윤 기자] …", its stamp at its foot), whose "stamp" is then its headline (review 54b,
    B9, B10); a paragraph under an edit stamp alone ("[추가] …", "수정 …") and closed at once
    is an update of the copy above (review 55c, C3); and a signed lead under a photo's caption
    and credit, with no stamp of its own below, is that article's own under a subheading
    (review 55c, C1). A photo's caption over its credit may stand between the lead and the
    prose: a copy printed again with one was not read as a copy (review 57b, 7)."""
    if not _is_headline(text[at]) or not _closes_copy(text[at - 1]):
        return None
    if any(is_list_heading(line) for line in text[max(0, at - _LIST_REACH) : at]):
        return None
    stamp = _stamp_index(text, at)
    after_prose = _closes_prose(text, at)
    if stamp is None and after_prose and (_opens_signed_copy(text, at) or _footed_alike(text, at)):
        stamp = at
    lead = _lead_after(text, stamp) if stamp is not None else None
    if stamp is None or lead is None:
        return None
    end = lead if _ends_sentence(text[lead]) else lead + 1
    if end + 2 < len(text) and ends_on_credit(text[end + 1]):
        # A photo's caption under the lead: the copy's prose goes on under it.
        end += 1
    brief = after_prose and not is_edit_stamp(text[stamp])
    if end + 1 < len(text) and brief and _closes_brief(text[end + 1], stamp == at):
        return stamp, lead
    return (stamp, lead) if end + 1 < len(text) and _is_prose(text[end + 1]) else None


def _closes_brief(line: str, unstamped: bool) -> bool:
    """Whether `line`, under a brief's one paragraph, closes it: its stamp or copyright line,
    or, for a brief with no stamp on top (`_footed_alike`), its reporter's sign-off (review
    57b, 5)."""
    return _is_closing_line(line) or (unstamped and parse_byline(line) is not None)


def _opens_signed_copy(text: list[str], at: int) -> bool:
    """Whether the headline at `at`, over a lead its reporter signs, opens a copy: under a
    copy with a body of its own (a lead and more prose over its closing lines), or with a
    stamp of the copy's own further down, before its copyright line or the next copy. A
    photo's caption and its credit under a stamp are no body: the headline under them is a
    subheading of that article (review 55c, C1)."""
    if at + 1 >= len(text) or not _credits_reporter(text[at + 1]):
        return False
    k = at - 1
    while k > 0 and _is_closing_line(text[k]):
        k -= 1
    if k > 0 and _ends_sentence(text[k]) and _ends_sentence(text[k - 1]):
        return True
    for k in range(at + 2, min(len(text), at + _COPY_REACH)):
        if _is_stamped_signoff(text[k]) or _closed(text[k]):
            own = _is_labelled_stamp(text[k]) and not _is_headline(text[k - 1])
            return own or _is_stamped_signoff(text[k])
    return False


# How far under its headline a copy's stamp is looked for: a long copy's lines.
_COPY_REACH = 50


def _footed_alike(text: list[str], at: int) -> bool:
    """Whether the headline at `at`, under the copyright line closing the copy above, opens
    a copy closed as that one is: by a copyright line of its own under its headline's lead
    and prose, nothing else between. A press release pasted as each outlet printed it, with
    no stamp or byline, ran its second copy into the first (newcomer 55: 6). A bare "ⓒ name"
    is a photo's credit as often, under which a subheading goes on with the same copy
    (review 56b, 4): only a full notice counts, above and below. A reporter's sign-off closes
    the copy as its notice would: an unrelated story signed only at its foot ran into the
    copy above, under that copy's reporter (review 56b, 9). A sign-off closes one paragraph
    too, a brief's, but only under a lead that opens a story, its subject and its day: under
    a photo's full notice a subheading's "시는 …" goes on with the same article, and the
    sign-off at its foot is that article's (review 57b, 4, 5)."""
    if not is_full_notice(text[at - 1]):
        return False
    said = closing = 0
    for k in range(at + 1, min(len(text), at + _COPY_REACH)):
        if is_full_notice(text[k]):
            return said >= 2
        if parse_byline(text[k]) is not None:
            return said >= 1 and opens_story(text[at + 1])
        if not closing and _holds_sentence(text[k]):
            said += 1
            continue
        # Under the copy's last sentence, its close: a stamp, a contact line, a fragment
        # ("기사 번호 3."); a sentence past them is a subheading's paragraph, the same copy's.
        closing += 1
        if _ends_sentence(text[k]) or closing > _CLOSER_REACH:
            return False
    return False


def _closes_prose(text: list[str], at: int) -> bool:
    """Whether the line over `at` closes a copy's prose: a stamp or copyright line of its own,
    a sentence of the body a few lines over it. A headline's stamps over a lead, or a
    photo's caption with its copyright glued on, close no copy."""
    above = text[max(0, at - 1 - _CLOSER_REACH) : at - 1]
    return _is_closing_line(text[at - 1]) and any(map(_holds_sentence, above))


def _is_closing_line(line: str) -> bool:
    """A stamp or copyright line standing alone: one glued to a caption's sentence ("… 서명하고
    있다. ⓒ 한빛일보") closes the caption, not a copy."""
    return _closed(line) and _SENTENCE_INSIDE.search(line) is None


# How many lines a copy's closing stamp and copyright take under its last sentence.
_CLOSER_REACH = 3
_SENTENCE_INSIDE = re.compile(r"[다요][.!?]")


# How far above a headline a list's heading ("관련기사") still holds it: a few cards.
_LIST_REACH = 8


def _stamp_index(text: list[str], at: int) -> int | None:
    """The labelled stamp under the headline at `at`, or under one subheadline of it."""
    for k in (at + 1, at + 2):
        if k < len(text) and _is_labelled_stamp(text[k]):
            return k
        if k < len(text) and not _is_headline(text[k]):
            return None
    return None


def _lead_after(text: list[str], stamp: int) -> int | None:
    """The lead under a stamp: past an edit stamp and a subheadline, a long line that ends a
    sentence, or whose next line does."""
    k = stamp + 1
    while k < len(text) and is_dateline(text[k]):
        k += 1
    if k < len(text) and _is_headline(text[k]) and len(text[k]) < _LEAD_MIN:
        k += 1
    if k + 1 >= len(text) or len(text[k]) < _LEAD_MIN:
        return None
    return k if _ends_sentence(text[k]) or _ends_sentence(text[k + 1]) else None


def _date_of(stamp: str) -> str:
    dates = full_dates(stamp)
    return str(dates[0]) if dates else stamp


def _closed(last: str) -> bool:
    """Whether a copy's last line is its own stamp or copyright line, which end a copy no
    reporter signs."""
    return is_dateline(last) or is_copyright_footer(last)


def _signed_lines(text: list[str]) -> list[bool]:
    return [
        parse_byline(line) is not None or split_trailing_byline(line) is not None for line in text
    ]


def _closes_copy(line: str) -> bool:
    return _ends_sentence(line) or is_dateline(line) or is_copyright_footer(line)


def _is_headline(line: str) -> bool:
    """A short line closed by no period: a headline may end on a verb's plain form ("…충전소
    늘린다", "2공장도 짓는다"), and such copies ran into the one above (review 54b, B8, B10).
    A quote closed on a verb ("…적극 돕겠습니다\"") or a polite ending is a sentence."""
    return (
        _HEADLINE_MIN <= len(line) <= _HEADLINE_MAX
        and not line.rstrip(_QUOTES).endswith(".")
        and not (_ends_sentence(line) and (line.endswith(tuple(_QUOTES)) or _is_polite(line)))
        and not is_dateline(line)
        and not is_copyright_footer(line)
        and not is_list_heading(line)
        and parse_byline(line) is None
    )


def _is_polite(line: str) -> bool:
    """A speaker's polite ending ("…돕겠습니다"), which a headline's verb never takes."""
    return line.endswith(_POLITE_ENDS)


# Endings a speaker's sentence takes and a headline's verb does not.
_POLITE_ENDS = ("니다", "요")


def _is_publication_stamp(line: str) -> bool:
    return _is_labelled_stamp(line) and not is_edit_stamp(line)


def _is_labelled_stamp(line: str) -> bool:
    return is_dateline(line) and not is_bare_date(line)


def _ends_sentence(line: str) -> bool:
    return len(line) >= _PROSE_MIN and line.rstrip(_CLOSING_MARKS).endswith(_SENTENCE_ENDS)


def _holds_sentence(line: str) -> bool:
    """A line ending a sentence, or one whose last sentence a fragment follows: a press
    release's contact ("…말했다. 문의 061-390-7224.") or a page's article number ("… 기사
    번호 3."). Copies closed by their own copyright lines ran into one article when their
    last line ended so (newcomer 59: 1)."""
    return _ends_sentence(line) or (
        len(line) >= _PROSE_MIN and _SENTENCE_INSIDE.search(line) is not None
    )


def _is_prose(line: str) -> bool:
    """A sentence closed by its period, or longer than a headline: a headline may end on a
    verb ("…부지 찾는다") too."""
    closed = line.rstrip(_QUOTES).endswith(".") or len(line) > _HEADLINE_MAX
    return closed and _holds_sentence(line) and not is_dateline(line)


def _key(line: str) -> str:
    return "".join(line.split())
