"""Articles as people keep them: saved web pages, .mhtml, and press releases as PDF, DOCX
and HWPX. Every page and document here is our own, written in the markup styles of common
Korean news CMSes (an articleView.html page, a portal page, a mobile AMP page)."""

from __future__ import annotations

import json
import quopri
import shutil
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import documents_maker
import pytest
from cli_runner import run_cli

from mouarchive import readers

PAGES = Path(__file__).parent / "fixtures" / "readers"
FURNITURE = [
    "기사 스크랩",
    "공유하기",
    "관련기사",
    "많이 본 뉴스",
    "댓글",
    "로그인",
    "오피니언",
    "페이스북",
    "글씨키우기",
    "조회수",
    "다른기사 보기",
    "회사소개",
    "추천합니다",
    "랭킹",
]
HEADER = [
    ["보도자료", "광주광역시"],
    ["배포일시", "2024. 3. 5.(화) 09:00", "담당부서", "인공지능산업과"],
    ["담당자", "김철수 주무관 (062-613-0000)"],
]
RELEASE = [
    "광주시-경기도, AI 데이터센터 공동 활용 업무협약",
    "- 인공지능 인재 교류·지역 기업 판로 확대 협력 -",
    "광주광역시는 5일 시청 비즈니스룸에서 경기도와 'AI 데이터센터 공동 활용 업무협약'을"
    " 체결했다고 밝혔다.",
    "협약 주요 내용은 ▲AI 데이터센터 공동 활용 ▲인공지능 인재 교류 ▲지역 기업 판로 확대 등이다.",
    '강기정 광주시장은 "두 지역의 강점을 모아 인공지능 산업의 새 길을 열겠다"고 말했다.',
]


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "archive.db")


def add(db: str, *args: str) -> tuple[int, dict]:
    result = run_cli("--db", db, "add", "--format", "json", *args)
    return result.code, json.loads(result.out)


def article(db: str, article_id: int = 1) -> dict:
    return json.loads(
        run_cli("--db", db, "show", "--article", str(article_id), "--format", "json").out
    )


