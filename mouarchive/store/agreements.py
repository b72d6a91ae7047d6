"""Reports (one article's account of a signing), their merging into agreements, and the
agreement rows that hold the merged facts.

`merge.same_signing` decides which reports are one signing; this module only narrows the
candidates in SQL and keeps each agreement row equal to the combination of its reports.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

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
from mouarchive.store.indexes import clear_clause_index, index_report_clauses

IN_REGION = "j.value = ? OR substr(j.value, 1, length(?) + 1) = ? || ' '"
"""A canonical region name `j.value` lies in the region bound three times: it is the region
or one of its districts ("광주광역시 서구"), never a namesake ("경기도 광주시")."""


def clear_agreements(db: Archive) -> None:
    """Forget every extraction, so `reextract` can rebuild them from the stored articles.

    Deleting reports cascades to their parties, signatories, regions and clauses.
    """
    db.execute("DELETE FROM reports")
    db.execute("DELETE FROM agreements")
    clear_clause_index(db)


def save_reports(db: Archive, article_id: int, reports: list[AgreementReport]) -> list[int]:
    """Store an article's reports, each joining the agreement it reports or a new one.

    Returns the agreement id of each report, in order.
    """
    from mouarchive.merge import same_signing

    agreement_ids = []
    for position, report in enumerate(reports):
        agreement_id = next(
            (
                candidate_id
                for candidate_id, candidate in _merge_candidates(db, report, article_id)
                if same_signing(report, candidate)
            ),
            None,
        )
        if agreement_id is None:
            agreement_id = db.execute(
                "INSERT INTO agreements (date_precision, status, kind) VALUES ('unknown', ?, ?)",
                [report.status, report.kind],
            ).lastrowid
        _insert_report(db, agreement_id, article_id, position, report)
        _refresh_agreement(db, agreement_id)
        agreement_ids.append(agreement_id)
    return agreement_ids


def _merge_candidates(
    db: Archive, report: AgreementReport, article_id: int
) -> Iterator[tuple[int, AgreementReport]]:
    """Agreements sharing a party and a compatible date with `report`, as merged reports.

    SQL narrows the field so merging stays cheap on a large archive; comparing against each
    agreement's merged facts (one row) rather than every report keeps a much-reported
    signing from costing a query per report. `merge.same_signing` decides.
    """
    names = [party.name for party in report.parties]
    if not names:
        return
    date = report.date or PartialDate()
    if date.year is None:
        # Any year fits: start from the reports naming the parties.
        narrow = (
            "a.id IN (SELECT r.agreement_id FROM reports r JOIN parties p ON p.report_id = r.id"
            " WHERE p.name IN (SELECT value FROM json_each(?)) AND r.article_id != ?)"
        )
        narrow_params = [json.dumps(names), article_id]
    else:
        # Start from the year (the date index), not the parties: a province or a frequent
        # partner stands in thousands of reports, a year's signings with it in a few.
        narrow = (
            "(a.year = ? OR a.year IS NULL) AND EXISTS (SELECT 1 FROM reports r"
            " JOIN parties p ON p.report_id = r.id WHERE r.agreement_id = a.id"
            " AND r.article_id != ? AND p.name IN (SELECT value FROM json_each(?)))"
        )
        narrow_params = [date.year, article_id, json.dumps(names)]
    rows = db.execute(
        "SELECT a.id, a.year, a.month, a.day, a.date_text, a.status, a.title, a.kind,"
        f" a.parties, a.clauses FROM agreements a WHERE {narrow}"
        " AND (a.month IS NULL OR ? IS NULL OR a.month = ?)"
        " AND (a.day IS NULL OR ? IS NULL OR a.day = ?)"
        " ORDER BY a.id LIMIT 200",
        [*narrow_params, *[date.month] * 2, *[date.day] * 2],
    ).fetchall()
    for agreement_id, year, month, day, date_text, status, title, kind, parties, clauses in rows:
        known = PartialDate(year, month, day)
        yield (
            agreement_id,
            AgreementReport(
                title=title,
                kind=kind,
                status=status,
                date=known if known.precision != "unknown" else None,
                date_text=date_text,
                parties=[Party(name=name, span=(0, 0)) for name in json.loads(parties)],
                clauses=[Clause(text=text, span=(0, 0)) for text in json.loads(clauses)],
            ),
        )


def _insert_report(
    db: Archive, agreement_id: int, article_id: int, position: int, report: AgreementReport
) -> None:
    date = report.date or PartialDate()
    date_span = report.date_span or (None, None)
    evidence = report.evidence_span or (None, None)
    invested = report.investment_span or (None, None)
    hiring = report.jobs_span or (None, None)
    report_id = db.execute(
        "INSERT INTO reports (agreement_id, article_id, position, year, month, day, date_text,"
        " date_start, date_end, status, title, kind, place, clauses_stated,"
        " evidence_start, evidence_end, investment_krw, investment_start, investment_end,"
        " jobs, jobs_start, jobs_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        "INSERT INTO clauses (report_id, position, text, start, end) VALUES (?, ?, ?, ?, ?)",
        [(report_id, i, c.text, *c.span) for i, c in enumerate(report.clauses)],
    )
    index_report_clauses(db, report_id)


def load_report(db: Archive, report_id: int) -> AgreementReport:
    r = _row(
        db,
        "SELECT year, month, day, date_text, date_start, date_end, status, title, kind, place,"
        " clauses_stated, evidence_start, evidence_end, investment_krw, investment_start,"
        " investment_end, jobs, jobs_start, jobs_end FROM reports WHERE id = ?",
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
    )


def _span(row: dict, name: str) -> Span | None:
    start = row[f"{name}_start"]
    return (start, row[f"{name}_end"]) if start is not None else None


def _refresh_agreement(db: Archive, agreement_id: int) -> None:
    """Recompute an agreement's merged facts from its reports (or drop it when none is left)."""
    from mouarchive.merge import combine

    report_ids = [
        row[0]
        for row in db.execute(
            "SELECT r.id FROM reports r JOIN articles a ON a.id = r.article_id"
            " WHERE r.agreement_id = ? ORDER BY a.published IS NULL, a.published, r.id",
            [agreement_id],
        )
    ]
    if not report_ids:
        db.execute("DELETE FROM agreements WHERE id = ?", [agreement_id])
        return
    merged = combine([load_report(db, report_id) for report_id in report_ids])
    date = merged.date or PartialDate()
    db.execute(
        "UPDATE agreements SET date = ?, year = ?, month = ?, day = ?, date_precision = ?,"
        " date_text = ?, status = ?, title = ?, kind = ?, place = ?, parties = ?,"
        " signatories = ?, regions = ?, ambiguous_regions = ?, clauses = ?, clauses_stated = ?,"
        " investment_krw = ?, jobs = ? WHERE id = ?",
        [
            date.iso,
            date.year,
            date.month,
            date.day,
            date.precision,
            merged.date_text,
            merged.status,
            merged.title,
            merged.kind,
            merged.place,
            _json([p.name for p in merged.parties]),
            _json(
                [
                    {"name": s.name, "title": s.title, "organization": s.organization}
                    for s in merged.signatories
                ]
            ),
            _json([r.name for r in merged.regions if not r.ambiguous]),
            _json([r.name for r in merged.regions if r.ambiguous]),
            _json([c.text for c in merged.clauses]),
            merged.clauses_stated,
            merged.investment_krw,
            merged.jobs,
            agreement_id,
        ],
    )


def _row(db: Archive, sql: str, parameters: Sequence) -> dict | None:
    """One row as a dict by column name, for rows too wide to unpack by position."""
    cursor = db.execute(sql, parameters)
    row = cursor.fetchone()
    return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
