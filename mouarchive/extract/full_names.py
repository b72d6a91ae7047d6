"""The full name an article also writes for a party its signing sentence shortens.

"치악대는 … 맺었다" goes by "치악대학교", the name a reader searches for, and "시민발전은 …"
by the "군산시민발전주식회사" the lede wrote with its place before it. This is read once
the parties are known, after every other filling in, and only renames: it is apart from
`implicit_parties`, which adds parties, because it never adds one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from mouarchive.extract.gazetteer import is_short_place
from mouarchive.extract.orgnames import USUAL_SHORT_NAMES, looks_like_org, normalize_org
from mouarchive.extract.same_org import same_organisation
from mouarchive.extract.tokens import split_particle
from mouarchive.models import Party
from mouarchive.vocab import word_set

_USUAL_FULL = {short: full for full, shorts in USUAL_SHORT_NAMES.items() for short in shorts}
_PROVINCE_FULL_RE = re.compile(r"[가-힣]{2}[북남]도")
_CENTRAL = "중앙회"  # "수협중앙회", "신협중앙회": the national federation of local co-operatives


def _spelled_in_full(short: str, long: str) -> bool:
    """ "치악대" for "한빛대학교", "충북교육청" for "충청북도교육청", "수협" for "수협중앙회":
    the article's longer spelling of the same body, down to its province written out."""
    if len(long) <= len(short) or not long.startswith(short[0]):
        return False
    if same_organisation(short, long) or long == short + _CENTRAL:
        # "수협은 … 수협중앙회장": the short name of the federation the article names.
        return True
    rest = short[2:]
    head = long[: len(long) - len(rest)]
    return (
        len(rest) >= 2
        and long.endswith(rest)
        and bool(_PROVINCE_FULL_RE.fullmatch(head))
        and head[2] == short[1]
    )


_HANGUL_RUN = re.compile(r"[가-힣]*")


def _longer_words(name: str, body: str) -> Iterator[str]:
    """The words of `body` that open with the name's first letter, after no Hangul letter,
    and run on for more Hangul letters than the name has after it ("치악대" → "치악대학교는")."""
    for word in _words_opening(name[0], body):
        if len(word) <= len(name):
            return
        yield word


@functools.lru_cache(maxsize=8)
def _words_opening(first: str, body: str) -> tuple[str, ...]:
    """The distinct words of `body` that open with `first` after no Hangul letter, with the
    Hangul letters that run on after it, longest first. Read once a letter and body: a list of
    thousands of partners that open with the same letter is not reread for each of them and
    each signing. Found with `str.find` and one fixed pattern: a pattern built for each name
    was compiled for each name, which cost more than the search."""
    words: set[str] = set()
    at = body.find(first)
    while at >= 0:
        if at == 0 or not "가" <= body[at - 1] <= "힣":
            run = _HANGUL_RUN.match(body, at + 1)
            if run is not None:
                words.add(body[at : run.end()])
                at = body.find(first, run.end())
                continue
        at = body.find(first, at + 1)
    return tuple(sorted(words, key=len, reverse=True))


def full_names(parties: list[Party], body: str) -> dict[str, str]:
    """A party the signing sentence calls by a short name ("치악대는 … 맺었다") goes by the
    full name the article also writes ("치악대학교(총장 …)"), the one a reader searches for."""
    renamed: dict[str, str] = {}
    names = {party.name for party in parties}
    for party in parties:
        name = party.name
        if party.region is not None or " " in name or not name.isalnum():
            continue
        usual = _USUAL_FULL.get(name)
        if usual and usual in body:
            renamed[name] = usual
            continue
        longer = {
            stem
            for word in _longer_words(name, body)
            if _spelled_in_full(name, stem := split_particle(word)[0]) and looks_like_org(stem)
        }
        if not longer and len(name) >= _PLACED_SHORTEST and not _placed_itself(name):
            # "부산대병원", placed already, is a body of its own beside "양산부산대병원".
            longer = _placed_before(name, body) - names
        if len(longer) == 1:
            renamed[name] = longer.pop()
    return renamed


_LEGAL_FORMS = word_set("organisations", "legal_forms")
_PLACED_SHORTEST = 3  # "공사" alone may be any place's corporation
_PLACE_WIDTHS = (4, 3, 2)  # letters of a place's short form, longest first
_HANGUL = re.compile(r"[가-힣]")


def _placed_itself(name: str) -> bool:
    """Whether the name opens with a place of its own ("부산대병원", "충남대병원")."""
    return any(is_short_place(name[:width]) for width in _PLACE_WIDTHS)


def _placed_before(name: str, body: str) -> set[str]:
    """ "군산시민발전주식회사" for "시민발전", "경북테크노파크" for "테크노파크": the name the
    article first wrote with a place before it (a city's or a province's short form), which a
    story drops once it has named the body. A name first written bare is a body of its own:
    "유성선병원" is one hospital of the "선병원" named before it."""
    found: set[str] = set()
    at = body.find(name)
    while at >= 0:
        full = _with_place(name, body, at)
        if full is None and not found:
            return found
        if full is not None:
            found.add(full)
        at = body.find(name, at + len(name))
    return found


def _with_place(name: str, body: str, at: int) -> str | None:
    """The word at `at` with the place written right before the name, its legal form after
    it, without its particle; None where no place opens it or the word runs on ("세종" +
    "충남대" + "학교병원" is another body)."""
    run = _HANGUL_RUN.match(body, at + len(name))
    end = run.end() if run is not None else at + len(name)
    for width in _PLACE_WIDTHS:
        start = at - width
        place = body[start:at]
        if (
            start < 0
            or not _HANGUL_RUN.fullmatch(place)
            or (start and _HANGUL.match(body, start - 1))
        ):
            continue
        if not is_short_place(place):
            continue
        stem = split_particle(body[start:end])[0]
        rest = stem[width + len(name) :]
        if (not rest or rest in _LEGAL_FORMS) and looks_like_org(stem):
            return stem
        return None
    return None


def renamed(parties: list[Party], full: dict[str, str]) -> list[Party]:
    """The parties by their full names, once each: "수협" renamed is the "수협중앙회" the
    sentence may also name, and "시교육청" renamed "인천시교육청" the "인천광역시교육청" its
    교육감 stands for."""
    seen: set[str] = set()
    out: list[Party] = []
    for party in parties:
        name = full.get(party.name, party.name)
        key = normalize_org(name, "")
        if key not in seen:
            seen.add(key)
            out.append(replace(party, name=name))
    return out
