"""Which local governments a running text mentions, with spans.

Short forms count only where they cannot be ordinary words ("경기" is as often a game or the
economy; "안산" only right after its province), a dateline ("광주=") names a bureau, and a
list that writes the suffix once ("진안·완주·무주·장수군") names each of its items.
"""

from __future__ import annotations

import re

from mouarchive.extract.gazetteer import (
    GWANGJU_PAIR,
    METRO_GWANGJU,
    Gazetteer,
    by_mentioned_province,
    gazetteer,
    gwangju_reading,
    province_of,
)

# Longest first, so "으로" wins over "로" when checking what follows a name. "간" (between) is
# left out on purpose: "중구간" is far more often 중 구간 (the middle section) than 중구 간.
_PARTICLES = tuple(
    sorted(
        {
            *("은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만", "나"),
            *("랑", "께", "등", "측", "내", "으로", "에서", "에게", "와의", "과의", "까지"),
            *("부터", "보다", "처럼", "로서", "에는", "에도", "과는", "와는", "이나", "이랑"),
            *("라는", "에서의", "으로서", "이라는", "으로부터"),
        },
        key=lambda p: (-len(p), p),
    )
)
# A province short form ("전남") followed directly by these is still the province: 경기지사 is
# the governor, 광주권 the area.
_PROVINCE_SUFFIXES = ("지사", "지역", "교육청", "권")
# After a two-syllable district name ("서구"), the office, council or residents.
_DISTRICT_SUFFIXES = ("청", "의회", "민")
# Short forms that are also everyday words: "경기" (game, economy), "세종" (the king).
_RISKY_PROVINCE_SHORTS = frozenset({"경기", "세종"})
_LIST_PUNCT = "·ㆍ・,/-"
_COMPASS = ("북부", "남부", "동부", "서부")

_MAX_GAP = 2  # spaces allowed between "경기" and "광주" in a compound name


def _is_hangul(char: str) -> bool:
    return "가" <= char <= "힣"


def _ends_word(text: str, end: int, suffixes: tuple[str, ...] = ()) -> bool:
    """Whether a name ending at `end` is a whole word: next comes a non-letter, a particle then
    a non-letter ("광주를 "), or an accepted suffix ("서구청") — not "광주리" or "서구권"."""
    if end >= len(text) or not _is_hangul(text[end]):
        return True
    rest = text[end : end + 6]
    if any(rest.startswith(s) for s in suffixes):
        return True
    for particle in _PARTICLES:
        after = end + len(particle)
        if rest.startswith(particle) and (after >= len(text) or not _is_hangul(text[after])):
            return True
    return False


def _longest(text: str, start: int, table: dict, longest: int) -> str | None:
    for size in range(min(longest, len(text) - start), 1, -1):
        if text[start : start + size] in table:
            return text[start : start + size]
    return None


def _child_at(g: Gazetteer, text: str, start: int, province: str) -> tuple[str, int] | None:
    """A 기초 of `province` written right after it: "경기 광주", "광주광역시 서구"."""
    pos = start
    while pos < len(text) and text[pos] in " \t" and pos - start < _MAX_GAP:
        pos += 1
    children = g.children[province]
    for size in range(min(5, len(text) - pos), 1, -1):
        form = text[pos : pos + size]
        if form not in children:
            continue
        name, short = children[form]
        if short and form not in g.text_shorts:
            continue
        if (short or size == 2) and not _ends_word(text, pos + size, _DISTRICT_SUFFIXES):
            continue
        return name, pos + size
    return None


def _province_stands(g: Gazetteer, text: str, form: str, end: int) -> bool:
    """Whether a province form found in text is really the province and not a common word."""
    if form.endswith(("시", "도")) and len(form) >= 3:
        return True
    follows = text[end : end + 1]
    if form in _RISKY_PROVINCE_SHORTS:
        rest = text[end:].lstrip(" ")
        return (
            (follows != "" and follows in _LIST_PUNCT)
            or text.startswith(_PROVINCE_SUFFIXES, end)
            or (follows == " " and rest.startswith(_COMPASS))
        )
    if _longest(text, end, g.province_forms, g.province_max):
        return True  # "광주전남", "대구경북"
    return _ends_word(text, end, _PROVINCE_SUFFIXES)


def _is_dateline(text: str, end: int) -> bool:
    """A dateline such as "(광주=연합뉴스)" names the reporter's bureau, not a party."""
    rest = text[end : end + 8].lstrip(" ")
    if rest.startswith("("):
        close = rest.find(")")
        rest = rest[close + 1 :].lstrip(" ") if close != -1 else rest
    return rest.startswith("=")


