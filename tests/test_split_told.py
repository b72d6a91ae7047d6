"""An id a split in force told the owner ("now agreement #4") stays its signing's when
another correction is undone: the replay gave it the id a merge had taken it in by, freed
by the undo, so #4 was gone and the owner's notes named nothing (undo_driver, seed 126;
review 56 c, 2)."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_cli
from tests.test_ids_held import PAGE, PLANT


def test_an_undo_keeps_the_id_a_later_split_told(env_archive: Path) -> None:
    page, plant = env_archive / "page.html", env_archive / "plant.txt"
    page.write_text(PAGE, encoding="utf-8")
    plant.write_text(PLANT, encoding="utf-8")
    assert run_cli("add", str(page), str(plant)).code == 0
    assert "새봄군" in run_cli("show", "3").out
    assert run_cli("merge", "2", "3").code == 0
    assert run_cli("merge", "1", "2").code == 0
    assert "now agreement #2" in run_cli("split", "1", "--article", "2").out
    # #2, the id the outer merge took it in by, is held: the signing of a3 takes back its
    # own, #3, which the merge nested in it took in (review 57 c, 3: a new id before).
    assert "article 3 left #1: now agreement #3" in run_cli("split", "1", "--article", "3").out

    assert run_cli("corrections", "--undo", "3").code == 0

    shown = run_cli("show", "3")
    assert shown.code == 0 and "새봄군" in shown.out
    assert "its signing is #3 now" in run_cli("show", "2").err
