"""`split` of an agreement whose reports one article gives says so, and names the undo that
parts them (newcomer 48, finding 10)."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli

TWO_SIGNINGS = (
    "인공지능사업단, 한빛광산업협회·한빛AI협회와 잇따라 협약\n"
    "인공지능산업융합사업단(이하 AI사업단)은 10일 광주 본원에서 한빛광산업협회와"
    " '광융합 인공지능 기술 협력을 위한 업무협약'을 체결했다.\n"
    "두 기관은 ▲광융합 기술 공동 연구 ▲실증 장비 공동 활용 등에 협력한다.\n"
    "AI사업단은 이어 같은 날 오후 서울 코엑스에서 한빛AI협회와"
    " '인공지능 기업 육성을 위한 업무협약'을 맺었다.\n"
    "협약에 따라 양 기관은 ▲AI 스타트업 발굴 ▲해외 진출 지원 등을 함께 추진한다.\n"
    "광주=정해님 기자\n"
)


def test_split_of_one_articles_merged_signings_points_at_the_undo(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.db")
    (tmp_path / "two.txt").write_text(TWO_SIGNINGS, encoding="utf-8")
    assert run_cli("--db", db, "add", "--date", "2024-09-10", str(tmp_path / "two.txt")).code == 0
    assert run_cli("--db", db, "merge", "1", "2").code == 0

    result = run_cli("--db", db, "split", "1", "--article", "a1")

    assert result.code == 2
    assert result.err == (
        "error: agreement #1's 2 reports both come from article a1: split moves an article's"
        " reports, and none would be left; undo the merge that joined them:"
        " mouarchive corrections --undo 1\n"
    )
    assert run_cli("--db", db, "corrections", "--undo", "1").code == 0
    timeline = run_cli("--db", db, "timeline").out
    assert "#1" in timeline and "#2" in timeline
