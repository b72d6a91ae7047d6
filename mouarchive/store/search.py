"""Full-text lookups: the SQL that finds, filters, counts and ranks articles and clauses.

`mouarchive.search` turns a query into a `Lookup`; this module picks the cheapest plan for
it. Every FTS expression is bound as a parameter, never pasted into the SQL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from mouarchive.store.agreements import IN_REGION
from mouarchive.store.ambiguity import asked_reading
from mouarchive.store.connection import Archive
from mouarchive.store.indexes import INDEXES


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions on hits; dates are ISO, possibly partial, both ends inclusive."""

    region: str | None = None  # canonical: matches itself and its districts
    parties: tuple[str, ...] | None = None  # stored party names, any of which will do
    outlet: str | None = None  # part of an outlet name
    since: str | None = None
    until: str | None = None
    include_rejected: bool = False  # clauses of agreements the owner rejected


def _filter_sql(filters: SearchFilters, *, date: str, agreement_of: str) -> tuple[str, list]:
    """WHERE conditions for `filters`; `agreement_of` selects the agreement ids concerned."""
    conditions, params = [], []
    if filters.outlet:
        conditions.append("instr(a.outlet, ?) > 0")
        params.append(filters.outlet)
    if filters.since:
        conditions.append(f"{date} >= ?")
        params.append(filters.since)
    if filters.until:
        # "2023-06~" sorts after every date in June 2023 and before July.
        conditions.append(f"{date} <= ? || '~'")
        params.append(filters.until)
    if filters.region:
        # A bare 광주시 the text left open is in each region one of its readings lies in,
        # as in `timeline`: the hit is listed, and its ambiguous_regions say why.
        conditions.append(
            f"EXISTS (SELECT 1 FROM agreements g2 WHERE g2.id IN ({agreement_of})"
            f" AND g2.rejected IN ({_KEPT}) AND (EXISTS (SELECT 1 FROM json_each(g2.regions) j"
            f" WHERE {IN_REGION}) OR EXISTS (SELECT 1 FROM json_each(g2.ambiguous_regions) j"
            f" WHERE {IN_REGION})))"
        )
        params += [filters.include_rejected, *[filters.region] * 6]
    if filters.parties is not None:
        names = json.dumps(list(filters.parties), ensure_ascii=False)
        conditions.append(
            f"EXISTS (SELECT 1 FROM agreements g2 WHERE g2.id IN ({agreement_of})"
            f" AND g2.rejected IN ({_KEPT}) AND (EXISTS (SELECT 1 FROM json_each(g2.parties) j"
            f" WHERE j.value IN (SELECT value FROM json_each(?))) OR {asked_reading('g2')}))"
        )
        params += [filters.include_rejected, names, names]
    return "".join(f" AND {c}" for c in conditions), params


@dataclass(frozen=True)
class Lookup:
    """A query as the indexes answer it: FTS5 expressions, each on one index of a kind.

    The rows matching any `ranked` expression are the candidates, scored by the sum of
    their bm25; each `required` entry must hold (one of its expressions matches); no
    `excluded` expression may match. An index is "words" or "grams" (see `INDEXES`).
    """

    ranked: tuple[tuple[str, str], ...]
    required: tuple[tuple[tuple[str, str], ...], ...] = ()
    excluded: tuple[tuple[str, str], ...] = ()


_KEPT = "0, ?"
"""`rejected IN (_KEPT)` with include_rejected bound: 0 alone, or 0 and 1 (True)."""
_SET_ASIDE_CLAUSES = (
    "SELECT c3.id FROM agreements g3 INDEXED BY agreements_rejected"
    " JOIN clauses c3 ON c3.agreement_id = g3.id WHERE g3.rejected = 1"
    " UNION ALL SELECT id FROM clauses INDEXED BY clauses_removed WHERE removed = 1"
)
"""The clauses of rejected agreements and the items the owner removed: few, and found from
the partial indexes."""


def _clause_lookup_sql(lookup: Lookup, filters: SearchFilters, column: str) -> tuple[str, list]:
    """`_lookup_sql` for clauses, leaving out those the owner set aside unless asked."""
    also, params = _lookup_sql(lookup, "clause", column)
    if not filters.include_rejected:
        also += f" AND +{column} NOT IN ({_SET_ASIDE_CLAUSES})"
    return also, params


