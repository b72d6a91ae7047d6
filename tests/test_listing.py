"""The agreement objects `timeline --format json|csv`, `show` and `export` print are kept
ready beside each agreement (migration 0014): what they print must still be the archive as
it is now, after every correction, and never a copy an older version built."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from curation_archive import DAEGU_ONE, DAEGU_TWO, DAILY, WEEKLY, Archive

from mouarchive.store.listing import AGREEMENT_JSON, ENTRY_JSON


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    found = Archive(tmp_path)
    found.add(DAILY, options=("--date", "2023-06-14"))
    found.add(WEEKLY, options=("--date", "2023-07-14"))  # too late to join DAILY's by itself
    found.add(DAEGU_ONE, DAEGU_TWO, options=("--date", "2023-06-06"))
    return found


def _everywhere(archive: Archive, agreement_id: int) -> list[dict]:
    """The agreement as each command that prints its object prints it."""
    listed = [a for a in archive.json("timeline") if a["id"] == agreement_id]
    exported = [a for a in archive.agreements("--include-rejected") if a["id"] == agreement_id]
    shown = archive.json("show", str(agreement_id))
    return [*listed, *exported, shown]


def test_the_owners_corrections_show_at_once_and_their_undo_too(archive: Archive) -> None:
    daily = archive.agreement_of(DAILY)
    archive.ok("fix", str(daily["id"]), "--title", "빛고을 상생 협약", "--add-party", "한빛대학교")
    for shown in _everywhere(archive, daily["id"]):
        assert shown["title"] == "빛고을 상생 협약"
        assert "한빛대학교" in shown["parties"]
        assert {"title", "parties"} <= set(shown["corrected"])
    entry = archive.ok("timeline", "--region", "광주").out
    assert "빛고을 상생 협약" in entry and "한빛대학교" in entry and "수정됨" in entry
    (party,) = [c for c in archive.json("corrections") if c["field"] == "parties"]
    archive.ok("corrections", "--undo", str(party["id"]))
    for shown in _everywhere(archive, daily["id"]):
        assert "한빛대학교" not in shown["parties"]
        assert shown["title"] == "빛고을 상생 협약"
    _kept_as_built(archive)


def test_an_articles_corrected_outlet_and_date_show_in_its_agreements_sources(
    archive: Archive,
) -> None:
    daegu = archive.agreement_of(DAEGU_ONE)
    article = archive.article_id(DAEGU_ONE)
    archive.ok("fix", "--article", str(article), "--outlet", "대구새벽신문")
    archive.ok("fix", "--article", str(article), "--date", "2023-06-07")
    for shown in _everywhere(archive, daegu["id"]):
        (source,) = [s for s in shown["sources"] if s["article_id"] == article]
        assert (source["outlet"], source["published"]) == ("대구새벽신문", "2023-06-07")
    _kept_as_built(archive)


def test_a_rejection_a_merge_and_a_split_show_in_every_listing(archive: Archive) -> None:
    daily, weekly = archive.agreement_of(DAILY), archive.agreement_of(WEEKLY)
    archive.ok("reject", str(weekly["id"]))
    assert [a["rejected"] for a in archive.agreements("--include-rejected")].count(True) == 1
    assert weekly["id"] not in [a["id"] for a in archive.json("timeline")]
    archive.ok("corrections", "--undo", str(archive.json("corrections")[-1]["id"]))
    archive.ok("merge", str(daily["id"]), str(weekly["id"]))
    (merged,) = [a for a in archive.json("timeline", "--region", "광주") if a["id"] == daily["id"]]
    assert {s["article_id"] for s in merged["sources"]} == {
        archive.article_id(DAILY),
        archive.article_id(WEEKLY),
    }
    archive.ok("split", str(daily["id"]), "--article", str(archive.article_id(WEEKLY)))
    for shown in _everywhere(archive, daily["id"]):
        assert [s["article_id"] for s in shown["sources"]] == [archive.article_id(DAILY)]
    _kept_as_built(archive)


def test_objects_kept_by_another_version_are_never_printed(archive: Archive) -> None:
    before = archive.ok("timeline", "--format", "json").out
    table = archive.ok("timeline").out
    with closing(sqlite3.connect(archive.db, isolation_level=None)) as conn:
        conn.execute("UPDATE listing_shape SET shape = 'an older shape'")
        conn.execute("""UPDATE agreement_listings SET text = '{"id": 0}', entry = '{}'""")
    assert archive.ok("timeline", "--format", "json").out == before
    assert archive.ok("timeline").out == table
    article = archive.article_id(DAEGU_TWO)
    archive.ok("fix", "--article", str(article), "--outlet", "대구새벽신문")
    expected = json.loads(before)
    for source in (s for a in expected for s in a["sources"] if s["article_id"] == article):
        source["outlet"] = "대구새벽신문"
    assert archive.json("timeline") == expected
    _kept_as_built(archive)


def _kept_as_built(archive: Archive) -> None:
    """Every agreement's kept object is the one its rows make now."""
    with closing(sqlite3.connect(archive.db)) as conn:
        kept = conn.execute(
            "SELECT g.id, l.text, l.entry FROM agreements g"
            " LEFT JOIN agreement_listings l ON l.agreement_id = g.id ORDER BY g.id"
        ).fetchall()
        built = conn.execute(
            f"SELECT g.id, {AGREEMENT_JSON}, {ENTRY_JSON} FROM agreements g ORDER BY g.id"
        ).fetchall()
        assert kept == built
