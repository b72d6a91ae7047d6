"""Photo captions: kept apart from the article body, stored with it, and searchable.

A caption often names the signatories ("강기정 광주시장과 김동연 경기도지사가 서명한 뒤")
in words the body never repeats, so a search for them must find the article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

from mouarchive import search, store
from mouarchive.models import Article, PartialDate
from mouarchive.store import indexes, schema

BODY = "광주광역시와 경기도가 인공지능 산업 협력을 위한 상생협약을 맺었다고 5일 밝혔다."
CAPTIONS = [
    "강기정 광주시장과 김동연 경기도지사가 협약서에 서명한 뒤 기념촬영을 하고 있다. /광주시 제공",
    "협약식에 참석한 내빈들이 박수를 치고 있다. 사진=경기도",
]


@pytest.fixture
def db(tmp_path: Path):
    archive = store.open_archive(tmp_path / "archive.db")
    with store.transaction(archive):
        store.insert_article(
            archive,
            Article(
                "광주-경기 상생협약", BODY, published=PartialDate(2024, 3, 5), captions=CAPTIONS
            ),
            "with-captions",
        )
        store.insert_article(archive, Article("다른 기사", "대구시가 로봇 협약을 맺었다."), "other")
    return archive


def titles(db, query: str) -> list[str]:
    return [hit.title for hit in search.search(db, query, scope="articles").hits]


@pytest.mark.parametrize("term", ["김동연", "기념촬영", "박수", "내빈", "빈"])
def test_a_word_found_only_in_a_caption_finds_the_article(db, term: str) -> None:
    assert term not in BODY
    assert titles(db, term) == ["광주-경기 상생협약"]


def test_a_caption_hit_shows_the_caption_as_its_snippet(db) -> None:
    (hit,) = search.search(db, '"김동연 경기도지사"', scope="articles").hits
    assert "김동연 경기도지사" in hit.snippet
    ((start, end),) = hit.match_spans
    assert hit.snippet[start:end] == "김동연 경기도지사"


def test_a_term_never_runs_from_one_caption_into_the_next(db) -> None:
    # The first caption ends "제공", the second starts "협약식": joined they would read
    # "제공협약식"; neither the trigram nor the bigram index may find that.
    assert titles(db, "제공협약식") == []
    assert titles(db, "공협") == []
    assert titles(db, "제공") == ["광주-경기 상생협약"]


def test_body_and_caption_terms_combine_as_one_article(db) -> None:
    assert titles(db, "상생협약 김동연") == ["광주-경기 상생협약"]
    assert titles(db, "상생협약 -김동연") == []


def test_captions_are_stored_apart_from_the_body_and_shown_with_the_article(db) -> None:
    loaded = store.load_article(db, 1)
    assert loaded is not None
    assert loaded.captions == CAPTIONS
    assert "김동연" not in loaded.body
    shown = json.loads(
        run_cli("--db", str(db_path(db)), "show", "--article", "1", "--format", "json").out
    )
    assert shown["captions"] == CAPTIONS
    table = run_cli("--db", str(db_path(db)), "show", "--article", "1").out
    assert "김동연 경기도지사" in table


def test_a_second_copy_supplies_captions_the_first_lacked(tmp_path: Path) -> None:
    db = store.open_archive(tmp_path / "a.db")
    with store.transaction(db):
        store.insert_article(db, Article("광주-경기 상생협약", BODY), "same")
    assert titles(db, "김동연") == []
    with store.transaction(db):
        _, created = store.insert_article(
            db, Article("광주-경기 상생협약", BODY, captions=CAPTIONS), "same"
        )
    assert not created
    assert titles(db, "김동연") == ["광주-경기 상생협약"]
    assert titles(db, "상생협약") == ["광주-경기 상생협약"]


def test_datasette_search_box_finds_a_caption_word(db) -> None:
    rows = db.execute(
        "SELECT a.title FROM articles a WHERE a.id IN"
        " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
        ['"기념촬영"'],
    ).fetchall()
    assert rows == [("광주-경기 상생협약",)]


def test_an_archive_made_before_captions_stays_searchable_after_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0004 makes the article indexes anew; what was stored before must stay
    findable, even when the first command after the upgrade adds an article."""
    path = tmp_path / "a.db"
    older = [f for f in schema._migration_files() if f.stem < "0004"]
    with monkeypatch.context() as patch:
        patch.setattr(schema, "_migration_files", lambda: older)
        patch.setattr(indexes, "index_missing", lambda db: None)
        old = store.open_archive(path)
        old.execute(
            "INSERT INTO articles (sha256, title, body) VALUES ('x', '옛 기사', ?)",
            ["광주광역시와 해남군이 AI 데이터센터 업무협약을 맺었다."],
        )
        old.conn.close()
    db = store.open_archive(path)
    with store.transaction(db):
        store.insert_article(
            db, Article("새 기사", "대구시가 협약을 맺었다.", captions=CAPTIONS), "y"
        )
    assert titles(db, "데이터센터") == ["옛 기사"]
    assert titles(db, "해남") == ["옛 기사"]
    assert set(titles(db, "협약")) == {"옛 기사", "새 기사"}
    assert titles(db, "김동연") == ["새 기사"]


