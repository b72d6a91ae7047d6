"""What the commands read: agreement objects for `show`, `timeline` and `export`, streamed
rows for exports, and counts for `stats`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from mouarchive.corrections import set_aside
from mouarchive.models import AgreementReport, PartialDate
from mouarchive.store import corrections
from mouarchive.store.ambiguity import ambiguous_label, ambiguous_party
from mouarchive.store.connection import Archive
from mouarchive.store.listing import FIRST_REPORT, object_sql
from mouarchive.store.report_rows import load_report
from mouarchive.store.schema import READ_BY_AN_OLDER_VERSION


@dataclass
class Counts:
    """What the archive holds; rejected agreements and their clauses are counted apart."""

    sources: int
    articles: int
    agreements: int
    clauses: int
    rejected: int
    # Reports saved before migration 0018 (their partner count unknown), which a `reextract`
    # reads again with this version.
    outdated: int


_CLAUSES_KEPT = (
    "SELECT count(*) FROM clauses c JOIN agreements g ON g.id = c.agreement_id"
    " WHERE (g.rejected = 0 AND c.removed = 0) OR :all"
)
"""Agreed items: each article's and the owner's, not those the owner set aside (removed, or
of a rejected agreement) unless all are asked for."""


def is_empty(db: Archive) -> bool:
    """No article stored yet: what a reading command tells the user before answering."""
    return db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


def counts(db: Archive) -> Counts:
    def count(sql: str) -> int:
        return db.execute(sql, {"all": False}).fetchone()[0]

    return Counts(
        sources=count("SELECT count(*) FROM sources"),
        articles=count("SELECT count(*) FROM articles"),
        agreements=count("SELECT count(*) FROM agreements WHERE rejected = 0"),
        clauses=count(_CLAUSES_KEPT),
        rejected=count("SELECT count(*) FROM agreements WHERE rejected = 1"),
        outdated=count(READ_BY_AN_OLDER_VERSION),
    )


def get_agreement(db: Archive, agreement_id: int) -> dict | None:
    row = db.execute(
        f"SELECT {object_sql(db)} FROM agreements g WHERE g.id = ?", [agreement_id]
    ).fetchone()
    return json.loads(row[0]) if row else None


def iter_agreements(db: Archive, *, include_rejected: bool = False) -> Iterator[dict]:
    """Every agreement, by id, streamed: constant memory however large the archive."""
    cursor = db.conn.cursor()
    cursor.execute(
        f"SELECT {object_sql(db)} FROM agreements g WHERE g.rejected = 0 OR ? ORDER BY g.id",
        [include_rejected],
    )
    for (text,) in cursor:
        yield json.loads(text)


def agreement_extras(db: Archive, agreement_id: int) -> dict:
    """What `show` prints beyond the agreement object: open readings, a yearless day, its
    first report's headline (`listing.FIRST_REPORT`), and the corrections that apply (id,
    action, field, note), to mark what the owner changed."""
    ambiguous, month, day, headline = db.execute(
        f"SELECT g.ambiguous_regions, g.month, g.day, {FIRST_REPORT} FROM agreements g"
        " WHERE g.id = ?",
        [agreement_id],
    ).fetchone()
    found = corrections.for_agreement(db, agreement_id)
    aside = set_aside(found)
    applied = [
        {
            "id": c.id,
            "action": c.action,
            "field": c.field,
            "note": c.note,
            "set_aside_by": aside.get(c.id or 0),
        }
        for c in found
    ]
    return {
        "ambiguous_regions": json.loads(ambiguous),
        "month": month,
        "day": day,
        "headline": json.loads(headline) if headline else None,
        "corrections": applied,
    }


def agreement_text(db: Archive, agreement_id: int) -> str:
    """The bodies of an agreement's articles, one after another: the context a name typed
    for it is read in, as extraction read its own names in them."""
    return "\n\n".join(
        body
        for (body,) in db.execute(
            "SELECT a.body FROM articles a WHERE a.id IN"
            " (SELECT article_id FROM reports WHERE agreement_id = ?) ORDER BY a.id",
            [agreement_id],
        )
    )


def article_notes(db: Archive, article_id: int) -> list[dict]:
    """The active corrections of an article's metadata (id, field, note), for `show`."""
    row = db.execute("SELECT sha256 FROM articles WHERE id = ?", [article_id]).fetchone()
    return [
        {"id": c.id, "action": c.action, "field": c.field, "note": c.note}
        for c in corrections.for_article(db, row[0])
        if c.undone_at is None
    ]


