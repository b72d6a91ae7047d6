"""`add` of URLs that all fail to fetch leaves no new archive behind, as `add` of files that
are all missing does (newcomer 46, finding 18b; brief 48, item 6).

A user who mistypes an address into a new archive's first `add` must not find an archive
file that holds nothing; and when one URL of several can be read, the archive is made and
that page is fetched once, not once to decide and again to read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import local_site
import pytest
from cli_runner import run_cli
from local_site import QuietHandler, serving

PAGE = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>담양군, 죽녹원 야간 관광 협약 - 추월산신문</title>
<meta property="og:site_name" content="추월산신문"></head><body>
<article><h1>담양군, 죽녹원 야간 관광 협약</h1>
<div itemprop="articleBody">
<p>담양군은 11일 군청에서 한국관광공사 광주전남지사와 죽녹원 야간 관광 활성화를 위한
업무협약을 체결했다고 12일 밝혔다.</p>
<p>두 기관은 ▲야간 경관 조명 설치 ▲관광 상품 공동 개발 ▲외국인 관광객 홍보에 협력한다.</p>
<p>한솔 기자 sol@chuwol.kr</p>
</div></article></body></html>
""".encode()


class Site(QuietHandler):
    """One page at /news/1; anything else is 404. Every request is counted."""

    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Site.requests.append(self.path)
        if self.path != "/news/1":
            self.send_error(404, "Not Found")
            return
        self.send_page(PAGE)


@pytest.fixture
def site() -> Iterator[str]:
    Site.requests = []
    with serving(Site) as base:
        yield base


@pytest.fixture
def closed_port() -> int:
    return local_site.closed_port()


def test_urls_that_all_fail_leave_no_new_archive(
    tmp_path: Path, site: str, closed_port: int
) -> None:
    folder = tmp_path / "archives"
    folder.mkdir()
    gone, refused = f"{site}/news/404", f"http://127.0.0.1:{closed_port}/news/2"
    result = run_cli("--db", str(folder / "new.db"), "add", gone, refused)
    assert result.code == 1
    assert result.out == "0 files read, 0 articles added, 0 already in the archive, 2 failed\n"
    assert f"failed: {gone}: could not fetch: HTTP 404 Not Found" in result.err
    assert f"failed: {refused}: could not fetch: Connection refused" in result.err
    assert list(folder.iterdir()) == []


def test_a_manifest_of_failing_urls_leaves_no_new_archive(tmp_path: Path, site: str) -> None:
    folder = tmp_path / "archives"
    folder.mkdir()
    manifest = tmp_path / "links.csv"
    manifest.write_text(f"url,outlet\n{site}/news/404,추월산신문\n", encoding="utf-8")
    result = run_cli("--db", str(folder / "new.db"), "add", "--manifest", str(manifest))
    assert result.code == 1
    assert "could not fetch: HTTP 404 Not Found" in result.err
    assert list(folder.iterdir()) == []


def test_one_page_that_can_be_read_makes_the_archive_and_is_fetched_once(
    tmp_path: Path, site: str
) -> None:
    db = str(tmp_path / "new.db")
    result = run_cli("--db", db, "add", "--format", "json", f"{site}/news/404", f"{site}/news/1")
    assert result.code == 1
    summary = json.loads(result.out)
    assert (summary["files"], summary["articles_added"], len(summary["failed"])) == (2, 1, 1)
    assert Site.requests == ["/news/404", "/news/1"]
    shown = json.loads(run_cli("--db", db, "show", "a1", "--format", "json").out)
    assert shown["title"] == "담양군, 죽녹원 야간 관광 협약"
    assert shown["paths"] == [f"{site}/news/1"]
