"""Undoing a merge that a later merge took whole says where its signing stays: the later
merge took it in as it was then, and holds it still (review 56 c, 5: the undo said nothing,
and 보성's signing stayed in #1)."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_cli
from tests.test_fix_stays import CAMPUS
from tests.test_ids_held import _three_signings


def test_undoing_a_merge_a_later_merge_took_whole_says_where_its_signing_stays(
    env_archive: Path,
) -> None:
    _three_signings(env_archive)
    assert run_cli("merge", "2", "3").code == 0
    assert run_cli("merge", "1", "2").code == 0

    said = run_cli("corrections", "--undo", "1").out

    assert said.splitlines() == [
        "undone: correction 1 (merged #3 into #2)",
        "#3 stays in #1 through correction 2, which merged it in while it was part of #2",
    ]
    assert "새봄군" in run_cli("show", "1").out


def test_undoing_a_merge_no_later_merge_holds_says_only_the_undo(env_archive: Path) -> None:
    _three_signings(env_archive)
    assert run_cli("merge", "2", "3").code == 0
    assert run_cli("merge", "1", "2").code == 0
    assert run_cli("corrections", "--undo", "2").code == 0

    said = run_cli("corrections", "--undo", "1").out

    assert said.splitlines() == ["undone: correction 1 (merged #3 into #2)"]
    assert "새봄군" in run_cli("show", "3").out


def test_the_merges_named_are_the_one_that_took_it_in_and_the_later_one_that_took_that_whole(
    env_archive: Path,
) -> None:
    """review 57 c, 7: merged 2 ← 3, 1 ← 2, 4 ← 1, undoing the first named correction 3
    alone, and undoing correction 3 left #3 in #1: correction 2 took it in, and 3 took that
    whole, so both hold it."""
    _three_signings(env_archive)
    campus = env_archive / "campus.txt"
    campus.write_text(CAMPUS, encoding="utf-8")
    assert run_cli("add", str(campus)).code == 0
    for kept, taken in (("2", "3"), ("1", "2"), ("4", "1")):
        assert run_cli("merge", kept, taken).code == 0

    said = run_cli("corrections", "--undo", "1").out

    assert said.splitlines()[1] == (
        "#3 stays in #4 through corrections 2 and 3, the first of which merged it in while it"
        " was part of #2"
    )
    assert run_cli("corrections", "--undo", "2").code == 0
    assert run_cli("corrections", "--undo", "3").code == 0
    assert "새봄군" in run_cli("show", "3").out
