"""A browser copy pasted without its line breaks is the same article as the copy laid out
(newcomer 47, finding 7; README "Adding articles": "stored as the same article (both paths
kept)").

Two things of a flat copy kept it apart: the share bar's separators and last buttons, left
on the headline ("…체결 -") and the lead ("- 클린뷰 - 프린트 21일 …"); and the photo
credit closing the caption, which the break after each sentence put before the lead
("… 체결했다." / "화순군 제공 화순군이 …").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

from mouarchive.text.pipeline import parse_articles

BODY = [
    "화순군이 전남대학교병원과 공공의료 협력을 위한 업무협약을 체결했다고 21일 밝혔다.",
    "두 기관은 ▲응급의료 이송 체계 구축 ▲만성질환 공동 관리 ▲의료 인력 교류에 협력하기로 했다.",
    '구복규 군수는 "군민 누구나 가까이에서 좋은 진료를 받도록 하겠다"고 말했다.',
    "협약에 따라 전남대병원은 내년부터 화순군 보건소에 전문의를 주 2회 파견한다.",
]
CAPTION = (
    "21일 화순군청 상황실에서 구복규 화순군수(왼쪽)와 정신 전남대병원장이 협약서에 서명한 뒤"
    " 기념촬영을 하고 있다."
)
COPIES = {
    # A portal's copy: buttons between dashes, the caption's credit after it.
    "dashes": [
        "화순군·전남대병원, 공공의료 손잡는다…업무협약 체결",
        "-",
        "기사 스크랩",
        "-",
        "공유",
        "-",
        "댓글",
        "-",
        "클린뷰",
        "-",
        "프린트",
        f"{CAPTION} 화순군 제공",
        *BODY,
        "최유리 기자 yuri@donggang.kr",
    ],
    # A CMS's copy: subheadline, byline with its stamps, one bar, a credit with a slash.
    "bar": [
        "화순군·전남대병원, 공공의료 손잡는다…업무협약 체결",
        "응급 이송·만성질환 관리·인력 교류 3개 분야 협력",
        " 최유리 기자  입력 2024.06.21 16:05  수정 2024.06.22 09:00",
        "페이스북 트위터 카카오톡 URL복사 기사 스크랩 프린트 글씨키우기",
        f"{CAPTION} /화순군 제공",
        *BODY,
        "최유리 기자 yuri@donggang.kr",
        "",
        "저작권자 © 동강신문 무단전재 및 재배포 금지",
    ],
    # A lead opened by its credit: the credit parts it from the headline, even flat.
    "credit": [
        "화순군·전남대병원, 공공의료 손잡는다…업무협약 체결",
        f"[동강신문 최유리 기자] {BODY[0]}",
        *BODY[1:],
        "최유리 기자 yuri@donggang.kr",
    ],
}


def flat(lines: list[str]) -> str:
    return " ".join(lines)


@pytest.mark.parametrize("kind", sorted(COPIES))
def test_a_flat_copy_reads_as_the_copy_laid_out(kind: str) -> None:
    (laid_out,) = parse_articles("\n".join(COPIES[kind]))
    (pasted,) = parse_articles(flat(COPIES[kind]))
    assert pasted.body == laid_out.body
    assert pasted.captions == laid_out.captions
    # A subheadline stays on the headline's line: nothing in flat text parts them.
    assert pasted.title.startswith(laid_out.title) and not pasted.title.endswith("-")


@pytest.mark.parametrize("kind", sorted(COPIES))
@pytest.mark.parametrize("flat_first", [False, True])
def test_a_flat_copy_is_stored_as_the_same_article(
    kind: str, flat_first: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laid_out, pasted = tmp_path / "copy.txt", tmp_path / "flat.txt"
    laid_out.write_text("\n".join(COPIES[kind]) + "\n", encoding="utf-8")
    pasted.write_text(flat(COPIES[kind]), encoding="utf-8")
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    first, second = (pasted, laid_out) if flat_first else (laid_out, pasted)
    assert json.loads(run_cli("add", "--format", "json", str(first)).out)["articles_added"] == 1
    again = json.loads(run_cli("add", "--format", "json", str(second)).out)
    assert (again["articles_added"], again["duplicates"]) == (0, 1)
    article = json.loads(run_cli("show", "a1", "--format", "json").out)
    assert article["paths"] == [str(first), str(second)]
    assert article["title"].startswith("화순군·전남대병원, 공공의료 손잡는다…업무협약 체결")
    assert not article["title"].endswith("-")
    assert "클린뷰" not in article["body"] and "화순군 제공" not in article["body"]
    assert article["body"].startswith(BODY[0])
    found = run_cli("search", "만성질환", "--in", "articles").out
    assert found.splitlines()[-2] == "1 hit"


# Two stories of one outlet, alike but for the headline and one sentence; each goes on with
# a sentence in which 제공 is prose, not a photo's credit.
TOUR = [
    "구례군은 지리산관광협의회와 체류형 관광 활성화를 위한 업무협약을 맺었다고 3일 밝혔다.",
    "협약에 따라 두 기관은 숙박 할인과 관광 안내를 함께 맡는다.",
    "{sentence}",
    "무료 셔틀버스 제공 구간은 구례구역에서 화엄사까지다.",
    '김순호 군수는 "머무는 관광으로 지역 경제를 살리겠다"고 말했다.',
]
STORIES = {
    "a": (
        "구례군-지리산관광협, 체류형 관광 활성화 맞손",
        "군은 관광객 편의를 위해 다양한 방안을 마련하고 있다.",
    ),
    "b": (
        "구례군, 올해 관광객 300만 명 유치 나선다",
        "군은 올해 관광객 300만 명 유치를 목표로 하고 있다.",
    ),
}


def story(key: str) -> str:
    headline, sentence = STORIES[key]
    body = [line.format(sentence=sentence) for line in TOUR]
    return flat([headline, f"[남도타임스 김하늘 기자] {body[0]}", *body[1:]])


def test_a_sentence_in_which_provide_is_prose_stays_in_the_body() -> None:
    (article,) = parse_articles(story("a"))
    assert "무료 셔틀버스 제공 구간은 구례구역에서 화엄사까지다." in article.body
    assert "군은 관광객 편의를 위해 다양한 방안을 마련하고 있다." in article.body
    assert article.captions == []


def test_two_flat_stories_alike_but_for_headline_and_a_sentence_stay_two(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    for key in STORIES:
        (tmp_path / f"{key}.txt").write_text(story(key), encoding="utf-8")
        added = json.loads(run_cli("add", "--format", "json", str(tmp_path / f"{key}.txt")).out)
        assert (added["articles_added"], added["duplicates"]) == (1, 0)
    for number, (headline, sentence) in enumerate(STORIES.values(), start=1):
        article = json.loads(run_cli("show", f"a{number}", "--format", "json").out)
        assert article["title"] == headline
        assert sentence in article["body"]
