"""One press release reposted by two outlets is two articles, two reports of one agreement:
researchers count outlets. The same article added twice (re-encoded, re-spaced) stays one,
and `reextract` parts an archive that held both outlets' copies as one, each correction
staying on the copy it was made on."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from cli_runner import run_cli

from mouarchive import copies, preparing
from mouarchive.models import Article

BODY = (
    "한결시는 20일 시청 회의실에서 누리대학교와 '스마트 물류 인재 양성 업무협약'을"
    " 체결했다고 21일 밝혔다.\n\n"
    "협약에 따라 두 기관은 ▲물류 자동화 교육과정 개설 ▲현장 실습 지원 ▲지역 기업 채용"
    " 연계에 힘을 모은다.\n\n"
    '한결시 관계자는 "지역 청년이 물류 현장에서 일자리를 찾도록 돕겠다"고 말했다.\n'
)


def _copy(outlet: str, reporter: str, day: int) -> str:
    return (
        "한결시·누리대학교, 스마트 물류 인재 양성 맞손\n\n"
        f"[{outlet} {reporter} 기자] 한결시가 누리대학교와 손잡고 물류 인재를 키운다.\n\n"
        f"{BODY}\n{reporter} 기자\n입력 2024.09.{day} 오전 9:30\n"
        f"Copyright ⓒ {outlet}. 무단전재 및 재배포 금지.\n"
    )


FIRST = _copy("한결신문", "박서윤", 21)
SECOND = _copy("바른경제", "김도현", 22)


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def _ok(*args: str) -> str:
    result = run_cli(*args)
    assert result.code == 0, result.err
    return result.out


def _articles(db: str) -> list[dict]:
    return json.loads(_ok("--db", db, "export", "--what", "articles", "--format", "json"))


def _body_only(article: Article) -> str:
    """The hash before outlets counted: the body's letters alone."""
    return hashlib.sha256(
        "".join(unicodedata.normalize("NFKC", article.body).split()).encode("utf-8")
    ).hexdigest()