def db_path(db: store.Archive) -> str:
    return db.execute("PRAGMA database_list").fetchone()[2]


def test_a_line_of_marked_items_under_its_intro_is_body_not_a_caption() -> None:
    """A caption opens with its one ▲ ("▲ 박 시장이 … 서명하고 있다."); a line marking items
    again inside it is the agreement's list, and stays in the body where its items are read."""
    from mouarchive.extract.agreements import extract_agreements
    from mouarchive.text.pipeline import parse_articles

    text = (
        "과천시, 예술단체와 문화 협약\n"
        "과천시는 26일 한국예술문화단체총연합회와 문화예술 발전을 위한 업무협약을 체결했다.\n"
        "두 기관은 이번 협약으로\n"
        "▲과천시의 축제 적극 협력 ▲문화예술 프로그램 공동 개발 ▲정보 및 자원 교류 등을 약속했다.\n"
        "협약식에는 양측 관계자 20여 명이 참석했다.\n"
    )
    (article,) = parse_articles(text)
    assert "▲과천시의 축제 적극 협력" in article.body
    assert article.captions == []
    (report,) = extract_agreements(article)
    assert [c.text for c in report.clauses] == [
        "과천시의 축제 적극 협력",
        "문화예술 프로그램 공동 개발",
        "정보 및 자원 교류",
    ]


def test_an_image_left_as_markup_before_its_caption_keeps_the_caption() -> None:
    """ "![]() 지난 15일 …을 맺었다. 한빛시 제공 |": a bad copy's image markup opens the caption
    that tells the signing; the markup goes, the caption stays (only markup around a few words
    without a sentence is a remnant)."""
    from mouarchive.text.pipeline import parse_articles

    text = (
        "![]() 지난 15일 한빛시가 충남 금빛시와 자매결연을 맺었다. 한빛시 제공 |\n"
        "김솔 시장은 이날 도시 정원을 주제로 강연했다.\n"
        "자매결연 협약서 서명과 기념패를 교환하고 상호협력 의지를 다졌다.\n"
    )
    (article,) = parse_articles(text)
    assert article.captions == ["지난 15일 한빛시가 충남 금빛시와 자매결연을 맺었다. 한빛시 제공"]
    (remnant,) = parse_articles("![]() 한빛시 제공 |\n김솔 시장은 이날 강연했다.\n")
    assert remnant.captions == [] and "한빛시 제공" not in remnant.body
    for credit in ("(사진=한빛시)", "전라남도 한빛시 제공"):
        image = '<img src="/p/1.jpg" alt="협약식">'
        line = f"{image} 지난 15일 한빛시가 금빛시와 자매결연을 맺었다. {credit}"
        (article,) = parse_articles(line + "\n" + text.split("\n", 1)[1])
        assert article.captions and article.captions[0].startswith("지난 15일 한빛시가")


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/news/2">누리시, 가람군과 상생협약 체결했다. 관련기사</a>',
        "![](/img/1.jpg) 관련기사 미르시, 다온군과 업무협약 체결했다. 더보기",
        "![](/img/1.jpg) 미르시, 다온군과 업무협약 체결했다. 관련기사",
        '<img src="/p.jpg"> 순천시, 광양시와 상생협약 체결했다. [관련기사]',
    ],
)
def test_a_link_to_another_story_stays_a_remnant(link: str) -> None:
    """Markup around another story's headline, sentence-shaped or not, is page furniture:
    only an image's markup before a caption keeps its line."""
    from mouarchive.extract.agreements import extract_agreements
    from mouarchive.text.pipeline import parse_articles

    lead = "한빛시는 12일 누리대학교와 청년 일자리 업무협약을 체결했다.\n두 기관은 협력한다.\n"
    text = f"{lead}{link}\n"
    (article,) = parse_articles(text)
    reports = extract_agreements(article)
    assert [[p.name for p in r.parties] for r in reports] == [["한빛시", "누리대학교"]]


def test_a_technicians_certificate_is_no_link_to_other_stories() -> None:
    """ "건설 관련 기사 자격증": 기사 is a technician here, and the line in markup is the lead."""
    from mouarchive.extract.agreements import extract_agreements
    from mouarchive.text.pipeline import parse_articles

    text = (
        "<b>한빛대학교는 12일 누리건설과 건설 관련 기사 자격증 취득 지원을 위한 업무협약을 "
        "체결했다.</b>\n"
    )
    (article,) = parse_articles(text)
    assert len(extract_agreements(article)) == 1
