"""A merge imported with a merge before it that the exporter undid later: its first side
spans two agreements here, and the signing it kept is the part the undone merge did not
part from it, not the agreement of its first report (review 57 c, 4: 고흥 joined 장흥+강진
in the archive that imported, 영암 at home)."""

from __future__ import annotations

from pathlib import Path

from curation_archive import Archive
from test_curation import GIMHAE_2024, MOKPO_2022, NAJU_2022
from test_split_after_merge import _state

FILES = (
    ("naju", NAJU_2022, "2022-12-01"),
    ("gimhae", GIMHAE_2024, "2024-09-03"),
    ("mokpo", MOKPO_2022, "2022-05-13"),
)


def _three(folder: Path) -> Archive:
    """#1 나주, #2 김해, #3 목포 (the oldest report)."""
    archive = Archive(folder)
    for name, text, date in FILES:
        archive.ok("add", "--date", date, archive.write(f"{name}.txt", text))
    return archive


def test_an_imported_merge_keeps_the_signing_the_undone_merge_left_it(tmp_path: Path) -> None:
    home = _three(tmp_path / "home")
    home.ok("merge", "2", "3")  # 김해 takes 목포 in
    home.ok("merge", "2", "1")  # and then 나주: its first side is 목포 and 김해
    home.ok("corrections", "--undo", "1")  # 목포 parted: 나주 stays with 김해
    assert _state(home) == {2: ["gimhae", "naju"], 3: ["mokpo"]}
    exported = tmp_path / "fixes.jsonl"
    home.ok("corrections", "--export", str(exported))
    here = _three(tmp_path / "here")

    here.ok("corrections", "--import", str(exported))

    assert _state(here) == {2: ["gimhae", "naju"], 3: ["mokpo"]}
