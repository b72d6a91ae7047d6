"""A file removed and then added again is back: its removal is undone in the record, so an
exported list of corrections no longer deletes it from another archive that imports it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_cli

TEXT = (
    "다솜군, 새터대학교와 업무협약\n\n다솜군은 3일 새터대학교와 인재 양성을 위한 업무협약을"
    " 맺었다고 밝혔다.\n\n한별 기자\n"
)


def test_a_file_added_again_after_remove_is_no_removal_to_export(tmp_path: Path) -> None:
    article = tmp_path / "b.txt"
    article.write_text(TEXT, encoding="utf-8")
    mine, theirs = str(tmp_path / "mine.db"), str(tmp_path / "theirs.db")
    assert run_cli("--db", mine, "add", str(article)).code == 0
    assert run_cli("--db", mine, "remove", "--yes", str(article)).code == 0
    assert run_cli("--db", mine, "add", str(article)).code == 0

    exported = tmp_path / "fixes.jsonl"
    assert run_cli("--db", mine, "corrections", "--export", str(exported)).code == 0
    (removal,) = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert removal["action"] == "delete" and removal["undone_at"] is not None
    assert "file (added again)" in run_cli("--db", mine, "corrections").out

    assert run_cli("--db", theirs, "add", str(article)).code == 0
    assert run_cli("--db", theirs, "corrections", "--import", str(exported)).code == 0
    assert "다솜군" in run_cli("--db", theirs, "show", "--article", "1").out


def test_reextract_does_not_bring_back_an_article_removed_from_a_page_of_several(
    env_archive: Path,
) -> None:
    page = Path(__file__).resolve().parents[1] / "examples" / "articles" / "04_newspaper_page.txt"
    assert run_cli("add", str(page)).code == 0
    assert run_cli("remove", "--article", "2", "--yes").code == 0

    assert run_cli("reextract").code == 0

    assert run_cli("show", "--article", "2").code != 0
    assert json.loads(run_cli("info", "--format", "json").out)["articles"] == 2


def test_an_imported_removal_deletes_only_when_asked_and_names_what_it_deletes(
    tmp_path: Path,
) -> None:
    kept, gone = tmp_path / "kept.txt", tmp_path / "gone.txt"
    kept.write_text(TEXT, encoding="utf-8")
    gone.write_text(TEXT.replace("다솜군", "누리군").replace("새터", "가람"), encoding="utf-8")
    mine, theirs = str(tmp_path / "mine.db"), str(tmp_path / "theirs.db")
    for db in (mine, theirs):
        assert run_cli("--db", db, "add", str(kept), str(gone)).code == 0
    assert run_cli("--db", mine, "remove", "--article", "2", "--yes").code == 0
    exported = tmp_path / "fixes.jsonl"
    assert run_cli("--db", mine, "corrections", "--export", str(exported)).code == 0

    asked = run_cli("--db", theirs, "corrections", "--import", str(exported))
    assert asked.code == 0
    assert "not removed: a2 〈누리군, 가람대학교와 업무협약〉" in asked.out
    assert "import again with --yes" in asked.out
    assert json.loads(run_cli("--db", theirs, "info", "--format", "json").out)["articles"] == 2

    agreed = run_cli("--db", theirs, "corrections", "--import", str(exported), "--yes")
    assert "removed: a2 〈누리군, 가람대학교와 업무협약〉" in agreed.out
    assert "1 imported" in agreed.out
    assert json.loads(run_cli("--db", theirs, "info", "--format", "json").out)["articles"] == 1


def test_removing_and_adding_back_a_page_keeps_out_the_article_removed_from_it_before(
    tmp_path: Path,
) -> None:
    page = Path(__file__).resolve().parents[1] / "examples" / "articles" / "04_newspaper_page.txt"
    db = str(tmp_path / "a.db")
    assert run_cli("--db", db, "add", str(page)).code == 0
    title = json.loads(run_cli("--db", db, "show", "--article", "1", "--format", "json").out)
    assert run_cli("--db", db, "remove", "--article", "1", "--yes").code == 0
    assert run_cli("--db", db, "remove", "--yes", str(page)).code == 0

    again = json.loads(run_cli("--db", db, "add", str(page), "--format", "json").out)

    assert again["articles_added"] == 2
    label = f"article 1: {title['title']}"
    assert again["kept_out"] == [{"correction": 1, "removed": label}]
    assert "undone" not in run_cli("--db", db, "corrections", "--format", "csv").out.split("\n")[1]


def test_an_article_removed_stays_out_when_its_page_comes_back_edited(tmp_path: Path) -> None:
    """The outlet mends a sentence of the removed article: its hash differs, its text does
    not, so it stays out (review 54a, 1)."""
    source = Path(__file__).resolve().parents[1] / "examples" / "articles" / "04_newspaper_page.txt"
    page = tmp_path / "page.txt"
    page.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    db = str(tmp_path / "a.db")
    assert run_cli("--db", db, "add", str(page)).code == 0
    removed = json.loads(run_cli("--db", db, "show", "--article", "2", "--format", "json").out)
    assert run_cli("--db", db, "remove", "--article", "2", "--yes").code == 0
    body = removed["body"]
    last = body.rstrip().rsplit("\n", 1)[-1]
    text = page.read_text(encoding="utf-8")
    assert last in text
    page.write_text(text.replace(last, last.replace("다.", "다고 덧붙였다.")), encoding="utf-8")

    again = json.loads(run_cli("--db", db, "add", str(page), "--format", "json").out)

    assert [k["correction"] for k in again["kept_out"]] == [1]
    assert json.loads(run_cli("--db", db, "info", "--format", "json").out)["articles"] == 2
    assert run_cli("--db", db, "reextract").code == 0
    assert json.loads(run_cli("--db", db, "info", "--format", "json").out)["articles"] == 2


def test_a_file_added_again_whose_only_article_was_removed_says_so(tmp_path: Path) -> None:
    """Not "1 already in the archive" for an article that is not there (review 54 a2, B7)."""
    article = tmp_path / "b.txt"
    article.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "a.db")
    assert run_cli("--db", db, "add", str(article)).code == 0
    assert run_cli("--db", db, "remove", "--article", "1", "--yes").code == 0
    assert "kept out" in run_cli("--db", db, "add", str(article)).out
    again = run_cli("--db", db, "add", str(article))
    assert again.code == 0

    assert "0 articles added, 0 already in the archive" in again.out
    assert "already in the archive, without its articles: you removed them" in again.err


PAGE = (
    "누리군·가람대, 드론 방제 인력 키운다\n\n"
    "[들녘일보 한재윤 기자] 누리군은 4일 군청에서 가람대학교와 드론 방제 전문인력 양성을 위한"
    " 업무협약을 체결했다.\n\n"
    "두 기관은 ▲드론 조종 교육 ▲방제 현장 실습에 함께하기로 했다.\n\n"
    "한재윤 기자\n입력 2024.03.05 오전 9:10\nCopyright © 들녘일보. 무단전재 및 재배포 금지.\n\n\n"
    "새터시·한빛항만공사, 물류센터 유치 맞손\n\n"
    "[들녘일보 서다인 기자] 새터시는 5일 시청에서 한빛항만공사와 냉동 물류센터 유치를 위한"
    " 업무협약을 맺었다.\n\n"
    "양 기관은 ▲부지 확보 ▲입주 기업 지원에 힘을 모은다.\n\n"
    "서다인 기자\n입력 2024.03.05 오후 2:20\nCopyright © 들녘일보. 무단전재 및 재배포 금지.\n"
)


def test_a_page_added_again_unchanged_says_the_article_it_keeps_out(tmp_path: Path) -> None:
    """The file is not read again, so nothing said the removal kept its article out: "0
    articles added, 1 already in the archive" and no more, from a file or from stdin
    (review 54 a2, S1)."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    db = str(tmp_path / "a.db")
    assert run_cli("--db", db, "add", str(page)).code == 0
    assert run_cli("--db", db, "remove", "--article", "2", "--yes").code == 0

    again = run_cli("--db", db, "add", str(page))
    piped = run_cli("--db", db, "add", "-", stdin=PAGE.encode("utf-8"))

    for said in (again, piped):
        assert said.code == 0
        (kept,) = [line for line in said.out.splitlines() if line.startswith("kept out:")]
        assert "article 2: 새터시·한빛항만공사, 물류센터 유치 맞손" in kept
        assert "(correction 1;" in kept
    assert run_cli("--db", db, "corrections", "--undo", "1").code == 0
    assert "kept out" not in run_cli("--db", db, "add", str(page)).out
