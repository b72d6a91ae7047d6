"""The outlet an article appeared in, read from its copyright, credit and sign-off lines.

These lines are what cleaning throws away, so `parse_articles` reads them on the normalized
text before it cleans. Text evidence comes before the reporter's mail domain, which may be
a personal mailbox.
"""

from __future__ import annotations

import re

from mouarchive.text.bylines import EMAIL, OUTLET_REPORTER, REPORTER_ROLE, broadcast_signoff
from mouarchive.text.datelines import header_fields
from mouarchive.text.notices import is_copyright_notice, is_full_notice
from mouarchive.text.outlet_names import outlet_field, outlet_for_email, outlet_name
from mouarchive.vocab import pattern, word_set

_COPYRIGHT_HINT = re.compile(r"ⓒ|©|\(c\)|copyright|저작권자", re.IGNORECASE)
# "Copyright © 2024 by 탐라일보.", "Copyrights ⓒ 2024 탐라일보": the name after the mark, a
# year and "by"; it ends at a comma, a period, brackets, a bar, a slash or a dash.
_COPYRIGHT_NAME = re.compile(
    r"(?:ⓒ|©|\(c\)|copyrights?)\s*(?:[ⓒ©@]\s*)?(?:(?:19|20)\d{2}\s*)?"
    r"(?:['‘\"“][^'’\"”]*['’\"”]\s*)?(?:by\s+)?"
    r"(?P<name>[^,.<>()\[\]|/\-–—]+)",
    re.IGNORECASE,
)
# "동해일보 © All rights reserved.", "동해일보 ⓒ 무단전재 및 재배포 금지": the name before the sign.
# Read only when the rest is a notice (a year, "All rights reserved", "무단 전재 …") or
# nothing: "강원신문 ⓒ 표기 없이 사진을 쓰면 …" is a sentence about the sign.
_NAME_BEFORE_MARK = re.compile(
    r"\s*(?P<name>[가-힣A-Za-z0-9]{2,15})\s*(?:ⓒ|©|\(c\))\s*"
    r"(?:(?:19|20)\d{2}\.?\s*)?(?:all\s+rights\s+reserved|무단\s*전재.*|재배포.*)?[.\s]*",
    re.IGNORECASE,
)
# Words an outlet's ending fits that name no outlet ("인터넷신문 ⓒ", "포토뉴스 ⓒ").
_GENERIC_NAMES = word_set("outlets", "generic_names")
_PHOTO_COPYRIGHT = re.compile(r"[다요]\.\s*(?:ⓒ|©)")
# What follows the name in a notice: its rights, a year, a company's form, its web address.
_NAME_TAIL = re.compile(
    r"\s*(?:무단|all rights|\bAll\b|corp\b|inc\b|(?:19|20)\d{2}|\bwww\b|https?\b).*$",
    re.IGNORECASE,
)
_BRACKET_CREDIT = re.compile(
    r"^[\[【(<〈]\s*(?:(?P<place>[가-힣]{1,8})\s*=\s*)?(?P<name>[가-힣A-Za-z0-9]{2,15})(?:\s[^\]】)>〉]{0,20})?[\]】)>〉]"
)
_SIGNOFF = re.compile(r"^(?P<name>[가-힣A-Za-z0-9]{2,15}),\s*[^.]{2,30}$")
# "연합뉴스 박지훈 기자", "/한빛일보 김하늘 기자 hong@hanbit.kr": a byline line naming the outlet
# before the reporter.
_OUTLET_BYLINE = re.compile(
    rf"/?\s*(?P<name>[가-힣A-Za-z0-9]{{2,15}})\s+[가-힣]{{2,4}}\s*{REPORTER_ROLE}"
    rf"(?:\s*[(<\[]?\s*{EMAIL}\s*[)>\]]?)?\s*"
)
# "출처: 연합뉴스(2024.05.21.)", "[출처] 아시아경제, 2019.06.27": a repost names the outlet of
# the article it copies.
_SOURCE = re.compile(
    r"^\s*(?:(?:"
    + pattern("bylines", "source_labels")
    + r")\s*[:：]\s*(?P<name>[가-힣A-Za-z0-9]{2,15})\s*\(|\[(?:"
    + pattern("bylines", "source_labels")
    + r")\]\s*(?P<bracketed>[가-힣A-Za-z0-9]{2,15}),\s*(?:19|20)\d\d)"
)


def is_signoff(line: str) -> bool:
    """An outlet's slogan line ("기계신문, 기계산업 뉴스채널") printed under an article."""
    return _signoff_outlet(line) is not None


def find_outlet(text: str, email: str | None) -> str | None:
    """The outlet named by a copyright line, a bracket credit, a sign-off (a slogan's or a
    broadcaster's reporter's), a byline, or the email domain.

    Text evidence comes first because reporters sometimes write from personal mailboxes,
    and wire copy keeps the agency's credit while the page carries it.
    """
    lines = [line for line in text.split("\n") if line]
    # Most texts hold no copyright mark, which every copyright line needs: one pass over the
    # text tells, rather than a search of each line; and the lines before the first mark's
    # hold none (the mark's pattern, ignoring case, took 4.5 µs a line).
    mark = _COPYRIGHT_HINT.search(text)
    from_mark = text[text.rfind("\n", 0, mark.start()) + 1 :] if mark else ""
    marked = [line for line in from_mark.split("\n") if line]
    opening = bool(marked) and not text[: len(text) - len(from_mark)].strip()
    for finder, read in (
        (_copyright_outlet, _own_notices_first(marked, opening)),
        (_bracket_outlet, lines),
        (_header_outlet, lines),
        (_signoff_outlet, lines),
        (_broadcaster, lines),
        (_byline_outlet, lines),
        (_source_outlet, lines),
    ):
        for line in read:
            name = finder(line)
            if name:
                return name
    return outlet_for_email(email)


