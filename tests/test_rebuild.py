"""`reextract` rebuilds the archive from its sources: what an older version read, cleaned
and split is read again by today's code, and the owner's corrections follow their articles.

An "older version" is today's pipeline made worse for the length of an `add` (a reader
that lets page furniture through, cleaning that leaves a share-button line at the top of
every article, a splitter that cuts a phantom article out of a file); `reextract` then runs
the real code, as it would after an upgrade.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from curation_archive import DAEGU_ONE, DAILY, WEEKLY, Archive

from mouarchive import preparing
from mouarchive.rebuild import moved, pair
from mouarchive.text.pipeline import parse_articles

FURNITURE = "기사 스크랩 · 인쇄 · 글자 크기"
PAGES = Path(__file__).parent / "fixtures" / "readers"
PHANTOM = (
    "대구·경북, 관광 교류 업무협약\n"
    "홍준표 대구시장과 이철우 경북지사는 5일 대구시청에서 관광 교류 활성화를 위한"
    " 업무협약을 체결했다. 두 시·도는 ▲공동 관광상품 개발 ▲지역 축제 공동 홍보에 협력한다."
)


def older_cleaning(raw: str, headlines: Sequence[str] = ()) -> list:
    """Cleaning as an older version did it: a share-button line left above every body."""
    return [replace(a, body=f"{FURNITURE}\n{a.body}") for a in parse_articles(raw, headlines)]


def older_splitting(raw: str, headlines: Sequence[str] = ()) -> list:
    """Splitting as an older version did it: a phantom second article cut from each file."""
    phantom = parse_articles(PHANTOM)[0]
    return [*parse_articles(raw, headlines), phantom]


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def _bodies(archive: Archive) -> dict[int, str]:
    with sqlite3.connect(archive.db) as conn:
        return dict(conn.execute("SELECT id, body FROM articles"))


# ---------------------------------------------------------------- text reaches the archive


def test_cleaning_that_improved_reaches_an_archive_already_built(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older:
        older.setattr(preparing, "parse_articles", older_cleaning)
        archive.add(DAILY, DAEGU_ONE)
    assert all(body.startswith(FURNITURE) for body in _bodies(archive).values())
    assert archive.json("search", "기사스크랩") != []
    before = {a["id"]: a["parties"] for a in archive.agreements()}
    result = archive.ok("reextract")
    assert "2 articles read differently" in result.out
    assert not any(FURNITURE in body for body in _bodies(archive).values())
    assert archive.json("search", "기사스크랩") == []
    assert {a["id"]: a["parties"] for a in archive.agreements()} == before
    assert archive.json("search", "수소충전")[0]["article_id"] == archive.article_id(DAILY)
    again = archive.ok("reextract")
    assert "read differently" not in again.out


def test_a_page_is_read_again_by_todays_reader(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mouarchive.readers import html

    real = html.read_html

    def older_reader(*args, **kwargs):
        reading = real(*args, **kwargs)
        added = "\n\n남도타임스 독자위원회가 축제개막 소식을 전했다."
        return replace(reading, text=reading.text + added)

    page = archive.files / "page.html"
    page.write_bytes((PAGES / "articleview.html").read_bytes())
    with monkeypatch.context() as older:
        older.setattr(html, "read_html", older_reader)
        archive.ok("add", "--quiet", str(page))
    assert archive.json("search", "축제개막") != []
    archive.ok("reextract")
    assert archive.json("search", "축제개막") == []
    with sqlite3.connect(archive.db) as conn:
        (raw,) = conn.execute("SELECT raw_text FROM sources").fetchone()
    import zlib

    assert "독자위원회" not in zlib.decompress(raw).decode("utf-8")
    (shown,) = archive.agreements()
    assert shown["parties"] == ["광주광역시", "경기도"]


FRENCH_PAGE = (
    "<html><head><title>Café Séoul signs MOU</title></head><body><article>"
    "<h1>Café Séoul signs MOU</h1><p>The Café Séoul association and the Provence région"
    " signed a memorandum of understanding in Marseille, promising cultural exchanges,"
    " joint festivals and résidences for young artists.</p><p>« C’est une étape », said"
    " the président of the association at the hôtel de ville.</p></article></body></html>"
).encode("cp1252")


class _CharsetInTheHeader(BaseHTTPRequestHandler):
    """A page whose charset only its server declares, as many old servers do."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=windows-1252")
        self.send_header("Content-Length", str(len(FRENCH_PAGE)))
        self.end_headers()
        self.wfile.write(FRENCH_PAGE)

    def log_message(self, *args: object) -> None:
        pass


