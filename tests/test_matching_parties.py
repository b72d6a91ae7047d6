"""The table `add` finds merge candidates in (migration 0017: each report's party names, with
its agreement, its article and whether the year compared with is unknown) says what the
reports, agreements and corrections say: an archive made before it is filled when it is
upgraded, and every write after keeps it in step, so a new report still finds the agreement
it reports."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from curation_archive import DAEGU_ONE, DAEGU_TWO, DAILY, FESTIVAL, WEEKLY, WIRE, Archive
from test_matching import DATED, UNDATED

# The dated report with its year: the agreement it makes learns a year after its parties are
# written, which the table must follow.
DATED_IN_FULL = DATED.replace("9일", "2007년 4월 9일")

# What the table holds, worked out from the tables it mirrors.
EXPECTED = """
SELECT p.id, p.name,
       coalesce((SELECT m.year IS NULL FROM agreement_matching m
                 WHERE m.agreement_id = r.agreement_id), a.year IS NULL),
       r.agreement_id, r.article_id
FROM parties p JOIN reports r ON r.id = p.report_id JOIN agreements a ON a.id = r.agreement_id
ORDER BY p.id
"""
HELD = "SELECT party_id, name, undated, agreement_id, article_id FROM matching_parties ORDER BY 1"
TRIGGERS = (
    "matching_parties_insert",
    "matching_parties_delete",
    "matching_parties_party",
    "matching_parties_report",
    "matching_parties_year",
    "matching_parties_matching_insert",
    "matching_parties_matching_year",
    "matching_parties_matching_delete",
)


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def _assert_in_step(archive: Archive) -> None:
    db = sqlite3.connect(archive.db)
    try:
        held, expected = db.execute(HELD).fetchall(), db.execute(EXPECTED).fetchall()
    finally:
        db.close()
    assert held == expected


def _as_before_0017(archive: Archive) -> None:
    """Make the archive as an older mouarchive left it: no table of party names."""
    db = sqlite3.connect(archive.db)
    for trigger in TRIGGERS:
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP TABLE matching_parties")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0017_matching_parties'")
    db.commit()
    db.close()


@pytest.mark.parametrize(
    "first, then",
    [(DATED, UNDATED), (UNDATED, DATED), (DATED_IN_FULL, UNDATED), (UNDATED, DATED_IN_FULL)],
    ids=["day then undated", "undated then day", "year then undated", "undated then year"],
)
def test_an_upgraded_archive_merges_a_new_report_into_an_old_agreement(
    archive: Archive, first: str, then: str
) -> None:
    archive.ok("add", "--quiet", archive.write("first.txt", first))
    _as_before_0017(archive)
    archive.ok("add", "--quiet", archive.write("then.txt", then))
    (agreement,) = archive.agreements()
    assert len(agreement["sources"]) == 2
    _assert_in_step(archive)


def test_an_upgrade_fills_the_party_names_of_corrected_agreements(archive: Archive) -> None:
    archive.add(DAILY, WEEKLY, DAEGU_ONE)
    archive.ok("fix", str(archive.agreement_of(DAILY)["id"]), "--date", "2023-07-12")
    _as_before_0017(archive)
    archive.add(DAEGU_TWO)
    _assert_in_step(archive)


def test_the_party_names_follow_every_write(archive: Archive) -> None:
    archive.add(DAILY, WEEKLY, DAEGU_ONE, DAEGU_TWO, FESTIVAL)
    archive.ok("add", "--quiet", archive.write("dated.txt", DATED_IN_FULL))
    _assert_in_step(archive)
    daily = archive.agreement_of(DAILY)["id"]
    # A corrected date: the lookup still compares with the year the reports give (none).
    archive.ok("fix", str(daily), "--date", "2023-07-12")
    _assert_in_step(archive)
    archive.add(WIRE)
    _assert_in_step(archive)
    weekly = archive.agreement_of(WEEKLY)["id"]
    if weekly != daily:
        archive.ok("merge", str(daily), str(weekly))
        _assert_in_step(archive)
    daegu = archive.agreement_of(DAEGU_ONE)["id"]
    archive.ok("split", str(daegu), "--article", str(archive.article_id(DAEGU_TWO)))
    _assert_in_step(archive)
    archive.ok("remove", "--article", str(archive.article_id(FESTIVAL)), "--yes")
    _assert_in_step(archive)
    archive.ok("reextract")
    _assert_in_step(archive)
    archive.ok("corrections", "--undo", "1")
    _assert_in_step(archive)
    # The year corrected away and back: compared with the year the report gives.
    dated = archive.agreement_of("dated")["id"]
    archive.ok("fix", str(dated), "--date", "2008-01-02")
    _assert_in_step(archive)
    archive.ok("add", "--quiet", archive.write("undated.txt", UNDATED))
    _assert_in_step(archive)
    assert len(archive.agreement_of("undated")["sources"]) == 2
    archive.ok("corrections", "--undo", "2")
    _assert_in_step(archive)
    archive.add(FESTIVAL)
    _assert_in_step(archive)
