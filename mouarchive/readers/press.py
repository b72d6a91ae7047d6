"""The header table of a 보도자료 (press release): its date and issuing body, and the text
without it.

A 지자체 press release opens with a table, not a dateline:

    보도자료 | 광주광역시
    배포일시 | 2024. 3. 5.(화) 09:00 | 담당부서 | 인공지능산업과
    담당자 | 김철수 (062-613-0000)

The release date is the article's published date and the issuing body its outlet; the
table itself is no part of the release's text, so it is taken out before cleaning. Labels
live in `data/press_release.json`. Pure functions over the text a document reader made
(table rows as cells joined by " | "), so PDF, DOCX and HWPX share them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mouarchive.models import PartialDate
from mouarchive.text.datelines import find_published
from mouarchive.vocab import words

_HEAD_LINES = 15
"""The header table sits above the headline; deeper lines are the release itself."""


@dataclass
class PressHeader:
    published: PartialDate | None
    issuer: str | None
    text: str  # the document's text without the header lines


def read_header(text: str) -> PressHeader:
    """The header of a press release in `text`, if it has one (else the text unchanged)."""
    lines = text.split("\n")
    head = lines[:_HEAD_LINES]
    fields: dict[str, list[str]] = {"date": [], "issuer": [], "department": []}
    header_rows: set[int] = set()
    banner_issuer: str | None = None
    for index, line in enumerate(head):
        compact = line.strip()
        if not compact:
            continue
        found = _fields(compact)
        if found:
            header_rows.add(index)
            for key, value in found:
                if key in fields:
                    fields[key].append(value)
            continue
        cells = [cell.strip() for cell in compact.split("|") if cell.strip()]
        if any(_squeezed(cell) in _banner() for cell in cells):
            header_rows.add(index)
            banner_issuer = banner_issuer or next(
                (cell for cell in cells if _is_issuer(cell)), None
            )
            rest = [cell for cell in cells if _squeezed(cell) not in _banner()]
            banner_issuer = banner_issuer or next(
                (word for cell in rest for word in cell.split() if _is_issuer(word)), None
            )
    if not fields["date"] and not fields["department"] and banner_issuer is None:
        return PressHeader(None, None, text)
    published = next(
        (date for value in fields["date"] if (date := find_published(f"배포일시 {value}"))), None
    )
    issuer = (
        next((value for value in fields["issuer"] if value), None)
        or banner_issuer
        or next(
            (_leading_issuer(value) for value in fields["department"] if _leading_issuer(value)),
            None,
        )
    )
    body = [line for index, line in enumerate(lines) if index not in header_rows]
    return PressHeader(published, issuer, "\n".join(body).strip("\n"))


def _fields(line: str) -> list[tuple[str, str]]:
    """(kind, value) for every label in a header line ("배포일시 2024. 3. 5. 담당부서 X")."""
    matches = list(_label_pattern().finditer(line))
    if not matches or matches[0].start() > 2:
        return []
    first = _label_kind()[_squeezed(matches[0]["label"])]
    after = line[matches[0].end() :].lstrip()
    marked = matches[0].group(0).endswith((":", "：")) or after.startswith(("|", ":", "："))
    if first == "other" and len(matches) < 2 and not marked:
        return []  # a headline that merely starts with such a word ("자료 공유 플랫폼 …")
    found = []
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(line)
        value = line[match.end() : end].strip(" |:：\t")
        found.append((_label_kind()[_squeezed(match["label"])], value))
    return found


def _leading_issuer(department: str) -> str | None:
    words = department.split()
    return words[0] if len(words) > 1 and _is_issuer(words[0]) else None


def _is_issuer(name: str) -> bool:
    name = name.strip()
    return (
        2 <= len(name) <= 20
        and re.fullmatch(r"[가-힣]+", name) is not None
        and name.endswith(words("press_release", "issuer_suffixes"))
        and _squeezed(name) not in _banner()
    )


def _squeezed(text: str) -> str:
    return "".join(text.split())


@cache
def _banner() -> frozenset[str]:
    return frozenset(_squeezed(line) for line in words("press_release", "banner"))


@cache
def _label_kind() -> dict[str, str]:
    kinds = {}
    for key, kind in (
        ("other_labels", "other"),
        ("department_labels", "department"),
        ("issuer_labels", "issuer"),
        ("date_labels", "date"),
    ):
        for label in words("press_release", key):
            kinds[_squeezed(label)] = kind
    return kinds


@cache
def _label_pattern() -> re.Pattern[str]:
    """Any label, spaced as printed ("배 포 일 시"), as a field of its own: at the line's
    start or after a cell bar, followed by a colon, a bar or a space."""
    labels = sorted(_label_kind(), key=len, reverse=True)
    spaced = "|".join(r"\s*".join(map(re.escape, label)) for label in labels)
    return re.compile(rf"(?:^|(?<=[|\s]))(?P<label>{spaced})\s*(?=[:：|\s]|$)[:：]?")