@dataclass
class Evidence:
    """A report of an agreement as one article tells it, with the text behind each fact."""

    report_id: int
    article_id: int
    body: str
    report: AgreementReport


def agreement_evidence(db: Archive, agreement_id: int) -> list[Evidence]:
    """An agreement's reports, in the order `show` lists its sources: oldest article first,
    then by article as `sources` lists them, not as the reports were saved, which a record
    or `reextract` changes (newcomer 58, 15)."""
    rows = db.execute(
        "SELECT r.id, r.article_id, a.body FROM reports r JOIN articles a ON a.id = r.article_id"
        " WHERE r.agreement_id = ? ORDER BY a.published IS NULL, a.published, a.id, r.id",
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
        "SELECT id, title, subtitle, outlet, reporter, email, url, published, body, captions,"
        " corrected"
        " FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    keys = ["id", "title", "subtitle", "outlet", "reporter", "email", "url", "published", "body"]
    article = dict(zip(keys, row[:-2], strict=True))
    article["captions"] = json.loads(row[-2])
    article["corrected"] = json.loads(row[-1])
    article["paths"] = [
        path
        for (path,) in db.execute(
            "SELECT p.path FROM article_sources x JOIN source_paths p"
            " ON p.source_id = x.source_id WHERE x.article_id = ?"
            " ORDER BY x.source_id, p.added_at, p.rowid",
            [article_id],
        )
    ]
    return article


def iter_article_rows(db: Archive) -> Iterator[dict]:
    """Every article for `export --what articles`, by id, streamed."""
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT a.id, a.title, a.outlet, a.reporter, a.published, a.url,"
        " (SELECT json_group_array(path) FROM (SELECT p.path FROM article_sources x"
        "   JOIN source_paths p ON p.source_id = x.source_id WHERE x.article_id = a.id"
        "   ORDER BY x.source_id, p.added_at, p.rowid)),"
        " a.body, a.corrected, a.subtitle FROM articles a ORDER BY a.id"
    )
    for row in cursor:
        article_id, title, outlet, reporter, published, url, paths, body, corrected, subtitle = row
        yield {
            "id": article_id,
            "title": title,
            "outlet": outlet,
            "reporter": reporter,
            "published": published,
            "url": url,
            "paths": json.loads(paths or "[]"),
            "body": body,
            "corrected": json.loads(corrected),
            "subtitle": subtitle,
        }


def iter_clause_rows(db: Archive, *, include_rejected: bool = False) -> Iterator[dict]:
    """Every agreed item, for `export --what clauses`, streamed: each as an article reported
    it, and each the owner added (`added`: no article, `position` its place in the
    agreement's items).

    Items the owner set aside come only with `include_rejected`, marked `rejected`: those
    of a rejected agreement, and those removed from their agreement (also `removed`).
    """
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT c.id, c.agreement_id, r.article_id, c.position, c.text, c.report_id IS NULL,"
        " c.removed, g.rejected FROM clauses c JOIN agreements g ON g.id = c.agreement_id"
        " LEFT JOIN reports r ON r.id = c.report_id"
        " WHERE (g.rejected = 0 AND c.removed = 0) OR ? ORDER BY c.id",
        [include_rejected],
    )
    for clause_id, agreement_id, article_id, position, text, added, removed, rejected in cursor:
        yield {
            "id": clause_id,
            "agreement_id": agreement_id,
            "article_id": article_id,
            "position": position,
            "text": text,
            "added": bool(added),
            "removed": bool(removed),
            "rejected": bool(rejected or removed),
        }


