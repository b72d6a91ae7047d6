"""The archive at a glance (`mouarchive stats`): what it holds and what extraction missed.

The coverage numbers are the point after a large `add`: articles with no agreement may be
unrelated news or missed signings, agreements known only to the day or month (연도 미상) or
not at all (날짜 미상) need their article's date (`add --date`), and agreements with an
ambiguous 광주 need a human look.
"""

from __future__ import annotations

from collections.abc import Iterator

from mouarchive import store

COVERAGE_KEYS = (
    "articles_without_agreement",
    "agreements_without_year",
    "agreements_without_date",
    "agreements_without_clauses",
    "agreements_ambiguous_region",
)
TOP_KEYS = ("top_regions", "top_parties", "top_outlets")


def shape(raw: dict) -> dict:
    """`store.archive_stats` → the JSON document `stats --format json` prints."""
    result = {key: value for key, value in raw.items() if key not in (*COVERAGE_KEYS, *TOP_KEYS)}
    result["coverage"] = {key: raw[key] for key in COVERAGE_KEYS}
    for key in TOP_KEYS:
        result[key] = [{"name": name, "count": count} for name, count in raw[key]]
    return result


def collect(db: store.Archive, top: int = 10, *, include_rejected: bool = False) -> dict:
    return shape(store.archive_stats(db, top, include_rejected=include_rejected))


CSV_COLUMNS = ("section", "name", "value")


def csv_rows(result: dict) -> Iterator[dict]:
    """The stats document as rows a spreadsheet can sort: the counts and dates, the coverage
    figures, then each top list, one name a row."""
    for key, value in result.items():
        if key == "coverage":
            for name, count in value.items():
                yield {"section": "coverage", "name": name, "value": count}
        elif key in TOP_KEYS:
            for item in value:
                yield {"section": key, "name": item["name"], "value": item["count"]}
        else:
            yield {"section": "archive", "name": key, "value": value}