def test_a_fetched_page_is_read_again_in_the_charset_its_server_gave(archive: Archive) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _CharsetInTheHeader)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        archive.ok("add", "--quiet", f"http://127.0.0.1:{server.server_address[1]}/news/1")
    finally:
        server.shutdown()
        server.server_close()
    before = _bodies(archive)
    assert "Café Séoul association" in before[1]
    result = archive.ok("reextract")
    assert "could not be read again" not in result.out
    assert _bodies(archive) == before


def test_metadata_given_when_adding_is_given_again(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older:
        older.setattr(preparing, "parse_articles", older_cleaning)
        archive.add(DAILY, options=("--date", "2023-06-12", "--outlet", "남도일보"))
    archive.ok("reextract")
    shown = archive.json("show", "--article", str(archive.article_id(DAILY)))
    assert (shown["published"], shown["outlet"]) == ("2023-06-12", "남도일보")
    assert shown["corrected"] == []  # given at add, not corrected
    assert archive.agreement_of(DAILY)["date"] == "2023-06-12"


def test_an_archive_from_before_keeps_the_metadata_its_articles_have(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older:
        older.setattr(preparing, "parse_articles", older_cleaning)
        archive.add(DAILY, options=("--date", "2023-06-12"))
    with sqlite3.connect(archive.db) as conn:
        conn.execute("UPDATE sources SET given = NULL")  # as sources added before 0010
    archive.ok("reextract")
    assert archive.agreement_of(DAILY)["date"] == "2023-06-12"
    assert not any(FURNITURE in body for body in _bodies(archive).values())


# ---------------------------------------------------------------- corrections follow


def test_every_kind_of_correction_follows_its_article_to_its_new_text(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older:
        older.setattr(preparing, "parse_articles", older_cleaning)
        archive.add(DAILY, WEEKLY, DAEGU_ONE)
    daily, weekly = archive.agreement_of(DAILY)["id"], archive.agreement_of(WEEKLY)["id"]
    daegu = archive.agreement_of(DAEGU_ONE)["id"]
    article = str(archive.article_id(WEEKLY))
    archive.ok("merge", str(daily), str(weekly), "--note", "같은 협약식")
    archive.ok("fix", str(daily), "--add-party", "한국전력공사", "--remove-clause", "2")
    archive.ok("fix", "--article", article, "--date", "2023-06-20", "--title", "주간 남도 에너지")
    archive.ok("reject", str(daegu))
    before = archive.agreements("--include-rejected")
    listing = archive.json("corrections")
    result = archive.ok("reextract")
    assert "no longer applies" not in result.out
    assert archive.agreements("--include-rejected") == before
    assert [c["applies_to"] for c in archive.json("corrections")] == [
        c["applies_to"] for c in listing
    ]
    shown = archive.json("show", "--article", article)
    assert (shown["published"], shown["title"]) == ("2023-06-20", "주간 남도 에너지")
    assert shown["corrected"] == ["date", "title"]
    assert [i for i in archive.json("review") if i["kind"] == "lost_correction"] == []
    archive.ok("corrections", "--undo", "1")  # undoing works on re-bound corrections
    assert sorted(a["id"] for a in archive.agreements()) == sorted([daily, weekly])


def test_a_correction_whose_article_is_no_more_is_named_and_reviewed(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older:
        older.setattr(preparing, "parse_articles", older_splitting)
        archive.add(DAILY)
    phantom = next(a for a in archive.agreements() if "대구광역시" in a["parties"])
    archive.ok("fix", str(phantom["id"]), "--date", "2023-06-05", "--note", "확인함")
    kept = next(a for a in archive.agreements() if "광주광역시" in a["parties"])["id"]
    archive.ok("fix", str(kept), "--kind", "상생협약")
    result = archive.ok("reextract")
    lost = [line for line in result.out.splitlines() if "no longer applies" in line]
    assert len(lost) == 1 and lost[0].startswith("correction 1 no longer applies (date:")
    assert "1 article no longer found" in result.out
    assert archive.agreement_of(DAILY)["kind"] == "상생협약"
    item, *others = archive.json("review")
    assert (item["kind"], item["correction_id"]) == ("lost_correction", 1)
    assert "no longer in the archive" in item["problem"]
    assert "corrections --undo 1" in item["command"]
    assert "lost_correction" not in [other["kind"] for other in others]
    assert "correction 1: no longer applies" in archive.ok("review").out
    archive.ok("corrections", "--undo", "1")
    assert "lost_correction" not in [i["kind"] for i in archive.json("review")]


def test_corrections_exported_before_a_rebuild_find_their_article_after(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = Archive(tmp_path / "colleague")
    with monkeypatch.context() as older:
        older.setattr(preparing, "parse_articles", older_cleaning)
        archive.add(DAILY)
        other.add(DAILY)
    archive.ok("fix", str(archive.agreement_of(DAILY)["id"]), "--date", "2023-06-12")
    fixes = tmp_path / "fixes.jsonl"
    archive.ok("corrections", "--export", str(fixes))
    other.ok("reextract")
    assert "1 imported" in other.ok("corrections", "--import", str(fixes)).out
    assert other.agreement_of(DAILY)["date"] == "2023-06-12"
    assert other.json("corrections")[0]["applies_to"] is not None


# ---------------------------------------------------------------- all or nothing


def test_a_killed_or_interrupted_reextract_leaves_the_archive_as_it_was(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    template = (Path(__file__).parent / "fixtures" / "curation" / f"{DAILY}.txt").read_text()
    for number in range(120):
        text = template.replace("수소 충전", f"제{number}호 수소 충전")
        (archive.files / f"{number:03d}.txt").write_text(text, encoding="utf-8")
    archive.ok("add", "--quiet", str(archive.files))
    archive.ok("fix", "1", "--date", "2023-06-12")
    before = archive.ok("export", "--format", "jsonl").out
    for stop in (signal.SIGKILL, signal.SIGINT):
        process = subprocess.Popen(
            [sys.executable, "-m", "mouarchive", "--db", archive.db, "reextract", "--quiet"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        _until_writing(archive.db)
        assert process.poll() is None, "reextract finished before it could be stopped"
        process.send_signal(stop)
        if stop == signal.SIGINT:
            # A second Ctrl-C while it stops changes nothing of what the first one said.
            first = process.stderr.readline()
            process.send_signal(stop)
        _, err = process.communicate(timeout=60)
        if stop == signal.SIGINT:
            err = first + err
            assert (process.returncode, err) == (130, "interrupted: the archive is as it was\n")
        assert archive.ok("export", "--format", "jsonl").out == before
        with sqlite3.connect(archive.db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert "agreement" in archive.ok("reextract").out


# Run with `python -m`, as the test above runs `mouarchive`: the rebuild is stopped while
# Python runs code it compiled from a string, as a dataclass's methods are made when a module
# loads (`reextract` loads some as it begins writing).
CTRL_C_IN_STRING_CODE = """
from mouarchive import rebuild
from mouarchive.__main__ import run


def stopped_in_string_code(*args, **kwargs):
    exec("raise KeyboardInterrupt", {})


rebuild.rebuild = stopped_in_string_code
run()
"""


def test_a_ctrl_c_landing_in_code_made_from_a_string_still_ends_reextract_with_130(
    tmp_path: Path,
) -> None:
    archive = Archive(tmp_path)
    archive.write(
        "naju.txt",
        "나주시·한국전력공사, 에너지밸리 상생협약\n"
        "윤병태 나주시장과 김동철 한국전력공사 사장은 7일 나주시청에서 에너지밸리 기업 유치를"
        " 위한 상생협약을 체결했다. 두 기관은 ▲에너지 신산업 기업 유치 ▲지역 인재 채용 확대에"
        " 협력하기로 했다.\n"
        "박하늘 기자 sky@namdo.example\n",
    )
    archive.ok("add", "--quiet", str(archive.files))
    before = archive.ok("export", "--format", "jsonl").out
    (tmp_path / "ctrl_c_in_string_code.py").write_text(CTRL_C_IN_STRING_CODE, encoding="utf-8")
    repository = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-m", "ctrl_c_in_string_code", "--db", archive.db, "reextract"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(repository), str(tmp_path)])},
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (130, "interrupted: the archive is as it was\n")
    assert archive.ok("export", "--format", "jsonl").out == before


def _until_writing(db: str) -> None:
    """Wait until another process holds the archive's write lock (its transaction began)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        conn = sqlite3.connect(db, timeout=0)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.rollback()
        except sqlite3.OperationalError:
            return
        finally:
            conn.close()
        time.sleep(0.05)
    raise AssertionError("reextract never began writing")


# ---------------------------------------------------------------- the pure parts


def test_articles_pair_by_hash_then_alone_then_by_likeness() -> None:
    gwangju, daegu = "광주시와 전남도는 에너지 협약을 체결했다", "대구시와 경북도는 관광 협약"
    old = [(1, "a", gwangju), (2, "b", daegu)]
    same = [("b", daegu), ("a", gwangju)]
    assert pair(old, same) == {0: 2, 1: 1}
    cleaned = [("x", gwangju + " "), ("y", "전혀 다른 새 기사 본문")]
    assert pair(old, cleaned) == {0: 1}
    assert pair([(7, "a", "짧은 글")], [("z", "완전히 바뀐 글")]) == {0: 7}


def test_a_sentence_is_found_where_it_stands_in_the_new_text() -> None:
    new = "강기정 광주시장과 김영록 전남지사는 12일 협약을 맺었다.\n두 시·도는 협력한다."
    old = "기사 스크랩\n" + new
    at = moved(old, new)
    assert at(old.index("강기정")) == 0
    assert at(old.index("두 시·도")) == new.index("두 시·도")
    assert at(0) is None  # the furniture line is gone
    assert at(None) is None
    assert moved(new, new)(5) == 5


def test_two_outlets_copies_read_anew_keep_their_ids_by_outlet() -> None:
    """A page of two outlets' copies of one body, read by an older version (hashed without
    the outlet, the second copy cut short): each copy keeps its id, and with it the owner's
    corrections (review 54 a2, B1)."""
    from mouarchive.rebuild import pair

    body = "다솔군은 8일 한결대학교와 스마트 양식 인재 양성 업무협약을 체결했다. " * 4
    old = [(1, "old-a", body), (2, "old-b", "다솔군은 8일 한결대학교와 협약했다.")]
    new = [("new-a", body), ("new-b", body)]
    outlets = ({1: "남해신문", 2: "바다일보"}, ["남해신문", "바다일보"])
    assert pair(old, new, outlets) == {0: 1, 1: 2}
    swapped = ({1: "바다일보", 2: "남해신문"}, ["남해신문", "바다일보"])
    assert pair([(1, "old-a", body), (2, "old-b", body)], new, swapped) == {0: 2, 1: 1}
