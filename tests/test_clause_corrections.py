"""An agreement's items as the owner corrected them are what `search --in clauses` finds and
what `export --what clauses` lists: an item added by hand is found and exported as the
owner's (no article), an item removed by hand is no hit and no row unless rejected things
are asked for, and both stay so after `reextract`, an undo, and an import of the
corrections into an archive rebuilt from the same files."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from curation_archive import DAILY, WIRE, Archive

ADDED = "청년 교류 확대"
REMOVED = "해상풍력 부품 산업 육성"  # item 2 of DAILY, and of the wire copy of the same signing


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def _clause_rows(archive: Archive, *options: str) -> list[dict]:
    out = archive.ok("export", "--what", "clauses", *options).out
    return [json.loads(line) for line in out.splitlines()]


def _corrected(archive: Archive) -> int:
    """DAILY's agreement with item 2 removed and an item added, by one `fix`."""
    archive.add(DAILY)
    ident = archive.agreement_of(DAILY)["id"]
    assert archive.json("show", str(ident))["clauses"][1] == REMOVED
    archive.ok("fix", str(ident), "--remove-clause", "2", "--add-clause", ADDED)
    return ident


def _as_corrected(archive: Archive, ident: int) -> None:
    """What the archive shows for the agreement is what search finds and export lists."""
    shown = archive.json("show", str(ident))["clauses"]
    assert ADDED in shown and REMOVED not in shown
    hits = archive.json("search", "청년교류", "--in", "clauses")
    assert [(h["agreement_id"], h["clause"], h["article_id"]) for h in hits] == [
        (ident, ADDED, None)
    ]
    assert hits[0]["added"] is True and hits[0]["removed"] is False
    assert hits[0]["outlet"] is None and hits[0]["path"] is None, "no article says it"
    assert [h["clause"] for h in archive.json("search", "청년", "--in", "clauses")] == [ADDED]
    assert archive.json("search", "해상풍력", "--in", "clauses") == []
    assert archive.json("search", "해상풍력 부품", "--in", "clauses") == []
    rows = _clause_rows(archive)
    assert {row["text"] for row in rows} == set(shown)
    (added,) = [row for row in rows if row["text"] == ADDED]
    assert added["agreement_id"] == ident and added["article_id"] is None
    assert (added["added"], added["removed"], added["rejected"]) == (True, False, False)
    assert all(not row["added"] for row in rows if row["text"] != ADDED)
    assert archive.json("stats")["clauses"] == len(rows)


def _removed_kept_on_record(archive: Archive, ident: int) -> None:
    """Like a rejected agreement's items: listed, and marked, only when asked for."""
    hits = archive.json("search", "해상풍력", "--in", "clauses", "--include-rejected")
    assert hits and all(h["clause"] == REMOVED and h["removed"] is True for h in hits)
    assert all(h["agreement_id"] == ident and h["article_id"] is not None for h in hits)
    rows = [r for r in _clause_rows(archive, "--include-rejected") if r["text"] == REMOVED]
    assert rows and all(r["removed"] is True and r["rejected"] is True for r in rows)


def test_added_item_is_found_and_removed_item_is_not(archive: Archive) -> None:
    ident = _corrected(archive)
    _as_corrected(archive, ident)
    _removed_kept_on_record(archive, ident)
    people = archive.ok("search", "청년교류", "--in", "clauses").out
    assert "added by the owner" in people and "from a" not in people


def test_another_report_of_the_same_item_is_removed_too(archive: Archive) -> None:
    ident = _corrected(archive)
    archive.add(WIRE)
    assert len(archive.json("show", str(ident))["sources"]) == 2
    _as_corrected(archive, ident)
    hits = archive.json("search", "해상풍력", "--in", "clauses", "--include-rejected")
    assert len({h["article_id"] for h in hits}) == 2, "each outlet's report of the item"


def test_corrected_items_survive_reextract(archive: Archive) -> None:
    ident = _corrected(archive)
    before = _clause_rows(archive, "--include-rejected")
    archive.ok("reextract")
    _as_corrected(archive, ident)
    _removed_kept_on_record(archive, ident)
    after = _clause_rows(archive, "--include-rejected")
    assert [{**r, "id": 0} for r in after] == [{**r, "id": 0} for r in before]


