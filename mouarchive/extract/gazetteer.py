"""The gazetteer of Korean local governments, and which 광주 a text means.

Region names are the join key between extraction and search, so every spelling ("광주시",
"전남도", "강원도", "경기 광주") must collapse to one canonical name. The gazetteer lives in
``mouarchive/data/regions.json``; its lookup tables (keyed by spacing-free NFKC text) are built
once per process. A bare "광주"/"광주시" names two governments, so the cues that tell them apart
are read here too, in one pass over the text.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

from mouarchive.models import PartialDate, Region

METRO_GWANGJU = "광주광역시"
GYEONGGI_GWANGJU = "경기도 광주시"
GWANGJU_PAIR = (METRO_GWANGJU, GYEONGGI_GWANGJU)


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: str
    parent: str | None


@dataclass
class Gazetteer:
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


def lookup_key(text: str) -> str:
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
def _raw() -> dict:
    return json.loads(
        resources.files("mouarchive").joinpath("data", "regions.json").read_text(encoding="utf-8")
    )


@functools.cache
def _evidence() -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    """The 광주 cue scanner and, per capture group, the (side, strength) of its cue; compiled
    on first use, since resolving a typed `--region` never reads a text for cues and the
    compiling costs more than the rest of a short listing."""
    return _evidence_scanner(_raw()["gwangju_evidence"])


@functools.cache
def gazetteer() -> Gazetteer:
    raw = _raw()
    g = Gazetteer()
    province_aliases: dict[str, list[str]] = {}
    for p in raw["provinces"]:
        g.entries[p["name"]] = _Entry(p["name"], p["kind"], None)
        forms = [p["name"], *p["aliases"]]
        forms += [f["name"] for f in p["former"] if " " not in f["name"]]
        province_aliases[p["name"]] = forms
        for form in forms:
            g.province_forms[lookup_key(form)] = p["name"]
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
            assert (province, *others) == GWANGJU_PAIR, (form, province, others)
            g.shared_forms.add(form)
    g.province_max = max(map(len, g.province_forms))
    g.bare_max = max(map(len, [*g.bare_current, *g.bare_former]))
    return g


def is_short_place(form: str) -> bool:
    """Whether `form` is a place as the press shortens it: a city's or county's short form
    ("군산", "양산") or a province's ("경북", "충남")."""
    g = gazetteer()
    return form in g.text_shorts or lookup_key(form) in g.province_forms


def _link_child(
    g: Gazetteer, parent_forms: list[str], parent: str, child: str, name: str, short: bool = False
) -> None:
    """Register "<province form> <child>" both as a query key and for compound matching in text."""
    g.children[parent].setdefault(child, (name, short))
    for form in parent_forms:
        g.compounds.setdefault(lookup_key(form) + child, name)


def region_parent(name: str) -> str | None:
    """The 광역 government a 기초 belongs to; None for a 광역."""
    return gazetteer().entries[name].parent


def province_of(name: str) -> str:
    return region_parent(name) or name


def municipalities_of(province: str, kinds: frozenset[str], on: PartialDate | None) -> list[str]:
    """The 기초 governments of these `kinds` a 광역 government held `on` a date (today's when it
    is unknown), by their current names: 대구 had eight 구·군 until 군위군 joined it on
    2023-07-01, and nine since."""
    held = []
    for m in _raw()["municipalities"]:
        if m["kind"] not in kinds:
            continue
        # An unknown date counts as today: a count names every government only when sure.
        moved = [f for f in m["former"] if on is not None and in_force_on(f["until"], on)]
        parents = {f["name"].split(" ")[0] for f in moved} if moved else {m["parent"]}
        if province in parents:
            held.append(m["name"])
    return held


def in_force_on(until: str, on: PartialDate | None) -> bool:
    """Whether a name or parent that ended on `until` may still be meant at date `on` (an
    unknown date: yes, as a reader would allow)."""
    if on is None or on.year is None:
        return True
    end = PartialDate.parse_iso(until)
    assert end is not None
    known = tuple(v for v in (on.year, on.month, on.day) if v is not None)
    return known <= (end.year, end.month, end.day)[: len(known)]


# --- 광주 ------------------------------------------------------------------------------------


def gwangju_reading(context: str) -> str | None:
    """Which 광주 a text means by a bare "광주"/"광주시", or None when it does not say.

    Strong cues name the city outright or something only it has (its districts, mayors,
    institutions, "경기 광주", 오포/곤지암). Weak cues only hint at a bureau: a "광주=" dateline
    or a "광주전남본부" branch office is located in the metropolitan city but says nothing about
    who signed, so they decide only when no strong cue exists on either side.
    """
    evidence, groups = _evidence()
    if _CUE_COMPAT_RE.search(context):
        context = unicodedata.normalize("NFKC", context)
    found: dict[str, set[str]] = {"strong": set(), "weak": set()}
    cues: dict[str, set[str]] = {}
    for m in evidence.finditer(context):
        side, strength = groups[m.lastindex - 1]  # type: ignore[operator]
        found[strength].add(side)
        if strength == "strong":
            cues.setdefault(side, set()).add(m.group(0))
    if len(found["strong"]) == len(GWANGJU_PAIR):
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


def gwangju_region(context: str) -> Region:
    reading = gwangju_reading(context)
    if reading is None:
        return Region(METRO_GWANGJU, ambiguous=True)
    return Region(reading)


def by_mentioned_province(candidates: list[str], mentioned: list[str]) -> str | None:
    """The one candidate whose province the text mentions; the latest mention breaks ties."""
    hits = [c for c in candidates if province_of(c) in mentioned]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        return None
    return max(hits, key=lambda c: len(mentioned) - mentioned[::-1].index(province_of(c)))
