"""`show` of the id a split told, once the split is undone: it says the split was undone and
where its reports are now (review 57 c, 4: it said the articles had been read again by
`reextract` or an edited file, which nothing had done)."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_cli
from tests.test_ids_held import COUNTY, PLANT


def test_the_id_an_undone_split_gave_names_the_undo_and_where_its_reports_are(
    env_archive: Path,
) -> None:
    paths = []
    for name, text in (("county.txt", COUNTY), ("plant.txt", PLANT)):
        path = env_archive / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert run_cli("add", *paths).code == 0
    assert "now agreement #2" in run_cli("split", "1", "--article", "1").out
    assert run_cli("corrections", "--undo", "1").code == 0

    gone = run_cli("show", "2")
    assert gone.err.strip() == (
        "error: no agreement #2: correction 1 split it off, and was undone;"
        " its reports are in #1 now (mouarchive show 1)"
    )
    assert "read again" not in gone.err
