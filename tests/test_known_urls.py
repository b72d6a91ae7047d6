"""A URL whose page the archive holds from a saved file is fetched once, recorded, and not
fetched again without --refresh (newcomer 47, finding 5).

The page's bytes were found among the files held, so the fetch was counted "already in the
archive" and forgotten: the URL was never recorded, every later `add` of it fetched it
again, and the article had neither the URL nor it among its paths.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from cli_runner import run_cli
from local_site import QuietHandler, serving

PAGE = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>장성군, 황룡강 생태정원 조성 협약 - 노령신문</title>
<meta property="og:site_name" content="노령신문">
</head><body>
<nav id="gnb"><a>정치</a> <a>경제</a> <a>사회</a></nav>
<article>
 <h1 class="heading">장성군, 황룡강 생태정원 조성 협약</h1>
 <div class="info">임태오 기자 | 입력 2024.10.08 11:20</div>
 <div itemprop="articleBody">
  <p>장성군이 한국수자원공사 영산강유역본부와 황룡강 생태정원 조성에 힘을 모은다.</p>
  <p>장성군은 7일 군청 대회의실에서 영산강유역본부와 '황룡강 생태정원 조성을 위한 업무협약'을
  체결했다고 8일 밝혔다.</p>
  <p>두 기관은 ▲하천 생태 복원 ▲수변 산책로 정비 ▲홍수 대비 시설 공동 점검에 협력한다.</p>
  <p>임태오 기자 taeo@noryeong.kr</p>
 </div>
</article>
<footer>Copyright © 노령신문 All rights reserved.</footer>
</body></html>
""".encode()


class Site(QuietHandler):
    """The page, byte for byte as saved; every request is counted."""

    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Site.requests.append(self.path)
        self.send_page(PAGE)


@pytest.fixture
def url() -> Iterator[str]:
    Site.requests = []
    with serving(Site) as base:
        yield f"{base}/news/articleView.html?idxno=8812"


@pytest.fixture
def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The page saved from the browser and added as a file first."""
    path = tmp_path / "jangseong.html"
    path.write_bytes(PAGE)
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    assert run_cli("add", "-q", str(path)).code == 0
    return path


def add(*args: str) -> dict:
    result = run_cli("add", "--format", "json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_the_url_is_fetched_once_and_recorded(saved: Path, url: str) -> None:
    summary = add(url)
    assert (summary["articles_added"], summary["duplicates"]) == (0, 1)
    assert Site.requests == ["/news/articleView.html?idxno=8812"]
    article = json.loads(run_cli("show", "a1", "--format", "json").out)
    assert article["paths"] == [str(saved), url]
    assert article["url"] == url
    (row,) = json.loads(run_cli("export", "--what", "articles", "--format", "json").out)
    assert (row["url"], row["paths"]) == (url, [str(saved), url])


def test_the_url_is_not_fetched_again_without_refresh(
    saved: Path, url: str, tmp_path: Path
) -> None:
    add(url)
    assert add(url)["duplicates"] == 1
    manifest = tmp_path / "links.csv"
    manifest.write_text(f"url,title\n{url},\n", encoding="utf-8")
    assert add("--manifest", str(manifest))["duplicates"] == 1
    assert len(Site.requests) == 1
    assert add("--refresh", url)["duplicates"] == 1
    assert len(Site.requests) == 2


def test_removing_the_url_forgets_it_and_keeps_the_file_s_article(saved: Path, url: str) -> None:
    add(url)
    removed = run_cli("remove", "--yes", url)
    assert removed.code == 0, removed.err
    assert "forgot 1 path" in removed.out
    assert f"{url} stays its article's address, so `add` of it fetches nothing" in removed.out
    article = json.loads(run_cli("show", "a1", "--format", "json").out)
    assert (article["paths"], article["url"]) == ([str(saved)], url)
    # Still the article's address, as a saved page's canonical URL is: known, not fetched.
    assert add(url)["duplicates"] == 1
    assert len(Site.requests) == 1


@pytest.mark.parametrize("remove", [False, True])
def test_the_recorded_url_survives_reextract(saved: Path, url: str, remove: bool) -> None:
    add(url)
    assert run_cli("reextract", "-q").code == 0
    (row,) = json.loads(run_cli("export", "--what", "articles", "--format", "json").out)
    assert (row["url"], row["paths"]) == (url, [str(saved), url])
    if remove:
        # After a reextract as before it: the path goes, the address stays, and is known.
        removed = run_cli("remove", "--yes", url).out
        assert f"{url} stays its article's address" in removed
        assert run_cli("reextract", "-q").code == 0
    article = json.loads(run_cli("show", "a1", "--format", "json").out)
    assert article["url"] == url
    assert add(url)["duplicates"] == 1
    assert len(Site.requests) == 1
