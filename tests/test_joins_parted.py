"""A signing that joined another when its article was read again (a date given to it), and
that the owner splits off by hand, is the signing it was before the join: it takes its id
back, as a split takes back the id a merge took in, and `show` of an id never says the
join holds once it no longer does (review 56 c, 1)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli_runner import run_cli
from tests.test_fix_stays import BOTH, DAY, ITEMS
from tests.test_ids_held import _two_years


def _joined(env_archive: Path) -> None:
    """#1 (a1, dated 2024 by hand, its place corrected) joined #2 when a1 was added again
    with 2025's date."""
    county = _two_years(env_archive)
    assert "agreement #1 joined #2" in run_cli("add", "--date", "2025-02-12", str(county)).out


def test_a_signing_split_off_after_a_date_joined_it_takes_its_id_back(env_archive: Path) -> None:
    """It came out as #3 while #1 was free, and `show 1` said it was still in #2."""
    _joined(env_archive)

    said = run_cli("split", "2", "--article", "1").out

    assert "article 1 left #2: now agreement #1" in said
    shown = run_cli("show", "1")
    assert shown.code == 0 and "새봄군청" in shown.out
    assert "article a1" not in run_cli("show", "2").out
    assert "no agreement #3" in run_cli("show", "3").err


def test_the_split_undone_joins_it_again_and_done_again_gives_the_id_again(
    env_archive: Path,
) -> None:
    _joined(env_archive)
    assert run_cli("split", "2", "--article", "1").code == 0

    assert run_cli("corrections", "--undo", "3").code == 0
    assert "no agreement #1: it joined #2 when a1 was read again" in run_cli("show", "1").err

    assert "now agreement #1" in run_cli("split", "2", "--article", "1").out
    assert run_cli("reextract").code == 0
    shown = run_cli("show", "1")
    assert shown.code == 0 and "새봄군청" in shown.out


def test_show_of_an_id_whose_join_was_parted_since_says_where_it_is(env_archive: Path) -> None:
    """An archive split before this fix holds the signing under a new id, #3, and the join's
    record still: `show 1` said "it joined #2", which a1 no longer is in."""
    _joined(env_archive)
    assert run_cli("split", "2", "--article", "1").code == 0
    with sqlite3.connect(env_archive / "a.db") as db:
        # As the split made before the fix left it: the signing under #3.
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("UPDATE agreements SET id = 3 WHERE id = 1")
        db.execute("UPDATE reports SET agreement_id = 3 WHERE agreement_id = 1")
        db.execute("UPDATE issued_ids SET top = 3 WHERE kind = 'agreement'")

    gone = run_cli("show", "1")

    assert gone.code != 0
    assert (
        "it joined #2 when a1 was read again, which told them as one signing;"
        " a1 left #2 since, and is in #3 now (mouarchive show 3)"
    ) in gone.err


def test_an_imported_date_that_joins_two_agreements_says_so(env_archive: Path) -> None:
    """The import said "1 imported, 0 already here" only, and #1 had joined #2 (review 56
    c, 8); `add --date` and `fix --article` say it."""
    _two_years(env_archive)
    assert run_cli("fix", "--article", "1", "--date", "2025-02-12").code == 0
    shared = env_archive / "dates.jsonl"
    assert run_cli("corrections", "--export", str(shared)).code == 0
    theirs = str(env_archive / "theirs.db")
    county, plant = env_archive / "county.txt", env_archive / "plant.txt"
    assert run_cli("--db", theirs, "add", "--date", "2024-02-12", str(county)).code == 0
    assert run_cli("--db", theirs, "add", str(plant)).code == 0

    said = run_cli("--db", theirs, "corrections", "--import", str(shared)).out

    assert (
        "agreement #1 joined #2: its article, read again with an imported correction,"
        " tells them as one signing"
    ) in said
    assert "no agreement #1: it joined #2" in run_cli("--db", theirs, "show", "1").err


def test_show_of_an_id_joined_before_its_articles_were_kept_names_the_split_since(
    env_archive: Path,
) -> None:
    """A join `add` made before migration 0031 kept no articles, so the split that parts
    its signing off gives a new id; `show` of the old one still said "it joined #1" of a
    signing split off as #3 (review 57 c, 9)."""
    for name, text in (("day.txt", DAY), ("items.txt", ITEMS), ("both.txt", BOTH)):
        path = env_archive / name
        path.write_text(text, encoding="utf-8")
        assert run_cli("add", str(path)).code == 0
    with sqlite3.connect(env_archive / "a.db") as db:
        # As an archive upgraded from before migration 0031 holds its join.
        db.execute("DELETE FROM joined_articles")
    said = run_cli("split", "1", "--article", "2").out
    assert "now agreement #3" in said

    gone = run_cli("show", "2").err

    assert (
        "it joined #1 when a3 was added, which told them as one signing; correction 1 split #3"
        " off #1 since, and the join is older than the record of its articles: it may be"
        " either (mouarchive show 1, mouarchive show 3)"
    ) in gone
