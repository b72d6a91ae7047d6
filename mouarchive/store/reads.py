"""What the commands read: agreement objects for `show` and `export`, summaries for
`timeline` and `partners`, streamed rows for exports, and counts for `stats`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from mouarchive.models import AgreementReport
from mouarchive.store.agreements import IN_REGION, load_report
from mouarchive.store.connection import Archive


@dataclass
class Counts:
    sources: int
    articles: int
    agreements: int
    clauses: int


def is_empty(db: Archive) -> bool:
    """No article stored yet: what a reading command tells the user before answering."""
    return db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


def counts(db: Archive) -> Counts:
    def count(table: str) -> int:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    return Counts(
        sources=count("sources"),
        articles=count("articles"),
        agreements=count("agreements"),
        clauses=count("clauses"),
    )


_AGREEMENT_COLUMNS = (
    "id, date, date_precision, date_text, status, title, kind, place, parties, signatories,"
    " regions, clauses, clauses_stated, investment_krw, jobs"
)
_AGREEMENT_KEYS = [name.strip() for name in _AGREEMENT_COLUMNS.split(",")]
_JSON_KEYS = {"parties", "signatories", "regions", "clauses"}


def _agreement_object(db: Archive, row: tuple) -> dict:
    """The agreement object scripts depend on (issue #3's shape: the columns in order, then
    the sources)."""
    agreement = {
        key: json.loads(value) if key in _JSON_KEYS else value
        for key, value in zip(_AGREEMENT_KEYS, row, strict=True)
    }
    agreement["sources"] = agreement_sources(db, agreement["id"])
    return agreement


def agreement_sources(db: Archive, agreement_id: int) -> list[dict]:
    """One entry per reporting article, oldest first, with the file it was first read from."""
    return [
        {
            "article_id": article_id,
            "path": path,
            "outlet": outlet,
            "title": title,
            "published": published,
        }
        for article_id, path, outlet, title, published in db.execute(
            "SELECT a.id, (SELECT s.path FROM article_sources x"
            "   JOIN sources s ON s.id = x.source_id"
            "   WHERE x.article_id = a.id ORDER BY s.id LIMIT 1),"
            " a.outlet, a.title, a.published"
            " FROM reports r JOIN articles a ON a.id = r.article_id"
            " WHERE r.agreement_id = ? GROUP BY a.id"
            " ORDER BY a.published IS NULL, a.published, a.id",
            [agreement_id],
        )
    ]


def get_agreement(db: Archive, agreement_id: int) -> dict | None:
    row = db.execute(
        f"SELECT {_AGREEMENT_COLUMNS} FROM agreements WHERE id = ?", [agreement_id]
    ).fetchone()
    return _agreement_object(db, row) if row else None


def iter_agreements(db: Archive) -> Iterator[dict]:
    """Every agreement, by id, streamed: constant memory however large the archive."""
    cursor = db.conn.cursor()
    cursor.execute(f"SELECT {_AGREEMENT_COLUMNS} FROM agreements ORDER BY id")
    for row in cursor:
        yield _agreement_object(db, row)


def agreement_extras(db: Archive, agreement_id: int) -> dict:
    """What `show` prints beyond the agreement object: open readings and a yearless day."""
    ambiguous, day = db.execute(
        "SELECT ambiguous_regions, day FROM agreements WHERE id = ?", [agreement_id]
    ).fetchone()
    return {"ambiguous_regions": json.loads(ambiguous), "day": day}


@dataclass
class Evidence:
    """A report of an agreement as one article tells it, with the text behind each fact."""

    report_id: int
    article_id: int
    body: str
    report: AgreementReport


def agreement_evidence(db: Archive, agreement_id: int) -> list[Evidence]:
    rows = db.execute(
        "SELECT r.id, r.article_id, a.body FROM reports r JOIN articles a ON a.id = r.article_id"
        " WHERE r.agreement_id = ? ORDER BY a.published IS NULL, a.published, r.id",
        [agreement_id],
    ).fetchall()
    return [
        Evidence(report_id, article_id, body, load_report(db, report_id))
        for report_id, article_id, body in rows
    ]


def article_agreement_ids(db: Archive, article_id: int) -> list[int]:
    return [
        row[0]
        for row in db.execute(
            "SELECT agreement_id FROM reports WHERE article_id = ? ORDER BY position", [article_id]
        )
    ]


def article_row(db: Archive, article_id: int) -> dict | None:
    """An article with its files, for `show --article`."""
    row = db.execute(
        "SELECT id, title, subtitle, outlet, reporter, email, url, published, body, captions"
        " FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    keys = ["id", "title", "subtitle", "outlet", "reporter", "email", "url", "published", "body"]
    article = dict(zip(keys, row[:-1], strict=True))
    article["captions"] = json.loads(row[-1])
    article["paths"] = [
        path
        for (path,) in db.execute(
            "SELECT s.path FROM article_sources x JOIN sources s ON s.id = x.source_id"
            " WHERE x.article_id = ? ORDER BY s.id",
            [article_id],
        )
    ]
    return article


def agreement_summaries(db: Archive, region: str | None = None) -> Iterator[dict]:
    """Every agreement with what filtering and ordering need, streamed, without its sources.

    Sources cost a query each, so `timeline` fetches them (via `get_agreement`) only for
    the agreements its filters keep. `party_regions` maps each party to the region it
    stands for, so the asked-about region's party can be listed first. With `region`
    (canonical), only agreements in it or its districts, certainly or ambiguously, come:
    the filter then skips the per-agreement lookups of all the others.
    """
    where, params = "", []
    if region:
        where = (
            f" WHERE EXISTS (SELECT 1 FROM json_each(g.regions) j WHERE {IN_REGION})"
            f" OR EXISTS (SELECT 1 FROM json_each(g.ambiguous_regions) j WHERE {IN_REGION})"
        )
        params = [region] * 6
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT g.id, g.year, g.month, g.day, g.status, g.kind, g.parties, g.regions,"
        " g.ambiguous_regions,"
        " (SELECT json_group_array(json_array(p.name, p.region)) FROM parties p"
        "   JOIN reports r ON r.id = p.report_id WHERE r.agreement_id = g.id),"
        " (SELECT min(a.published) FROM reports r JOIN articles a ON a.id = r.article_id"
        f"   WHERE r.agreement_id = g.id) FROM agreements g{where} ORDER BY g.id",
        params,
    )
    for row in cursor:
        (agreement_id, year, month, day, status, kind, parties, regions, ambiguous) = row[:9]
        party_regions: dict[str, str | None] = {}
        for name, region in json.loads(row[9] or "[]"):
            party_regions[name] = party_regions.get(name) or region
        yield {
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


def iter_article_rows(db: Archive) -> Iterator[dict]:
    """Every article for `export --what articles`, by id, streamed."""
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT a.id, a.title, a.outlet, a.reporter, a.published, a.url,"
        " (SELECT json_group_array(path) FROM (SELECT s.path FROM article_sources x"
        "   JOIN sources s ON s.id = x.source_id WHERE x.article_id = a.id ORDER BY s.id)),"
        " a.body FROM articles a ORDER BY a.id"
    )
    for article_id, title, outlet, reporter, published, url, paths, body in cursor:
        yield {
            "id": article_id,
            "title": title,
            "outlet": outlet,
            "reporter": reporter,
            "published": published,
            "url": url,
            "paths": json.loads(paths or "[]"),
            "body": body,
        }


def iter_clause_rows(db: Archive) -> Iterator[dict]:
    """Every clause as an article reported it, for `export --what clauses`, streamed."""
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT c.id, r.agreement_id, r.article_id, c.position, c.text"
        " FROM clauses c JOIN reports r ON r.id = c.report_id ORDER BY c.id"
    )
    for clause_id, agreement_id, article_id, position, text in cursor:
        yield {
            "id": clause_id,
            "agreement_id": agreement_id,
            "article_id": article_id,
            "position": position,
            "text": text,
        }


def archive_stats(db: Archive, top: int) -> dict:
    """Counts, date span, the `top` most frequent regions/parties/outlets, and what the
    extractor left incomplete, for `mouarchive stats`."""

    def one(sql: str) -> object:
        row = db.execute(sql).fetchone()
        return row[0] if row else None

    def ranked(sql: str) -> list[tuple[str, int]]:
        return [(name, count) for name, count in db.execute(sql, [top])]

    return {
        "sources": one("SELECT count(*) FROM sources"),
        "articles": one("SELECT count(*) FROM articles"),
        "agreements": one("SELECT count(*) FROM agreements"),
        "clauses": one("SELECT count(*) FROM clauses"),
        "agreement_clauses": one(
            "SELECT coalesce(sum(json_array_length(clauses)), 0) FROM agreements"
        ),
        "first_date": one(
            "SELECT date FROM agreements WHERE year IS NOT NULL"
            " ORDER BY year, coalesce(month, 0), coalesce(day, 0) LIMIT 1"
        ),
        "last_date": one(
            "SELECT date FROM agreements WHERE year IS NOT NULL"
            " ORDER BY year DESC, coalesce(month, 13) DESC, coalesce(day, 32) DESC LIMIT 1"
        ),
        "articles_without_agreement": one(
            "SELECT count(*) FROM articles a"
            " WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.article_id = a.id)"
        ),
        "agreements_without_date": one("SELECT count(*) FROM agreements WHERE year IS NULL"),
        "investment_krw": one("SELECT coalesce(sum(investment_krw), 0) FROM agreements"),
        "jobs": one("SELECT coalesce(sum(jobs), 0) FROM agreements"),
        "agreements_without_clauses": one(
            "SELECT count(*) FROM agreements WHERE json_array_length(clauses) = 0"
        ),
        "agreements_ambiguous_region": one(
            "SELECT count(*) FROM agreements WHERE json_array_length(ambiguous_regions) > 0"
        ),
        "top_regions": ranked(
            "SELECT j.value, count(*) FROM agreements g, json_each(g.regions) j"
            " GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT ?"
        ),
        "investment_by_region": [
            {"name": name, "agreements": count, "investment_krw": krw, "jobs": jobs}
            for name, count, krw, jobs in db.execute(
                "SELECT j.value, count(*), sum(g.investment_krw), sum(g.jobs)"
                " FROM agreements g, json_each(g.regions) j"
                " WHERE g.investment_krw IS NOT NULL OR g.jobs IS NOT NULL"
                " GROUP BY j.value ORDER BY coalesce(sum(g.investment_krw), 0) DESC, j.value"
                " LIMIT ?",
                [top],
            )
        ],
        "top_parties": ranked(
            "SELECT j.value, count(*) FROM agreements g, json_each(g.parties) j"
            " GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT ?"
        ),
        "top_outlets": ranked(
            "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL"
            " GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT ?"
        ),
    }
