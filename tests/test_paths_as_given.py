"""Paths in messages as the user gave them, and one answer to one mistake: a folder given
where a file is wanted (newcomer 48, findings 18 and 19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run_cli

ARTICLE = (
    "목포시-해양대, 친환경 선박 인재 양성 맞손\n"
    "목포시와 국립목포해양대학교는 21일 시청 상황실에서 '친환경 선박 전문인력 양성을 위한"
    " 업무협약'을 체결했다.\n"
    "목포=김바다 기자\n"
)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "기사").mkdir()
    (tmp_path / "기사" / "목포.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "기사" / "빈파일.txt").write_bytes(b"")
    (tmp_path / "메모.txt").write_text("협약 기사 모음 메모입니다.\n" * 40, encoding="utf-8")
    return tmp_path


def test_paths_in_messages_are_printed_as_given(here: Path) -> None:
    added = run_cli("--db", "보관.db", "add", "기사", "없는파일.txt")
    assert added.code == 1
    assert "failed: 기사/빈파일.txt: empty file\n" in added.err
    assert "failed: 없는파일.txt: no such file or folder\n" in added.err

    not_archive = run_cli("--db", "메모.txt", "stats")
    assert (not_archive.code, not_archive.err) == (
        1,
        "error: not a mouarchive archive: 메모.txt (not an SQLite database)\n",
    )


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--db", "기사", "search", "협약"), "--db 기사"),
        (("--db", ".", "add", "기사"), "--db ."),
        (("--db", "새폴더/", "add", "기사"), "--db 새폴더/"),
        (("--db", "보관.db", "export", "--output", "기사"), "--output 기사"),
        (("--db", "보관.db", "export", "--output", "내보내기/"), "--output 내보내기/"),
        (("--db", "보관.db", "corrections", "--export", "기사"), "--export 기사"),
    ],
)
def test_a_folder_given_for_a_file_is_one_usage_error(
    here: Path, args: tuple[str, ...], named: str
) -> None:
    assert run_cli("--db", "보관.db", "add", "기사/목포.txt").code == 0

    result = run_cli(*args)

    assert (result.code, result.out) == (2, "")
    assert result.err == f"error: {named} names a folder: give a file name\n"
    assert not (here / "새폴더").exists() and not (here / "내보내기").exists()


def test_an_output_in_a_missing_folder_is_told_as_for_the_archive(here: Path) -> None:
    assert run_cli("--db", "보관.db", "add", "기사/목포.txt").code == 0

    result = run_cli("--db", "보관.db", "export", "--output", "없는폴더/협약.csv")

    assert (result.code, result.err) == (
        2,
        "error: folder 없는폴더 does not exist (for --output 없는폴더/협약.csv):"
        " create it first, or give another path\n",
    )
