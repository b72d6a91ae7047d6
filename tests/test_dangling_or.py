"""An OR not between two terms is searched as text, and the user is told so in one line
(newcomer 48, finding 22)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run_cli

ARTICLE = (
    "나주시·한전KDN, 에너지 신산업 육성 업무협약\n"
    "윤병태 나주시장과 한전KDN 사장은 11일 시청 이화실에서 '에너지 신산업 육성을 위한"
    " 업무협약'을 체결했다.\n"
    "나주=한빛 기자\n"
)
NOTE = 'note: an OR not between two terms is searched as the text "OR"; write TERM OR TERM\n'


@pytest.fixture
def db(tmp_path: Path) -> str:
    db = str(tmp_path / "archive.db")
    (tmp_path / "나주.txt").write_text(ARTICLE, encoding="utf-8")
    assert run_cli("--db", db, "add", str(tmp_path / "나주.txt")).code == 0
    return db


@pytest.mark.parametrize("query", ["협약 OR", "OR 협약", "협약 OR -MOU", "협약 OR OR 체결"])
def test_a_dangling_or_is_searched_as_text_and_said(db: str, query: str) -> None:
    result = run_cli("--db", db, "search", "--", query)

    assert result.code == 0
    assert result.err == NOTE


@pytest.mark.parametrize("query", ["협약 OR 체결", '"OR" 협약', "협약"])
def test_an_or_between_terms_or_quoted_has_no_note(db: str, query: str) -> None:
    assert run_cli("--db", db, "search", "--", query).err == ""
