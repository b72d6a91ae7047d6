"""Which agreements a question selects, and how `timeline` and `partners` present them.

SQL does the selecting and ordering (`store.selection`); this module says what the user's
filters mean in its terms and holds the rules a user relies on, as plain functions testable
on dicts: what `--region 광주` means, where a month-precision agreement sorts, what
`--since 2023` includes, which party is "ours" and which a partner.

Ordering: by year, month, day; a partial date sorts at the END of its period ("2023-05" after
every dated day of May 2023, "2023" after all of 2023), because all we know is that the signing
happened by then; ties go to the earliest reporting article, then the id. Agreements without a
year come last.

Date filters: an agreement matches `--since`/`--until` when the period its date allows overlaps
the period asked for (a "2023" agreement matches `--since 2023-06`); one without a year never
matches a date filter, since it cannot be placed.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from mouarchive.models import PartialDate
from mouarchive.store.ambiguity import AMBIGUOUS_MARK
from mouarchive.store.selection import Selected, Selection

NO_DATE_HEADING = "날짜 미상"
NO_YEAR_HEADING = "연도 미상"
UNPLACED_HEADINGS = (NO_YEAR_HEADING, NO_DATE_HEADING)
MAX_AXIS_YEARS = 30
NO_DATE_HINT = (
    "give the article's date (mouarchive add FILE --date YYYY-MM-DD again, a date column in "
    "the --manifest CSV, or mouarchive fix --article ID --date YYYY-MM-DD): its agreements "
    "are re-read against it at once; where the article is dated and the text says only "
    '"최근", give the agreement\'s own (mouarchive fix ID --date YYYY-MM); mouarchive review '
    "lists them"
)


@dataclass(frozen=True)
class Filters:
    """What the user asked for, resolved against the archive.

    `region` is a canonical name. `party` is the text typed; `parties` the stored party names
    it denotes (None without `--party`). `kind` is the kind typed; `kinds` the stored kinds it
    denotes, none for the generic word (every kind).
    """

    region: str | None = None
    party: str | None = None
    parties: tuple[str, ...] | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    kind: str | None = None
    kinds: tuple[str, ...] = ()
    status: str | None = None
    include_rejected: bool = False

    def describe(self) -> str:
        """The search in words, for the "nothing matched" line and view headings."""
        parts = []
        if self.region:
            parts.append(f"region {self.region}")
        if self.party:
            parts.append(f"party '{self.party}'")
        if self.since:
            parts.append(f"since {self.since.iso}")
        if self.until:
            parts.append(f"until {self.until.iso}")
        if self.kind:
            parts.append(f"kind {self.kind}" + ("" if self.kinds else " (every kind)"))
        if self.status:
            parts.append(f"status {self.status}")
        return ", ".join(parts) or "all agreements"

    def selection(self) -> Selection:
        """The filters in the terms SQL needs."""
        return Selection(
            region=self.region,
            parties=self.parties,
            since=_day_number(self.since, first=True),
            until=_day_number(self.until, first=False),
            kinds=self.kinds,
            status=self.status,
            include_rejected=self.include_rejected,
        )


def _day_number(date: PartialDate | None, *, first: bool) -> int | None:
    """The first (or last) day a partial date allows, as YYYYMMDD; day 31 is a safe bound."""
    if date is None or date.year is None:
        return None
    if first:
        return date.year * 10000 + (date.month or 1) * 100 + (date.day or 1)
    return date.year * 10000 + (date.month or 12) * 100 + (date.day or 31)


# ---------------------------------------------------------------- matching


def in_region(name: str, region: str) -> bool:
    """Whether canonical region `name` lies within `region`.

    Canonical 기초 names are "<광역> <기초>", so a prefix plus a space finds districts
    ("광주광역시 서구" in 광주광역시) without "경기도 광주시" ever matching 광주광역시.
    """
    return name == region or name.startswith(region + " ")


def party_matches(name: str, filters: Filters) -> bool:
    return filters.parties is not None and name in filters.parties


def region_match(row: dict, region: str) -> str | None:
    """How an agreement lies in `region`: "certain", "ambiguous" when only a reading the
    text left open does (a bare 광주시), or None.

    Ambiguous agreements are shown (and flagged) rather than hidden: a user asking for
    광주 would rather check one than miss it.
    """
    if any(in_region(name, region) for name in row["regions"]):
        return "certain"
    if any(in_region(name, region) for name in row["ambiguous_regions"]):
        return "ambiguous"
    return None


# ---------------------------------------------------------------- presenting


def date_label(year: int | None, month: int | None, day: int | None) -> str:
    """A date exactly as precise as known: "2023-06-12", "2023-06", "2023", "12일 (연도 미상)"."""
    if year is not None:
        return PartialDate(year, month, day).iso or ""
    if month is not None and day is not None:
        return f"{month}월 {day}일 (연도 미상)"
    if month is not None:
        return f"{month}월 (연도 미상)"
    if day is not None:
        return f"{day}일 (연도 미상)"
    return NO_DATE_HEADING


def is_own(name: str, row: dict, filters: Filters) -> bool:
    """Whether a party is the region or organisation the user asked about: with `--region`,
    a party in it, its government or a body its name makes the place's own (or, where the
    region was read from a bare 광주시 the text left open, that party); otherwise one of the
    parties `--party` denotes."""
    if filters.region:
        region = _party_region(name, row)
        if in_region(name, filters.region) or (region and in_region(region, filters.region)):
            return True
        places = (*row["regions"], *row["ambiguous_regions"])
        if any(in_region(place, filters.region) for place in _own_side(name, places)):
            return True
        return is_ambiguous_party(name, row)
    if party_matches(name, filters):
        return True
    # `--party "경기도 광주시"` asks for a bare 광주시 stored under the other reading too.
    asked = filters.parties or ()
    return is_ambiguous_party(name, row) and any(r in asked for r in row["ambiguous_regions"])


def shown_party(name: str, row: dict) -> str:
    """A party as it is printed and counted: one read from a bare 광주시 the text left open
    is the readings it may be, "광주광역시 / 경기도 광주시 (지역 모호)", never the one 광주 it
    was stored under (SQL asks the same in `store.ambiguity`)."""
    if is_ambiguous_party(name, row):
        return f"{' / '.join(row['ambiguous_regions'])} ({AMBIGUOUS_MARK})"
    return name


def is_ambiguous_party(name: str, row: dict) -> bool:
    """Whether a party is the one read from a bare 광주시 the text left open: stored under one
    reading, it may be the other."""
    ambiguous = row["ambiguous_regions"]
    return bool(ambiguous) and (
        name in ambiguous
        or row.get("party_regions", {}).get(name) in ambiguous
        or _government(name) in ambiguous
    )


def _party_region(name: str, row: dict) -> str | None:
    """The region a party stands for. A party the owner added with `fix` has no report, and
    so no stored region: it is that of the party it spells by its last words ("신월 2동"
    beside 서울특별시 양천구 신월2동), else the one its name gives, as `fix` gave it to the
    agreement. A quarter of Seoul added so was listed as Seoul's partner (newcomer 59: 5)."""
    stored = row["party_regions"]
    if name in stored:
        return stored[name]
    held = _held(name, row)
    return stored[held] if held is not None else _named_region(name)


