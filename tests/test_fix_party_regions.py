"""A region or party the owner corrects carries over to what goes with it: choosing which
광주 a bare "광주시" was also names its party so, and a local government added as a party
brings its region, as extraction's parties do."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from curation_archive import Archive

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
BARE_GWANGJU = str(EXAMPLES / "07_bare_gwangju.txt")
AI_AGENCY = str(EXAMPLES / "06_ai_agency_mou.txt")


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def _only(archive: Archive) -> str:
    (agreement,) = archive.agreements()
    return str(agreement["id"])


def test_choosing_a_bare_gwangju_reading_names_its_party_too(archive: Archive) -> None:
    archive.ok("add", BARE_GWANGJU)
    ident = _only(archive)
    before = archive.ok("show", ident).out
    assert "광주광역시 / 경기도 광주시 (지역 모호)" in before
    archive.ok("fix", ident, "--region", "경기 광주", "--note", "본점은 경기도 광주시")
    for _ in ("fixed", "re-extracted"):
        shown = archive.json("show", ident)
        assert shown["parties"] == ["경기도 광주시", "빛고을신용협동조합"]
        assert shown["regions"] == ["경기도 광주시"]
        assert "광주광역시" not in archive.ok("show", ident).out
        (entry,) = archive.json("timeline", "--region", "경기 광주")
        assert entry["parties"] == ["경기도 광주시", "빛고을신용협동조합"]
        assert "광주광역시" not in archive.ok("timeline", "--region", "경기 광주").out
        (row,) = csv.DictReader(io.StringIO(archive.ok("export", "--format", "csv").out))
        assert "광주광역시" not in row["parties"] and "경기도 광주시" in row["parties"]
        archive.ok("reextract")


def test_a_local_government_added_as_a_party_brings_its_region(archive: Archive) -> None:
    archive.ok("add", AI_AGENCY)
    ident = _only(archive)
    assert archive.json("timeline", "--region", "광주") == []
    archive.ok("fix", ident, "--add-party", "광주광역시")
    for _ in ("fixed", "re-extracted"):
        assert archive.json("show", ident)["regions"] == ["광주광역시"]
        assert [e["id"] for e in archive.json("timeline", "--region", "광주")] == [int(ident)]
        archive.ok("reextract")
    archive.ok("fix", ident, "--add-party", "울산광역시교육청")
    assert archive.json("show", ident)["regions"] == ["광주광역시", "울산광역시"]


def test_regions_the_owner_chose_outweigh_an_added_partys(archive: Archive) -> None:
    archive.ok("add", AI_AGENCY)
    ident = _only(archive)
    archive.ok("fix", ident, "--add-party", "광주광역시", "--region", "전남")
    assert archive.json("show", ident)["regions"] == ["전라남도"]
    archive.ok("fix", ident, "--remove-region", "전라남도", "--add-party", "전라남도")
    assert archive.json("show", ident)["regions"] == []
