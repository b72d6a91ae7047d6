"""One folder is a folder, and `remove '<stdin>'` says how articles read from standard input
are removed (newcomer 48, finding 24)."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli

ARTICLE = (
    "울산시·한빛조선, 친환경 선박 생산 업무협약\n"
    "김두겸 울산시장과 박해람 한빛조선 대표는 3일 시청 본관에서 '친환경 선박 생산 기반"
    " 구축을 위한 업무협약'을 체결했다.\n"
    "울산=서다온 기자\n"
)


def test_one_skipped_folder_is_counted_in_the_singular(tmp_path: Path) -> None:
    saved = tmp_path / "저장"
    (saved / "기사_files").mkdir(parents=True)
    (saved / "기사.html").write_text(
        "<html><head><title>울산시·한빛조선 협약</title></head><body><article><p>"
        + ARTICLE.replace("\n", "</p><p>")
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    (saved / "기사_files" / "style.css").write_text("p {}", encoding="utf-8")
    (tmp_path / "바로가기").symlink_to(saved, target_is_directory=True)

    result = run_cli("--db", str(tmp_path / "a.db"), "add", str(tmp_path))

    assert "1 folder of a saved page's images and scripts" in result.out
    assert "1 symlinked folder (not followed)" in result.out
    assert "folders" not in result.out


def test_remove_stdin_says_articles_from_standard_input_go_by_id(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    assert run_cli("--db", db, "add", "-", stdin=ARTICLE.encode("utf-8")).code == 0

    result = run_cli("--db", db, "remove", "<stdin>", "--yes")

    assert (result.code, result.err) == (
        2,
        "error: <stdin> is no file: articles read from standard input are removed by id:"
        " mouarchive remove --article a1 (read from it: a1)\n",
    )
    assert run_cli("--db", db, "remove", "--article", "a1", "--yes").code == 0