def _held(name: str, row: dict) -> str | None:
    """The party a report names that a party the owner added spells (`typed_names.held_party`);
    None for a party a report names."""
    from mouarchive.typed_names import held_party

    stored = row["party_regions"]
    if name in stored:
        return None
    return held_party(name, (party for party in stored if party != name))


@functools.cache
def _named_region(name: str) -> str | None:
    from mouarchive.extract.orgnames import region_lookup, region_of_party
    from mouarchive.extract.party_regions import body_region

    found = region_of_party(name, region_lookup("")) or body_region(name, "")
    return found.name if found is not None and not found.ambiguous else None


@functools.cache
def _own_side(name: str, places: tuple[str, ...]) -> tuple[str, ...]:
    """The places among an agreement's whose own body a party is (`party_regions.own_side`):
    a party keeps a region of its own only when it is a government, so "부산과 울산, 경남
    테크노파크들이" left 부산테크노파크 a partner of 부산, the very region it put the
    agreement in."""
    from mouarchive.extract.party_regions import own_side

    return own_side(name, places)


@functools.cache
def _government(name: str) -> str | None:
    """The canonical government a party name spells ("광주시" → 광주광역시), if it is one."""
    from mouarchive.extract.regions import government_region

    found = government_region(name, "")
    return found.name if found else None


def _asked_by_a_reading(row: dict, filters: Filters) -> bool:
    """Whether an agreement is the asked-about region's or party's only by a reading the
    text left open: in `--region` only by an ambiguous reading, or, with `--party`, its only
    party that is the asked-about one is read from a bare 광주시 (`--party 광주광역시` finds
    it, but it may be 경기도 광주시's)."""
    if filters.region:
        return region_match(row, filters.region) == "ambiguous"
    own = [name for name in row["parties"] if is_own(name, row, filters)]
    return bool(own) and all(is_ambiguous_party(name, row) for name in own)


