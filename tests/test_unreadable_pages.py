"""`add` of URLs that all fetch but none of which can be read leaves no new archive behind,
and an answer that is no page or document is refused in one line (review 48b, finding 9).

A picture, an empty answer or a page without article text ended the prefetch walk as if it
could be read: the new archive was made and left empty. A JSON answer was stored as an
article titled with its data.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import documents_maker
import pytest
from cli_runner import run_cli
from local_site import QuietHandler, serving

ARTICLE = "\n".join(
    [
        "보성군-녹차연구소, 차 산업 6차 산업화 맞손",
        "보성군은 9일 군청 상황실에서 전남녹차연구소와 차 산업 6차 산업화를 위한 업무협약을"
        " 체결했다고 밝혔다.",
        "두 기관은 녹차 가공품 공동 개발과 체험 관광 프로그램 운영에 협력한다.",
        "오세린 기자 serin@namdoeco.kr",
    ]
)
ANSWERS = {
    "/photo.png": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    "/empty": ("text/html; charset=utf-8", b""),
    "/menu": (
        "text/html; charset=utf-8",
        "<html><body><nav><ul><li>정치</li><li>경제</li></ul></nav></body></html>".encode(),
    ),
    "/data.json": ("application/json", '{"협약": "보성군"}'.encode()),
}


HEADER = [["보도자료", "순천시"], ["배포일시", "2024. 4. 2.(화) 10:00", "담당부서", "투자유치과"]]
RELEASE = [
    "순천시-한국농어촌공사, 정원형 농촌공간 조성 업무협약",
    "순천시는 2일 시청 소회의실에서 한국농어촌공사 전남본부와 정원형 농촌공간 조성을 위한"
    " 업무협약을 체결했다고 밝혔다.",
    "두 기관은 유휴 농지를 정원으로 가꾸고 마을 주민이 운영하는 체험 시설을 함께 만든다.",
]
# Boards serve their attachments under a download type, not the document's own.
DOWNLOADS = {
    f"/attach{number}": content_type
    for number, content_type in enumerate(
        [
            "application/x-download",
            "application/force-download",
            "application/zip",
            "application/msword",
            "application/octet-stream",
        ]
    )
}


class Site(QuietHandler):
    def do_GET(self) -> None:
        if self.path in DOWNLOADS:
            self.send_page(documents_maker.docx(HEADER, RELEASE), DOWNLOADS[self.path])
            return
        content_type, body = ANSWERS[self.path]
        self.send_page(body, content_type)


@pytest.fixture
def site() -> Iterator[str]:
    with serving(Site) as base:
        yield base


def test_pages_that_fetch_but_cannot_be_read_leave_no_new_archive(
    tmp_path: Path, site: str
) -> None:
    folder = tmp_path / "archives"
    folder.mkdir()
    urls = [f"{site}{path}" for path in ANSWERS]
    result = run_cli("--db", str(folder / "new.db"), "add", *urls)
    assert result.code == 1
    assert result.out.endswith(", 4 failed\n")
    assert [line.split(": ", 2)[1] for line in result.err.splitlines()] == urls
    assert list(folder.iterdir()) == []


def test_a_json_answer_is_refused_in_one_line(tmp_path: Path, site: str) -> None:
    db = str(tmp_path / "a.db")
    article = tmp_path / "boseong.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run_cli("--db", db, "add", str(article)).code == 0
    result = run_cli("--db", db, "add", f"{site}/data.json")
    assert result.code == 1
    assert result.err == (
        f"failed: {site}/data.json: not a web page or document (the server sent application/json)\n"
    )
    assert run_cli("--db", db, "search", "협약", "--in", "articles").out.splitlines()[-2] == "1 hit"


@pytest.mark.parametrize("path", DOWNLOADS)
def test_a_document_served_as_a_download_is_read(tmp_path: Path, site: str, path: str) -> None:
    """Only types that are never a page are refused; a board's attachment is read by its
    bytes, whatever type the board labels it with."""
    db = str(tmp_path / "a.db")
    result = run_cli("--db", db, "add", f"{site}{path}")
    assert (result.code, result.err) == (0, "")
    assert "1 article added" in result.out
    timeline = run_cli("--db", db, "timeline").out
    assert "한국농어촌공사" in timeline


TITLED_MENU = (
    '<html><head><meta charset="utf-8"><title>남도경제신문</title></head><body>'
    '<div class="gnb"><a href="/">홈</a> <a href="/news">뉴스</a> <a href="/local">지역</a>'
    "</div></body></html>"
)


class TitledMenu(QuietHandler):
    def do_GET(self) -> None:
        self.send_page(TITLED_MENU.encode())


def test_a_menu_page_with_a_title_is_no_article(tmp_path: Path) -> None:
    """A menu page or a "soft 404" keeps its <title>; the site's name and its menu words
    alone are no article, and no new archive is made for them."""
    folder = tmp_path / "archives"
    folder.mkdir()
    with serving(TitledMenu) as base:
        result = run_cli("--db", str(folder / "new.db"), "add", f"{base}/menu.html")
    assert result.code == 1
    assert result.err == f"failed: {base}/menu.html: no article text found in the page\n"
    assert list(folder.iterdir()) == []
