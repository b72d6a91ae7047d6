"""A fix stays with the signing it was made on: made while a merge held two signings, the
merge undone and the fixed signing's article removed, it goes with that article, and never
passes to the signing the undone merge parted from it; `show` of the gone id says it was
removed (stop 56's new user: `show 1` said "the reports it had are in #2 now", and #2
showed the place fixed on #1)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli_runner import run_cli
from tests.test_ids_held import COUNTY, ECHO, PLANT


def _fixed_while_merged(env_archive: Path) -> None:
    """#1 (a1, a2: 새봄군's signing, two outlets) and #2 (a3: 가온시's) merged, a1 split off,
    #1's place fixed while it held a2 and a3, and the merge undone: #1 is a2 alone."""
    paths = []
    for name, text in (("county.txt", COUNTY), ("plant.txt", PLANT), ("echo.txt", ECHO)):
        path = env_archive / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert run_cli("add", *paths).code == 0
    assert "가온시" in run_cli("show", "2").out
    assert run_cli("merge", "1", "2").code == 0
    assert "now agreement #3" in run_cli("split", "1", "--article", "1").out
    assert run_cli("fix", "1", "--place", "새봄군청 대회의실").code == 0
    assert run_cli("corrections", "--undo", "1").code == 0


def test_a_fix_made_while_merged_goes_with_its_signing_s_removed_article(
    env_archive: Path,
) -> None:
    _fixed_while_merged(env_archive)
    assert "새봄군청 대회의실" in run_cli("show", "1").out

    assert run_cli("remove", "--article", "2", "--yes").code == 0

    parted = run_cli("show", "2").out
    assert re.search(r"place +가온시청\n", parted)
    gone = run_cli("show", "1").err
    assert "no agreement #1: the article that told it was removed (correction 4)" in gone
    assert "#2" not in gone


def test_the_fix_comes_back_with_its_article_let_back_in(env_archive: Path) -> None:
    _fixed_while_merged(env_archive)
    assert run_cli("remove", "--article", "2", "--yes").code == 0
    assert run_cli("corrections", "--undo", "4").code == 0

    assert run_cli("add", str(env_archive / "plant.txt")).code == 0

    assert re.search(r"place +새봄군청 대회의실 +수정 3", run_cli("show", "1").out)
    assert re.search(r"place +가온시청\n", run_cli("show", "2").out)