def ordered_parties(row: dict, filters: Filters) -> list[str]:
    """Parties with the asked-about one(s) first, otherwise in the order reported."""
    asked = filters if filters.region or filters.parties is not None else None
    own = [p for p in row["parties"] if asked and is_own(p, row, asked)]
    return own + [p for p in row["parties"] if p not in own]


def year_counts(years: Iterable[int | None]) -> list[tuple[int, int]]:
    """Agreements per year, with empty years in between so the bar reads as a time axis,
    unless the span is so long (a stray old date) that the gaps would bury the counts."""
    counts = Counter(year for year in years if year is not None)
    if not counts:
        return []
    if max(counts) - min(counts) > MAX_AXIS_YEARS:
        return sorted(counts.items())
    return [(year, counts[year]) for year in range(min(counts), max(counts) + 1)]


@dataclass
class Period:
    """A heading of the timeline ("2023" → "2023-06") and the agreements under it."""

    label: str
    months: list[tuple[str, list[Selected]]] = field(default_factory=list)


def group(rows: list[Selected]) -> list[Period]:
    """Rows in timeline order → years → months; rows without a year last, under "연도 미상"
    where the month or day is known, then "날짜 미상" where nothing is.

    A year-precision agreement sits under "월 미상" at the end of its year.
    """
    periods: list[Period] = []
    for row in rows:
        if row.year is None:
            known = row.month is not None or row.day is not None
            year_label, month_label = (NO_YEAR_HEADING if known else NO_DATE_HEADING), ""
        else:
            year_label = str(row.year)
            month_label = f"{row.year}-{row.month:02d}" if row.month else "월 미상"
        if not periods or periods[-1].label != year_label:
            periods.append(Period(year_label))
        months = periods[-1].months
        if not months or months[-1][0] != month_label:
            months.append((month_label, []))
        months[-1][1].append(row)
    return periods


# ---------------------------------------------------------------- partners


@dataclass
class Partner:
    """A counterparty of the asked-about region or organisation."""

    name: str
    agreements: list[int] = field(default_factory=list)
    first: str | None = None
    last: str | None = None
    kinds: list[str] = field(default_factory=list)
    ambiguous: int = 0

    COLUMNS = ("name", "agreements", "first", "last", "kinds", "agreement_ids", "ambiguous")

    def as_json(self) -> dict:
        """The row `partners --format json|csv` prints: counts first, then the ids to `show`;
        `ambiguous` counts the agreements that lie in the region only by a reading the text
        left open (a bare 광주시)."""
        return {
            "name": self.name,
            "agreements": len(self.agreements),
            "first": self.first,
            "last": self.last,
            "kinds": self.kinds,
            "agreement_ids": self.agreements,
            "ambiguous": self.ambiguous,
        }


@dataclass
class Partners:
    """The counterparties of the agreements a question selects, and how many of those
    agreements name none (every party is the asked-about one)."""

    ranked: list[Partner]
    agreements: int
    without_partner: int


def partners(rows: Iterable[dict], filters: Filters) -> Partners:
    """Counterparties ranked by number of agreements, then most recent, then name.

    `rows` are the agreements `timeline` lists for the same filters, in its order, so the
    two commands always agree. The asked-about side is the region when `--region` is given,
    else the organisation of `--party`; every other party is a counterparty. An agreement
    in the region only by an ambiguous reading counts, and is counted as such; so is a
    counterparty read from a bare 광주시 the text left open, listed under its readings.
    """
    found: dict[str, Partner] = {}
    kinds: dict[str, Counter] = {}
    total = without = 0
    for row in rows:
        total += 1
        ambiguous = _asked_by_a_reading(row, filters)
        label = date_label(row["year"], row["month"], row["day"]) if row["year"] else None
        others = [p for p in dict.fromkeys(row["parties"]) if not is_own(p, row, filters)]
        if not others:
            without += 1
        # Two parties printed alike are one partner of this agreement, counted once; so is
        # a party the owner added that spells another ("신월 2동").
        shown_as: dict[str, str] = {}
        for name in others:
            shown_as.setdefault(shown_party(_held(name, row) or name, row), name)
        for shown, name in shown_as.items():
            partner = found.setdefault(shown, Partner(shown))
            partner.agreements.append(row["id"])
            partner.ambiguous += ambiguous or is_ambiguous_party(name, row)
            if label:
                partner.first = partner.first or label
                partner.last = label
            kinds.setdefault(shown, Counter())[row["kind"]] += 1
    for name, partner in found.items():
        partner.kinds = [kind for kind, _ in kinds[name].most_common()]
    ranked = sorted(found.values(), key=lambda p: p.name)
    ranked.sort(key=lambda p: p.last or "", reverse=True)
    ranked.sort(key=lambda p: len(p.agreements), reverse=True)
    return Partners(ranked, total, without)
