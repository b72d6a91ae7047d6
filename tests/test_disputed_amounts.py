"""Reports of one signing that disagree on its sum or its jobs: `review` lists the agreement,
each figure with the articles that give it, and the `fix` that settles it, until the owner
has fixed that field."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli

from mouarchive.disputes import disputes


def _report(outlet: str, eok: int, jobs: int) -> str:
    return (
        "영천시·한솔바이오, 식물성 단백질 공장 투자협약\n\n"
        f"[{outlet} 이하늘 기자] 경북 영천시가 식물성 단백질 생산 공장을 유치했다.\n\n"
        "영천시는 3일 시청 대회의실에서 ㈜한솔바이오와 "
        f"{eok}억원 규모의 식물성 단백질 공장 건립 투자협약을 체결했다고 4일 밝혔다.\n\n"
        f"협약에 따라 한솔바이오는 첨단산업단지에 공장을 짓고 신규 고용 {jobs}명을 창출하며,"
        " 영천시는 행정 지원에 나선다.\n\n"
        f"입력 2024.03.04 오전 9:00\nCopyright ⓒ {outlet}. 무단전재 및 재배포 금지.\n"
    )


def _archive(tmp_path: Path) -> str:
    db = str(tmp_path / "archive.db")
    reports = [("가온일보", 300, 50), ("나래신문", 300, 50), ("다온뉴스", 324, 74)]
    paths = []
    for number, (outlet, eok, jobs) in enumerate(reports, start=1):
        path = tmp_path / f"{number}.txt"
        path.write_text(_report(outlet, eok, jobs), encoding="utf-8")
        paths.append(str(path))
    assert run_cli("--db", db, "add", *paths).code == 0
    return db


def _review(db: str) -> list[dict]:
    result = run_cli("--db", db, "review", "--format", "json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_reports_that_disagree_on_sum_and_jobs_are_reviewed(tmp_path: Path) -> None:
    db = _archive(tmp_path)
    items = [item for item in _review(db) if item["kind"] == "disputed_amount"]
    assert [(i["agreement_id"], i["problem"], i["command"]) for i in items] == [
        (
            1,
            "reports disagree on investment: 300억 원 (a1, a2), 324억 원 (a3)",
            "mouarchive fix 1 --investment 300억",
        ),
        (1, "reports disagree on jobs: 50명 (a1, a2), 74명 (a3)", "mouarchive fix 1 --jobs 50"),
    ]
    table = run_cli("--db", db, "review").out
    assert "#1: reports disagree on investment: 300억 원 (a1, a2), 324억 원 (a3)" in table
    assert "mouarchive fix 1 --jobs 50" in table


def test_a_field_the_owner_fixed_is_no_longer_disputed(tmp_path: Path) -> None:
    db = _archive(tmp_path)
    assert run_cli("--db", db, "fix", "1", "--investment", "324억").code == 0
    kinds = [(i["kind"], i["problem"].split(":")[0]) for i in _review(db)]
    assert ("disputed_amount", "reports disagree on jobs") in kinds
    assert ("disputed_amount", "reports disagree on investment") not in kinds
    assert run_cli("--db", db, "fix", "1", "--jobs", "50").code == 0
    assert all(item["kind"] != "disputed_amount" for item in _review(db))


def test_a_rounded_sum_agrees_and_many_figures_are_cut_short() -> None:
    rounded = [(1, [], 717_000_000_000, None, 1), (1, [], 700_000_000_000, None, 2)]
    assert disputes(rounded) == []
    many = [(2, [], None, 50 + n % 5, n) for n in range(1, 11)]
    (dispute,) = disputes(many)
    assert [value for value, _ in dispute.told] == [51, 52, 53, 54, 50]
    assert dispute.told[0][1] == (1, 6) and dispute.most_told == 51
    assert disputes([(3, ["jobs"], None, 10, 1), (3, ["jobs"], None, 20, 2)]) == []