def archive_stats(db: Archive, top: int, *, include_rejected: bool = False) -> dict:
    """Counts, date span, the `top` most frequent regions/parties/outlets, and what the
    extractor left incomplete, for `mouarchive stats`. Rejected agreements are left out
    of every figure but their own count, unless asked for."""
    params = {"all": include_rejected, "top": top}

    def one(sql: str) -> object:
        row = db.execute(sql, params).fetchone()
        return row[0] if row else None

    def ranked(sql: str) -> list[tuple[str, int]]:
        return [(name, count) for name, count in db.execute(sql, params)]

    kept = "(SELECT * FROM agreements WHERE rejected = 0 OR :all)"
    return {
        "sources": one("SELECT count(*) FROM sources"),
        "articles": one("SELECT count(*) FROM articles"),
        "agreements": one(f"SELECT count(*) FROM {kept}"),
        "rejected": one("SELECT count(*) FROM agreements WHERE rejected = 1"),
        "clauses": one(_CLAUSES_KEPT),
        "agreement_clauses": one(
            f"SELECT coalesce(sum(json_array_length(clauses)), 0) FROM {kept}"
        ),
        "first_date": one(
            f"SELECT date FROM {kept} WHERE year IS NOT NULL"
            " ORDER BY year, coalesce(month, 0), coalesce(day, 0) LIMIT 1"
        ),
        "last_date": one(
            f"SELECT date FROM {kept} WHERE year IS NOT NULL"
            " ORDER BY year DESC, coalesce(month, 13) DESC, coalesce(day, 32) DESC LIMIT 1"
        ),
        "articles_without_agreement": one(
            "SELECT count(*) FROM articles a"
            " WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.article_id = a.id)"
        ),
        "agreements_without_year": one(
            f"SELECT count(*) FROM {kept} WHERE year IS NULL"
            " AND (month IS NOT NULL OR day IS NOT NULL)"
        ),
        "agreements_without_date": one(
            f"SELECT count(*) FROM {kept} WHERE year IS NULL AND month IS NULL AND day IS NULL"
        ),
        "investment_krw": one(f"SELECT coalesce(sum(investment_krw), 0) FROM {kept}"),
        "jobs": one(f"SELECT coalesce(sum(jobs), 0) FROM {kept}"),
        "agreements_without_clauses": one(
            f"SELECT count(*) FROM {kept} WHERE json_array_length(clauses) = 0"
        ),
        "agreements_ambiguous_region": one(
            f"SELECT count(*) FROM {kept} WHERE json_array_length(ambiguous_regions) > 0"
        ),
        "top_regions": ranked(
            f"SELECT j.value, count(*) FROM {kept} g, json_each(g.regions) j"
            " GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT :top"
        ),
        "investment_by_region": [
            {"name": name, "agreements": count, "investment_krw": krw, "jobs": jobs}
            for name, count, krw, jobs in db.execute(
                "SELECT j.value, count(*), sum(g.investment_krw), sum(g.jobs)"
                f" FROM {kept} g, json_each(g.regions) j"
                " WHERE g.investment_krw IS NOT NULL OR g.jobs IS NOT NULL"
                " GROUP BY j.value ORDER BY coalesce(sum(g.investment_krw), 0) DESC, j.value"
                " LIMIT :top",
                params,
            )
        ],
        "top_parties": ranked(
            # A bare 광주시 the text left open counts under its readings, as it is printed;
            # an agreement with two parties printed alike counts once under them.
            f"SELECT CASE WHEN {ambiguous_party('j.value')} THEN {ambiguous_label()}"
            f" ELSE j.value END AS name, count(DISTINCT g.id) AS agreements"
            f" FROM {kept} g, json_each(g.parties) j"
            " GROUP BY name ORDER BY agreements DESC, name LIMIT :top"
        ),
        "top_outlets": ranked(
            "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL"
            " GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT :top"
        ),
    }


