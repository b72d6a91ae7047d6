"""Streaming JSONL and CSV writers for `export` and the `--format csv` of other commands.

Rows arrive as iterators straight from a database cursor and leave one at a time, so memory
stays flat however large the archive. CSV is for spreadsheets: lists become one "; "-joined
cell, `excel` adds a UTF-8 BOM so Excel reads Korean correctly, and cells that a spreadsheet
would run as a formula are neutralised (CSV injection: an article titled "=HYPERLINK(...)").
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from mouarchive import store
from mouarchive.neutral import escape_raw_controls, json_dumps, strip_controls

LIST_SEPARATOR = "; "
BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

AGREEMENT_COLUMNS = [
    "id",
    "date",
    "date_precision",
    "date_text",
    "status",
    "title",
    "kind",
    "place",
    "parties",
    "signatories",
    "regions",
    "ambiguous_regions",
    "clauses",
    "clauses_stated",
    "investment_krw",
    "jobs",
    "source_count",
    "outlets",
    "article_ids",
    "paths",
    "corrected",
    "rejected",
    # Columns added later come last: a script that picks columns by position keeps working.
    "ambiguous_parties",
    "month",
    "day",
]
ARTICLE_COLUMNS = [
    "id",
    "title",
    "outlet",
    "reporter",
    "published",
    "url",
    "paths",
    "body",
    "corrected",
    # Added later, so last: a script that picks columns by position keeps working.
    "subtitle",
]
CLAUSE_COLUMNS = [
    "id",
    "agreement_id",
    "article_id",
    "position",
    "text",
    "added",
    "removed",
    "rejected",
]


def neutralise(cell: str) -> str:
    """Prefix "'" to a cell a spreadsheet would read as a formula; the text stays visible."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _signatory(value: dict) -> str:
    """One readable cell per person, "강기정 시장 (광주광역시)"."""
    name = " ".join(part for part in (value.get("name"), value.get("title")) if part)
    organization = value.get("organization")
    return f"{name} ({organization})" if organization else name


def cell(value: object) -> str:
    """One CSV cell: booleans as JSON writes them (`true`, `false`: pandas reads them as
    booleans), numbers as numbers, lists joined, None empty, text neutralised: no control
    characters (a spreadsheet is often a terminal first), no formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(
            _signatory(item) if isinstance(item, dict) else str(item) for item in value
        )
    return neutralise(strip_controls(value))


def flat_agreement(agreement: dict) -> dict:
    """The #3 agreement object as one spreadsheet row (sources spread over three columns)."""
    sources = agreement["sources"]
    row = {key: agreement[key] for key in AGREEMENT_COLUMNS if key in agreement}
    row["source_count"] = len(sources)
    row["outlets"] = list(dict.fromkeys(s["outlet"] for s in sources if s["outlet"]))
    row["article_ids"] = [s["article_id"] for s in sources]
    row["paths"] = list(dict.fromkeys(path for s in sources for path in s.get("paths") or []))
    return row


def write_csv(
    rows: Iterable[dict], columns: list[str], stream: IO[str], *, excel: bool = False
) -> int:
    """Write a header and one line per row; return the number of rows written."""
    if excel:
        stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    written = 0
    for row in rows:
        writer.writerow([cell(row.get(column)) for column in columns])
        written += 1
    return written


def write_jsonl(rows: Iterable[dict], stream: IO[str]) -> int:
    """One JSON object a line, Korean kept readable; return the number of rows written."""
    written = 0
    for row in rows:
        stream.write(json_dumps(row) + "\n")
        written += 1
    return written


def write_json_array(texts: Iterable[str], stream: IO[str]) -> int:
    """A JSON array of objects given as JSON text, one object a line, written as they come:
    a long `--format json` listing never sits in memory whole, nor is taken apart to be
    laid out again. Objects go out (and are escaped) a few hundred at a time: one call per
    object cost as much as the writing."""
    written = 0
    batch: list[str] = []
    for text in texts:
        batch.append(("[\n  " if not written else ",\n  ") + text)
        written += 1
        if len(batch) == 256:
            stream.write(escape_raw_controls("".join(batch)))
            batch.clear()
    stream.write(escape_raw_controls("".join(batch)))
    stream.write("\n]\n" if written else "[]\n")
    return written


def _articles(db: store.Archive, *, include_rejected: bool = False) -> Iterator[dict]:
    """Every article: an article is never rejected, only the agreements read from it."""
    return store.iter_article_rows(db)


WHAT: dict[str, tuple[Callable[..., Iterator[dict]], list[str]]] = {
    "agreements": (store.iter_agreements, AGREEMENT_COLUMNS),
    "articles": (_articles, ARTICLE_COLUMNS),
    "clauses": (store.iter_clause_rows, CLAUSE_COLUMNS),
}


def export(
    db: store.Archive,
    what: str,
    fmt: str,
    stream: IO[str],
    *,
    excel: bool = False,
    include_rejected: bool = False,
) -> int:
    """Stream one kind of row (`WHAT`) as `jsonl`, `json` (one array of the same objects) or
    `csv`; return the number of rows.

    Agreements the owner rejected, and their clauses, come only with `include_rejected`.
    """
    read, columns = WHAT[what]
    rows = read(db, include_rejected=include_rejected)
    if fmt == "jsonl":
        return write_jsonl(rows, stream)
    if fmt == "json":
        return write_json_array((json_dumps(row) for row in rows), stream)
    source = (flat_agreement(row) for row in rows) if what == "agreements" else rows
    return write_csv(source, columns, stream, excel=excel)
