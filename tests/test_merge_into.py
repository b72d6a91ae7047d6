"""`merge A B` keeps A's date, title and place, the agreement merged into; B's fill only
what A lacks (newcomer 48, finding 9)."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli

NEWER = (
    "순천시-한빛대, 정원산업 인재 양성 '맞손'\n"
    "노관규 순천시장과 김하늘 한빛대학교 총장은 12일 순천시청 접견실에서"
    " '정원산업 전문인력 양성을 위한 업무협약'을 체결했다.\n"
    "협약에 따라 양 기관은 ▲정원산업 전문인력 양성 ▲현장실습 공동 운영 등에 협력한다.\n"
    "순천=윤초록 기자\n"
)
OLDER = (
    "순천시·한빛대, 생태관광 활성화 협약\n"
    "순천시와 한빛대학교는 8일 한빛대 본관에서 '생태관광 활성화를 위한 협약'을 맺었다.\n"
    "두 기관은 ▲생태관광 프로그램 공동 개발 ▲대학생 해설사 양성 등에 힘을 모으기로 했다.\n"
    "순천=윤초록 기자\n"
)


def cli(db: str, *args: str) -> str:
    result = run_cli("--db", db, *args)
    assert result.code == 0, result.err
    return result.out


def archive(tmp_path: Path, newer: str) -> str:
    db = str(tmp_path / "archive.db")
    (tmp_path / "newer.txt").write_text(newer, encoding="utf-8")
    (tmp_path / "older.txt").write_text(OLDER, encoding="utf-8")
    cli(db, "add", "--date", "2024-03-12", str(tmp_path / "newer.txt"))
    cli(db, "add", "--date", "2022-09-08", str(tmp_path / "older.txt"))
    return db


def test_the_agreement_merged_into_keeps_its_date_title_and_place(tmp_path: Path) -> None:
    db = archive(tmp_path, NEWER)

    assert "merged #2 into #1" in cli(db, "merge", "1", "2")

    shown = cli(db, "show", "1")
    assert shown.startswith("#1 정원산업 전문인력 양성을 위한 업무협약\n")
    assert " date         2024-03-12 " in shown
    assert " place        순천시청 접견실" in shown
    assert "생태관광 프로그램 공동 개발" not in shown.split("source article")[0]


def test_the_merged_agreement_fills_only_what_the_first_lacks(tmp_path: Path) -> None:
    db = archive(tmp_path, NEWER.replace(" 순천시청 접견실에서", ""))

    cli(db, "merge", "1", "2")

    shown = cli(db, "show", "1")
    assert " date         2024-03-12 " in shown
    assert " place        한빛대 본관" in shown
