"""A new report joins an agreement by what the reports say, never by the owner's corrections
of what the agreement shows: correcting a date, a status or the parties must not keep the
next outlet's report of the same signing out (only merge and split group by hand)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from curation_archive import DAILY, WIRE, Archive

from mouarchive import store

# One signing told by an outlet that dates it and one that does not; only the two governors'
# names, signing for the same two provinces, tie them.
DATED = """경기도·강원도 광역행정 협력 합의
김하늘 경기도지사와 박서진 강원도지사는 9일 경기도청 상황실에서 광역행정협력 합의문에 서명했다.
두 도는 관광과 교통 분야에서 협력하기로 했다.
수원=한가람 기자 garam@daily.example
"""
UNDATED = """경기-강원 상생 손잡아
경기도와 강원도는 김하늘 경기도지사와 박서진 강원도지사가 참석한 가운데 광역행정협정을 체결했다.
춘천=이누리 기자 nuri@weekly.example
"""
# Two outlets' reports of one signing, without a date: they join on their items.
ANNOUNCED = """광주시·전남도, 수소경제 공동 협력 맞손
광주시와 전남도는 광주시청에서 '수소경제 공동 협력을 위한 업무협약'을 체결했다.
협약에 따라 두 시·도는 ▲수소 충전소 공동 구축 ▲수소 모빌리티 실증 사업 추진 ▲수소 전문인력 양성
등에 협력하기로 했다.
광주=박새롬 기자 saerom@namdonews.example
"""
RETOLD = """광주·전남 수소경제 협력한다
광주광역시와 전라남도가 수소경제 공동 협력을 위한 업무협약을 맺었다.
두 시·도는 협약을 통해 ▲수소 충전소 공동 구축 ▲수소 모빌리티 실증 사업 추진 ▲수소 전문인력 양성
등을 함께하기로 했다.
무안=김다온 기자 daon@jeonnam.example
"""


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_a_corrected_date_does_not_keep_a_copy_out(archive: Archive) -> None:
    archive.add(DAILY)
    ident = archive.agreement_of(DAILY)["id"]
    archive.ok("fix", str(ident), "--date", "2023-07-01", "--note", "원문 확인")
    archive.add(WIRE)
    (agreement,) = archive.agreements()
    assert agreement["id"] == ident and len(agreement["sources"]) == 2
    assert agreement["date"] == "2023-07-01" and agreement["corrected"] == ["date"]


def test_a_signing_marked_planned_still_takes_the_next_report(archive: Archive) -> None:
    archive.ok("add", "--quiet", archive.write("announced.txt", ANNOUNCED))
    archive.ok("fix", "1", "--status", "planned")
    archive.ok("add", "--quiet", archive.write("retold.txt", RETOLD))
    (agreement,) = archive.agreements()
    assert agreement["status"] == "planned" and len(agreement["sources"]) == 2


def test_corrected_parties_do_not_decide_who_joins(archive: Archive) -> None:
    archive.add(DAILY)
    ident = str(archive.agreement_of(DAILY)["id"])
    archive.ok("fix", ident, "--remove-party", "광주광역시", "--add-party", "경기도")
    archive.add(WIRE)
    (agreement,) = archive.agreements()
    assert agreement["parties"] == ["전라남도", "경기도"]
    assert len(agreement["sources"]) == 2
    archive.ok("corrections", "--undo", "1")
    archive.ok("corrections", "--undo", "2")
    (agreement,) = archive.agreements()
    assert agreement["parties"] == ["광주광역시", "전라남도"] and agreement["corrected"] == []


def test_an_archive_corrected_before_the_upgrade_matches_on_extracted_facts(
    archive: Archive,
) -> None:
    archive.add(DAILY)
    archive.ok("fix", "1", "--date", "2023-07-01")
    db = store.open_archive(Path(archive.db))
    # The archive as it stood before migration 0009: the corrected row was all it had.
    db.execute("ALTER TABLE reports DROP COLUMN partners_counted")
    db.execute("ALTER TABLE agreements DROP COLUMN partners_counted")
    db.execute("DROP TABLE agreement_matching")
    db.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN ('0009_matching',"
        " '0011_matching_amounts', '0016_matching_signatories', '0018_partners_counted')"
    )
    db.conn.close()
    archive.add(WIRE)
    (agreement,) = archive.agreements()
    assert agreement["date"] == "2023-07-01" and len(agreement["sources"]) == 2


def test_the_same_signers_for_the_same_parties_join_a_dated_and_an_undated_report(
    archive: Archive,
) -> None:
    archive.ok("add", "--quiet", archive.write("dated.txt", DATED))
    # A correction keeps the facts compared apart; who signed is among them.
    archive.ok("fix", "1", "--date", "2007-04-09")
    archive.ok("add", "--quiet", archive.write("undated.txt", UNDATED))
    (agreement,) = archive.agreements()
    assert len(agreement["sources"]) == 2 and agreement["date"] == "2007-04-09"


def test_an_archive_corrected_before_signers_were_kept_compares_them_after_the_upgrade(
    archive: Archive,
) -> None:
    archive.ok("add", "--quiet", archive.write("dated.txt", DATED))
    archive.ok("fix", "1", "--date", "2007-04-09")
    _as_before(archive, "0016_matching_signatories", {"agreement_matching": "signatories"})
    archive.ok("add", "--quiet", archive.write("undated.txt", UNDATED))
    (agreement,) = archive.agreements()
    assert len(agreement["sources"]) == 2


def test_an_archive_made_before_partners_were_counted_weighs_them_after_reextract(
    archive: Archive,
) -> None:
    from test_merge import NINE_AIRLINES, TWO_BODIES

    archive.ok("add", "--quiet", archive.write("two.txt", TWO_BODIES))
    archive.ok("fix", "1", "--place", "본사 대회의실")
    tables = ("reports", "agreements", "agreement_matching")
    _as_before(archive, "0018_partners_counted", dict.fromkeys(tables, "partners_counted"))
    archive.ok("reextract")
    archive.ok("add", "--quiet", archive.write("nine.txt", NINE_AIRLINES))
    agreements = archive.agreements()
    assert sorted(len(a["sources"]) for a in agreements) == [1, 1]
    assert "본사 대회의실" in [a["place"] for a in agreements]


def test_an_upgraded_archive_says_once_to_reextract_and_info_counts_what_is_left(
    archive: Archive,
) -> None:
    archive.add(DAILY, WIRE)
    tables = ("reports", "agreements", "agreement_matching")
    _as_before(archive, "0018_partners_counted", dict.fromkeys(tables, "partners_counted"))
    upgraded = archive.ok("info", "--format", "json")
    assert "run `mouarchive reextract` once, so its 2 reports" in upgraded.err
    assert json.loads(upgraded.out)["outdated"] == 2
    again = archive.ok("info", "--format", "json")
    assert again.err == "" and json.loads(again.out)["outdated"] == 2
    archive.ok("reextract")
    assert archive.json("info")["outdated"] == 0


def _as_before(archive: Archive, migration: str, columns: dict[str, str]) -> None:
    """Make the archive as a mouarchive before `migration` left it: without the columns it
    adds (table → column) and without its record."""
    db = store.open_archive(Path(archive.db))
    for table, column in columns.items():
        db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [migration])
    db.conn.close()
