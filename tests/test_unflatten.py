"""A page pasted without its line breaks reads as the same article laid out normally."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli

from mouarchive.text.pipeline import parse_articles
from mouarchive.text.unflatten import restore_lines

FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "busan_jeonnam.txt"


def test_a_text_with_line_breaks_is_left_alone() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    assert restore_lines(text) == text
    assert restore_lines("짧은 한 줄.") == "짧은 한 줄."


def test_a_flat_page_is_the_same_article_with_its_outlet_reporter_and_list(
    tmp_path: Path,
) -> None:
    laid_out = FIXTURE.read_text(encoding="utf-8")
    flat = tmp_path / "flat.txt"
    flat.write_text(" ".join(laid_out.split("\n")), encoding="utf-8")
    assert "\n" not in flat.read_text(encoding="utf-8").strip()
    db = str(tmp_path / "archive.db")
    alone = run_cli("--db", db, "add", "--format", "json", str(flat))
    assert json.loads(alone.out)["articles_added"] == 1
    article = json.loads(run_cli("--db", db, "show", "a1", "--format", "json").out)
    assert (article["outlet"], article["reporter"]) == ("부산일보", "김해솔")
    # Headline and subheadline stay together: nothing in flat text tells them apart.
    assert article["title"].startswith("부산시·전남도, 남해안 해양관광벨트 공동 조성 '맞손'")
    assert "박형준" not in article["title"]
    (agreement,) = article["agreements"]
    assert agreement["clauses"] == [
        "크루즈 관광상품 공동 개발",
        "섬 관광 활성화 사업 공동 추진",
        "해양레저 스포츠 대회 공동 유치",
        "관광 홍보 플랫폼 구축",
    ]
    normal = tmp_path / "normal.txt"
    normal.write_text(laid_out, encoding="utf-8")
    again = json.loads(run_cli("--db", db, "add", "--format", "json", str(normal)).out)
    assert (again["articles_added"], again["duplicates"]) == (0, 1)
    paths = json.loads(run_cli("--db", db, "show", "a1", "--format", "json").out)["paths"]
    assert paths == [str(flat), str(normal)]


def test_a_flat_wire_lead_keeps_its_credit_off_the_lead() -> None:
    lead = (
        "(서울=연합뉴스) 정수연 기자 = 서울 서초구는 지난 19일 구청에서 일본 도쿄도 스기나미구 "
        "대표단을 만나 교류 의지를 다졌다고 22일 밝혔다."
    )
    rest = " 스기나미구는 1991년 서초구가 처음으로 우호 관계를 맺은 외국 도시다." * 4
    (article,) = parse_articles(lead + rest)
    assert article.body.startswith("서울 서초구는 지난 19일")
    assert (article.outlet, article.reporter) == ("연합뉴스", "정수연")


def test_a_word_of_the_article_that_is_also_a_button_breaks_nothing() -> None:
    """ "정책 정보 공유 △…": 공유 is a share button only among other buttons; read as one,
    the ▲ list after it was cut from its lead and lost with the sentences after it."""
    flat = (
        "한빛교육청과 누리교육청이 10일 한빛교육청 대회의실에서 교육 교류 증진을 위한 업무 협약을 "
        "체결했다.양 교육청은 "
        "교류 사업을 상호 제안하기로 했다.업무협약 사항은 △정책 정보 공유 △학생 및 교직원 인사 "
        "교류 △교육 시설 이용에 대한 상호 협력과 지원 등이다.양 교육청은 업무협의회를 매년 "
        '열기로 했다. 공유 - 프린트 한빛교육감은 "두 교육청이 함께 성장하길 바란다"고 말했다.'
    )
    (article,) = parse_articles(flat)
    assert "△학생 및 교직원 인사 교류" in article.body
    assert "업무협의회를 매년" in article.body
    assert "공유 - 프린트" not in article.body