def rows(db: str, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


# ---------------------------------------------------------------- web pages


def test_article_view_page_gives_text_metadata_and_captions_without_furniture(db: str) -> None:
    code, summary = add(db, str(PAGES / "articleview.html"))
    assert (code, summary["articles_added"]) == (0, 1)
    shown = article(db)
    assert shown["title"] == "광주시-경기도, AI 데이터센터 상생협약 체결"
    assert shown["outlet"] == "남도타임스"
    assert shown["reporter"] == "김하늘"
    assert shown["published"] == "2024-03-05"
    assert shown["url"] == "https://www.namdotimes.example/news/articleView.html?idxno=40512"
    assert "상생발전 업무협약'을 체결했다고" in shown["body"]
    for word in [*FURNITURE, "window.dataLayer", "<p>", "김동연 경기도지사가 5일"]:
        assert word not in shown["body"], word
    assert shown["captions"] == [
        "강기정 광주시장과 김동연 경기도지사가 5일 광주시청에서 상생협약서에 서명한 뒤"
        " 기념촬영을 하고 있다. /광주시 제공"
    ]
    (agreement,) = shown["agreements"]
    assert agreement["parties"] == ["광주광역시", "경기도"]
    assert agreement["clauses"] == [
        "AI 데이터센터 공동 활용",
        "인공지능 인재 교류",
        "지역 기업 판로 확대",
    ]


def test_portal_page_names_the_outlet_that_wrote_it_not_the_portal(db: str) -> None:
    add(db, str(PAGES / "portal.html"))
    shown = article(db)
    assert shown["outlet"] == "전남일보"
    assert shown["published"] == "2023-11-21"
    assert shown["reporter"] == "박서연"
    assert shown["captions"][0].startswith("김영록 전남지사(오른쪽)와 이병운 순천대 총장이")
    for word in [*FURNITURE, "축하합니다", "요약봇", "언론사별"]:
        assert word not in shown["body"], word
    (agreement,) = shown["agreements"]
    assert len(agreement["clauses"]) == 3


def test_amp_page_reads_its_json_ld_and_keeps_paragraphs(db: str) -> None:
    add(db, str(PAGES / "amp.html"))
    shown = article(db)
    assert (shown["outlet"], shown["reporter"], shown["published"]) == (
        "달구벌데일리",
        "최민준",
        "2022-08-17",
    )
    assert shown["body"].count("\n") == 3  # four paragraphs, not the page run together
    assert "관련기사" not in shown["body"] and "공유하기" not in shown["body"]
    assert shown["captions"] == [
        "홍준표 대구시장과 이철우 경북도지사, 물류기업 대표들이 17일 협약서를 들어 보이고 있다."
    ]


EUC_KR_PAGE = (PAGES / "haenam_euckr.html.in").read_text(encoding="utf-8")
"""An old table-layout page; the test saves it in EUC-KR, as such sites serve it."""


def test_euc_kr_page_is_read_in_its_declared_charset(db: str, tmp_path: Path) -> None:
    page = tmp_path / "haenam.htm"
    page.write_bytes(EUC_KR_PAGE.encode("cp949"))
    code, summary = add(db, str(page))
    assert (code, summary["articles_added"]) == (0, 1)
    shown = article(db)
    assert "한국전력공사와 에너지 신산업 육성을 위한 업무협약" in shown["body"]
    assert shown["published"] == "2019-10-23"
    assert shown["outlet"] == "땅끝신문"
    assert shown["captions"] == ["명현관 해남군수(왼쪽)와 한전 관계자가 협약서를 교환하고 있다."]
    assert rows(db, "SELECT kind, encoding FROM sources") == [("html", "cp949")]


def mhtml(page: bytes, url: str) -> bytes:
    """A page saved as one file, as Chromium writes it."""
    boundary = "----MultipartBoundary--Nq9Jw2bGJ0----"
    return (
        (
            "From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {url}\r\n"
            "Subject: =?utf-8?Q?=EA=B4=91=EC=A3=BC?=\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
            f'\tboundary="{boundary}"\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n"
        ).encode()
        + quopri.encodestring(page)
        + (
            f"\r\n--{boundary}\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: https://cdn.example/p.jpg\r\n\r\n/9j/4AAQSkZJRg==\r\n--{boundary}--\r\n"
        ).encode()
    )


def test_mhtml_and_html_copies_of_one_page_are_one_article_with_both_paths(
    db: str, tmp_path: Path
) -> None:
    page = (PAGES / "articleview.html").read_bytes()
    saved = tmp_path / "기사.mhtml"
    saved.write_bytes(
        mhtml(page, "https://www.namdotimes.example/news/articleView.html?idxno=40512")
    )
    code, summary = add(db, str(saved), str(PAGES / "articleview.html"))
    assert code == 0
    assert (summary["articles_added"], summary["duplicates"]) == (1, 1)
    shown = article(db)
    assert len(shown["paths"]) == 2
    assert shown["captions"] and shown["outlet"] == "남도타임스"


def test_a_text_copy_and_a_saved_page_of_one_article_are_stored_once(
    db: str, tmp_path: Path
) -> None:
    copy = PAGES / "articleview_copy.txt"  # the same article as a user copies it
    code, summary = add(db, str(copy), str(PAGES / "articleview.html"))
    assert code == 0 and (summary["articles_added"], summary["duplicates"]) == (1, 1)
    assert len(article(db)["paths"]) == 2
    assert article(db)["captions"]  # the page supplied what the text copy lacked


def test_saved_page_folder_is_read_without_its_assets(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    assets = folder / "기사_files"
    assets.mkdir(parents=True)
    shutil.copy(PAGES / "amp.html", folder / "기사.html")
    (assets / "ad_frame.html").write_text(
        "<html><body><p>광고 프레임</p></body></html>", encoding="utf-8"
    )
    (assets / "app.js").write_text("var x = 1;", encoding="utf-8")
    (folder / "memo.txt").write_text(
        "해남군 협약 소식\n\n해남군은 23일 한국전력공사와 에너지 신산업 협약을 맺었다고 밝혔다.\n",
        encoding="utf-8",
    )
    result = run_cli("--db", db, "add", str(folder))
    assert result.code == 0, result.err
    assert "2 files read, 2 articles added" in result.out
    assert "read as: html 1, utf-8 1" in result.out


# ---------------------------------------------------------------- documents


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("보도자료.docx", lambda: documents_maker.docx(HEADER, RELEASE)),
        ("보도자료.hwpx", lambda: documents_maker.hwpx(HEADER, RELEASE)),
        (
            "보도자료.pdf",
            lambda: documents_maker.pdf(
                [
                    "보 도 자 료",
                    "배포일시 2024. 3. 5.(화) 09:00  담당부서 광주광역시 인공지능산업과",
                    "담당자 김철수 주무관 (062-613-0000)",
                    *RELEASE,
                ]
            ),
        ),
    ],
)
def test_press_release_header_gives_date_and_issuer(
    db: str, tmp_path: Path, name: str, make
) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    code, summary = add(db, str(path))
    assert (code, summary["articles_added"]) == (0, 1)
    shown = article(db)
    assert shown["published"] == "2024-03-05"
    assert shown["outlet"] == "광주광역시"
    assert shown["title"] == "광주시-경기도, AI 데이터센터 공동 활용 업무협약"
    for word in ("배포일시", "담당부서", "김철수", "보도자료", "062-613"):
        assert word not in shown["body"], word
    (agreement,) = shown["agreements"]
    assert agreement["date"] == "2024-03-05"
    assert agreement["clauses"] == [
        "AI 데이터센터 공동 활용",
        "인공지능 인재 교류",
        "지역 기업 판로 확대",
    ]
    kind = name.rsplit(".", 1)[1]
    result = run_cli("--db", db, "add", str(path))
    assert "1 already in the archive" in result.out
    ((stored_kind, original),) = rows(db, "SELECT kind, original FROM sources")
    assert stored_kind == kind and zlib.decompress(original) == path.read_bytes()