def review_rows(db: Archive) -> Iterator[dict]:
    """What `review` weighs of each agreement the owner has not rejected, streamed."""
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT g.id, g.year, g.month, g.day, g.date_text, g.status, g.title, g.kind,"
        " g.parties, g.ambiguous_regions, g.clauses,"
        " (SELECT count(DISTINCT r.article_id) FROM reports r WHERE r.agreement_id = g.id),"
        " (SELECT r.article_id FROM reports r JOIN articles a ON a.id = r.article_id"
        "   WHERE r.agreement_id = g.id AND a.published IS NULL ORDER BY a.id LIMIT 1)"
        " FROM agreements g WHERE g.rejected = 0 ORDER BY g.id"
    )
    keys = (
        "id",
        "year",
        "month",
        "day",
        "date_text",
        "status",
        "title",
        "kind",
        "parties",
        "ambiguous_regions",
        "clauses",
        "sources",
        "undated_article",
    )
    for row in cursor:
        item = dict(zip(keys, row, strict=True))
        for key in ("parties", "ambiguous_regions", "clauses"):
            item[key] = json.loads(item[key])
        yield item


def articles_without_agreement(
    db: Archive, nouns: Sequence[str], verbs: Sequence[str]
) -> list[tuple[int, str | None]]:
    """(id, title) of articles extraction found no agreement in, although their text holds
    one of `nouns` and one of `verbs`; newest first.

    The headline and subheadline count as text: "협약 체결" said only there (cleaning keeps
    it out of the body) still speaks of a signing.
    """
    text = "(coalesce(a.title, '') || char(10) || coalesce(a.subtitle, '') || char(10) || a.body)"
    either = "(" + " OR ".join([f"instr({text}, ?) > 0"] * len(nouns)) + ")"
    also = "(" + " OR ".join([f"instr({text}, ?) > 0"] * len(verbs)) + ")"
    return db.execute(
        "SELECT a.id, a.title FROM articles a"
        " WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.article_id = a.id)"
        f" AND {either} AND {also} ORDER BY a.published IS NULL, a.published DESC, a.id",
        [*nouns, *verbs],
    ).fetchall()


def reported_amounts(
    db: Archive, agreement_id: int | None = None
) -> Iterator[tuple[int, list[str], int | None, int | None, int]]:
    """(agreement, its corrected fields, sum, jobs, article) of each report that gives a sum
    or jobs, of agreements the owner has not rejected (or of one agreement): what `review`
    and `fix` weigh for reports that disagree. Streamed, in agreement then article order."""
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT r.agreement_id, g.corrected, r.investment_krw, r.jobs, r.article_id"
        " FROM reports r JOIN agreements g ON g.id = r.agreement_id"
        " WHERE g.rejected = 0 AND (r.investment_krw IS NOT NULL OR r.jobs IS NOT NULL)"
        " AND (? IS NULL OR g.id = ?)"
        " ORDER BY r.agreement_id, r.article_id, r.position",
        [agreement_id, agreement_id],
    )
    for agreement_id, corrected, investment, jobs, article_id in cursor:
        yield agreement_id, json.loads(corrected), investment, jobs, article_id


def article_bodies(db: Archive) -> Iterator[tuple[str, str]]:
    """(hash, body) of every article, oldest first, streamed."""
    cursor = db.conn.cursor()
    cursor.execute("SELECT sha256, body FROM articles ORDER BY id")
    yield from cursor


def dated_alike(db: Archive, agreement_id: int) -> list[dict]:
    """Agreement `agreement_id` first, then the others not rejected whose date agrees with
    its on every part both give (2024-05-21, 2024-05 or "21일" for 2024-05-21), each giving
    one at least: what `record` weighs a new record against. Their id, parties and date."""
    rows = db.execute(
        "SELECT g.id, g.parties, g.year, g.month, g.day FROM agreements g WHERE g.id = ?"
        " UNION ALL SELECT o.id, o.parties, o.year, o.month, o.day"
        " FROM agreements g JOIN agreements o ON o.id != g.id AND o.rejected = 0"
        " AND coalesce(g.year, g.month, g.day) IS NOT NULL"
        " AND coalesce(o.year, o.month, o.day) IS NOT NULL"
        " AND (o.year IS NULL OR g.year IS NULL OR o.year = g.year)"
        " AND (o.month IS NULL OR g.month IS NULL OR o.month = g.month)"
        " AND (o.day IS NULL OR g.day IS NULL OR o.day = g.day) WHERE g.id = ?",
        [agreement_id, agreement_id],
    ).fetchall()
    return [
        {"id": ident, "parties": json.loads(parties), "date": PartialDate(year, month, day)}
        for ident, parties, year, month, day in rows
    ]
