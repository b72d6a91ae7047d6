"""`mouarchive show`: an agreement with the sentences behind each fact, and `reextract`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_runner import run_cli

from mouarchive import store
from mouarchive.evidence import report_evidence, sentence_at
from mouarchive.models import AgreementReport, Article, Clause, PartialDate, Party, Signatory

BODY = (
    "박형준 부산시장과 김영록 전남지사는 14일 부산시청에서 '남해안 해양관광벨트 공동 조성을 위한 "
    "업무협약'을 체결했다.\n"
    "협약에 따라 양 시·도는 ▲크루즈 관광상품 공동 개발 ▲섬 관광 활성화 사업 공동 추진 등에 "
    "협력하기로 했다.\n"
    '박형준 부산시장은 "남해안은 함께 키울 자산"이라고 말했다.'
)

AGREEMENT_KEYS = [
    "id",
    "date",
    "date_precision",
    "date_text",
    "status",
    "title",
    "kind",
    "place",
    "parties",
    "signatories",
    "regions",
    "ambiguous_regions",
    "clauses",
    "clauses_stated",
    "investment_krw",
    "jobs",
    "sources",
    "corrected",
    "rejected",
    "ambiguous_parties",  # added later: after the keys scripts first met
    "month",
    "day",
]


def span(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, start + len(text)


SIGNED = PartialDate(2024, 3, 14)


def report(date: PartialDate | None = SIGNED) -> AgreementReport:
    return AgreementReport(
        title="남해안 해양관광벨트 공동 조성을 위한 업무협약",
        kind="업무협약",
        status="signed",
        date=date,
        date_text="14일",
        date_span=span("14일"),
        place="부산시청",
        parties=[
            Party("부산광역시", span("부산시장"), "부산광역시"),
            Party("전라남도", span("전남지사"), "전라남도"),
        ],
        signatories=[
            Signatory("박형준", "시장", "부산광역시", span("박형준 부산시장")),
            Signatory("김영록", "지사", "전라남도", span("김영록 전남지사")),
        ],
        regions=[],
        clauses=[
            Clause("크루즈 관광상품 공동 개발", span("크루즈 관광상품 공동 개발")),
            Clause("섬 관광 활성화 사업 공동 추진", span("섬 관광 활성화 사업 공동 추진")),
        ],
        clauses_stated=3,
        evidence_span=span("업무협약'을 체결했다"),
    )


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    db = store.open_archive(path)
    with store.transaction(db):
        source = store.insert_source(
            db, sha256="s1", path="/news/a.txt", encoding="utf-8", warnings=[], raw_text=BODY
        )
        article_id, _ = store.insert_article(
            db,
            Article(
                title="부산·전남 맞손",
                body=BODY,
                outlet="부산일보",
                published=PartialDate(2024, 3, 14),
            ),
            "a1",
        )
        store.link_article_source(db, article_id, source, 0)
        store.save_reports(db, article_id, [report()])
    db.conn.close()
    return path


def test_sentence_at_widens_a_span_to_its_sentence() -> None:
    assert sentence_at(BODY, span("14일")).startswith("박형준 부산시장과")
    assert sentence_at(BODY, span("14일")).endswith("체결했다.")
    assert sentence_at(BODY, span("섬 관광")).startswith("협약에 따라")


def test_sentence_at_trims_a_very_long_paragraph_around_the_span() -> None:
    body = "가" * 2000 + "핵심 문장" + "나" * 2000
    quoted = sentence_at(body, (2000, 2005))
    assert "핵심 문장" in quoted
    assert len(quoted) <= 402 and quoted.startswith("…") and quoted.endswith("…")


def test_each_sentence_is_quoted_once_with_all_its_facts() -> None:
    evidence = dict((sentence, facts) for facts, sentence in report_evidence(BODY, report()))
    first = next(sentence for sentence in evidence if sentence.startswith("박형준 부산시장과"))
    assert evidence[first] == "signing, date, party, signatory"
    assert any(facts == "clauses" for facts in evidence.values())


def test_show_json_is_the_agreement_object(archive: Path) -> None:
    result = run_cli("--db", str(archive), "show", "1", "--format", "json")
    assert result.code == 0, result.err
    agreement = json.loads(result.out)
    assert list(agreement) == AGREEMENT_KEYS
    assert agreement["date"] == "2024-03-14" and agreement["date_precision"] == "day"
    assert agreement["parties"] == ["부산광역시", "전라남도"]
    assert agreement["signatories"][0] == {
        "name": "박형준",
        "title": "시장",
        "organization": "부산광역시",
    }
    assert agreement["sources"] == [
        {
            "article_id": 1,
            "path": "/news/a.txt",
            "paths": ["/news/a.txt"],
            "outlet": "부산일보",
            "title": "부산·전남 맞손",
            "published": "2024-03-14",
        }
    ]


def test_show_prints_facts_and_the_sentences_behind_them(archive: Path) -> None:
    result = run_cli("--db", str(archive), "show", "1")
    assert result.code == 0, result.err
    assert "남해안 해양관광벨트 공동 조성을 위한 업무협약" in result.out
    assert "from “14일”" in result.out
    assert "1. 크루즈 관광상품 공동 개발" in result.out
    assert "(the article says 3)" in result.out
    assert "[signing, date, party, signatory]" in result.out
    assert "/news/a.txt" in result.out


def test_show_article_lists_its_agreements(archive: Path) -> None:
    result = run_cli("--db", str(archive), "show", "--article", "1")
    assert result.code == 0
    assert "agreement #1" in result.out and "부산광역시, 전라남도" in result.out
    # The id as search prints it works there too, as it does for fix --article.
    assert run_cli("--db", str(archive), "show", "--article", "a1").out == result.out
    wrong = run_cli("--db", str(archive), "show", "--article", "x1")
    assert wrong.code == 2 and "give an article id (3 or a3)" in wrong.err


def test_show_unknown_id_is_a_one_line_error(archive: Path) -> None:
    result = run_cli("--db", str(archive), "show", "99")
    assert result.code == 2
    assert result.err.splitlines() == [
        "error: no agreement #99 (the archive's agreement ids are #1 to #1)"
    ]
    for bad in ("b3", "3a", "#", "a"):
        result = run_cli("--db", str(archive), "show", bad)
        assert result.code == 2 and "give an agreement id (12 or #12)" in result.err, bad


INGEST = Path(__file__).parent / "fixtures" / "ingest"


def test_every_printed_id_opens_what_it_was_printed_for(tmp_path: Path) -> None:
    """Articles and agreements are numbered apart: here article a2 holds agreement #1, so
    a bare "2" printed for the article would open nothing, or the wrong agreement."""
    db = str(tmp_path / "archive.db")
    run_cli("--db", db, "add", "--quiet", str(INGEST / "festival_no_agreement.txt"))
    run_cli("--db", db, "add", "--quiet", str(INGEST / "busan_jeonnam.txt"))
    run_cli("--db", db, "add", "--quiet", str(INGEST / "daejeon_sejong.txt"))
    found = run_cli("--db", db, "search", "크루즈")
    rows = [line.split()[0] for line in found.out.splitlines()[1:] if line[:1] in ("a", "#")]
    assert rows == ["a2", "#1"], found.out  # the best article, then the best clause
    assert "open a hit: mouarchive show a2 (article a2 and its agreements)" in found.out
    assert "mouarchive show 1 (agreement #1)" in found.out
    article = run_cli("--db", db, "show", "a2")
    assert article.code == 0, article.err
    assert article.out == run_cli("--db", db, "show", "--article", "2").out
    assert article.out.startswith("article a2: 부산시·전남도") and "agreement #1:" in article.out
    agreement = run_cli("--db", db, "show", "#1")
    assert agreement.out == run_cli("--db", db, "show", "1").out
    assert agreement.out.startswith("#1 남해안 해양관광벨트") and "article a2 ·" in agreement.out
    assert run_cli("--db", db, "show", "2").out.startswith("#2 ")
    assert run_cli("--db", db, "show", "a1").out.startswith("article a1: 제12회 섬진강")
    timeline = run_cli("--db", db, "timeline")
    assert re.search(r"mouarchive show (\d+) \(agreement #\1\)", timeline.out), timeline.out


def test_text_from_articles_is_never_markup(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    db = store.open_archive(path)
    hostile = "[bold red]가짜[/] \x1b[31m빨강\x1b[0m [link=http://x]협약[/link]"
    with store.transaction(db):
        article_id, _ = store.insert_article(db, Article(title=hostile, body=BODY), "h1")
    db.conn.close()
    result = run_cli("--db", str(path), "show", "--article", str(article_id))
    assert "[bold red]가짜[/]" in result.out
    assert "\x1b" not in result.out
    assert "[link=http://x]협약[/link]" in result.out


def test_yearless_day_is_shown_as_such(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    db = store.open_archive(path)
    with store.transaction(db):
        article_id, _ = store.insert_article(db, Article(title="t", body=BODY), "n1")
        store.save_reports(db, article_id, [report(date=PartialDate(day=14))])
    db.conn.close()
    agreement = json.loads(run_cli("--db", str(path), "show", "1", "--format", "json").out)
    assert agreement["date"] is None and agreement["date_precision"] == "day"
    assert "14일 (연도 미상)" in run_cli("--db", str(path), "show", "1").out


def test_piped_show_and_info_end_no_line_with_spaces(archive: Path) -> None:
    """`show 1 > a.txt`: the facts table pads its cells to a column's width, which in a
    file is trailing spaces on every fact line (diff and grep see them)."""
    for command in (["show", "1"], ["show", "a1"], ["info"]):
        result = run_cli("--db", str(archive), *command)
        assert result.code == 0, result.err
        padded = [line for line in result.out.splitlines() if line != line.rstrip()]
        assert not padded, (command, padded)
