"""A text file (or a saved page) under a document's name is read as what it is, and UTF-16
without a byte-order mark is read when its byte order is plain (newcomer 48, 20 and 21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run_cli

ARTICLE = (
    "강릉시·한빛수소, 청정수소 생산기지 구축 투자협약\n"
    "김홍규 강릉시장과 이나래 ㈜한빛수소 대표는 12일 강릉시청 2층 상황실에서"
    " '청정수소 생산기지 구축을 위한 투자협약'을 체결했다.\n"
    "협약에 따라 ㈜한빛수소는 옥계면 일원에 850억 원을 들여 생산기지를 짓는다.\n"
    "“지역 경제에 활력을 불어넣겠다”고 김 시장은 말했다.\n"
    "강릉=최유리 기자 yuri@donghae.kr\n"
)
TITLE = "강릉시·한빛수소, 청정수소 생산기지 구축 투자협약"


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".hwpx", ".hwp"])
def test_a_text_file_named_as_a_document_is_read_as_text(tmp_path: Path, suffix: str) -> None:
    db = str(tmp_path / "archive.db")
    saved = tmp_path / f"강릉_투자협약{suffix}"
    saved.write_text(ARTICLE, encoding="utf-8")

    result = run_cli("--db", db, "add", str(saved))

    assert result.code == 0
    assert result.out.startswith("1 file read, 1 article added")
    assert result.err == (
        f"warning: {saved}: named {suffix} but holds text: read as text (rename it .txt)\n"
    )
    assert run_cli("--db", db, "show", "a1").out.startswith(f"article a1: {TITLE}\n")


def test_a_saved_page_named_as_a_pdf_is_read_as_a_page(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.db")
    saved = tmp_path / "강릉_투자협약.pdf"
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()[1:])
    saved.write_text(
        f"<!DOCTYPE html><html><head><title>{TITLE}</title></head>"
        f"<body><article><h1>{TITLE}</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )

    result = run_cli("--db", db, "add", str(saved))

    assert "read as: html 1" in result.out
    assert result.err == (
        f"warning: {saved}: named .pdf but holds a web page: read as html (rename it .html)\n"
    )
    shown = run_cli("--db", db, "show", "a1").out
    assert shown.startswith(f"article a1: {TITLE}\n") and "<p>" not in shown


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    db = str(tmp_path / "archive.db")
    saved = tmp_path / "강릉_투자협약.txt"
    saved.write_bytes(ARTICLE.encode(codec))

    result = run_cli("--db", db, "add", str(saved))

    assert (result.code, result.err) == (0, "")
    assert f"read as: {codec} 1" in result.out
    assert "850억" in run_cli("--db", db, "show", "a1").out


def test_nul_bytes_that_read_as_no_text_either_way_are_refused_saying_so(
    tmp_path: Path,
) -> None:
    dump = tmp_path / "덤프.txt"
    dump.write_bytes(bytes(x for i in range(400) for x in (0x80 + i % 90, 0)))

    result = run_cli("--db", str(tmp_path / "archive.db"), "add", str(dump))

    assert result.code == 1
    assert result.err == (
        f"failed: {dump}: binary file (NUL bytes), or UTF-16 text without a byte-order mark"
        " that does not read as Korean or English: save it as UTF-8\n"
    )
