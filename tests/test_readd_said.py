"""`add` names what it did to a known file added again with a new value, and says of which
files it counts the encodings (stop 56's new user: "1 updated" named nothing, and five files
added again printed "read as: utf-8 1")."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_cli
from tests.test_ids_held import add_three


def test_a_file_added_again_with_a_date_names_the_change(env_archive: Path) -> None:
    county = add_three(env_archive)[0]

    said = run_cli("add", "--date", "2025-02-12", county).out

    assert "1 updated" in said
    assert "article a1 date: - → 2025-02-12  (correction 1)" in said
    given = json.loads(run_cli("add", "--date", "2025-02-13", county, "--format", "json").out)[
        "given"
    ]
    assert given == [
        {"article": 1, "correction": 2, "field": "date", "old": "2025-02-12", "new": "2025-02-13"}
    ]


def test_files_added_again_say_the_encodings_are_of_the_files_stored(env_archive: Path) -> None:
    paths = add_three(env_archive)
    assert run_cli("remove", paths[2], "--yes").code == 0

    said = run_cli("add", *paths).out

    assert "3 files read, 1 article added" in said
    assert "read as: utf-8 1 (of the 1 file stored)" in said