def _lookup_sql(lookup: Lookup, kind: str, column: str) -> tuple[str, list]:
    """WHERE conditions on `column` (a row id) for the lookup's required and excluded parts.

    Each is a filter, never the way in: "+" keeps SQLite from handing the row ids to the
    ranking index, which would rerun its whole query once per id. Alternatives are one IN
    over a UNION, not IN … OR IN …, which SQLite would also try to answer row by row.
    """

    def matching(options: Sequence[tuple[str, str]]) -> str:
        tables = [INDEXES[kind][index] for index, _ in options]
        union = " UNION ".join(f"SELECT rowid FROM {t} WHERE {t} MATCH ?" for t in tables)
        return f"+{column} IN ({union})"

    conditions, params = [], []
    for options in lookup.required:
        conditions.append(matching(options))
        params += [match for _, match in options]
    for option in lookup.excluded:
        conditions.append("NOT " + matching([option]))
        params.append(option[1])
    return "".join(f" AND {c}" for c in conditions), params


def _union(lookup: Lookup, kind: str, weights: str) -> tuple[str, list]:
    """The candidates of a lookup ranked on several indexes: (id, summed bm25) rows."""
    parts = []
    for index, _ in lookup.ranked:
        table = INDEXES[kind][index]
        parts.append(
            f"SELECT rowid AS id, bm25({table}{weights}) AS score"
            f" FROM {table} WHERE {table} MATCH ?"
        )
    sql = "(SELECT id, sum(score) AS score FROM (" + " UNION ALL ".join(parts) + ") GROUP BY id)"
    return sql, [match for _, match in lookup.ranked]


_ARTICLE_AGREEMENTS = "SELECT r2.agreement_id FROM reports r2 WHERE r2.article_id = a.id"
ARTICLE_WEIGHTS = (4.0, 2.0, 1.0, 1.0)
"""bm25's weights of an article's title, subheadlines, body and captions: a title match counts
four times a body or caption match, a subheadline's (a second, smaller headline) twice."""
_ARTICLE_WEIGHTS = "".join(f", {weight}" for weight in ARTICLE_WEIGHTS)
RANKED_AT_MOST = 10_000
"""Without filters, relevance scores at most this many matches: the most recently added.

bm25 must score every candidate (about 2 µs each, more for long phrases), so a term found
in most of a large archive would cost hundreds of milliseconds to rank. Its idf is then
close to zero anyway: its scores barely differ, and the newest matches are the useful ones.
"""
_WALK_DATES_ABOVE = 0.02
"""Newest-first walks the date index when more than this share of rows match (it meets 20
matches within a few thousand rows); otherwise it sorts the matches."""
_PROBE_ABOVE = 0.2
"""Above this share, newest-first probes the index row by row along the dates instead of
listing every match first: the 20 newest come within the first hundred rows or so."""


def _rank_floor(db: Archive, lookup: Lookup, kind: str, count: int) -> int:
    """The smallest rowid among the `RANKED_AT_MOST` most recently added matches."""
    if count <= RANKED_AT_MOST:
        return 0
    ((index, match),) = lookup.ranked
    table = INDEXES[kind][index]
    also, params = _lookup_sql(lookup, kind, "rowid")
    return db.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ?{also}"
        " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        [match, *params, RANKED_AT_MOST - 1],
    ).fetchone()[0]


