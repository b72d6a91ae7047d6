"""Korean local governments: what users type, and which government a name denotes.

A bare name that two governments share ("광주시", "서구") must never be silently attached to
the wrong one: a query naming several is refused with the candidates, and a name in an
article is settled by the provinces the article mentions. The gazetteer itself is in
`gazetteer`, mentions in running text in `region_mentions`.
"""

from __future__ import annotations

import difflib
import functools
import unicodedata

from mouarchive.extract.gazetteer import (
    GWANGJU_PAIR,
    by_mentioned_province,
    gazetteer,
    gwangju_region,
    in_force_on,
    lookup_key,
    province_of,
)
from mouarchive.models import PartialDate, Region

_MAX_SUGGESTIONS = 5

_OFFICE_SUFFIXES = ("청사", "청")


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


# --- queries -------------------------------------------------------------------------------


def resolve_region_query(text: str) -> str:
    """Map what a user types to the one canonical name used as a search prefix.

    A bare "광주"/"광주시" means the metropolitan city: it is what people mean far more often,
    and "경기 광주" is the customary way to ask for the other one.
    """
    g = gazetteer()
    key = lookup_key(text)
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
    return GWANGJU_PAIR if name in GWANGJU_PAIR else (name,)


def _suggestions(key: str) -> list[str]:
    """Names close to a mistyped query, compared letter by letter (jamo): "광쥬" is one
    letter from "광주", though whole syllables would call them half different."""
    g = gazetteer()
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
                spelled = unicodedata.normalize("NFD", lookup_key(name))
                closeness = difflib.SequenceMatcher(a=letters, b=spelled).ratio()
                scored[name] = max(scored.get(name, (0.0, 0.0)), (score, closeness))
    ranked = sorted(scored, key=lambda name: scored[name], reverse=True)
    return ranked[:_MAX_SUGGESTIONS]


# --- organisation names ----------------------------------------------------------------------


# Each article asks for the governments its words denote, and the same names and the same
# few contexts (the provinces an article names) recur across articles: one reading each.
@functools.lru_cache(maxsize=8192)
def government_region(name: str, context: str, on: PartialDate | None = None) -> Region | None:
    """The government an organisation name denotes, or None when it is not a local government.

    Only the government itself or its office (시청, 도청, 군청, 구청) counts. A council (의회) or
    an education office (교육청) is a separate body with its own head, so "경기도교육청" is None.
    Former names map to current ones; a former name is considered only if it was still valid
    `on` the article's date. A name shared by several governments ("서구") is settled by which
    of their provinces the context mentions; a bare "광주시" by `gwangju_reading`.
    """
    g = gazetteer()
    key = lookup_key(name)
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
            return gwangju_region(context)
        return Region(g.province_forms[key])
    if key in g.compounds:
        return Region(g.compounds[key])
    former = [n for n, until in g.bare_former.get(key, []) if in_force_on(until, on)]
    candidates = list(dict.fromkeys([*g.bare_current.get(key, []), *former]))
    if not candidates:
        return None
    if len(candidates) == 1:
        return Region(candidates[0])
    chosen = by_mentioned_province(candidates, _mentioned_provinces(context))
    return Region(chosen) if chosen else None


def _mentioned_provinces(text: str) -> list[str]:
    # Imported here: resolving a typed --region needs none of the reading of running text.
    from mouarchive.extract.region_mentions import regions_in_text

    return [province_of(name) for name, _ in regions_in_text(text)]
