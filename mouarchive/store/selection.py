"""Which agreements a `timeline` or `partners` question selects, and in what order, in SQL.

At 100,000 agreements, reading every agreement's summary into Python to filter and sort it
took seconds. A region is a range read of `agreement_regions` (the merged and corrected
regions, kept by triggers) and the order's tie-break a column (`first_published`), both
from migration 0012; party names narrow through their index, then each candidate's merged
facts decide. The rules themselves (what `--region 광주`
means, where a month-precision date sorts, which partial dates a `--since` keeps) are those
the `timeline` module states; this module only says them in SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from mouarchive.store.ambiguity import asked_reading
from mouarchive.store.connection import Archive
from mouarchive.store.indexes import INDEXES
from mouarchive.store.listing import entry_sql, object_sql
from mouarchive.store.search import Lookup

# A date's period as one comparable number: 2023-05 runs from 20230501 to 20230531.
_FIRST_DAY = "(g.year * 10000 + coalesce(g.month, 1) * 100 + coalesce(g.day, 1))"
_LAST_DAY = "(g.year * 10000 + coalesce(g.month, 12) * 100 + coalesce(g.day, 31))"
_CORRECTED = "g.corrected != '[]'"
_ORDER = (
    "g.year IS NULL, g.year, coalesce(g.month, 13), coalesce(g.day, 32),"
    " g.first_published IS NULL, g.first_published, g.id"
)


@dataclass(frozen=True)
class Selection:
    """A question in the terms SQL needs: canonical names, exact party names, day numbers.

    `parties` None means no party filter; an empty tuple matches nothing.
    `since`/`until` are YYYYMMDD numbers of the first and last day asked for. Agreements
    the owner rejected come only with `include_rejected`.
    """

    region: str | None = None
    parties: tuple[str, ...] | None = None
    since: int | None = None
    until: int | None = None
    kinds: tuple[str, ...] = ()
    status: str | None = None
    include_rejected: bool = False


class Selected(NamedTuple):
    """One selected agreement: what ordering, grouping and the year bar need (a named
    tuple: made for every agreement a listing selects, a frozen dataclass cost more than
    the query that found them)."""

    id: int
    year: int | None
    month: int | None
    day: int | None


def _where(selection: Selection) -> tuple[str, list]:
    clauses: list[str] = ["(g.rejected = 0 OR ?)"]
    params: list = [selection.include_rejected]
    if selection.region:
        # Every reading of a bare 광주시 the text left open is listed too (migration 0012).
        clauses.append(
            "g.id IN (SELECT agreement_id FROM agreement_regions"
            " WHERE region = ? OR (region > ? AND region < ?))"
        )
        params += [selection.region, selection.region + " ", selection.region + "!"]
    if selection.parties is not None:
        names = json.dumps(list(selection.parties), ensure_ascii=False)
        clauses.append(
            f"(({_CORRECTED} OR g.id IN (SELECT r.agreement_id FROM parties p"
            " JOIN reports r ON r.id = p.report_id"
            " WHERE p.name IN (SELECT value FROM json_each(?))))"
            " AND EXISTS (SELECT 1 FROM json_each(g.parties) j"
            " WHERE j.value IN (SELECT value FROM json_each(?)))"
            " OR g.id IN (SELECT agreement_id FROM agreement_regions"
            f" WHERE region IN (SELECT value FROM json_each(?))) AND {asked_reading()})"
        )
        params += [names, names, names, names]
    if selection.since is not None or selection.until is not None:
        clauses.append("g.year IS NOT NULL")
    if selection.since is not None:
        clauses.append(f"g.year >= ? AND {_LAST_DAY} >= ?")
        params += [selection.since // 10000, selection.since]
    if selection.until is not None:
        clauses.append(f"g.year <= ? AND {_FIRST_DAY} <= ?")
        params += [selection.until // 10000, selection.until]
    if selection.kinds:
        clauses.append("g.kind IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(selection.kinds), ensure_ascii=False))
    if selection.status:
        clauses.append("g.status = ?")
        params.append(selection.status)
    return " WHERE " + " AND ".join(clauses), params


def select_agreements(db: Archive, selection: Selection) -> list[Selected]:
    """Every agreement the selection keeps, in timeline order (see `timeline`): by date,
    a partial date at the end of its period, ties by the first reporting article, undated
    last. Small rows: the full objects are read only for what is printed."""
    where, params = _where(selection)
    rows = db.execute(
        f"SELECT g.id, g.year, g.month, g.day FROM agreements g{where} ORDER BY {_ORDER}",
        params,
    )
    return list(map(Selected._make, rows))


_SUMMARY = (
    "g.id, g.year, g.month, g.day, g.status, g.kind, g.parties, g.regions, g.ambiguous_regions,"
    " (SELECT json_group_array(json_array(p.name, p.region)) FROM parties p"
    "   JOIN reports r ON r.id = p.report_id WHERE r.agreement_id = g.id),"
    " g.first_published"
)


def _in_order(db: Archive, columns: str, selection: Selection, limit: int | None):
    """`columns` of the selected agreements (`g`), in timeline order.

    The order is found on the small keys alone, then each row's columns are built in it (the
    ordered ids are the outer loop of the join, so the rows come out in their order): SQLite
    sorting the built rows themselves, 11 MB of objects for `--region 광주` at 100,000
    articles, cost twice as much as building them."""
    where, params = _where(selection)
    return db.execute(
        f"SELECT {columns} FROM (SELECT g.id FROM agreements g{where} ORDER BY {_ORDER}"
        " LIMIT ?) o CROSS JOIN agreements g ON g.id = o.id",
        [*params, -1 if limit is None else limit],
    )


def selected_summaries(db: Archive, selection: Selection) -> Iterator[dict]:
    """The summary rows `partners` counts, in timeline order, streamed.

    `party_regions` maps each party to the region it stands for, so the asked-about
    region's party can be listed first and told from a partner.
    """
    return (_summary(row) for row in _in_order(db, _SUMMARY, selection, None))


def timeline_entries(db: Archive, selection: Selection, limit: int | None) -> Iterator[dict]:
    """What each of the first `limit` timeline entries shows, in timeline order, streamed:
    the summary, its title, kind and marks, how many clauses and sources, which outlets."""
    for (text,) in _in_order(db, entry_sql(db), selection, limit):
        entry = json.loads(text)
        entry["party_regions"] = _party_regions(entry["party_regions"])
        outlets = entry.pop("outlets")
        entry["sources"] = len(outlets)
        entry["outlets"] = list(dict.fromkeys(name for name in outlets if name))
        yield entry


def selected_texts(db: Archive, selection: Selection, limit: int | None) -> Iterator[str]:
    """The first `limit` agreement objects of a selection (those `show` prints), in timeline
    order, as JSON text built by SQLite and streamed: `timeline --format json|csv`."""
    return (text for (text,) in _in_order(db, object_sql(db), selection, limit))


def party_names(db: Archive) -> list[str]:
    """Every party name stored, once each: the reports' (read off the index on names) and
    those the owner wrote into a corrected agreement."""
    return [
        name
        for (name,) in db.execute(
            "SELECT name FROM parties UNION"
            " SELECT j.value FROM agreements g, json_each(g.parties) j"
            f" WHERE {_CORRECTED}"
        )
    ]


def parties_of_articles_matching(
    db: Archive, lookup: Lookup, limit: int
) -> Iterator[tuple[str, list[tuple[str, int, int]]]]:
    """(body, [(party name, start, end)]) of the newest articles a one-index lookup finds:
    where `--party` learns the short names articles use for a party."""
    ((index, match),) = lookup.ranked
    table = INDEXES["article"][index]
    ids = [
        row[0]
        for row in db.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
            [match, limit],
        )
    ]
    for article_id in ids:
        (body,) = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
        parties = db.execute(
            "SELECT p.name, p.start, p.end FROM parties p JOIN reports r ON r.id = p.report_id"
            " WHERE r.article_id = ?",
            [article_id],
        ).fetchall()
        if parties:
            yield body, parties


def _summary(row: tuple) -> dict:
    (agreement_id, year, month, day, status, kind, parties, regions, ambiguous) = row[:9]
    party_regions = _party_regions(json.loads(row[9] or "[]"))
    return {
        "id": agreement_id,
        "year": year,
        "month": month,
        "day": day,
        "status": status,
        "kind": kind,
        "parties": json.loads(parties),
        "regions": json.loads(regions),
        "ambiguous_regions": json.loads(ambiguous),
        "party_regions": party_regions,
        "first_published": row[10],
    }


def _party_regions(pairs: list[list]) -> dict[str, str | None]:
    """Each party's region, from its reports' (name, region) pairs: the first one known."""
    party_regions: dict[str, str | None] = {}
    for name, region in pairs:
        party_regions[name] = party_regions.get(name) or region
    return party_regions