def search_articles(
    db: Archive,
    lookup: Lookup,
    filters: SearchFilters,
    *,
    order: str,
    limit: int | None,
    count: int,
) -> list[tuple[int, float | None]]:
    """(article id, bm25 score: lower is better) for the articles a lookup finds.

    `count` (from `count_articles`) picks the cheap plan. Newest-first scores nothing (the
    score is None): scoring is what costs, and the order does not need it.
    """
    where, params = _filter_sql(filters, date="a.published", agreement_of=_ARTICLE_AGREEMENTS)
    also, also_params = _lookup_sql(lookup, "article", "a.id")
    limit_sql = "" if limit is None else f" LIMIT {int(limit)}"
    if len(lookup.ranked) > 1:
        union, union_params = _union(lookup, "article", _ARTICLE_WEIGHTS)
        score, ordering = ("NULL", "") if order == "date" else ("m.score", "m.score, ")
        return db.execute(
            f"SELECT a.id, {score} FROM {union} m JOIN articles a ON a.id = m.id"
            f" WHERE 1{also}{where} ORDER BY {ordering}a.published DESC, a.id DESC{limit_sql}",
            [*union_params, *also_params, *params],
        ).fetchall()
    ((index, match),) = lookup.ranked
    table = INDEXES["article"][index]
    if order == "date":
        share = count / (db.execute("SELECT max(id) FROM articles").fetchone()[0] or 1)
        if share > _PROBE_ABOVE and "*" not in match:
            # Most articles match: walk the dates and ask the index about each in turn
            # (not for a prefix query, which would merge many token lists at every step).
            source = (
                " FROM articles a INDEXED BY articles_published"
                f" CROSS JOIN {table} ON {table}.rowid = a.id WHERE {table} MATCH ?"
            )
        else:
            walk = " INDEXED BY articles_published" if share > _WALK_DATES_ABOVE else ""
            source = (
                f" FROM articles a{walk}"
                f" WHERE a.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
            )
        return db.execute(
            f"SELECT a.id, NULL{source}{also}{where}"
            f" ORDER BY a.published DESC, a.id DESC{limit_sql}",
            [match, *also_params, *params],
        ).fetchall()
    floor = 0 if where or limit is None else _rank_floor(db, lookup, "article", count)
    return db.execute(
        f"SELECT a.id, bm25({table}{_ARTICLE_WEIGHTS}) AS score"
        f" FROM {table} JOIN articles a ON a.id = {table}.rowid"
        f" WHERE {table} MATCH ? AND {table}.rowid >= ?{also}{where}"
        f" ORDER BY score, a.published DESC, a.id DESC{limit_sql}",
        [match, floor, *also_params, *params],
    ).fetchall()


def newest_articles(db: Archive, lookup: Lookup, filters: SearchFilters, limit: int) -> list[int]:
    """The `limit` most recently added articles a lookup on one index finds: the candidates
    relevance ranks by reading their texts (`mouarchive.relevance`). The index hands its
    rows over from the last, so this costs what the rows cost, not a sort of every match."""
    ((index, match),) = lookup.ranked
    table = INDEXES["article"][index]
    where, params = _filter_sql(filters, date="a.published", agreement_of=_ARTICLE_AGREEMENTS)
    also, also_params = _lookup_sql(lookup, "article", "a.id")
    rows = db.execute(
        f"SELECT a.id FROM {table} JOIN articles a ON a.id = {table}.rowid"
        f" WHERE {table} MATCH ?{also}{where} ORDER BY {table}.rowid DESC LIMIT ?",
        [match, *also_params, *params, limit],
    )
    return [article_id for (article_id,) in rows]


def count_articles(db: Archive, lookup: Lookup, filters: SearchFilters) -> int:
    where, params = _filter_sql(filters, date="a.published", agreement_of=_ARTICLE_AGREEMENTS)
    if len(lookup.ranked) > 1:
        union, union_params = _union(lookup, "article", _ARTICLE_WEIGHTS)
        also, also_params = _lookup_sql(lookup, "article", "a.id")
        sql = f"SELECT count(*) FROM {union} m JOIN articles a ON a.id = m.id WHERE 1{also}{where}"
        return db.execute(sql, [*union_params, *also_params, *params]).fetchone()[0]
    ((index, match),) = lookup.ranked
    table = INDEXES["article"][index]
    if not where:
        also, also_params = _lookup_sql(lookup, "article", "rowid")
        sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?{also}"
    else:
        also, also_params = _lookup_sql(lookup, "article", "a.id")
        sql = (
            f"SELECT count(*) FROM {table} JOIN articles a ON a.id = {table}.rowid"
            f" WHERE {table} MATCH ?{also}{where}"
        )
    return db.execute(sql, [match, *also_params, *params]).fetchone()[0]


_CLAUSE_ROWS = (
    " FROM clauses c JOIN agreements g ON g.id = c.agreement_id"
    " LEFT JOIN reports r ON r.id = c.report_id LEFT JOIN articles a ON a.id = r.article_id"
)
"""A clause with its agreement and, unless the owner added it, the article that reported it."""
_CLAUSE_DATE = "coalesce(g.date, a.published)"
_CLAUSE_NEWEST = "g.year DESC, g.month DESC, g.day DESC"


