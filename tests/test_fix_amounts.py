"""`fix --investment/--jobs`: an agreement's amount and promised jobs corrected like any
other fact (recorded, marked in `show`, undone, exported and imported, kept by reextract)."""

from __future__ import annotations

from pathlib import Path

import pytest
from curation_archive import DAILY, Archive

INVESTMENT = "\n".join(
    [
        "해남군, 그린수소 기업과 투자협약",
        "명현관 해남군수와 박도윤 한빛그린수소㈜ 대표는 8일 해남군청에서"
        " '그린수소 생산시설 건립을 위한 투자협약'을 체결했다.",
        "협약에 따라 한빛그린수소는 500억원을 투자해 산이면 일원에 생산시설을 짓고"
        " 신규 일자리 80개를 만든다.",
        '명현관 군수는 "지역 청년의 일자리가 늘어날 것"이라고 말했다.',
        "해남=정하늘 기자 haneul@namdo.example",
        "",
    ]
)


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def _invested(archive: Archive) -> str:
    path = archive.files / "investment.txt"
    path.write_text(INVESTMENT, encoding="utf-8")
    archive.ok("add", "--quiet", str(path))
    (agreement,) = archive.agreements()
    assert (agreement["investment_krw"], agreement["jobs"]) == (50_000_000_000, 80)
    return str(agreement["id"])


def test_investment_and_jobs_are_corrected_marked_and_undone(archive: Archive) -> None:
    ident = _invested(archive)
    result = archive.ok("fix", ident, "--investment", "1조 2천억원", "--jobs", "120명")
    assert "investment: 500억 원 → 1조 2,000억 원" in result.out
    assert "jobs: 80명 → 120명" in result.out
    shown = archive.json("show", ident)
    assert (shown["investment_krw"], shown["jobs"]) == (1_200_000_000_000, 120)
    assert shown["corrected"] == ["investment_krw", "jobs"]
    people = archive.ok("show", ident).out
    assert "1조 2,000억 원  수정 1" in people and "120명  수정 2" in people
    # A correction's number is no agreement id: no "#" before it.
    assert "수정 #" not in people
    assert archive.json("stats")["investment_krw"] == 1_200_000_000_000
    archive.ok("reextract")
    assert archive.json("show", ident)["investment_krw"] == 1_200_000_000_000
    archive.ok("corrections", "--undo", "1")
    assert archive.json("show", ident)["investment_krw"] == 50_000_000_000


def test_an_amount_is_cleared_and_stays_cleared(archive: Archive) -> None:
    ident = _invested(archive)
    archive.ok("fix", ident, "--jobs", "", "--note", "일자리 수는 미정")
    shown = archive.json("show", ident)
    assert shown["jobs"] is None and shown["corrected"] == ["jobs"]
    assert "jobs: 80명 → -" in archive.ok("corrections").out
    assert "수정 1: 일자리 수는 미정" in archive.ok("show", ident).out
    archive.ok("reextract")
    assert archive.json("show", ident)["jobs"] is None
    assert archive.json("show", ident)["place"] == "해남군청"
    archive.ok("fix", ident, "--place", "")  # a clearing value alone is something to fix
    assert archive.json("show", ident)["place"] is None


def test_amounts_travel_with_an_export(archive: Archive, tmp_path: Path) -> None:
    archive.add(DAILY)
    ident = str(archive.agreement_of(DAILY)["id"])
    archive.ok("fix", ident, "--investment", "150억", "--jobs", "1,200")
    fixes = tmp_path / "fixes.jsonl"
    archive.ok("corrections", "--export", str(fixes))
    other = Archive(tmp_path / "other")
    other.add(DAILY)
    assert "2 imported" in other.ok("corrections", "--import", str(fixes)).out
    rebuilt = other.agreement_of(DAILY)
    assert (rebuilt["investment_krw"], rebuilt["jobs"]) == (15_000_000_000, 1200)
    assert rebuilt["corrected"] == ["investment_krw", "jobs"]


@pytest.mark.parametrize(
    ("flag", "value"),
    [
        ("--investment", "abc"),
        ("--investment", "150억 달러"),
        ("--investment", "약 150억"),
        # Typos, which a sum of their parts would turn into another number (newcomer 49, 6).
        ("--investment", "1조조"),
        ("--investment", "150억억"),
        ("--investment", "1억1억"),
        ("--investment", "3천천"),
        ("--investment", "억"),
        ("--jobs", "1,2,0"),
        ("--jobs", "120명명"),
    ],
)
def test_an_amount_that_is_not_a_number_is_refused(archive: Archive, flag: str, value: str) -> None:
    archive.add(DAILY)
    result = archive.run("fix", "1", flag, value)
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert flag in result.err
    # The examples are of the amount asked for: jobs are counted in people, never in 억.
    assert ("억" in result.err) == (flag == "--investment")
    assert archive.json("corrections") == []


@pytest.mark.parametrize(
    ("flag", "value"), [("--jobs", "1.5"), ("--investment", "150.5"), ("--jobs", "1.2345천")]
)
def test_a_fraction_with_no_unit_to_make_it_whole_is_refused(
    archive: Archive, flag: str, value: str
) -> None:
    """ "--jobs 1.5" was stored as 2: a whole number only, which 1.5만 (15,000) is."""
    archive.add(DAILY)
    result = archive.run("fix", "1", flag, value)
    assert result.code == 2 and "whole number" in result.err
    assert "e-" not in result.err and "e+" not in result.err  # the number as written, exact
    assert archive.json("corrections") == []
    archive.ok("fix", "1", "--jobs", "1.5만")
    assert archive.json("show", "1")["jobs"] == 15_000
    archive.ok("fix", "1", "--jobs", "1.0")
    assert archive.json("show", "1")["jobs"] == 1


def test_an_empty_date_clears_an_agreements_date_as_it_clears_its_place(
    archive: Archive,
) -> None:
    """`fix 3 --date ''` said "nothing to fix", though `''` clears the place, the title and
    the amounts: a date read wrongly, with no right one to give, is cleared the same way."""
    ident = _invested(archive)
    archive.ok("fix", ident, "--date", "2024-05-08")
    result = archive.ok("fix", ident, "--date", "", "--note", "날짜 확인 안 됨")
    assert "date: 2024-05-08 → -" in result.out
    shown = archive.json("show", ident)
    assert (shown["date"], shown["date_precision"]) == (None, "unknown")
    assert shown["corrected"] == ["date"]
    archive.ok("reextract")
    assert archive.json("show", ident)["date"] is None
    archive.ok("corrections", "--undo", "2")
    assert archive.json("show", ident)["date"] == "2024-05-08"


def test_an_empty_date_is_refused_for_an_article(archive: Archive) -> None:
    """An article's metadata is never cleared (`--title ''` is refused): nor is its date."""
    _invested(archive)
    result = archive.run("fix", "--article", "1", "--date", "")
    assert (result.code, result.err) == (2, "error: --date cannot be empty for an article\n")


@pytest.mark.parametrize("flag", ["--region", "--add-region", "--remove-region"])
def test_an_empty_region_is_refused_as_empty_not_as_unknown(archive: Archive, flag: str) -> None:
    """`fix 3 --region ''` said 'unknown region ""', as if a place had been misspelt."""
    ident = _invested(archive)
    result = archive.run("fix", ident, flag, "")
    assert (result.code, result.err) == (2, f"error: {flag} cannot be empty\n")
