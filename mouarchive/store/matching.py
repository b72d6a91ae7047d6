"""Which agreement a report being saved may join: the candidates `merge.same_signing` is
asked about, and the facts they are compared on.

Those facts are what the reports say, never the owner's corrections (migration 0009): a
correction changes what an agreement shows, while which reports join it is the owner's to
decide only through merge and split. An agreement no correction applies to holds its
extracted facts in its own row; one that is corrected keeps them in `agreement_matching`.

The party keys these facts are compared on come from the extraction's vocabularies, which
take most of a second to load: the functions that compare import them, so that a command
which only reads the archive (`search`, `show`, `--help`) does not pay for them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mouarchive.models import AgreementReport, Clause, PartialDate, Party, Signatory
from mouarchive.store.connection import Archive

if TYPE_CHECKING:
    from mouarchive.merge_parties import Side


def merge_candidates(
    db: Archive, report: AgreementReport, article_id: int
) -> Iterator[tuple[int, AgreementReport, PartialDate | None, Side]]:
    """Agreements sharing a party and a compatible date with `report`, as merged reports,
    each with the day its first article came out and its `merge_parties.party_side`.

    SQL narrows the field so merging stays cheap on a large archive; comparing against each
    agreement's merged facts (one row) rather than every report keeps a much-reported
    signing from costing a query per report. `merge.same_signing` decides.

    The facts compared are those the reports give, never the owner's corrections
    (migration 0009): an agreement some correction applies to is read from
    `agreement_matching`, every other from its own row.
    """
    from mouarchive.party_keys import written_forms

    # Each party by the name the report gives it and by the others outlets write it with
    # ("강남대" for "강남대학교"), which `merge.same_signing` would take for the same body.
    names = list(
        dict.fromkeys(
            name for party in report.parties for name in (party.name, *written_forms(party.name))
        )
    )
    if not names:
        return
    date = report.date or PartialDate()
    fits = (
        " AND (a.month IS NULL OR ? IS NULL OR a.month = ?)"
        " AND (a.day IS NULL OR ? IS NULL OR a.day = ?)"
    )
    fits_params = [*[date.month] * 2, *[date.day] * 2]
    # The agreements naming each party (`matching_parties`, migration 0017) whose year is
    # unknown or, for a report without a year, known too: each range is read in id order
    # and only as far as its first 200 that fit, since no more than the first 200 of them
    # all are kept (read whole, the ranges grew with the archive). Where the report gives
    # neither month nor day, every one fits and the index alone answers.
    undated_too = (1,) if date.year is not None else (1, 0)
    branches, params = [], []
    if date.month is None and date.day is None:
        for name in names:
            for undated in undated_too:
                branches.append(
                    "SELECT * FROM (SELECT DISTINCT t.agreement_id FROM matching_parties t"
                    " WHERE t.name = ? AND t.undated = ? AND t.article_id != ?"
                    " ORDER BY 1 LIMIT 200)"
                )
                params += [name, undated, article_id]
    # Else the month and day are those of the facts compared: the agreement_matching row of an
    # agreement some correction applies to, the agreement's own row for every other.
    tables = (("agreements", "a.id", _OWN), ("agreement_matching", "a.agreement_id", ""))
    for table, key, mine in tables:
        if date.month is not None or date.day is not None:
            for name in names:
                for undated in undated_too:
                    branches.append(
                        f"SELECT * FROM (SELECT DISTINCT t.agreement_id"
                        f" FROM matching_parties t JOIN {table} a ON {key} = t.agreement_id"
                        " WHERE t.name = ? AND t.undated = ? AND t.article_id != ?"
                        f"{mine}{fits} ORDER BY 1 LIMIT 200)"
                    )
                    params += [name, undated, article_id, *fits_params]
        if date.year is not None:
            # Those with a year: start from the date (the date index), not the parties: a
            # province or a frequent partner stands in thousands of reports, a day's
            # signings with it in a few.
            dates, date_params = _dates_fitting(date)
            branches.append(
                f"SELECT {key} FROM {table} a WHERE {dates} AND EXISTS (SELECT 1"
                f" FROM reports r JOIN parties p ON p.report_id = r.id WHERE r.agreement_id = {key}"
                " AND r.article_id != ? AND +p.name IN (SELECT value FROM json_each(?)))"
                f"{mine}{fits}"
            )
            params += [*date_params, article_id, json.dumps(names), *fits_params]
    # First the ids, ordered and cut to the first 200 on their own (sorting whole rows,
    # parties and items included, of every agreement that fits cost more than finding them),
    # then the facts of those not kept from an earlier report (`kept_facts`) are read.
    ids = [
        row[0]
        for row in db.execute(
            f"WITH ids (id) AS ({' UNION '.join(branches)} ORDER BY 1 LIMIT 200)"
            " SELECT id FROM ids ORDER BY 1",
            params,
        )
    ]
    found = agreement_facts(db, ids)
    for agreement_id in ids:
        yield agreement_id, *found[agreement_id]


def agreement_facts(
    db: Archive, ids: list[int]
) -> dict[int, tuple[AgreementReport, PartialDate | None, Side]]:
    """The facts `merge.same_signing` compares of each agreement listed, with the day its
    first article came out and its party side: those kept from an earlier report
    (`kept_facts`), the others read and kept."""
    kept = db.kept_facts
    found = {
        agreement_id: facts
        for agreement_id in ids
        if kept is not None and (facts := kept.get(agreement_id)) is not None
    }
    missing = [agreement_id for agreement_id in ids if agreement_id not in found]
    if missing:
        for row in db.execute(_FACTS_OF, [json.dumps(missing)] * 2):
            facts, side = _facts(row[1:-1])
            found[row[0]] = (facts, _published(row[-1]), side)
            if kept is not None:
                kept.keep(row[0], found[row[0]])
    return found


_FACTS = (
    "a.year, a.month, a.day, a.date_text, a.status, a.title, a.kind, a.parties, a.clauses,"
    " a.investment_krw, a.signatories, a.partners_counted"
)
_FACTS_OF = (
    f"SELECT a.id, {_FACTS}, a.first_published FROM agreements a"
    " WHERE a.id IN (SELECT value FROM json_each(?))"
    " AND NOT EXISTS (SELECT 1 FROM agreement_matching m WHERE m.agreement_id = a.id)"
    f" UNION ALL SELECT a.agreement_id, {_FACTS}, f.first_published FROM agreement_matching a"
    " JOIN agreements f ON f.id = a.agreement_id"
    " WHERE a.agreement_id IN (SELECT value FROM json_each(?))"
)
"""The facts compared of the agreements listed (a JSON array of ids), with the day their first
article came out (which lives on the agreement row): the agreement_matching row of an
agreement some correction applies to, the agreement's own row for every other."""


