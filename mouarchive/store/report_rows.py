"""One report's row and the rows of its facts (parties, signatories, regions, clauses):
written as extracted, read back whole, for merging it with others again."""

from __future__ import annotations

from collections.abc import Sequence

from mouarchive.models import (
    AgreementReport,
    Clause,
    PartialDate,
    Party,
    Region,
    Signatory,
    Span,
)
from mouarchive.store.connection import Archive
from mouarchive.store.indexes import index_report_clauses


def fullness(report: AgreementReport) -> int:
    """How much a report tells (the signing done, a date to the day, a title, a place, a sum,
    jobs, its listed items and parties), which decides which reports a much-told agreement is
    combined from; migration 0025 computes the same sum for reports saved before it."""
    date = report.date or PartialDate()
    return (
        (report.status == "signed") * 16
        + (date.year is not None) * 8
        + (date.month is not None) * 4
        + (date.day is not None) * 2
        + sum(
            v is not None for v in (report.title, report.place, report.investment_krw, report.jobs)
        )
        + min(8, len(report.clauses))
        + min(8, len(report.parties))
    )


def insert_report(
    db: Archive, agreement_id: int, article_id: int, position: int, report: AgreementReport
) -> int:
    """The report's rows, written; its id."""
    date = report.date or PartialDate()
    date_span = report.date_span or (None, None)
    evidence = report.evidence_span or (None, None)
    invested = report.investment_span or (None, None)
    hiring = report.jobs_span or (None, None)
    report_id = db.execute(
        "INSERT INTO reports (agreement_id, article_id, position, year, month, day, date_text,"
        " date_start, date_end, status, title, kind, place, clauses_stated,"
        " evidence_start, evidence_end, investment_krw, investment_start, investment_end,"
        " jobs, jobs_start, jobs_end, partners_counted, fullness)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            agreement_id,
            article_id,
            position,
            date.year,
            date.month,
            date.day,
            report.date_text,
            *date_span,
            report.status,
            report.title,
            report.kind,
            report.place,
            report.clauses_stated,
            *evidence,
            report.investment_krw,
            *invested,
            report.jobs,
            *hiring,
            report.partners_counted,
            fullness(report),
        ],
    ).lastrowid
    db.conn.executemany(
        "INSERT INTO parties (report_id, position, name, region, start, end)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(report_id, i, p.name, p.region, *p.span) for i, p in enumerate(report.parties)],
    )
    db.conn.executemany(
        "INSERT INTO signatories (report_id, position, name, title, organization, start, end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (report_id, i, s.name, s.title, s.organization, *s.span)
            for i, s in enumerate(report.signatories)
        ],
    )
    db.conn.executemany(
        "INSERT INTO report_regions (report_id, region, ambiguous) VALUES (?, ?, ?)",
        [(report_id, r.name, int(r.ambiguous)) for r in report.regions],
    )
    db.conn.executemany(
        "INSERT INTO clauses (report_id, agreement_id, position, text, start, end)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(report_id, agreement_id, i, c.text, *c.span) for i, c in enumerate(report.clauses)],
    )
    index_report_clauses(db, report_id)
    return report_id


def load_report(db: Archive, report_id: int) -> AgreementReport:
    r = _row(
        db,
        "SELECT year, month, day, date_text, date_start, date_end, status, title, kind, place,"
        " clauses_stated, evidence_start, evidence_end, investment_krw, investment_start,"
        " investment_end, jobs, jobs_start, jobs_end, partners_counted FROM reports WHERE id = ?",
        [report_id],
    )
    date = PartialDate(r["year"], r["month"], r["day"])
    return AgreementReport(
        title=r["title"],
        kind=r["kind"],
        status=r["status"],
        date=date if date.precision != "unknown" else None,
        date_text=r["date_text"],
        date_span=(r["date_start"], r["date_end"]) if r["date_start"] is not None else None,
        place=r["place"],
        parties=[
            Party(name=name, region=region, span=(start, end))
            for name, region, start, end in db.execute(
                "SELECT name, region, start, end FROM parties"
                " WHERE report_id = ? ORDER BY position",
                [report_id],
            )
        ],
        signatories=[
            Signatory(name=name, title=title_, organization=org, span=(start, end))
            for name, title_, org, start, end in db.execute(
                "SELECT name, title, organization, start, end FROM signatories"
                " WHERE report_id = ? ORDER BY position",
                [report_id],
            )
        ],
        regions=[
            Region(name=name, ambiguous=bool(ambiguous))
            for name, ambiguous in db.execute(
                "SELECT region, ambiguous FROM report_regions WHERE report_id = ? ORDER BY id",
                [report_id],
            )
        ],
        clauses=[
            Clause(text=text, span=(start, end))
            for text, start, end in db.execute(
                "SELECT text, start, end FROM clauses WHERE report_id = ? ORDER BY position",
                [report_id],
            )
        ],
        clauses_stated=r["clauses_stated"],
        evidence_span=_span(r, "evidence"),
        investment_krw=r["investment_krw"],
        investment_span=_span(r, "investment"),
        jobs=r["jobs"],
        jobs_span=_span(r, "jobs"),
        partners_counted=r["partners_counted"],
    )


def _span(row: dict, name: str) -> Span | None:
    start = row[f"{name}_start"]
    return (start, row[f"{name}_end"]) if start is not None else None


def _row(db: Archive, sql: str, parameters: Sequence) -> dict | None:
    """One row as a dict by column name, for rows too wide to unpack by position."""
    cursor = db.execute(sql, parameters)
    row = cursor.fetchone()
    return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))


def read_reports(db: Archive, article_id: int) -> list[AgreementReport]:
    """An article's reports as extraction read them (not the ones the owner recorded, at
    negative positions), in order: saved again, they take the signing just recorded or
    undone in with them (`mouarchive.recording`)."""
    return [
        load_report(db, report_id)
        for (report_id,) in db.execute(
            "SELECT id FROM reports WHERE article_id = ? AND position >= 0 ORDER BY position",
            [article_id],
        )
    ]


def recorded_places(db: Archive, article_id: int) -> list[tuple[int, int]]:
    """(position, agreement id) of each signing the owner recorded on an article."""
    return db.execute(
        "SELECT position, agreement_id FROM reports WHERE article_id = ? AND position < 0",
        [article_id],
    ).fetchall()
