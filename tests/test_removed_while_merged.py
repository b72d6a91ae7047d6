"""`show` of an id whose article was removed and let back in, where a merge held its
signing, says so and how it comes back: it said "its reports are gone since", or that its
articles were read again without it, when nothing was read again (review 56 c, 3)."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_cli
from tests.test_ids_held import ECHO, PLANT

COMES_BACK = "and let back in; the signing comes back with it"


def _merged(env_archive: Path) -> Path:
    """#1 (가온시–누리전자) and #2 (새봄군–푸른원자력본부), merged by hand (correction 1)."""
    echo, plant = env_archive / "echo.txt", env_archive / "plant.txt"
    echo.write_text(ECHO, encoding="utf-8")
    plant.write_text(PLANT, encoding="utf-8")
    assert run_cli("add", str(echo), str(plant)).code == 0
    assert "새봄군" in run_cli("show", "2").out
    assert run_cli("merge", "1", "2").code == 0
    return plant


def test_a_merged_in_signing_whose_article_was_let_back_in_says_so(env_archive: Path) -> None:
    plant = _merged(env_archive)
    assert run_cli("remove", "--article", "2", "--yes").code == 0
    assert run_cli("corrections", "--undo", "2").code == 0

    gone = run_cli("show", "2").err

    assert "no agreement #2: it was merged into #1 (correction 1);" in gone
    assert f"removed (correction 2) {COMES_BACK}" in gone
    assert "gone since" not in gone
    assert run_cli("add", str(plant)).code == 0
    assert "it was merged (correction 1); its signing is #1 now" in run_cli("show", "2").err


def test_a_signing_whose_merge_was_undone_while_its_article_was_out_says_so(
    env_archive: Path,
) -> None:
    plant = _merged(env_archive)
    assert run_cli("remove", "--article", "2", "--yes").code == 0
    assert run_cli("corrections", "--undo", "1").code == 0
    assert run_cli("corrections", "--undo", "2").code == 0

    gone = run_cli("show", "2").err

    assert f"no agreement #2: the article that told it was removed (correction 2) {COMES_BACK}" in (
        gone
    )
    assert "read again" not in gone
    assert run_cli("add", str(plant)).code == 0
    assert "새봄군" in run_cli("show", "2").out