def search_clauses(
    db: Archive,
    lookup: Lookup,
    filters: SearchFilters,
    *,
    order: str,
    limit: int | None,
    count: int,
) -> list[tuple[int, float | None]]:
    """(clause id, bm25 score) for the clauses a lookup finds.

    Every report's clause is a hit of its own (naming the article it came from), and so is
    every item the owner added (naming none), so without filters no join is needed to rank
    or count.
    """
    where, params = _filter_sql(filters, date=_CLAUSE_DATE, agreement_of="g.id")
    also, also_params = _clause_lookup_sql(lookup, filters, "c.id")
    limit_sql = "" if limit is None else f" LIMIT {int(limit)}"
    if len(lookup.ranked) > 1:
        union, union_params = _union(lookup, "clause", "")
        score, ordering = ("NULL", "") if order == "date" else ("m.score", "m.score, ")
        return db.execute(
            f"SELECT c.id, {score} FROM {union} m JOIN clauses c ON c.id = m.id"
            + _CLAUSE_ROWS.replace(" FROM clauses c", "")
            + f" WHERE 1{also}{where} ORDER BY {ordering}{_CLAUSE_NEWEST}, c.id DESC{limit_sql}",
            [*union_params, *also_params, *params],
        ).fetchall()
    ((index, match),) = lookup.ranked
    table = INDEXES["clause"][index]
    if order == "date":
        total = db.execute("SELECT max(id) FROM clauses").fetchone()[0] or 1
        if count > _WALK_DATES_ABOVE * total:
            # CROSS JOIN fixes the order: agreements newest first, then their clauses.
            rows = (
                " FROM agreements g INDEXED BY agreements_date"
                " CROSS JOIN clauses c ON c.agreement_id = g.id"
                " LEFT JOIN reports r ON r.id = c.report_id"
                " LEFT JOIN articles a ON a.id = r.article_id"
            )
            ordering = _CLAUSE_NEWEST
        else:
            rows, ordering = _CLAUSE_ROWS, f"{_CLAUSE_NEWEST}, c.id DESC"
        return db.execute(
            f"SELECT c.id, NULL{rows}"
            f" WHERE c.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
            f"{also}{where} ORDER BY {ordering}{limit_sql}",
            [match, *also_params, *params],
        ).fetchall()
    if not where:
        floor = 0 if limit is None else _rank_floor(db, lookup, "clause", count)
        also, also_params = _clause_lookup_sql(lookup, filters, "rowid")
        return db.execute(
            f"SELECT rowid, bm25({table}) AS score FROM {table}"
            f" WHERE {table} MATCH ? AND rowid >= ?{also}"
            f" ORDER BY score, rowid DESC{limit_sql}",
            [match, floor, *also_params],
        ).fetchall()
    return db.execute(
        f"SELECT c.id, bm25({table}) AS score FROM {table}"
        f" JOIN clauses c ON c.id = {table}.rowid"
        + _CLAUSE_ROWS.replace(" FROM clauses c", "")
        + f" WHERE {table} MATCH ?{also}{where} ORDER BY score, c.id DESC{limit_sql}",
        [match, *also_params, *params],
    ).fetchall()


def newest_clauses(db: Archive, lookup: Lookup, filters: SearchFilters, limit: int) -> list[int]:
    """`newest_articles` for clauses."""
    ((index, match),) = lookup.ranked
    table = INDEXES["clause"][index]
    where, params = _filter_sql(filters, date=_CLAUSE_DATE, agreement_of="g.id")
    if not where:
        also, also_params = _clause_lookup_sql(lookup, filters, "rowid")
        sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ?{also} ORDER BY rowid DESC LIMIT ?"
    else:
        also, also_params = _clause_lookup_sql(lookup, filters, "c.id")
        sql = (
            f"SELECT c.id FROM {table} JOIN clauses c ON c.id = {table}.rowid"
            + _CLAUSE_ROWS.replace(" FROM clauses c", "")
            + f" WHERE {table} MATCH ?{also}{where} ORDER BY {table}.rowid DESC LIMIT ?"
        )
    rows = db.execute(sql, [match, *also_params, *params, limit])
    return [clause_id for (clause_id,) in rows]


def count_clauses(db: Archive, lookup: Lookup, filters: SearchFilters) -> int:
    where, params = _filter_sql(filters, date=_CLAUSE_DATE, agreement_of="g.id")
    if len(lookup.ranked) > 1:
        union, union_params = _union(lookup, "clause", "")
        also, also_params = _clause_lookup_sql(lookup, filters, "c.id")
        return db.execute(
            f"SELECT count(*) FROM {union} m JOIN clauses c ON c.id = m.id"
            + _CLAUSE_ROWS.replace(" FROM clauses c", "")
            + f" WHERE 1{also}{where}",
            [*union_params, *also_params, *params],
        ).fetchone()[0]
    ((index, match),) = lookup.ranked
    table = INDEXES["clause"][index]
    if not where:
        also, also_params = _clause_lookup_sql(lookup, filters, "rowid")
        return db.execute(
            f"SELECT count(*) FROM {table} WHERE {table} MATCH ?{also}", [match, *also_params]
        ).fetchone()[0]
    also, also_params = _clause_lookup_sql(lookup, filters, "c.id")
    return db.execute(
        "SELECT count(*)" + _CLAUSE_ROWS + " WHERE c.id IN"
        f" (SELECT rowid FROM {table} WHERE {table} MATCH ?){also}{where}",
        [match, *also_params, *params],
    ).fetchone()[0]