def _own_notices_first(marked: list[str], opening: bool) -> list[str]:
    """The lines from the first copyright mark on, those that may be another's notice last:
    a notice the text opens with (`opening`: its first line is marked), left from the copy
    pasted above it (review 56b, 12), and a bare "ⓒ name" with the text's prose going on
    under it, a photo's credit (review 56b, 11). The copy's own notice at its foot named
    the outlet only when neither did. Any other bare "ⓒ name" comes after the full notices
    (`is_full_notice`): a photo's credit over its caption and a subheading, out of the
    reach that tells a photo's, named the outlet over the notice at the foot (review 57b,
    8); alone, as a portal copy closes on "ⓒ 연합뉴스", it still names it."""
    last: list[str] = []
    bare: list[str] = []
    own: list[str] = []
    leading = opening
    for i, line in enumerate(marked):
        leading = leading and _COPYRIGHT_HINT.search(line) is not None
        credit = is_copyright_notice(line) and not is_full_notice(line)
        if leading or (credit and _prose_under(marked, i)):
            last.append(line)
        elif credit:
            bare.append(line)
        else:
            own.append(line)
    return own + bare + last


def _prose_under(lines: list[str], at: int) -> bool:
    """Whether a sentence stands under line `at` within a subheading's reach: a bare "ⓒ name"
    so placed is a photo's credit."""
    return any(
        _SENTENCE_CLOSED.search(below) and not is_copyright_notice(below)
        for below in lines[at + 1 : at + 1 + _CREDIT_REACH]
    )


# A photo's credit stands over the paragraph it goes on with, or over a subheading and it.
_CREDIT_REACH = 2


def _copyright_outlet(line: str) -> str | None:
    """The outlet of a copyright line, named after its mark or, with an outlet's ending,
    before it ("동해일보 © All rights reserved."); a mark after a sentence ("…체결했다. ⓒ
    빛고을시청") credits a photo, not the page."""
    hint = _COPYRIGHT_HINT.search(line) if len(line) <= 200 else None
    if hint is None or _PHOTO_COPYRIGHT.search(line) or _tells_of_copyright(line, hint):
        return None
    if _only_the_word(line) and not is_copyright_notice(line):
        # "Copyright 보호 캠페인 공동 추진": a subheadline's word, no notice.
        return None
    for match in _COPYRIGHT_NAME.finditer(line):
        raw = match["name"]
        if "@" not in raw and "." not in raw:
            name = outlet_name(_NAME_TAIL.sub("", raw).strip(), require_suffix=False)
            if name:
                return name
    before = _NAME_BEFORE_MARK.fullmatch(line)
    if before is not None and before["name"] not in _GENERIC_NAMES:
        name = outlet_name(before["name"], require_suffix=True)
        if name:
            return name
    domain = re.search(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b", line.lower())
    return outlet_for_email(f"x@{domain.group(0)}") if domain else None


# Words a sentence may set before a mark it tells of ("양 기관은 Copyright 표시 캠페인을
# …했다."); a notice opens with its mark or the outlet's name ("한빛일보 ⓒ …").
_TOLD_MARK_WORDS = 2
_SENTENCE_CLOSED = re.compile(r"[.!?][\"”’')\]]*\s*$")


def _tells_of_copyright(line: str, hint: re.Match[str]) -> bool:
    """A sentence of the article that names copyright, the mark some words into it: no
    notice, and what follows the mark no outlet's name. A notice may end as a sentence does
    ("저작권자 © 한빛일보 무단전재 및 재배포를 금합니다."), but opens with its mark, also
    where it follows the article's last sentence on its line ("…밝혔다. 저작권자 © …")."""
    before = line[: hint.start()]
    return (
        line.rstrip().endswith(("다.", "다"))
        and len(before.split()) >= _TOLD_MARK_WORDS
        and not _SENTENCE_CLOSED.search(before)
    )


def _only_the_word(line: str) -> bool:
    """Whether the line's only copyright mark is the word, which prose uses too."""
    return all(mark.group(0).lower() == "copyright" for mark in _COPYRIGHT_HINT.finditer(line))


def _source_outlet(line: str) -> str | None:
    match = _SOURCE.match(line)
    return outlet_name(match["name"] or match["bracketed"], require_suffix=True) if match else None


def _bracket_outlet(line: str) -> str | None:
    match = OUTLET_REPORTER.match(line)
    if match:
        # "[시민일보 = 이대우 기자]" names the outlet; "[세종=서재빈 기자]" only a place.
        return outlet_name(match["outlet"], require_suffix=True)
    match = _BRACKET_CREDIT.match(line)
    if not match:
        return None
    return outlet_name(match["name"], require_suffix=match["place"] is None)


def _header_outlet(line: str) -> str | None:
    fields = header_fields(line)
    if not fields:
        return None
    return next((name for field in fields if (name := outlet_field(field))), None)


def _byline_outlet(line: str) -> str | None:
    if len(line) > _LONGEST_BYLINE:
        return None
    match = _OUTLET_BYLINE.fullmatch(line)
    return outlet_name(match["name"], require_suffix=True) if match else None


_LONGEST_BYLINE = 80


def _broadcaster(line: str) -> str | None:
    signoff = broadcast_signoff(line)
    return signoff[0] if signoff else None


def _signoff_outlet(line: str) -> str | None:
    if line.endswith(("다", "다.")):
        return None
    match = _SIGNOFF.match(line)
    return outlet_name(match["name"], require_suffix=True) if match else None
