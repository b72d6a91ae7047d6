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
            Signing(
                [("해운대구보건소", None), ("해운대약국협의회", None)],
                date=(2025, 4, 16),
                regions=["부산광역시 해운대구"],
            ),
        ],
    )
    ranked = partners(path, "--region", "부산")
    assert sorted(p["name"] for p in ranked) == [
        "경남테크노파크",
        "부산빛항운㈜",
        "울산테크노파크",
        "해운대약국협의회",
    ]
    assert [p["name"] for p in partners(path, "--region", "울산")] == [
        "경남테크노파크",
        "부산테크노파크",
    ]


BUSAN = ("부산광역시", "부산광역시")


def in_busan(partner: str, day: int) -> Signing:
    return Signing([BUSAN, (partner, None)], date=(2025, 3, day), regions=["부산광역시"])


def test_a_branch_a_national_office_or_a_members_body_in_the_region_stays_its_partner(tmp_path):
    """A region's side is its government and the bodies it runs: a bank's or a company's
    branch named for the place ("KB국민은행 부산지역본부"), a ministry's office in it
    ("부산지방국세청") or its merchants' chamber signed with 부산, not as 부산 (review 58 c,
    1 and 4: they were counted as 부산's side, and the agreement as one with no partner)."""
    path = tmp_path / "archive.db"
    branches = ["KB국민은행 부산지역본부", "한빛통신 부산지사", "부산지방국세청", "부산상공회의소"]
    build(
        path,
        [
            *(in_busan(name, day) for day, name in enumerate(branches, start=3)),
            Signing(
                [("울산광역시", "울산광역시"), ("한국가스공사 부산울산지역본부", None)],
                date=(2025, 4, 8),
                regions=["울산광역시"],
            ),
        ],
    )
    assert sorted(p["name"] for p in partners(path, "--region", "부산")) == sorted(branches)
    assert [p["name"] for p in partners(path, "--region", "울산")] == [
        "한국가스공사 부산울산지역본부"
    ]


def test_the_side_is_read_where_the_name_alone_leaves_the_place_open(tmp_path):
    """A body named with a bare 광주 is the side of the reading its agreement holds
    ("광주테크노파크와 경기테크노파크": 광주광역시's side, 경기's partner), of either where the
    agreement is 광주's only by a reading ("광주시와 광주시의회": the council is no partner of
    its own city); a district's body the name does not place ("중구보건소") is the side of the
    district the agreement lies in; the zone's authority is the side of each place running it;
    a provincial paper is a partner (review 58 c, 2, 3, 5 and 6)."""
    path = tmp_path / "archive.db"
    build(
        path,
        [
            Signing(
                [("광주테크노파크", None), ("경기테크노파크", None)],
                date=(2025, 5, 7),
                regions=["광주광역시", "경기도"],
            ),
            Signing(
                [("광주시", None), ("광주시의회", None), ("빛고을상인회", None)],
                date=(2025, 5, 19),
                ambiguous=["광주광역시"],
            ),
            Signing(
                [("중구보건소", None), ("중구한의사회", None)],
                date=(2025, 6, 2),
                regions=["부산광역시 중구"],
            ),
            Signing(
                [("부산진해경제자유구역청", None), ("경상남도 김해시", "경상남도 김해시")],
                date=(2025, 6, 23),
                regions=["부산광역시", "경상남도"],
            ),
            Signing(
                [("경남도민일보", None), ("경상국립대학교", None)],
                date=(2025, 7, 1),
                regions=["경상남도"],
            ),
        ],
    )
    assert sorted(p["name"] for p in partners(path, "--region", "광주")) == [
        "경기테크노파크",
        "빛고을상인회",
    ]
    assert [p["name"] for p in partners(path, "--region", "경기 광주")] == ["빛고을상인회"]
    assert sorted(p["name"] for p in partners(path, "--region", "부산")) == [
        "경상남도 김해시",
        "중구한의사회",
    ]
    assert sorted(p["name"] for p in partners(path, "--region", "경남")) == [
        "경남도민일보",
        "경상국립대학교",
    ]