_WORD_START = re.compile(r"(?<![가-힣])[가-힣]")
# "진안·완주·무주·장수군": several names sharing the suffix written once, at the end.
_SHARED_SUFFIX_LIST = re.compile(r"((?:[가-힣]{2,4}\s*[·ㆍ・,]\s*)+[가-힣]{2,4})([시군구])")
# "군산·김제·부안": short forms only, trusted when every item is one.
_SHORT_LIST = re.compile(r"[가-힣]{2,4}(?:\s*[·ㆍ・]\s*[가-힣]{2,4})+")
_LIST_ITEM = re.compile(r"[가-힣]+")


def _shared_suffix_list(
    g: Gazetteer, text: str, start: int
) -> list[tuple[tuple[str, ...], tuple[int, int]]]:
    """The items of "완주·무주·장수군" or "군산·김제·부안", when every item is a 기초."""
    m = _SHARED_SUFFIX_LIST.match(text, start)
    if m and _ends_word(text, m.end()):
        suffix = m.group(2)
        items = list(_LIST_ITEM.finditer(m.group(1)))
    else:
        m = _SHORT_LIST.match(text, start)
        if not m:
            return []
        items = list(_LIST_ITEM.finditer(m.group()))
        last = items[-1]
        while last.group() not in g.text_shorts or not _ends_word(text, start + last.end()):
            last = _LIST_ITEM.match(m.group(), last.start(), last.end() - 1)
            if last is None or len(last.group()) < 2:
                return []
        items[-1] = last
        if not all(i.group() in g.text_shorts for i in items):
            return []
        suffix = ""
        expanded = [g.shorts[i.group()] for i in items]
    if suffix and not all(item.group() + suffix in g.bare_current for item in items):
        return []
    mentions = []
    for n, item in enumerate(items):
        names = tuple(g.bare_current[item.group() + suffix] if suffix else expanded[n])
        end = start + item.end() + (len(suffix) if item is items[-1] else 0)
        mentions.append((names, (start + item.start(), end)))
    return mentions


def _raw_mentions(text: str) -> list[tuple[tuple[str, ...], tuple[int, int]]]:
    g = gazetteer()
    found: list[tuple[tuple[str, ...], tuple[int, int]]] = []
    starts = [m.start() for m in _WORD_START.finditer(text)]
    consumed = 0
    index = 0
    while index < len(starts):
        start = starts[index]
        index += 1
        if start < consumed:
            continue
        listed = _shared_suffix_list(g, text, start)
        if listed:
            found.extend(listed)
            consumed = listed[-1][1][1]
            continue
        province_form = _longest(text, start, g.province_forms, g.province_max) or ""
        bare_form = _longest(text, start, g.bare_current, g.bare_max) or ""
        former_form = _longest(text, start, g.bare_former, g.bare_max) or ""
        bare_form = max(bare_form, former_form, key=len)
        if province_form and len(province_form) >= len(bare_form):
            end = start + len(province_form)
            province = g.province_forms[province_form]
            child = _child_at(g, text, end, province)
            if child:
                found.append(((child[0],), (start, child[1])))
                consumed = child[1]
                continue
            if _is_dateline(text, end) or not _province_stands(g, text, province_form, end):
                continue
            shared = province_form in g.shared_forms
            found.append((GWANGJU_PAIR if shared else (province,), (start, end)))
            consumed = end
            if end < len(text) and _is_hangul(text[end]):
                starts.insert(index, end)  # "광주전남": the second province starts mid-word
        elif bare_form:
            end = start + len(bare_form)
            if len(bare_form) == 2 and not _ends_word(text, end, _DISTRICT_SUFFIXES):
                continue
            names = tuple(g.bare_current.get(bare_form, [])) or tuple(
                n for n, _ in g.bare_former.get(bare_form, [])
            )
            found.append((names, (start, end)))
            consumed = end
    return found


def regions_in_text(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Canonical names of the local governments a text mentions, with spans, in order.

    Short forms count only where they cannot be ordinary words: "경기" needs "경기도", a list
    mark or "경기지사" (a bare "경기" is as often a game or the economy); a 기초 short form
    ("안산") only right after its province ("경기 안산"); datelines ("광주=") are skipped.
    A bare "광주"/"광주시" follows `gwangju_reading` and falls back to the metropolitan city; a
    bare shared district ("서구") needs its province mentioned elsewhere in the text, else it is
    left out.
    """
    raw = _raw_mentions(text)
    settled = [names[0] for names, _ in raw if len(names) == 1]
    mentioned = [province_of(name) for name in settled]
    reading: list[str] = []
    result: list[tuple[str, tuple[int, int]]] = []
    for names, span in raw:
        if len(names) == 1:
            result.append((names[0], span))
        elif names == GWANGJU_PAIR:
            if not reading:
                reading.append(gwangju_reading(text) or METRO_GWANGJU)
            result.append((reading[0], span))
        else:
            chosen = by_mentioned_province(list(names), mentioned)
            if chosen:
                result.append((chosen, span))
    return result