_FIRST_PATH = (
    "(SELECT s.path FROM article_sources x JOIN sources s ON s.id = x.source_id"
    " WHERE x.article_id = a.id ORDER BY s.id LIMIT 1)"
)


def article_hit_rows(db: Archive, ids: list[int]) -> dict[int, dict]:
    """What a search hit shows of each article, by id."""
    rows = db.execute(
        f"SELECT a.id, a.title, a.body, a.outlet, a.published, {_FIRST_PATH},"
        " (SELECT r.agreement_id FROM reports r JOIN agreements g ON g.id = r.agreement_id"
        "   WHERE r.article_id = a.id ORDER BY g.rejected, r.position LIMIT 1), a.captions,"
        " a.subtitle FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    )
    keys = (
        "article_id", "title", "body", "outlet", "date", "path", "agreement_id", "captions",
        "subtitle",
    )  # fmt: skip
    hits = {row[0]: dict(zip(keys, row, strict=True)) for row in rows}
    readings = _ambiguous_regions(db, [hit["agreement_id"] for hit in hits.values()])
    for hit in hits.values():
        hit["captions"] = json.loads(hit["captions"])
        hit["ambiguous_regions"] = readings.get(hit["agreement_id"], [])
    return hits


def clause_hit_rows(db: Archive, ids: list[int]) -> dict[int, dict]:
    """What a search hit shows of each clause: the clause, its agreement and its article
    (none for an item the owner added), and whether the owner added or removed it."""
    rows = db.execute(
        f"SELECT c.id, c.text, c.agreement_id, coalesce(g.title, a.title),"
        f" {_CLAUSE_DATE}, a.id, a.outlet, {_FIRST_PATH}, c.report_id IS NULL, c.removed"
        + _CLAUSE_ROWS
        + " WHERE c.id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    )
    keys = (
        "clause_id", "clause", "agreement_id", "title", "date", "article_id", "outlet", "path",
        "added", "removed",
    )  # fmt: skip
    hits = {row[0]: dict(zip(keys, row, strict=True)) for row in rows}
    readings = _ambiguous_regions(db, [hit["agreement_id"] for hit in hits.values()])
    for hit in hits.values():
        hit["ambiguous_regions"] = readings.get(hit["agreement_id"], [])
        hit["added"], hit["removed"] = bool(hit["added"]), bool(hit["removed"])
    return hits


def article_texts(db: Archive, ids: list[int]) -> dict[int, list[str]]:
    """Each article's title, subheadlines, body and captions, by id: the columns relevance
    counts a term in where the index cannot (`mouarchive.relevance`)."""
    rows = db.execute(
        "SELECT id, title, subtitle, body, captions FROM articles"
        " WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    )
    return {
        i: [title or "", subtitle or "", body or "", *json.loads(captions)]
        for i, title, subtitle, body, captions in rows
    }


def clause_texts(db: Archive, ids: list[int]) -> dict[int, list[str]]:
    """Each clause's text, by id, as `article_texts`."""
    rows = db.execute(
        "SELECT id, text FROM clauses WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    )
    return {i: [text or ""] for i, text in rows}


def indexed_rows(db: Archive, kind: str) -> int:
    """How many articles (or clauses) the indexes hold: bm25's N."""
    table = "articles" if kind == "article" else "clauses"
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _ambiguous_regions(db: Archive, agreement_ids: list[int | None]) -> dict[int, list[str]]:
    """The readings a hit's agreement was left open between (a bare 광주시), by id."""
    rows = db.execute(
        "SELECT id, ambiguous_regions FROM agreements WHERE id IN (SELECT value FROM json_each(?))"
        " AND ambiguous_regions != '[]'",
        [json.dumps([i for i in agreement_ids if i is not None])],
    )
    return {agreement_id: json.loads(readings) for agreement_id, readings in rows}
