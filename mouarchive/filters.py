"""What a user types in `--region`, `--party` and `--kind` → what the archive stores.

A filter that silently matches nothing is worse than an error: `--kind MOU` finding nothing
because the archive files the press's 업무협약(MOU) under 업무협약, or `--party AI사업단`
finding nothing because parties are stored under the full name the article spelled out.
So each typed value is resolved here, once, against the gazetteer, the kind vocabulary and
the stored parties; an unknown region or kind is an error that lists what would work.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from importlib import resources

from mouarchive import store, vocab
from mouarchive.text.romanize import romanize

ALIAS_ARTICLES = 200
"""How many of the newest articles writing a typed party name are read for the short names
they define ("(이하 AI사업단)"); a short name is defined near the top of every article that
uses it, so a few hundred are plenty."""


def fold(text: str) -> str:
    """Compare names as people type them: width, case and spacing do not matter."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


# ---------------------------------------------------------------- regions


def resolve_region(typed: str) -> str:
    """A region as typed, in Korean or in Latin letters ("Gwangju", "Gyeonggi-do",
    "Gyeonggi Gwangju") → its canonical name. Raises `UnknownRegion` (a ValueError) naming
    the closest names."""
    from mouarchive.extract.regions import UnknownRegion, resolve_region_query

    if not re.search(r"[A-Za-z]", typed) or re.search(r"[가-힣]", typed):
        return resolve_region_query(typed)
    keys = _latin_keys(typed)
    korean = next((_romanized_forms()[key] for key in keys if key in _romanized_forms()), None)
    if korean:
        return resolve_region_query(korean)
    close = difflib.get_close_matches(keys[-1], list(_romanized_forms()), n=12, cutoff=0.75)
    suggestions: list[str] = []
    for form in close:
        try:
            name = resolve_region_query(_romanized_forms()[form])
        except ValueError:
            continue
        if name not in suggestions:
            suggestions.append(name)
    raise UnknownRegion(typed.strip(), suggestions[:5])


def _latin_keys(typed: str) -> list[str]:
    """The typed words run together ("Jung-gu" → "junggu"), then without the English words
    around a name ("Gwangju Metropolitan City" → "gwangju"); an address written the English
    way round ("Gwangju-si, Gyeonggi-do") is also tried the Korean way round."""
    filler = vocab.word_set("region_queries", "english_words")
    parts = [
        re.findall(r"[a-z]+", part)
        for part in unicodedata.normalize("NFKC", typed).casefold().split(",")
    ]
    keys = []
    for order in (parts, parts[::-1]):
        words = [word for part in order for word in part]
        keys += ["".join(words), "".join(word for word in words if word not in filler)]
    return list(dict.fromkeys(keys))


@functools.cache
def _romanized_forms() -> dict[str, str]:
    """Romanised key → the Korean form a user would type, for every government's names:
    "jeonnam" → 전남, "gyeonggigwangju" → 경기 광주, "haenamgun" → 해남군."""
    data = json.loads(resources.files("mouarchive.data").joinpath("regions.json").read_text())
    forms: dict[str, str] = {}

    def add(korean: str) -> None:
        forms.setdefault(romanize(korean.replace(" ", "")), korean)

    province_forms: dict[str, list[str]] = {}
    for province in data["provinces"]:
        names = [province["name"], *province["aliases"]]
        province_forms[province["name"]] = names
        for name in names:
            add(name)
    for place in data["municipalities"]:
        local = [place["local"], *([place["short"]] if place.get("short") else [])]
        for name in local:
            add(name)
            for province in province_forms.get(place["parent"], []):
                add(f"{province} {name}")
    return forms


# ---------------------------------------------------------------- kinds


@functools.cache
def _kind_words() -> dict[str, str]:
    """Every noun that names a kind (folded) → the kind the archive stores."""
    words: dict[str, str] = {}
    for family in ("kinds", "relations", "generic", "asked_as"):
        for kind, nouns in vocab.table("agreement_kinds", family).items():
            for noun in (kind, *nouns):
                words.setdefault(fold(noun), kind)
    return words


def kinds_known() -> list[str]:
    kinds = vocab.table("agreement_kinds", "kinds")
    return [*kinds, *vocab.table("agreement_kinds", "relations")]


def resolve_kind(typed: str) -> tuple[str, ...]:
    """A kind or one of its nouns ("MOU", "양해각서", "협약서") → the stored kinds it names;
    the generic 협약 names 업무협약, as extraction reads a bare 협약 (for `fix --kind`).

    Raises ValueError listing the kinds when the word names none.
    """
    kind = _kind_words().get(fold(typed))
    if kind is None:
        raise ValueError(
            f"unknown kind {typed.strip()!r}: use one of {', '.join(kinds_known())}"
            " (or a word for one, such as 양해각서 or 업무협약서; 협약 for every kind)"
        )
    also = vocab.table("agreement_kinds", "also_found_by").get(kind, [])
    return (kind, *also)


def kinds_asked(typed: str) -> tuple[str, ...]:
    """`--kind` as a filter → the stored kinds it finds; none, meaning every kind, for the
    generic word (협약, 협약서): a user asking for 협약 means any agreement, not the
    업무협약 a bare 협약 in an article is read as (`resolve_kind`).

    Raises ValueError listing the kinds when the word names none.
    """
    if fold(typed) in _generic_words():
        return ()
    return resolve_kind(typed)


@functools.cache
def _generic_words() -> frozenset[str]:
    generic = vocab.table("agreement_kinds", "generic")
    return frozenset(fold(noun) for nouns in generic.values() for noun in nouns)


# ---------------------------------------------------------------- parties


def resolve_party(db: store.Archive, typed: str) -> tuple[str, ...]:
    """The stored party names `typed` denotes, each found one of these ways:

    - part of the name, ignoring spacing and case ("광산업 진흥회");
    - a local government typed short ("대구시" → 대구광역시);
    - a usual short form of the name ("치악대" → 치악대학교, "충북교육청" → 충청북도교육청,
      "수자원공사" → 한국수자원공사), by the rules extraction uses to tell one body;
    - a short name an article defines for it ("(이하 AI사업단)"), or uses for a party.
    """
    from mouarchive.extract.regions import government_region
    from mouarchive.extract.same_org import same_organisation

    wanted = fold(typed)
    if not wanted:
        return ()
    found_government = government_region(typed.strip(), "")
    government = found_government.name if found_government else None
    found = set()
    for name in store.party_names(db):
        if wanted in fold(name) or name == government or same_organisation(typed.strip(), name):
            found.add(name)
    found.update(_named_so_in_articles(db, typed, wanted))
    if government:
        # Even where no party is stored so: a bare 광주시 read as the other 광주 may be it.
        found.add(government)
    return tuple(sorted(found))


def _named_so_in_articles(db: store.Archive, typed: str, wanted: str) -> set[str]:
    """Parties the newest articles writing `typed` call by it: a short name they define
    ("인공지능산업융합사업단(이하 AI사업단)") or the words a party was read from."""
    from mouarchive import search
    from mouarchive.extract.orgnames import article_aliases
    from mouarchive.extract.same_org import same_organisation

    try:
        lookup = search.lookup(search.parse('"' + typed.replace('"', " ") + '"'))
    except search.QueryError:
        return set()
    found = set()
    for body, parties in store.parties_of_articles_matching(db, lookup, ALIAS_ARTICLES):
        fulls = [full for short, full in article_aliases(body).items() if fold(short) == wanted]
        for name, start, end in parties:
            if fold(body[start:end]) == wanted or any(
                fold(full) == fold(name) or same_organisation(full, name) for full in fulls
            ):
                found.add(name)
    return found
