"""Merge three agreements, split one article's report off, undo: each agreement comes back
with the id it had and its own corrections, whichever article is split off and whichever
correction is undone first (side 52, item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from curation_archive import Archive
from test_curation import GIMHAE_2024, MOKPO_2022, NAJU_2022

PLACES = {"naju": "나주 본사", "gimhae": "김해 시청", "mokpo": "목포 시청"}


def three_signings(tmp_path: Path) -> Archive:
    """An archive of three signings of three years, #1 나주, #2 김해, #3 목포."""
    archive = Archive(tmp_path)
    for name, text, date in (
        ("naju", NAJU_2022, "2022-12-01"),
        ("gimhae", GIMHAE_2024, "2024-09-03"),
        ("mokpo", MOKPO_2022, "2022-05-13"),
    ):
        archive.ok("add", "--date", date, archive.write(f"{name}.txt", text))
    return archive


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    """#1 나주, #2 김해, #3 목포, each with its place corrected, merged into #1 (correction 4)."""
    archive = three_signings(tmp_path)
    assert _state(archive) == {1: ["naju"], 2: ["gimhae"], 3: ["mokpo"]}
    for ident, place in enumerate(PLACES.values(), start=1):
        archive.ok("fix", str(ident), "--place", place)
    archive.ok("merge", "1", "2", "3")
    return archive


def _state(archive: Archive) -> dict[int, list[str]]:
    """Agreement id → the files of its sources."""
    return {
        a["id"]: sorted(Path(s["path"]).stem for s in a["sources"]) for a in archive.agreements()
    }


def _as_before(archive: Archive) -> None:
    assert _state(archive) == {1: ["naju"], 2: ["gimhae"], 3: ["mokpo"]}
    places = {a["id"]: (a["place"], "place" in a["corrected"]) for a in archive.agreements()}
    assert places == {i: (p, True) for i, p in enumerate(PLACES.values(), start=1)}


def test_undoing_the_merge_before_the_split_leaves_three_not_two(archive: Archive) -> None:
    """The split's undo joined what only the undone merge had held together: 목포 went back
    into #1 and took its place over 나주's."""
    archive.ok("split", "1", "--article", str(archive.article_id("mokpo")))
    assert _state(archive) == {1: ["gimhae", "naju"], 3: ["mokpo"]}
    archive.ok("corrections", "--undo", "4")
    _as_before(archive)

    archive.ok("corrections", "--undo", "5")

    _as_before(archive)
    archive.ok("reextract")
    _as_before(archive)


def test_splitting_off_the_article_merged_into_keeps_its_id_and_gives_none_away(
    archive: Archive,
) -> None:
    """Splitting #1's own article off a three-way merge gave it #2, 김해's id."""
    result = archive.ok("split", "1", "--article", str(archive.article_id("naju")))

    assert "stays #1" in result.out
    assert _state(archive) == {1: ["naju"], 2: ["gimhae", "mokpo"]}
    assert next(a for a in archive.agreements() if a["id"] == 1)["place"] == "나주 본사"
    archive.ok("corrections", "--undo", "5")
    assert _state(archive) == {1: ["gimhae", "mokpo", "naju"]}
    archive.ok("corrections", "--undo", "4")
    _as_before(archive)


def test_undoing_the_split_first_then_the_merge(archive: Archive) -> None:
    archive.ok("split", "1", "--article", str(archive.article_id("gimhae")))
    assert _state(archive) == {1: ["mokpo", "naju"], 2: ["gimhae"]}
    archive.ok("corrections", "--undo", "5")
    archive.ok("corrections", "--undo", "4")
    _as_before(archive)


def test_a_signing_added_while_merged_takes_no_id_the_merge_holds(archive: Archive) -> None:
    """An id a merge took in came back free to `add`: the signing added took #2, and undoing
    the merge gave 김해 #5."""
    text = NAJU_2022.replace("나주시", "화순군").replace("윤병태 나주시장", "구복규 화순군수")
    archive.ok("add", "--date", "2023-04-04", archive.write("hwasun.txt", text))
    assert _state(archive) == {1: ["gimhae", "mokpo", "naju"], 4: ["hwasun"]}

    archive.ok("corrections", "--undo", "4")

    assert _state(archive) == {1: ["naju"], 2: ["gimhae"], 3: ["mokpo"], 4: ["hwasun"]}


def test_a_merge_after_a_split_warns_of_the_fields_the_owner_fixed_alone(
    archive: Archive,
) -> None:
    """A split marks `sources` corrected on both sides, which no owner fixed: merging them
    again warned that #1's sources yield to #2's, in Python dict reprs (review C, M6)."""
    archive.ok("split", "1", "--article", str(archive.article_id("gimhae")))
    assert all("sources" in a["corrected"] for a in archive.agreements())

    merged = archive.ok("merge", "2", "1")

    said = merged.out + merged.err
    assert "warning: #1's corrected place (나주 본사) yields to #2's (김해 시청)" in said
    assert "sources" not in said and "{'" not in said
