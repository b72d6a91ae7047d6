"""`mouarchive partners`: who a region or organisation signs with, most often first."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner
from views_archive import Signing, build

from mouarchive.cli import cli

GWANGJU = ("광주광역시", "광주광역시")
GYEONGGI = ("경기도", "경기도")


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    signings = [
        Signing([GWANGJU, GYEONGGI], date=(2019, 10, 23), kind="상생협약", regions=["광주광역시"]),
        Signing([GYEONGGI, GWANGJU], date=(2023, 6, 12), regions=["광주광역시", "경기도"]),
        Signing(
            [GWANGJU, ("대구광역시", "대구광역시")],
            date=(2020, None, None),
            kind="협정",
            regions=["광주광역시", "대구광역시"],
        ),
        Signing(
            [("광주광역시 서구", "광주광역시 서구"), ("한빛전자㈜", None)],
            date=(2024, 3, 2),
            kind="투자협약",
            regions=["광주광역시 서구"],
        ),
        Signing(
            [("경기도 광주시", "경기도 광주시"), ("경기도 하남시", "경기도 하남시")],
            date=(2022, 1, 5),
            regions=["경기도 광주시", "경기도 하남시"],
        ),
        Signing([("광주시", None), ("빛고을협동조합", None)], ambiguous=["광주광역시"]),
    ]
    build(path, signings)
    return path


def partners(path, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--db", str(path), "partners", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_counterparties_ranked_by_agreements_with_first_last_and_kinds(archive):
    ranked = partners(archive, "--region", "광주")
    assert ranked[0] == {
        "name": "경기도",
        "agreements": 2,
        "first": "2019-10-23",
        "last": "2023-06-12",
        "kinds": ["상생협약", "업무협약"],
        "agreement_ids": ranked[0]["agreement_ids"],
        "ambiguous": 0,
    }
    assert len(ranked[0]["agreement_ids"]) == 2
    names = [p["name"] for p in ranked]
    assert names[1:] == ["한빛전자㈜", "대구광역시", "빛고을협동조합"]


def test_the_region_itself_and_its_districts_are_never_their_own_partner(archive):
    names = {p["name"] for p in partners(archive, "--region", "광주")}
    assert not names & {"광주광역시", "광주광역시 서구", "경기도 광주시"}


def test_an_ambiguous_gwangju_agreement_counts_as_such_and_its_own_party_is_no_partner(archive):
    for region in ("광주", "경기 광주"):
        ranked = {p["name"]: p for p in partners(archive, "--region", region)}
        assert "광주시" not in ranked, region
        assert ranked["빛고을협동조합"]["ambiguous"] == 1, region
    table = CliRunner().invoke(cli, ["--db", str(archive), "partners", "--region", "광주"])
    header = next(line for line in table.stdout.splitlines() if "partner" in line)
    assert header.split()[-1] == "모호"  # the 지역 모호 column
    row = next(line for line in table.stdout.splitlines() if "빛고을협동조합" in line)
    assert row.split()[-1] == "1"


def _timeline_ids(path, *args: str) -> list[int]:
    result = CliRunner().invoke(cli, ["--db", str(path), "timeline", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return [agreement["id"] for agreement in json.loads(result.stdout)]


@pytest.mark.parametrize(
    "filters",
    [
        ["--region", "경기", "--party", "광주"],
        ["--region", "광주"],
        ["--region", "경기 광주"],
        ["--party", "경기도"],
        ["--region", "광주", "--party", "경기", "--since", "2023"],
    ],
)
def test_partners_count_exactly_the_agreements_timeline_lists(archive, filters):
    listed = set(_timeline_ids(archive, *filters))
    assert listed
    counted = {i for partner in partners(archive, *filters) for i in partner["agreement_ids"]}
    assert counted <= listed
    table = CliRunner().invoke(cli, ["--db", str(archive), "partners", *filters]).stdout
    footer = re.search(
        r"^(\d+) agreements? · .*?(?:; (\d+) name no partner outside it)?$", table, re.M
    )
    assert footer, table
    assert int(footer[1]) == len(listed)
    assert int(footer[2] or 0) == len(listed - counted)


def test_a_region_and_a_party_list_the_party_as_the_partner(archive):
    ranked = partners(archive, "--region", "경기", "--party", "광주")
    assert [(p["name"], p["agreements"], p["ambiguous"]) for p in ranked] == [
        ("광주광역시", 1, 0),
        ("빛고을협동조합", 1, 1),
    ]


def test_agreements_without_a_partner_outside_the_region_are_said(archive):
    result = CliRunner().invoke(
        cli, ["--db", str(archive), "partners", "--region", "경기", "--since", "2022"]
    )
    assert result.exit_code == 0
    assert "2 agreements · region 경기도, since 2022; 1 name no partner outside it" in result.stdout


def test_gyeonggi_gwangju_has_its_own_partners(archive):
    ranked = partners(archive, "--region", "경기 광주")
    assert [(p["name"], p["ambiguous"]) for p in ranked] == [
        ("경기도 하남시", 0),
        ("빛고을협동조합", 1),
    ]


def test_partners_of_an_organisation(archive):
    ranked = partners(archive, "--party", "한빛")
    assert [(p["name"], p["agreements"]) for p in ranked] == [("광주광역시 서구", 1)]


def test_csv_and_table_formats(archive):
    result = CliRunner().invoke(
        cli, ["--db", str(archive), "partners", "--region", "광주", "--format", "csv"]
    )
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows[0]["name"] == "경기도" and rows[0]["kinds"] == "상생협약; 업무협약"
    table = CliRunner().invoke(cli, ["--db", str(archive), "partners", "--region", "광주"])
    first = next(line for line in table.output.splitlines() if "경기도" in line)
    assert first.split() == [
        "1",
        "경기도",
        "2",
        "2019-10-23",
        "2023-06-12",
        "상생협약,",
        "업무협약",
    ]


def test_needs_a_region_or_a_party(archive):
    result = CliRunner().invoke(cli, ["--db", str(archive), "partners"])
    assert result.exit_code == 2
    assert "--region or --party" in result.output


def test_no_partners_is_a_friendly_line(archive):
    result = CliRunner().invoke(cli, ["--db", str(archive), "partners", "--region", "제주"])
    assert result.exit_code == 0
    assert "No agreements match (region 제주특별자치도)" in result.output


def test_a_body_its_name_makes_the_regions_own_is_its_side_not_its_partner(tmp_path):
    """ "부산과 울산, 경남 테크노파크들이 …": 부산테크노파크 is 부산's own body, so asked about
    부산 it is the side and its two neighbours the partners (a newcomer's finding 13: it was
    listed as 부산's partner, since only a government carries its region). A company named
    for the place is no body of it, and stays a partner."""
    path = tmp_path / "archive.db"
    technoparks = ["부산테크노파크", "울산테크노파크", "경남테크노파크"]
    build(
        path,
        [
            Signing(
                [(name, None) for name in technoparks],
                date=(2025, 3, 12),
                regions=["부산광역시", "울산광역시", "경상남도"],
            ),
            Signing(
                [("부산광역시교육청", None), ("부산빛항운㈜", None)],
                date=(2025, 4, 2),
                regions=["부산광역시"],
            ),
        ],
    )
    ranked = partners(path, "--region", "부산")
    assert sorted(p["name"] for p in ranked) == ["경남테크노파크", "부산빛항운㈜", "울산테크노파크"]
    assert [p["name"] for p in partners(path, "--region", "울산")] == [
        "경남테크노파크",
        "부산테크노파크",
    ]
