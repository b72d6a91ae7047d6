"""A signing a new article joined to another, split off by hand, takes its id back, as one
a merge took in or an article read again joined does (stop 56's closing note: it came back
under a new id, and `show` of its own id still said it had joined the other)."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_cli
from tests.test_issued_ids import JOINING


def test_a_signing_a_new_article_joined_and_split_off_takes_its_id_back(
    env_archive: Path,
) -> None:
    for name, text in JOINING.items():
        (env_archive / name).write_text(text, encoding="utf-8")
        added = run_cli("add", str(env_archive / name))
    assert "agreement #2 joined #1" in added.out

    said = run_cli("split", "1", "--article", "2").out

    assert "article 2 left #1: now agreement #2" in said
    assert "우호교류" in run_cli("show", "2").out
    assert run_cli("corrections", "--undo", "1").code == 0
    assert "it joined #1 when a3 was added" in run_cli("show", "2").err
