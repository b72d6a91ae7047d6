"""Which agreements a question selects, and in what order: the logic behind `timeline` and
`partners`, over the rows `store.agreement_summaries` yields.

Kept apart from SQL and from rendering so that the rules a user relies on (what `--region 광주`
means, where a month-precision agreement sorts, what `--since 2023` includes) are plain
functions, testable on dicts.

Ordering: by year, month, day; a partial date sorts at the END of its period ("2023-05" after
every dated day of May 2023, "2023" after all of 2023), because all we know is that the signing
happened by then; ties go to the earliest reporting article, then the id. Agreements without a
year come last.

Date filters: an agreement matches `--since`/`--until` when the period its date allows overlaps
the period asked for (a "2023" agreement matches `--since 2023-06`); one without a year never
matches a date filter, since it cannot be placed.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from mouarchive.models import PartialDate

NO_DATE_HEADING = "날짜 미상"
MAX_AXIS_YEARS = 30
NO_DATE_HINT = (
    "give the article's date (`mouarchive add FILE --date YYYY-MM-DD` again, a date column in "
    "the --manifest CSV, or `mouarchive fix --article ID --date YYYY-MM-DD`): its agreements "
    "are re-read against it at once; `mouarchive review` lists them"
)


@dataclass(frozen=True)
class Filters:
    """What the user asked for; `region` is already a canonical name.

    `party_government` is the canonical name when the `party` query also names a local
    government ("광주시" → 광주광역시), since parties are stored under canonical names that
    the typed form is not a substring of.
    """

    region: str | None = None
    party: str | None = None
    party_government: str | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    kind: str | None = None
    status: str | None = None
    include_rejected: bool = False

    def describe(self) -> str:
        """The search in words, for the "nothing matched" line and view headings."""
        parts = []
        if self.region:
            parts.append(f"region {self.region}")
        if self.party:
            parts.append(f"party containing '{self.party}'")
        if self.since:
            parts.append(f"since {self.since.iso}")
        if self.until:
            parts.append(f"until {self.until.iso}")
        if self.kind:
            parts.append(f"kind {self.kind}")
        if self.status:
            parts.append(f"status {self.status}")
        return ", ".join(parts) or "all agreements"


# ---------------------------------------------------------------- matching


def in_region(name: str, region: str) -> bool:
    """Whether canonical region `name` lies within `region`.

    Canonical 기초 names are "<광역> <기초>", so a prefix plus a space finds districts
    ("광주광역시 서구" in 광주광역시) without "경기도 광주시" ever matching 광주광역시.
    """
    return name == region or name.startswith(region + " ")


def _fold(text: str) -> str:
    """Compare names as people type them: width, case and spacing do not matter."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def party_matches(name: str, filters: Filters) -> bool:
    if not filters.party:
        return False
    return _fold(filters.party) in _fold(name) or name == filters.party_government


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


def _period(year: int, month: int | None, day: int | None) -> tuple[tuple, tuple]:
    """First and last (y, m, d) a partial date allows; day 31 is a safe upper bound."""
    return (year, month or 1, day or 1), (year, month or 12, day or 31)


def in_dates(row: dict, since: PartialDate | None, until: PartialDate | None) -> bool:
    if since is None and until is None:
        return True
    if row["year"] is None:
        return False
    first, last = _period(row["year"], row["month"], row["day"])
    if since is not None and last < _period(since.year, since.month, since.day)[0]:
        return False
    return until is None or first <= _period(until.year, until.month, until.day)[1]


def matches(row: dict, filters: Filters) -> bool:
    if filters.region and region_match(row, filters.region) is None:
        return False
    if filters.party and not any(party_matches(p, filters) for p in row["parties"]):
        return False
    if filters.kind and _fold(filters.kind) != _fold(row["kind"] or ""):
        return False
    if filters.status and row["status"] != filters.status:
        return False
    return in_dates(row, filters.since, filters.until)


