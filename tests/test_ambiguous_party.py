"""A party read from a bare 광주시 the text left open: stored under one reading (광주광역시),
it is counted, exported and found as ambiguous everywhere, as `show` and `timeline` print it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_runner import run_cli
from views_archive import Signing, build

READINGS = ["광주광역시", "경기도 광주시"]
SHOWN = "광주광역시 / 경기도 광주시 (지역 모호)"
SIGNINGS = [
    Signing(  # "광주시와 빛고을신협이 …": which 광주, the text does not say
        [("광주광역시", "광주광역시"), ("빛고을신용협동조합", None)],
        date=(2024, 11, 4),
        ambiguous=READINGS,
    ),
    Signing(
        [("광주광역시", "광주광역시"), ("전라남도", "전라남도")],
        date=(2024, 3, 14),
        regions=["광주광역시", "전라남도"],
    ),
    Signing(
        [("경기도 광주시", "경기도 광주시"), ("한빛도자재단", None)],
        date=(2024, 6, 19),
        regions=["경기도 광주시"],
    ),
]


@pytest.fixture
def archive(tmp_path: Path) -> tuple[str, list[int]]:
    path = tmp_path / "archive.db"
    _, ids = build(path, SIGNINGS)
    return str(path), ids


def _json(db: str, *args: str):
    result = run_cli("--db", db, *args, "--format", "json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_the_agreement_object_and_the_csv_name_the_ambiguous_party(archive) -> None:
    db, (bare, certain, _) = archive
    assert _json(db, "show", str(bare))["ambiguous_parties"] == ["광주광역시"]
    assert _json(db, "show", str(certain))["ambiguous_parties"] == []
    exported = run_cli("--db", db, "export", "--format", "csv")
    rows = {int(row["id"]): row for row in csv.DictReader(io.StringIO(exported.out))}
    assert rows[bare]["ambiguous_parties"] == "광주광역시"
    assert rows[certain]["ambiguous_parties"] == ""


def test_stats_count_it_under_its_readings_not_as_gwangju_metropolitan_city(archive) -> None:
    """stats said "광주광역시 2" among the top parties, but "광주광역시 1" among the regions."""
    db, _ = archive
    parties = {item["name"]: item["count"] for item in _json(db, "stats")["top_parties"]}
    assert parties["광주광역시"] == 1
    assert parties[SHOWN] == 1


def test_partners_list_it_under_its_readings_and_count_it_ambiguous(archive) -> None:
    db, (bare, _, _) = archive
    (partner,) = _json(db, "partners", "--party", "빛고을신용협동조합")
    assert (partner["name"], partner["agreement_ids"], partner["ambiguous"]) == (SHOWN, [bare], 1)


def test_either_reading_as_party_finds_it(archive) -> None:
    """`timeline --party 광주광역시` listed it and `--party "경기도 광주시"` did not."""
    db, (bare, certain, gyeonggi) = archive
    for typed, expected in (("광주광역시", {bare, certain}), ("경기도 광주시", {bare, gyeonggi})):
        found = {agreement["id"] for agreement in _json(db, "timeline", "--party", typed)}
        assert found == expected, typed
        hits = _json(db, "search", "협약", "--party", typed, "--in", "articles")
        assert {hit["agreement_id"] for hit in hits} == expected, typed
    # The asked-about party is never its own partner, under either reading.
    partners = {row["name"] for row in _json(db, "partners", "--party", "경기도 광주시")}
    assert partners == {"한빛도자재단", "빛고을신용협동조합"}
