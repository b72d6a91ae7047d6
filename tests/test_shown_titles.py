"""An agreement whose articles quote no name for it is shown under its first report's
headline, with its kind, not under its kind alone ("업무협약"), which told it from no other
agreement (newcomer 55: 16). Its JSON keeps its `title` as read (null)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli

from mouarchive.shown_titles import shown_title, title_parts

HEADLINE = "하늘군, 누리대학과 청년 창업 손잡는다"
ARTICLE = (
    f"{HEADLINE}\n입력 2024.05.05 11:00\n\n"
    "하늘군은 5일 군청에서 누리대학과 청년 창업 지원을 위한 업무협약을 체결했다고 밝혔다.\n\n"
    "대학은 창업 강좌를 열고 군은 청년 창업자에게 사무실을 빌려준다.\n\n서하람 기자\n"
)


def _archive(tmp_path: Path) -> str:
    db = str(tmp_path / "a.db")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run_cli("--db", db, "add", str(tmp_path / "a.txt")).code == 0
    return db


def test_show_names_an_unnamed_agreement_by_its_headline(tmp_path: Path) -> None:
    db = _archive(tmp_path)
    shown = run_cli("--db", db, "--no-color", "show", "1").out
    assert shown.splitlines()[0] == f"#1 {HEADLINE} (업무협약)"
    assert f"· {HEADLINE} (업무협약) ·" in run_cli("--db", db, "--no-color", "show", "a1").out
    agreement = json.loads(run_cli("--db", db, "show", "1", "--format", "json").out)
    assert (agreement["title"], agreement["kind"]) == (None, "업무협약")


def test_the_timeline_names_it_so_too(tmp_path: Path) -> None:
    db = _archive(tmp_path)
    out = run_cli("--db", db, "--no-color", "timeline", "--party", "하늘군").out
    assert f"{HEADLINE} (업무협약)" in out


def test_show_given_an_id_and_article_names_both_ways(tmp_path: Path) -> None:
    """ "show a2 --article 2" said to give an id, which was given: it names --article too."""
    result = run_cli("--db", _archive(tmp_path), "show", "a1", "--article", "1")
    assert result.code == 2
    assert "give an id (12, #12 or a3) or --article ID, not both" in result.err


TWO_SIGNINGS = (
    f"{HEADLINE}\n입력 2024.05.05 11:00\n\n"
    "하늘군은 5일 군청에서 누리대학과 청년 창업 지원을 위한 업무협약을 체결했다고 밝혔다.\n\n"
    "대학은 창업 강좌를 연다.\n\n"
    "한편 하늘군은 지난 2일 솔빛농협과 농산물 직거래 확대를 위한 업무협약을 맺었다.\n\n"
    "서하람 기자\n"
)


def test_a_headline_is_lent_only_to_the_agreement_it_names(tmp_path: Path) -> None:
    """An article reporting two signings named the second (하늘군 · 솔빛농협) by the first's
    headline, which names the other partner (review 56b, 5): the second keeps its kind."""
    db = str(tmp_path / "a.db")
    (tmp_path / "a.txt").write_text(TWO_SIGNINGS, encoding="utf-8")
    assert run_cli("--db", db, "add", str(tmp_path / "a.txt")).code == 0
    titles = {
        run_cli("--db", db, "--no-color", "show", str(number)).out.splitlines()[0]
        for number in (1, 2)
    }
    assert titles == {f"#1 {HEADLINE} (업무협약)", "#2 업무협약"}
    out = run_cli("--db", db, "--no-color", "timeline", "--party", "솔빛농협").out
    assert HEADLINE not in out
    assert "업무협약" in out


def test_show_and_the_timeline_name_an_agreement_by_one_rule() -> None:
    """`show` and `timeline` each decided "title, else lent headline (kind)" (review 56b,
    13): one rule now, the timeline setting the kind apart, a quoted name standing alone in
    `show`."""
    lent = {"title": None, "headline": [HEADLINE, 1], "parties": ["하늘군"], "kind": "업무협약"}
    quoted = {**lent, "title": "청년 창업 동행 협약", "kind": "MOU"}
    assert title_parts(lent) == (HEADLINE, "업무협약")
    assert shown_title(lent) == f"{HEADLINE} (업무협약)"
    assert (title_parts(quoted), shown_title(quoted)) == (
        ("청년 창업 동행 협약", "MOU"),
        "청년 창업 동행 협약",
    )
    assert title_parts({**lent, "headline": None}) == ("업무협약", None)