_OWN = " AND NOT EXISTS (SELECT 1 FROM agreement_matching m WHERE m.agreement_id = a.id)"
"""An agreement whose facts compared are its own row's: no correction keeps them apart."""


@lru_cache(maxsize=8192)
def _facts(row: tuple) -> tuple[AgreementReport, Side]:
    """The merged facts of an agreement's matching row, as a report, and its party side:
    built once a run for each row as it stands, since the same agreements come back as
    candidates report after report (`merge.same_signing` only reads them)."""
    from mouarchive.merge_parties import party_side

    year, month, day, date_text, status, title, kind, parties, clauses, krw, signers, counted = row
    known = PartialDate(year, month, day)
    facts = AgreementReport(
        title=title,
        kind=kind,
        status=status,
        date=known if known.precision != "unknown" else None,
        date_text=date_text,
        parties=[Party(name=name, span=(0, 0)) for name in json.loads(parties)],
        clauses=[Clause(text=text, span=(0, 0)) for text in json.loads(clauses)],
        investment_krw=krw,
        signatories=[
            Signatory(s["name"], s["title"], s["organization"], (0, 0)) for s in json.loads(signers)
        ],
        partners_counted=counted,
    )
    return facts, party_side(facts)


@lru_cache(maxsize=8192)
def _published(text: str | None) -> PartialDate | None:
    return PartialDate.parse_iso(text)


def _dates_fitting(date: PartialDate) -> tuple[str, list[int]]:
    """The SQL condition on the rows with a year whose date may be `date` (which has a year),
    and its parameters: a part of the row's date fits where it is unknown or the same (the
    rows without a year come from `matching_parties`).

    Written as one term per way of fitting, each an equality on a prefix of the
    (year, month, day) index, so SQLite looks each up in the index: read as "the year fits"
    alone, every signing of the year was read and compared by month and day one by one,
    which cost a file more the larger the archive (0.1 ms at 10,000 articles)."""
    if date.month is None:
        return "a.year = ?", [date.year]
    terms = ["a.year = ? AND a.month IS NULL"]
    params = [date.year]
    if date.day is None:
        terms.append("a.year = ? AND a.month = ?")
        params += [date.year, date.month]
    else:
        terms.append("a.year = ? AND a.month = ? AND a.day IS NULL")
        terms.append("a.year = ? AND a.month = ? AND a.day = ?")
        params += [date.year, date.month, date.year, date.month, date.day]
    return "(" + " OR ".join(f"({term})" for term in terms) + ")", params


def keep_matching_facts(db: Archive, agreement_id: int, facts: dict | None) -> None:
    """Keep what `merge_candidates` compares with: the facts before the corrections when
    some apply (`facts`), else nothing, as the agreement's own row holds them."""
    db.execute("DELETE FROM agreement_matching WHERE agreement_id = ?", [agreement_id])
    if facts is None:
        return
    db.execute(
        "INSERT INTO agreement_matching (agreement_id, year, month, day, date_text, status,"
        " title, kind, parties, clauses, investment_krw, signatories, partners_counted)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            agreement_id,
            *(facts[name] for name in ("year", "month", "day", "date_text", "status")),
            facts["title"],
            facts["kind"],
            json.dumps(facts["parties"], ensure_ascii=False),
            json.dumps(facts["clauses"], ensure_ascii=False),
            facts["investment_krw"],
            json.dumps(facts["signatories"], ensure_ascii=False),
            facts["partners_counted"],
        ],
    )
