"""The archive at a glance (`mouarchive stats`): what it holds and what extraction missed.

The coverage numbers are the point after a large `add`: articles with no agreement may be
unrelated news or missed signings, undated agreements need `add --date`, and agreements with
an ambiguous 광주 need a human look.
"""

from __future__ import annotations

from mouarchive import store

COVERAGE_KEYS = (
    "articles_without_agreement",
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
