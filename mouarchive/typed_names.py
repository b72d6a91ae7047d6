"""Organisation names the owner types (`fix --add-party 광주시`), spelled as extraction
spells them, so a party added by hand is the same party another outlet's report names.

Extraction drops legal forms ("(주)한빛" → 한빛), expands the article's own abbreviations
and turns a local government into its canonical region name ("광주시" → 광주광역시,
"전남도청" → 전라남도), reading a bare "광주시" or a name several governments share ("서구")
from the article around it. A typed name gets the same treatment with the agreement's
articles as that context; where extraction would mark the name ambiguous, a person can say
which one is meant, so it is an error listing the candidates instead of a guess.
"""

from __future__ import annotations

from collections.abc import Iterable

from mouarchive.extract.orgnames import article_aliases, region_lookup
from mouarchive.extract.regions import UnknownRegion, readings, resolve_region_query
from mouarchive.extract.tokens import COMPANY_FORM_RE, GOVERNMENT_RE


class AmbiguousName(ValueError):
    """A typed name that could be several governments; the message lists them."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        super().__init__(
            f"{name!r} may be {' or '.join(candidates)}: the articles do not say which;"
            " type the full name"
        )


def organisation(typed: str, context: str) -> str:
    """The name extraction would give `typed` in an article reading `context`.

    Raises `AmbiguousName` for a government name the context leaves open.
    """
    name = COMPANY_FORM_RE.sub("", typed.strip()).strip() or typed
    name = article_aliases(context).get(name, name)
    found = region_lookup(context)(name)
    if found is not None:
        if found.ambiguous:
            raise AmbiguousName(name, list(readings(found.name)))
        return found.name
    if GOVERNMENT_RE.search(name):
        # A name several governments share, which the context did not settle ("서구").
        try:
            resolve_region_query(name)
        except UnknownRegion as error:
            if error.ambiguous:
                raise AmbiguousName(name, error.candidates) from None
    return name


def held_party(name: str, parties: Iterable[str]) -> str | None:
    """The party among `parties` that `name` spells, whole or by its last words, spaces
    aside: "양천구 신월2동" and "신월 2동" are 서울특별시 양천구 신월2동, which `fix --add-party`
    added beside it and `partners --region 서울` then listed as Seoul's partner (newcomer
    59: 5). Its place may be written short ("서울 양천구 신월 2동"). A name's first words
    ("서울특별시 양천구") are another party, the place around it."""
    typed = "".join(_place_spelled_out(name).split())
    for party in parties:
        words = party.split()
        if any("".join(words[k:]) == typed for k in range(len(words))):
            return party
    return None


def _place_spelled_out(name: str) -> str:
    """`name` with the place its first words name in its canonical spelling ("서울 양천구
    신월 2동" → "서울특별시 양천구 신월 2동")."""
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        try:
            place = resolve_region_query(" ".join(words[:k]))
        except UnknownRegion:
            continue
        return " ".join([place, *words[k:]])
    return name