def test_two_outlets_copies_are_two_articles_of_one_agreement(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.db")
    _ok("--db", db, "add", _write(tmp_path, "first.txt", FIRST))
    added = json.loads(
        _ok("--db", db, "add", _write(tmp_path, "second.txt", SECOND), "--format", "json")
    )
    assert (added["articles_added"], added["duplicates"]) == (1, 0)
    rows = _articles(db)
    assert [(r["outlet"], r["reporter"], r["published"]) for r in rows] == [
        ("한결신문", "박서윤", "2024-09-21"),
        ("바른경제", "김도현", "2024-09-22"),
    ]
    assert "출처 2건: 한결신문, 바른경제" in _ok("--db", db, "timeline")


def test_both_copies_in_one_file_are_the_same_two_articles(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.db")
    _ok("--db", db, "add", _write(tmp_path, "both.txt", f"{FIRST}\n\n{SECOND}"))
    assert [r["outlet"] for r in _articles(db)] == ["한결신문", "바른경제"]
    assert "출처 2건: 한결신문, 바른경제" in _ok("--db", db, "timeline")


def _page(text: str) -> str:
    """`text` as its outlet's site printed it, under a site name longer than its credit's."""
    title, *paragraphs = [part for part in text.split("\n\n") if part.strip()]
    body = "".join(f"<p>{part.strip()}</p>" for part in paragraphs[:-1])
    return (
        f'<html><head><meta charset="utf-8"><title>{title} - 한결신문</title>'
        '<meta property="og:site_name" content="한결신문사"></head><body>'
        f"<h1>{title}</h1><div>박서윤 기자 | 입력 2024.09.21 오전 9:30</div>"
        f"<article>{body}</article><footer>Copyright ⓒ 한결신문.</footer></body></html>"
    )


def test_the_same_article_added_twice_stays_one(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.db")
    spaced = FIRST.replace("물류 인재를", "물류  인재를").replace("\n\n", "\n\n\n")
    _ok("--db", db, "add", _write(tmp_path, "utf8.txt", FIRST))
    for name, text, encoding in [
        ("cp949.txt", FIRST, "cp949"),
        ("spaced.txt", spaced, "utf-8"),
        ("saved.html", _page(FIRST), "utf-8"),
    ]:
        added = json.loads(
            _ok("--db", db, "add", _write(tmp_path, name, text, encoding), "--format", "json")
        )
        assert (added["articles_added"], added["duplicates"]) == (0, 1)
    (row,) = _articles(db)
    assert len(row["paths"]) == 4


def test_reextract_gives_what_add_gives_with_each_copys_corrections(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.db")
    _ok("--db", db, "add", _write(tmp_path, "first.txt", FIRST))
    _ok("--db", db, "add", _write(tmp_path, "second.txt", SECOND))
    _ok("--db", db, "fix", "--article", "1", "--title", "한결시 물류 인재 협약 (한결신문)")
    _ok("--db", db, "fix", "--article", "2", "--date", "2024-09-23")
    before = _articles(db)
    _ok("--db", db, "reextract")
    assert _articles(db) == before
    assert [(r["id"], r["title"], r["published"]) for r in before] == [
        (1, "한결시 물류 인재 협약 (한결신문)", "2024-09-21"),
        (2, "한결시·누리대학교, 스마트 물류 인재 양성 맞손", "2024-09-23"),
    ]


@pytest.mark.parametrize("given_kept", [True, False])
def test_reextract_parts_copies_an_older_archive_held_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given_kept: bool
) -> None:
    """Also in an archive from before `sources.given`, whose articles keep the metadata they
    had: the second outlet's copy takes its own outlet, not the first's. The archive is built
    as before outlets and reporters counted."""
    db = str(tmp_path / "archive.db")
    with monkeypatch.context() as patched:
        patched.setattr(preparing, "article_hash", _body_only)
        patched.setattr(copies, "reporter_hash", lambda sha, _: sha)
        _ok("--db", db, "add", _write(tmp_path, "first.txt", FIRST))
        _ok("--db", db, "add", _write(tmp_path, "second.txt", SECOND))
        assert len(_articles(db)) == 1
        _ok("--db", db, "fix", "--article", "1", "--title", "한결시 물류 인재 협약")
    if not given_kept:
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE sources SET given = NULL")
    rebuilt = _ok("--db", db, "reextract")
    assert "(1 article new)" in rebuilt and "read differently" not in rebuilt
    rows = _articles(db)
    assert [(r["id"], r["outlet"], r["title"], r["corrected"]) for r in rows] == [
        (1, "한결신문", "한결시 물류 인재 협약", ["title"]),
        (2, "바른경제", "한결시·누리대학교, 스마트 물류 인재 양성 맞손", []),
    ]
    assert "출처 2건: 한결신문, 바른경제" in _ok("--db", db, "timeline")


def test_corrections_exported_before_outlets_counted_apply_to_the_first_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _write(tmp_path, "first.txt", FIRST)
    second = _write(tmp_path, "second.txt", SECOND)
    old, new = str(tmp_path / "old.db"), str(tmp_path / "new.db")
    exported = str(tmp_path / "fixes.jsonl")
    with monkeypatch.context() as patched:
        patched.setattr(preparing, "article_hash", _body_only)
        _ok("--db", old, "add", first, second)
        _ok("--db", old, "fix", "--article", "1", "--title", "한결시 물류 인재 협약")
        _ok("--db", old, "corrections", "--export", exported)
    _ok("--db", new, "add", first, second)
    for _ in range(2):  # importing again adds nothing
        _ok("--db", new, "corrections", "--import", exported)
    assert [(r["outlet"], r["title"], r["corrected"]) for r in _articles(new)] == [
        ("한결신문", "한결시 물류 인재 협약", ["title"]),
        ("바른경제", "한결시·누리대학교, 스마트 물류 인재 양성 맞손", []),
    ]


def _bare(text: str) -> str:
    """`text` pasted without its credit and copyright lines: no outlet to read."""
    lines = [line for line in text.splitlines() if not line.startswith("Copyright")]
    return "\n".join(lines).replace("[한결신문 박서윤 기자] ", "") + "\n"


@pytest.mark.parametrize("bare_first", [True, False])
def test_a_copy_naming_no_outlet_is_the_article_its_outlet_copy_is(
    tmp_path: Path, bare_first: bool
) -> None:
    """Whichever comes first; the other outlet's copy stays its own, and its reporter, not
    the bare copy's, tells it apart."""
    db = str(tmp_path / "archive.db")
    bare = _write(tmp_path, "bare.txt", _bare(FIRST))
    first = _write(tmp_path, "first.txt", FIRST)
    second = _write(tmp_path, "second.txt", SECOND)
    order = [bare, second, first] if bare_first else [first, second, bare]
    for path in order:
        _ok("--db", db, "add", path)
    rows = _articles(db)
    assert sorted((r["outlet"], r["reporter"], len(r["paths"])) for r in rows) == [
        ("바른경제", "김도현", 1),
        ("한결신문", "박서윤", 2),
    ]
    _ok("--db", db, "reextract")
    assert _articles(db) == rows


def test_removing_one_outlet_s_copy_keeps_out_that_copy_and_not_the_other_s(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "a.db")
    first = _write(tmp_path, "first.txt", FIRST)
    assert run_cli("--db", db, "add", first).code == 0
    assert run_cli("--db", db, "remove", "--article", "1", "--yes").code == 0
    edited = _write(tmp_path, "edited.txt", FIRST.replace("말했다.", "덧붙였다."))
    second = _write(tmp_path, "second.txt", SECOND)

    again = json.loads(run_cli("--db", db, "add", edited, second, "--format", "json").out)

    assert [k["correction"] for k in again["kept_out"]] == [1]
    assert again["articles_added"] == 1
    kept = json.loads(run_cli("--db", db, "export", "--what", "articles", "--format", "json").out)
    assert [article["outlet"] for article in kept] == ["바른경제"]


@pytest.mark.parametrize("action", ["set", "delete"])
def test_a_correction_an_older_reader_made_on_a_copy_it_cut_short_applies_to_that_copy(
    tmp_path: Path, action: str
) -> None:
    """A version that hashed the body alone read the second of two outlets' copies cut
    short after its lead, and a fix or removal made there named that text: imported, it
    concerned "an article not in this archive", and the later copy kept no fix (review 54
    a2, B8)."""
    new = str(tmp_path / "new.db")
    _ok("--db", new, "add", _write(tmp_path, "first.txt", FIRST), _write(tmp_path, "s.txt", SECOND))
    with sqlite3.connect(new) as conn:
        body = conn.execute("SELECT body FROM articles WHERE outlet = '바른경제'").fetchone()[0]
    lead = _body_only(Article(None, body.split("\n")[0]))
    line = {
        "id": 1,
        "target": "article",
        "action": action,
        "field": "date" if action == "set" else None,
        "old": "2024-09-22" if action == "set" else "article 2: 한결시 물류",
        "new": "2023-09-22" if action == "set" else None,
        "note": None,
        "label": "article 2: 한결시·누리대학교, 스마트 물류 인재 양성 맞손",
        "made_at": "2026-11-30T09:00:00+00:00",
        "undone_at": None,
        "keys": [{"side": 0, "article_sha": lead}],
    }
    exported = tmp_path / "old.jsonl"
    exported.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")

    said = _ok("--db", new, "corrections", "--import", str(exported), "--yes")

    assert "not in this archive" not in said and "not here" not in said
    kept = [(r["outlet"], r["published"]) for r in _articles(new)]
    if action == "set":
        assert kept == [("한결신문", "2024-09-21"), ("바른경제", "2023-09-22")]
    else:
        assert kept == [("한결신문", "2024-09-21")]


def _unnamed_copy(reporter: str) -> str:
    """A copy that names no outlet: its headline, stamp, body and reporter alone."""
    headline = "한결시·누리대학교, 스마트 물류 인재 양성 맞손"
    return f"{headline}\n입력 2024.09.21 09:30\n\n{BODY}\n{reporter} 기자\n"


def test_two_reporters_copies_of_the_same_words_naming_no_outlet_are_two(tmp_path: Path) -> None:
    """The same words and stamp signed by two reporters are two outlets' copies: the second
    was held as the first, its reporter lost (review 54b, S5). The file added again adds
    neither."""
    db = str(tmp_path / "archive.db")
    path = _write(tmp_path, "both.txt", _unnamed_copy("박서윤") + "\n" + _unnamed_copy("김도현"))
    _ok("--db", db, "add", path)
    assert [r["reporter"] for r in _articles(db)] == ["박서윤", "김도현"]
    again = json.loads(_ok("--db", db, "add", path, "--format", "json"))
    assert (again["articles_added"], len(_articles(db))) == (0, 2)


def test_pasted_press_copies_are_one_article_an_outlet_the_bare_one_the_first_s(
    tmp_path: Path,
) -> None:
    """Two outlets' copies closed by their copyright lines and a third naming none: two
    articles, each under its own headline, the bare copy the first one's (newcomer 55: 6)."""
    body = f"{BODY}\n"
    page = (
        f"한결시, 누리대학교와 물류 인재 협약\n\n{body}"
        "Copyright © 한결신문 www.hangyeol.example.kr\n\n\n"
        f"한결시-누리대 '스마트 물류' 맞손\n\n{body}"
        "<Copyright ⓒ 바른경제 / 무단전재 및 재배포 금지>\n\n\n"
        f"한결시, 물류 인재 양성 협약 체결\n입력 2024.09.21 10:10\n\n{body}"
    )
    db = str(tmp_path / "archive.db")
    _ok("--db", db, "add", _write(tmp_path, "press.txt", page))
    assert sorted((row["outlet"], row["title"]) for row in _articles(db)) == [
        ("바른경제", "한결시-누리대 '스마트 물류' 맞손"),
        ("한결신문", "한결시, 누리대학교와 물류 인재 협약"),
    ]
