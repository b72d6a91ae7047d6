"""A split out of a merge nested in another merge: "merge 1 2; fix 1; merge 3 1; split 3
--article (#2's)" gave the signing split off #1, the id the fix was made on, and the fix
moved onto it; undoing the outer merge handed the id the split told to the other signing
(review 57 c, 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from curation_archive import Archive
from test_split_after_merge import _state, three_signings


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    """#1 나주 and #2 김해 merged (correction 1), the place fixed on them (2), #1 merged
    into #3 목포 (3), and 김해 split off #3 (4)."""
    archive = three_signings(tmp_path)
    archive.ok("merge", "1", "2")
    archive.ok("fix", "1", "--place", "나주김해합동청사")
    archive.ok("merge", "3", "1")
    told = archive.ok("split", "3", "--article", str(archive.article_id("gimhae")))
    assert "now agreement #2" in told.out
    return archive


def _places(archive: Archive) -> dict[int, str]:
    return {a["id"]: a["place"] for a in archive.agreements()}


def test_the_signing_split_off_takes_its_own_id_and_the_fix_stays(archive: Archive) -> None:
    assert _state(archive) == {2: ["gimhae"], 3: ["mokpo", "naju"]}
    assert _places(archive)[3] == "나주김해합동청사"
    assert _places(archive)[2] != "나주김해합동청사"

    archive.ok("corrections", "--undo", "3")

    assert _state(archive) == {1: ["naju"], 2: ["gimhae"], 3: ["mokpo"]}
    assert _places(archive)[1] == "나주김해합동청사"


def test_the_fix_goes_with_the_articles_it_stayed_with(archive: Archive) -> None:
    """Its signing's articles removed, the fix is nowhere: it does not pass to 김해, which
    the split had parted from it, once the outer merge is undone."""
    archive.ok("remove", "--article", str(archive.article_id("naju")), "--yes")

    archive.ok("corrections", "--undo", "3")

    assert _state(archive) == {2: ["gimhae"], 3: ["mokpo"]}
    assert "나주김해합동청사" not in _places(archive).values()
