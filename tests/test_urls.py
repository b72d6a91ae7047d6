"""`add URL` and manifest URLs, against a web server of our own on 127.0.0.1 only."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import documents_maker
import local_site
import pytest
from cli_runner import run_cli
from local_site import QuietHandler, serving

from mouarchive.readers import fetch

PAGES = Path(__file__).parent / "fixtures" / "readers"
EUC_KR_PAGE = (PAGES / "haenam_euckr.html.in").read_text(encoding="utf-8")
RELEASE = [
    "보 도 자 료",
    "배포일시 2024. 3. 5.(화) 09:00  담당부서 광주광역시 인공지능산업과",
    "광주시-경기도, AI 데이터센터 공동 활용 업무협약",
    "광주광역시는 5일 경기도와 인공지능 데이터센터 공동 활용 업무협약을 체결했다고 밝혔다.",
]


class Site(QuietHandler):
    """Pages by path; every request is recorded with the User-Agent it came with."""

    requests: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        Site.requests.append((self.path, self.headers.get("User-Agent", "")))
        routes = {
            "/news/articleView.html?idxno=40512": (
                (PAGES / "articleview.html").read_bytes(),
                "text/html; charset=utf-8",
            ),
            # The charset only in the header, as many old servers send it.
            "/old/view.php?no=7": (
                EUC_KR_PAGE.replace("; charset=euc-kr", "").encode("cp949"),
                "text/html; charset=EUC-KR",
            ),
            "/download?file=77": (documents_maker.pdf(RELEASE), "application/pdf"),
        }
        if self.path == "/slow":
            time.sleep(2)
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        body, content_type = routes[self.path]
        self.send_page(body, content_type)


@pytest.fixture
def site() -> Iterator[str]:
    Site.requests = []
    with serving(Site, quiet=True) as base:  # a client that gave up on /slow
        yield base


@pytest.fixture
def closed_port() -> int:
    return local_site.closed_port()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "archive.db")


def add(db: str, *args: str) -> tuple[int, dict]:
    result = run_cli("--db", db, "add", "--format", "json", *args)
    return result.code, json.loads(result.out)


def shown(db: str, article_id: int = 1) -> dict:
    out = run_cli("--db", db, "show", "--article", str(article_id), "--format", "json").out
    return json.loads(out)


def test_a_url_is_fetched_read_as_a_page_and_kept(db: str, site: str) -> None:
    url = f"{site}/news/articleView.html?idxno=40512"
    code, summary = add(db, url)
    assert (code, summary["articles_added"]) == (0, 1)
    article = shown(db)
    assert article["paths"] == [url]
    assert article["outlet"] == "남도타임스" and article["published"] == "2024-03-05"
    assert "상생발전 업무협약" in article["body"] and "기사 스크랩" not in article["body"]
    ((path, agent),) = Site.requests
    assert path == "/news/articleView.html?idxno=40512"
    assert agent.startswith("mouarchive/")


def test_adding_a_known_url_again_fetches_nothing_unless_refresh(db: str, site: str) -> None:
    url = f"{site}/news/articleView.html?idxno=40512"
    add(db, url)
    code, summary = add(db, url)
    assert (code, summary["articles_added"], summary["duplicates"]) == (0, 0, 1)
    assert len(Site.requests) == 1
    code, summary = add(db, "--refresh", url)
    assert (code, summary["articles_added"], summary["duplicates"]) == (0, 0, 1)
    assert len(Site.requests) == 2


def test_a_url_whose_page_was_saved_before_is_known(db: str, site: str) -> None:
    """The saved page names its canonical URL; adding that URL is then a no-op."""
    add(db, str(PAGES / "articleview.html"))
    code, summary = add(db, "https://www.namdotimes.example/news/articleView.html?idxno=40512")
    assert (code, summary["duplicates"]) == (0, 1)


def test_the_servers_charset_and_content_type_are_honoured(db: str, site: str) -> None:
    code, summary = add(db, f"{site}/old/view.php?no=7", f"{site}/download?file=77")
    assert (code, summary["articles_added"]) == (0, 2)
    page, release = shown(db, 1), shown(db, 2)
    assert "한국전력공사와 에너지 신산업 육성을 위한 업무협약" in page["body"]
    assert (release["outlet"], release["published"]) == ("광주광역시", "2024-03-05")
    result = run_cli("--db", db, "add", f"{site}/old/view.php?no=7", "--refresh")
    assert "1 already in the archive" in result.out


def test_unreachable_and_missing_pages_are_one_line_each_and_the_rest_goes_in(
    db: str, site: str, closed_port: int, tmp_path: Path
) -> None:
    unreachable = f"http://127.0.0.1:{closed_port}/news/1"
    missing = f"{site}/news/gone"
    result = run_cli(
        "--db", db, "add", unreachable, missing, f"{site}/news/articleView.html?idxno=40512"
    )
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    code, summary = add(db, unreachable, missing)
    assert code == 1
    reasons = {failure["path"]: failure["error"] for failure in summary["failed"]}
    assert reasons == {
        unreachable: "could not fetch: Connection refused",
        missing: "could not fetch: HTTP 404 Not Found",
    }
    assert len(shown(db)["paths"]) == 1


def test_a_server_that_does_not_answer_times_out(
    db: str, site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "TIMEOUT_S", 0.3)
    code, summary = add(db, f"{site}/slow")
    assert code == 1
    assert summary["failed"] == [
        {"path": f"{site}/slow", "error": "could not fetch: timed out after 0.3 s"}
    ]


def test_manifest_url_without_path_is_fetched(db: str, site: str, tmp_path: Path) -> None:
    manifest = tmp_path / "links.csv"
    manifest.write_text(
        "url,date,outlet\n"
        f"{site}/news/articleView.html?idxno=40512,,\n"
        f"{site}/download?file=77,2024-03-06,광주시 보도자료\n",
        encoding="utf-8",
    )
    code, summary = add(db, "--manifest", str(manifest))
    assert (code, summary["articles_added"]) == (0, 2)
    assert shown(db, 2)["outlet"] == "광주시 보도자료"  # the manifest wins
    assert shown(db, 2)["published"] == "2024-03-06"
    code, summary = add(db, "--manifest", str(manifest))
    assert (code, summary["duplicates"]) == (0, 2)
    assert len(Site.requests) == 2
