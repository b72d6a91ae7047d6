"""A signing of many bodies, told by its count in the lead and by name a few sentences on, as
city press releases tell them (our own articles, in the style of regional wire copy)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate

PUBLISHED = PartialDate(2019, 9, 10)
NAMED = (
    "울산세관, 고용노동부 울산지청, 울산세무서, 동울산세무서, 울산우체국, 남울산우체국,"
    " 한국공항공사 울산지사, 국립울산검역소"
)
RELEASE = (
    "울산시는 '3대 미래 전략'의 성공을 위해 8개 기관과 업무 협약을 체결했다고 10일 밝혔다.\n"
    "3대 미래 전략은 시가 미래 먹거리 발굴을 위해 추진하고 있는 3개 사업을 뜻한다.\n"
    "해상풍력 발전 단지, 수소 도시 조성, 울산 첫 국립병원 건립 사업 등이다.\n"
    f"이번 협약에는 시를 비롯해 {NAMED} 등이 참여했다.\n"
)
EVERY_BODY = {
    "울산광역시",
    "울산세관",
    "고용노동부 울산지청",
    "울산세무서",
    "동울산세무서",
    "울산우체국",
    "남울산우체국",
    "한국공항공사 울산지사",
    "국립울산검역소",
}


def _parties(body: str) -> list[set[str]]:
    article = Article(title=None, body=body, published=PUBLISHED)
    return [{p.name for p in report.parties} for report in extract_agreements(article)]


def test_a_counted_signing_takes_the_bodies_named_a_few_sentences_on() -> None:
    assert _parties(RELEASE) == [EVERY_BODY]


def test_a_count_named_nowhere_still_tells_no_signing_of_the_day() -> None:
    assert _parties("누리시는 기업 7곳과 가족회사 협약을 맺었다고 10일 밝혔다.\n") == []


def test_a_list_of_projects_or_of_what_was_just_named_is_no_partner() -> None:
    for projects in (
        "해상풍력 발전 단지, 수소 도시 조성, 울산 첫 국립병원 건립 사업 등이다.",
        "이는 해상풍력 발전 단지, 수소 도시, 울산 첫 국립병원 등이다.",
    ):
        body = RELEASE.replace(
            "해상풍력 발전 단지, 수소 도시 조성, 울산 첫 국립병원 건립 사업 등이다.", projects
        )
        (names,) = _parties(body)
        assert "울산 첫 국립병원" not in names
        assert "수소 도시" not in names


def test_two_reports_keep_the_offices_of_neighbouring_districts_apart(tmp_path: Path) -> None:
    wire = tmp_path / "wire.txt"
    daily = tmp_path / "daily.txt"
    wire.write_text(RELEASE, encoding="utf-8")
    daily.write_text(
        "울산시와 8개 기관, 3대 미래 전략 협력\n"
        "울산시는 10일 시청 상황실에서 8개 기관과 '3대 미래 전략' 성공을 위한 업무 협약을"
        " 체결했다.\n"
        f"이번 협약에는 시를 비롯해 {NAMED} 등이 참여했다.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "a.db")
    assert run_cli("--db", db, "add", "--date", "2019-09-10", str(wire), str(daily)).code == 0
    exported = run_cli("--db", db, "export", "--format", "jsonl").out.splitlines()
    (agreement,) = [json.loads(line) for line in exported]
    assert set(agreement["parties"]) == EVERY_BODY


def test_a_count_of_another_year_named_after_it_stays_background() -> None:
    body = (
        "울산시는 지난 2018년 3개 기관과 업무 협약을 체결했다고 10일 밝혔다.\n"
        "당시 협약에는 울산세관, 울산세무서, 울산우체국 등이 참여했다.\n"
    )
    assert _parties(body) == []
