"""Korean local governments: what users type, what articles write, and which one they mean.

Region names are the join key between extraction and search, so every spelling ("광주시",
"전남도", "강원도", "경기 광주") must collapse to one canonical name, and a bare name that two
governments share ("광주시", "서구") must never be silently attached to the wrong one.
The gazetteer lives in ``mouarchive/data/regions.json``; everything here is pure and the lookup
tables are built once per process.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

from mouarchive.models import PartialDate, Region

METRO_GWANGJU = "광주광역시"
GYEONGGI_GWANGJU = "경기도 광주시"
_GWANGJU_PAIR = (METRO_GWANGJU, GYEONGGI_GWANGJU)
_MAX_SUGGESTIONS = 5

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
_OFFICE_SUFFIXES = ("청사", "청")
_MAX_GAP = 2  # spaces allowed between "경기" and "광주" in a compound name


class UnknownRegion(ValueError):
    """A region query that names no government, or names several; the message says which."""

    def __init__(self, query: str, candidates: list[str], *, ambiguous: bool = False) -> None:
        self.query = query
        self.candidates = candidates
        self.ambiguous = ambiguous
        if ambiguous:
            message = f'ambiguous region "{query}": {", ".join(candidates)}'
        elif candidates:
            message = f'unknown region "{query}": did you mean {", ".join(candidates)}?'
        else:
            message = f'unknown region "{query}"'
        super().__init__(message)


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: str
    parent: str | None


@dataclass
class _Gazetteer:
    """Lookup tables keyed by spacing-free NFKC text, built once from regions.json."""

    entries: dict[str, _Entry] = field(default_factory=dict)
    province_forms: dict[str, str] = field(default_factory=dict)
    compounds: dict[str, str] = field(default_factory=dict)
    # bare 기초 name ("안산시", "서구") -> current governments, and former names -> (name, until)
    bare_current: dict[str, list[str]] = field(default_factory=dict)
    bare_former: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    shorts: dict[str, list[str]] = field(default_factory=dict)
    text_shorts: set[str] = field(default_factory=set)
    children: dict[str, dict[str, tuple[str, bool]]] = field(default_factory=dict)
    # province forms that also name a 기초 elsewhere: "광주", "광주시"
    shared_forms: set[str] = field(default_factory=set)
    province_max: int = 0
    bare_max: int = 0
    evidence: re.Pattern[str] = re.compile(r"(?!)")
    # capture group number -> (side, strength) of the cue it holds
    evidence_groups: tuple[tuple[str, str], ...] = ()


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _add(table: dict[str, list], key: str, value: object) -> None:
    bucket = table.setdefault(key, [])
    if value not in bucket:
        bucket.append(value)


def _evidence_scanner(
    cues: dict[str, dict[str, list[str]]],
) -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    """Every 광주 cue in one regex, so a text is read in a single pass (it runs on every
    article that writes a bare 광주). Cues are grouped under their literal first two characters
    (one when the second is regex syntax), which lets the regex engine skip quickly past the
    common syllables that start no cue; the word-start guard ("경안동" must not be found in
    "고경안동") is a lookbehind placed after that prefix. Each cue is its own capture group,
    numbered in pattern order and mapped to its (side, strength)."""
    by_prefix: dict[str, list[tuple[tuple[str, str], str]]] = {}
    for side, strengths in cues.items():
        for strength in ("strong", "weak"):
            for fragment in strengths.get(strength, []):
                assert re.compile(fragment).groups == 0, fragment
                size = 2 if _LITERAL_PREFIX.match(fragment) else 1
                item = ((side, strength), fragment[size:])
                by_prefix.setdefault(fragment[:size], []).append(item)
    branches: list[str] = []
    groups: list[tuple[str, str]] = []
    for prefix, items in by_prefix.items():
        before = "[가-힣]" if re.match(r"[가-힣]", prefix) else "[A-Za-z0-9]"
        guard = f"(?<!{before}{'.' * len(prefix)})"
        alternatives = "|".join(f"({rest})" for _, rest in items)
        branches.append(f"{re.escape(prefix)}{guard}(?:{alternatives})")
        groups.extend(label for label, _ in items)
    return re.compile("|".join(branches) or r"(?!)"), tuple(groups)


# Compatibility characters that NFKC turns into something a cue is made of: fullwidth and
# halfwidth forms ("ＧＩＳＴ", "광주＝"), the ideographic space and the Hangul jamo middle dot.
# Normalising costs more than the whole scan, and the other common ones (㈜, ⓒ, ㎡, …) never
# take part in a cue, so only these trigger it.
_MIN_DECIDING_CUES = 3
_CUE_MAJORITY = 3
_CUE_COMPAT_RE = re.compile(r"[\u3000\u318d\uff01-\uffef]")
_LITERAL_PREFIX = re.compile(r"[가-힣A-Za-z0-9]{2}(?![*?{+])")


@functools.cache
def _gazetteer() -> _Gazetteer:
    raw = json.loads(
        resources.files("mouarchive").joinpath("data", "regions.json").read_text(encoding="utf-8")
    )
    g = _Gazetteer()
    province_aliases: dict[str, list[str]] = {}
    for p in raw["provinces"]:
        g.entries[p["name"]] = _Entry(p["name"], p["kind"], None)
        forms = [p["name"], *p["aliases"]]
        forms += [f["name"] for f in p["former"] if " " not in f["name"]]
        province_aliases[p["name"]] = forms
        for form in forms:
            g.province_forms[_key(form)] = p["name"]
        g.children[p["name"]] = {}
    for p in raw["provinces"]:
        for f in p["former"]:
            if " " in f["name"]:
                old_parent, old_local = f["name"].split(" ")
                _add(g.bare_former, old_local, (p["name"], f["until"]))
                _link_child(g, province_aliases[old_parent], old_parent, old_local, p["name"])
    for m in raw["municipalities"]:
        name, parent = m["name"], m["parent"]
        g.entries[name] = _Entry(name, m["kind"], parent)
        _add(g.bare_current, m["local"], name)
        _link_child(g, province_aliases[parent], parent, m["local"], name)
        if "short" in m:
            _add(g.shorts, m["short"], name)
            _link_child(g, province_aliases[parent], parent, m["short"], name, short=True)
            if not m.get("short_is_common_word"):
                g.text_shorts.add(m["short"])
        for f in m["former"]:
            old_parent, old_local = f["name"].split(" ")
            _add(g.bare_former, old_local, (name, f["until"]))
            _link_child(g, province_aliases[old_parent], old_parent, old_local, name)
            stem = old_local[:-1]
            if len(stem) >= 2:
                _link_child(g, province_aliases[old_parent], old_parent, stem, name, short=True)
    for form, province in g.province_forms.items():
        others = [
            n
            for n in g.bare_current.get(form, []) + g.shorts.get(form, [])
            if g.entries[n].parent != province
        ]
        if others:
            assert (province, *others) == _GWANGJU_PAIR, (form, province, others)
            g.shared_forms.add(form)
    g.province_max = max(map(len, g.province_forms))
    g.bare_max = max(map(len, [*g.bare_current, *g.bare_former]))
    g.evidence, g.evidence_groups = _evidence_scanner(raw["gwangju_evidence"])
    return g


def _link_child(
    g: _Gazetteer, parent_forms: list[str], parent: str, child: str, name: str, short: bool = False
) -> None:
    """Register "<province form> <child>" both as a query key and for compound matching in text."""
    g.children[parent].setdefault(child, (name, short))
    for form in parent_forms:
        g.compounds.setdefault(_key(form) + child, name)


def canonical_names() -> list[str]:
    """Every canonical name, 광역 first, in gazetteer order."""
    return list(_gazetteer().entries)


def region_kind(name: str) -> str:
    """The kind of a canonical name: 특별시, 광역시, 도, 특별자치도, 시, 군, 자치구, 행정시..."""
    return _gazetteer().entries[name].kind


def region_parent(name: str) -> str | None:
    """The 광역 government a 기초 belongs to; None for a 광역."""
    return _gazetteer().entries[name].parent


def _province_of(name: str) -> str:
    return region_parent(name) or name


# --- queries -------------------------------------------------------------------------------


def resolve_region_query(text: str) -> str:
    """Map what a user types to the one canonical name used as a search prefix.

    A bare "광주"/"광주시" means the metropolitan city: it is what people mean far more often,
    and "경기 광주" is the customary way to ask for the other one.
    """
    g = _gazetteer()
    key = _key(text)
    if key in g.province_forms:
        return g.province_forms[key]
    if key in g.compounds:
        return g.compounds[key]
    candidates = g.bare_current.get(key) or g.shorts.get(key)
    if not candidates:
        candidates = [name for name, _ in g.bare_former.get(key, [])]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise UnknownRegion(text.strip(), list(candidates), ambiguous=True)
    raise UnknownRegion(text.strip(), _suggestions(key))


def readings(name: str) -> tuple[str, ...]:
    """Every government an ambiguous region may be. Extraction stores a bare "광주시" the text
    left open as its likelier reading (광주광역시, marked ambiguous); it may as well be the
    other 광주."""
    return _GWANGJU_PAIR if name in _GWANGJU_PAIR else (name,)


def _suggestions(key: str) -> list[str]:
    """Names close to a mistyped query, compared letter by letter (jamo): "광쥬" is one
    letter from "광주", though whole syllables would call them half different."""
    g = _gazetteer()
    scored: dict[str, tuple[float, float]] = {}
    tables: list[dict[str, list[str]]] = [
        {form: [name] for form, name in g.province_forms.items()},
        {form: [name] for form, name in g.compounds.items()},
        g.bare_current,
        g.shorts,
    ]
    letters = unicodedata.normalize("NFD", key)
    matcher = difflib.SequenceMatcher(a=letters)
    for table in tables:
        for form, names in table.items():
            matcher.set_seq2(unicodedata.normalize("NFD", form))
            if matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6:
                continue
            score = matcher.ratio()
            if score < 0.6:
                continue
            for name in names:
                spelled = unicodedata.normalize("NFD", _key(name))
                closeness = difflib.SequenceMatcher(a=letters, b=spelled).ratio()
                scored[name] = max(scored.get(name, (0.0, 0.0)), (score, closeness))
    ranked = sorted(scored, key=lambda name: scored[name], reverse=True)
    return ranked[:_MAX_SUGGESTIONS]


def _as_canonical(query: str) -> str:
    return query if query in _gazetteer().entries else resolve_region_query(query)


def region_matches(stored: str, query: str) -> bool:
    """True when the stored canonical name is the queried region or lies inside it."""
    region = _as_canonical(query)
    return stored == region or stored.startswith(region + " ")


def region_like_pattern(query: str) -> str:
    """The SQL LIKE pattern for regions inside `query`; pair it with `region = :query`."""
    region = _as_canonical(query)
    if "%" in region or "_" in region:
        raise ValueError(f"region name {region!r} contains a LIKE wildcard")
    return region + " %"


# --- 광주 ------------------------------------------------------------------------------------


def gwangju_reading(context: str) -> str | None:
    """Which 광주 a text means by a bare "광주"/"광주시", or None when it does not say.

    Strong cues name the city outright or something only it has (its districts, mayors,
    institutions, "경기 광주", 오포/곤지암). Weak cues only hint at a bureau: a "광주=" dateline
    or a "광주전남본부" branch office is located in the metropolitan city but says nothing about
    who signed, so they decide only when no strong cue exists on either side.
    """
    g = _gazetteer()
    if _CUE_COMPAT_RE.search(context):
        context = unicodedata.normalize("NFKC", context)
    found: dict[str, set[str]] = {"strong": set(), "weak": set()}
    cues: dict[str, set[str]] = {}
    for m in g.evidence.finditer(context):
        side, strength = g.evidence_groups[m.lastindex - 1]  # type: ignore[operator]
        found[strength].add(side)
        if strength == "strong":
            cues.setdefault(side, set()).add(m.group(0))
    if len(found["strong"]) == len(_GWANGJU_PAIR):
        return _outweighs(cues)
    for strength in ("strong", "weak"):
        if len(found[strength]) == 1:
            return next(iter(found[strength]))
        if found[strength]:
            return None
    return None


def _outweighs(cues: dict[str, set[str]]) -> str | None:
    """The side a text is about when it names both: a feature on 경기 광주 names its towns,
    mayor and lakes again and again and the metropolitan city once, as a contrast; a text
    with a cue or two on each side stays undecided."""
    (side, most), (_, fewest) = sorted(cues.items(), key=lambda kv: -len(kv[1]))
    if len(most) >= _MIN_DECIDING_CUES and len(most) >= _CUE_MAJORITY * len(fewest):
        return side
    return None


def _gwangju_region(context: str) -> Region:
    reading = gwangju_reading(context)
    if reading is None:
        return Region(METRO_GWANGJU, ambiguous=True)
    return Region(reading)


# --- organisation names ----------------------------------------------------------------------


def _valid_on(until: str, on: PartialDate | None) -> bool:
    """Whether a name that ended on `until` may still be meant at date `on` (unknown: yes)."""
    if on is None or on.year is None:
        return True
    end = PartialDate.parse_iso(until)
    assert end is not None
    known = tuple(v for v in (on.year, on.month, on.day) if v is not None)
    return known <= (end.year, end.month, end.day)[: len(known)]


def government_region(name: str, context: str, on: PartialDate | None = None) -> Region | None:
    """The government an organisation name denotes, or None when it is not a local government.

    Only the government itself or its office (시청, 도청, 군청, 구청) counts. A council (의회) or
    an education office (교육청) is a separate body with its own head, so "경기도교육청" is None.
    Former names map to current ones; a former name is considered only if it was still valid
    `on` the article's date. A name shared by several governments ("서구") is settled by which
    of their provinces the context mentions; a bare "광주시" by `gwangju_reading`.
    """
    g = _gazetteer()
    key = _key(name)
    for suffix in _OFFICE_SUFFIXES:
        stem = key.removesuffix(suffix)
        if stem != key and stem[-1:] in ("시", "도", "군", "구"):
            key = stem
            break
    if key.endswith("특례시"):
        # 수원·고양·용인·창원·화성특례시 keep their 시 in law; 특례 is a status, not a new name.
        key = key.removesuffix("특례시") + "시"
    if key in g.province_forms:
        if key in g.shared_forms:
            return _gwangju_region(context)
        return Region(g.province_forms[key])
    if key in g.compounds:
        return Region(g.compounds[key])
    former = [n for n, until in g.bare_former.get(key, []) if _valid_on(until, on)]
    candidates = list(dict.fromkeys([*g.bare_current.get(key, []), *former]))
    if not candidates:
        return None
    if len(candidates) == 1:
        return Region(candidates[0])
    chosen = _by_mentioned_province(candidates, _mentioned_provinces(context))
    return Region(chosen) if chosen else None


def _mentioned_provinces(text: str) -> list[str]:
    return [_province_of(name) for name, _ in regions_in_text(text)]


def _by_mentioned_province(candidates: list[str], mentioned: list[str]) -> str | None:
    """The one candidate whose province the text mentions; the latest mention breaks ties."""
    hits = [c for c in candidates if _province_of(c) in mentioned]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        return None
    return max(hits, key=lambda c: len(mentioned) - mentioned[::-1].index(_province_of(c)))


# --- mentions in running text ------------------------------------------------------------------


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


def _child_at(g: _Gazetteer, text: str, start: int, province: str) -> tuple[str, int] | None:
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


def _province_stands(g: _Gazetteer, text: str, form: str, end: int) -> bool:
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
    g: _Gazetteer, text: str, start: int
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
    g = _gazetteer()
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
            found.append((_GWANGJU_PAIR if shared else (province,), (start, end)))
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
    mentioned = [_province_of(name) for name in settled]
    reading: list[str] = []
    result: list[tuple[str, tuple[int, int]]] = []
    for names, span in raw:
        if len(names) == 1:
            result.append((names[0], span))
        elif names == _GWANGJU_PAIR:
            if not reading:
                reading.append(gwangju_reading(text) or METRO_GWANGJU)
            result.append((reading[0], span))
        else:
            chosen = _by_mentioned_province(list(names), mentioned)
            if chosen:
                result.append((chosen, span))
    return result
