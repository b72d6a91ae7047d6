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


def test_asking_for_either_reading_counts_the_agreement_as_ambiguous(archive) -> None:
    """`partners --party 광주광역시` counted the bare 광주시's agreement as certain (0), and
    `--party "경기도 광주시"` showed no 지역 모호 column."""
    db, _ = archive
    for typed in READINGS:
        counts = {row["name"]: row["ambiguous"] for row in _json(db, "partners", "--party", typed)}
        assert counts["빛고을신용협동조합"] == 1, typed
        assert sum(counts.values()) == 1, typed
    table = run_cli("--db", db, "partners", "--party", "경기도 광주시").out
    assert "지역 모호" in table.splitlines()[0]


def test_the_owner_adding_a_reading_settles_it_and_it_counts_once(archive) -> None:
    """`fix --add-party "경기도 광주시"` left both parties shown as "(지역 모호)": the
    partner was listed with agreement_ids [7, 7], and stats counted the label twice."""
    db, (bare, _, _) = archive
    fixed = run_cli("--db", db, "fix", str(bare), "--add-party", "경기도 광주시")
    assert fixed.code == 0, fixed.err
    shown = _json(db, "show", str(bare))
    assert shown["parties"] == ["경기도 광주시", "빛고을신용협동조합"]
    assert (shown["regions"], shown["ambiguous_regions"], shown["ambiguous_parties"]) == (
        ["경기도 광주시"],
        [],
        [],
    )
    (partner,) = _json(db, "partners", "--party", "빛고을신용협동조합")
    assert (partner["name"], partner["agreement_ids"], partner["ambiguous"]) == (
        "경기도 광주시",
        [bare],
        0,
    )
    parties = {item["name"]: item["count"] for item in _json(db, "stats")["top_parties"]}
    assert parties["경기도 광주시"] == 2 and SHOWN not in parties


def test_two_parties_printed_alike_are_one_partner_counted_once(tmp_path: Path) -> None:
    """Both readings among an agreement's parties, with the reading still open, print as one
    label: counted once per agreement, not once per party."""
    path = tmp_path / "archive.db"
    both = Signing(
        [("광주광역시", "광주광역시"), ("경기도 광주시", "경기도 광주시"), ("한빛도자재단", None)],
        date=(2024, 6, 1),
        ambiguous=READINGS,
    )
    _, (only,) = build(path, [both])
    (partner,) = _json(str(path), "partners", "--party", "한빛도자재단")
    assert (partner["name"], partner["agreement_ids"]) == (SHOWN, [only])
    parties = {item["name"]: item["count"] for item in _json(str(path), "stats")["top_parties"]}
    assert parties[SHOWN] == 1