def encrypted_pdf() -> bytes:
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(BytesIO(documents_maker.pdf(RELEASE))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


BROKEN = {
    "scan.pdf": (lambda: documents_maker.pdf(RELEASE, text_layer=False), "PDF has no text layer"),
    "locked.pdf": (encrypted_pdf, "encrypted PDF: it needs a password"),
    "cut.pdf": (lambda: documents_maker.pdf(RELEASE)[:300], "not a readable PDF"),
    "cut.docx": (lambda: documents_maker.docx(HEADER, RELEASE)[:500], "not a readable DOCX"),
    "cut.hwpx": (lambda: documents_maker.hwpx(HEADER, RELEASE)[:200], "not a readable HWPX"),
    "old.hwp": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "save it as HWPX or PDF"),
    "empty.html": (
        lambda: (
            b"<html><head><script>var a = 1;</script></head><body><img src=a.jpg></body></html>"
        ),
        "no article text found",
    ),
    "cut.mhtml": (lambda: b"From: x\r\nMIME-Version: 1.0\r\n\r\nhello", "not a saved web page"),
}


def test_each_broken_file_is_one_line_and_the_others_still_go_in(db: str, tmp_path: Path) -> None:
    for name, (make, _) in BROKEN.items():
        (tmp_path / name).write_bytes(make())
    shutil.copy(PAGES / "amp.html", tmp_path / "good.html")
    result = run_cli("--db", db, "add", str(tmp_path))
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    assert result.err.count("failed: ") == len(BROKEN)
    assert rows(db, "SELECT count(*) FROM articles") == [(1,)]
    code, summary = add(db, str(tmp_path))
    assert code == 1
    assert sorted(summary) == [
        "articles_added",
        "duplicates",
        "failed",
        "files",
        "given",
        "imported_applied",
        "joined",
        "kept_out",
        "replaced",
        "skipped",
        "updated",
        "warnings",
    ]
    reasons = {Path(f["path"]).name: f["error"] for f in summary["failed"]}
    assert set(reasons) == set(BROKEN)
    for name, (_, reason) in BROKEN.items():
        assert reason in reasons[name] and "\n" not in reasons[name], (name, reasons[name])


def test_a_stored_page_can_be_read_again_from_the_archive_alone(db: str) -> None:
    add(db, str(PAGES / "portal.html"))
    ((original, raw_text),) = rows(db, "SELECT original, raw_text FROM sources")
    again = readers.read(zlib.decompress(original), "portal.html")
    assert again.text == zlib.decompress(raw_text).decode("utf-8")


def test_search_start_up_loads_no_reader_library() -> None:
    code = (
        "import sys, mouarchive.cli, mouarchive.search;"
        "libraries = ('trafilatura', 'lxml', 'pypdf', 'docx', 'htmldate', 'mouarchive.readers');"
        "print(sorted(m for m in libraries if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "[]"