def sort_key(row: dict) -> tuple:
    """See the module docstring: partial dates at the end of their period, undated last."""
    undated = row["year"] is None
    return (
        undated,
        row["year"] or 0,
        row["month"] or 13,
        row["day"] or 32,
        row["first_published"] is None,
        row["first_published"] or "",
        row["id"],
    )


def select(rows: Iterable[dict], filters: Filters) -> list[dict]:
    """The agreements the filters select, in timeline order."""
    return sorted((row for row in rows if matches(row, filters)), key=sort_key)


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


def is_own(name: str, party_regions: dict[str, str | None], filters: Filters) -> bool:
    """Whether a party is the region or organisation the user asked about."""
    if filters.region:
        region = party_regions.get(name)
        if in_region(name, filters.region) or (region and in_region(region, filters.region)):
            return True
    return party_matches(name, filters)


def ordered_parties(row: dict, filters: Filters) -> list[str]:
    """Parties with the asked-about one(s) first, otherwise in the order reported."""
    own = [p for p in row["parties"] if is_own(p, row["party_regions"], filters)]
    return own + [p for p in row["parties"] if p not in own]


def year_counts(rows: Iterable[dict]) -> list[tuple[int, int]]:
    """Agreements per year, with empty years in between so the bar reads as a time axis,
    unless the span is so long (a stray old date) that the gaps would bury the counts."""
    counts = Counter(row["year"] for row in rows if row["year"] is not None)
    if not counts:
        return []
    if max(counts) - min(counts) > MAX_AXIS_YEARS:
        return sorted(counts.items())
    return [(year, counts[year]) for year in range(min(counts), max(counts) + 1)]


@dataclass
class Period:
    """A heading of the timeline ("2023" → "2023-06") and the agreements under it."""

    label: str
    months: list[tuple[str, list[dict]]] = field(default_factory=list)


def group(rows: list[dict]) -> list[Period]:
    """Rows in timeline order → years → months; undated rows under one last heading.

    A year-precision agreement sits under "월 미상" at the end of its year.
    """
    periods: list[Period] = []
    for row in rows:
        if row["year"] is None:
            year_label, month_label = NO_DATE_HEADING, ""
        else:
            year_label = str(row["year"])
            month_label = f"{row['year']}-{row['month']:02d}" if row["month"] else "월 미상"
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

    COLUMNS = ("name", "agreements", "first", "last", "kinds", "agreement_ids")

    def as_json(self) -> dict:
        """The row `partners --format json|csv` prints: counts first, then the ids to `show`."""
        return {
            "name": self.name,
            "agreements": len(self.agreements),
            "first": self.first,
            "last": self.last,
            "kinds": self.kinds,
            "agreement_ids": self.agreements,
        }


def partners(rows: Iterable[dict], filters: Filters) -> list[Partner]:
    """Counterparties ranked by number of agreements, then most recent, then name.

    A counterparty is any party that is not the asked-about one; when no party is
    recognisably it (the region matched through a place, not a signer), every party counts.
    Agreements that match the region only through an ambiguous reading are left out: their
    own party (a bare "광주시") cannot be told from a partner.
    """
    found: dict[str, Partner] = {}
    kinds: dict[str, Counter] = {}
    for row in select(rows, filters):
        if filters.region and region_match(row, filters.region) == "ambiguous":
            continue
        own = [p for p in row["parties"] if is_own(p, row["party_regions"], filters)]
        label = date_label(row["year"], row["month"], row["day"]) if row["year"] else None
        for name in dict.fromkeys(p for p in row["parties"] if p not in own):
            partner = found.setdefault(name, Partner(name))
            partner.agreements.append(row["id"])
            if label:
                partner.first = partner.first or label
                partner.last = label
            kinds.setdefault(name, Counter())[row["kind"]] += 1
    for name, partner in found.items():
        partner.kinds = [kind for kind, _ in kinds[name].most_common()]
    ranked = sorted(found.values(), key=lambda p: p.name)
    ranked.sort(key=lambda p: p.last or "", reverse=True)
    ranked.sort(key=lambda p: len(p.agreements), reverse=True)
    return ranked