def test_undo_takes_the_items_back(archive: Archive) -> None:
    ident = _corrected(archive)
    removal, addition = [c["id"] for c in archive.json("corrections")]
    archive.ok("corrections", "--undo", str(addition))
    assert archive.json("search", "청년교류", "--in", "clauses") == []
    assert all(row["text"] != ADDED for row in _clause_rows(archive, "--include-rejected"))
    archive.ok("corrections", "--undo", str(removal))
    hits = archive.json("search", "해상풍력", "--in", "clauses")
    assert [(h["agreement_id"], h["removed"]) for h in hits] == [(ident, False)]
    assert REMOVED in {row["text"] for row in _clause_rows(archive)}


def test_imported_item_corrections_apply_to_a_rebuilt_archive(tmp_path: Path) -> None:
    first = Archive(tmp_path / "first")
    _corrected(first)
    fixes = tmp_path / "fixes.jsonl"
    first.ok("corrections", "--export", str(fixes))

    rebuilt = Archive(tmp_path / "rebuilt")
    rebuilt.add(DAILY)
    assert rebuilt.json("search", "청년교류", "--in", "clauses") == []
    rebuilt.ok("corrections", "--import", str(fixes))
    ident = rebuilt.agreement_of(DAILY)["id"]
    _as_corrected(rebuilt, ident)
    _removed_kept_on_record(rebuilt, ident)

    def items(archive: Archive) -> list[tuple]:
        rows = _clause_rows(archive, "--include-rejected")
        return sorted((r["text"], r["position"], r["added"], r["removed"]) for r in rows)

    assert items(rebuilt) == items(first)


def test_csv_booleans_are_written_as_json_writes_them(archive: Archive) -> None:
    ident = _corrected(archive)
    archive.add(WIRE)  # the same signing: its items are rows too

    def table(*args: str) -> list[dict]:
        return list(csv.DictReader(io.StringIO(archive.ok(*args, "--format", "csv").out)))

    clauses = table("export", "--what", "clauses", "--include-rejected")
    flags = {(row["added"], row["removed"], row["rejected"]) for row in clauses}
    plain, added, removed = ("false",) * 3, ("true", "false", "false"), ("false", "true", "true")
    assert flags == {plain, added, removed}
    (added,) = [row for row in clauses if row["added"] == "true"]
    assert (added["text"], added["article_id"], added["agreement_id"]) == (ADDED, "", str(ident))
    assert {row["rejected"] for row in table("export", "--include-rejected")} == {"false"}
    archive.ok("reject", str(ident))
    assert {row["rejected"] for row in table("export", "--include-rejected")} == {"true"}
    assert {row["rejected"] for row in table("timeline", "--include-rejected")} == {"true"}
    hits = table("search", "해상풍력", "--in", "clauses", "--include-rejected")
    assert hits and {(row["added"], row["removed"]) for row in hits} == {("false", "true")}


def test_an_archive_corrected_before_the_upgrade_finds_its_items(archive: Archive) -> None:
    from mouarchive import store

    ident = _corrected(archive)
    with closing(sqlite3.connect(archive.db)) as db:
        # The archive as it stood before migration 0013: clauses were the articles' alone,
        # and an index filled from them.
        db.executescript(
            """
            DROP TRIGGER clauses_follow_report;
            INSERT INTO clauses_fts (clauses_fts) VALUES ('delete-all');
            INSERT INTO clauses_grams (clauses_grams) VALUES ('delete-all');
            CREATE TABLE clauses_old (
                id INTEGER PRIMARY KEY,
                report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
                position INTEGER NOT NULL, text TEXT NOT NULL,
                start INTEGER NOT NULL, end INTEGER NOT NULL
            );
            INSERT INTO clauses_old SELECT id, report_id, position, text, start, end
                FROM clauses WHERE report_id IS NOT NULL;
            DROP TABLE clauses;
            ALTER TABLE clauses_old RENAME TO clauses;
            CREATE INDEX clauses_report ON clauses (report_id);
            DELETE FROM _sqlite_migrations WHERE name = '0013_clause_corrections';
            """
        )
    store.open_archive(Path(archive.db)).conn.close()
    _as_corrected(archive, ident)
    _removed_kept_on_record(archive, ident)
