"""A correction imported for an agreement rejected here is skipped and said, as `fix`
refuses it: applied, it would change a hidden agreement nobody sees (side 52, item 3)."""

from __future__ import annotations

from pathlib import Path

from curation_archive import Archive
from test_curation import NAJU_2022


def _archive(folder: Path) -> Archive:
    archive = Archive(folder)
    archive.ok("add", "--date", "2022-12-01", archive.write("naju.txt", NAJU_2022))
    return archive


def test_a_fix_of_an_agreement_rejected_here_is_skipped_with_one_line(tmp_path: Path) -> None:
    theirs, ours = _archive(tmp_path / "theirs"), _archive(tmp_path / "ours")
    theirs.ok("fix", "1", "--place", "한전 본사 대강당")
    fixes = str(tmp_path / "fixes.jsonl")
    theirs.ok("corrections", "--export", fixes)
    ours.ok("reject", "1")

    result = ours.ok("corrections", "--import", fixes)

    skipped, summary = result.out.splitlines()
    assert skipped.startswith("skipped: place: 한전 본사 → 한전 본사 대강당")
    assert "agreement #1 is rejected here (mouarchive corrections --undo 1" in skipped
    assert summary == "0 imported, 0 already here, 1 skipped (rejected here)"
    (shown,) = ours.agreements("--include-rejected")
    assert (shown["place"], shown["corrected"]) == ("한전 본사", ["rejected"])
    assert [row["action"] for row in ours.json("corrections")] == ["reject"]

    ours.ok("corrections", "--undo", "1")
    again = ours.ok("corrections", "--import", fixes)

    assert again.out.strip() == "1 imported, 0 already here"
    (shown,) = ours.agreements()
    assert shown["place"] == "한전 본사 대강당"
