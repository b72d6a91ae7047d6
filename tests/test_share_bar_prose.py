"""A flat copy's share bar takes the button words after its separators only where the bar
ends the text or the lead's credit follows it (review 48b, finding 10).

The bar "… - 기사 스크랩 - 공유 - 클린뷰" had learnt to take a trailing "- 클린뷰"; in prose
listing how visitors are told ("이메일 / 문자 / 카카오톡 - 라인 - 보기 쉬운 안내"), it took "보기",
and the body lost the word.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

HEADLINE = "하동군-지리산관광협, 외국인 관광객 안내 서비스 업무협약"
SENTENCES = [
    "[섬진강신문 배수아 기자] 하동군이 지리산관광협의회와 외국인 관광객 안내 서비스를 함께"
    " 운영한다.",
    "하동군은 8일 군청 소회의실에서 지리산관광협의회와 관광 안내 서비스 개선을 위한 업무협약을"
    " 체결했다고 밝혔다.",
    "협약에 따라 관광객은 이메일 / 문자 / 카카오톡 - 라인 - 보기 쉬운 안내를 받는다.",
    "군은 내년까지 안내 언어를 5개로 늘릴 계획이다.",
    "배수아 기자 sua@seomjin.kr",
]
APP_SENTENCE = "협약에 따라 안내 앱은 페이스북 트위터 - 다음 지도와 연동된다."


def test_prose_after_a_run_of_service_names_keeps_its_words(env_archive: Path) -> None:
    flat = env_archive / "flat.txt"
    text = " ".join([HEADLINE, *SENTENCES[:3], APP_SENTENCE, *SENTENCES[3:]])
    flat.write_text(text, encoding="utf-8")
    assert run_cli("add", str(flat)).code == 0
    article = json.loads(run_cli("show", "a1", "--format", "json").out)
    # Each sentence whole, on a line of its own: the service names inside it are its words
    # (review 49b, finding 11).
    lines = article["body"].split("\n")
    assert SENTENCES[2] in lines
    assert APP_SENTENCE in lines
    found = run_cli("search", "보기 쉬운 안내", "--in", "articles").out
    assert found.splitlines()[-2] == "1 hit"


@pytest.mark.parametrize("after", ["byline", "end"])
def test_a_bar_s_trailing_buttons_go_before_a_byline_or_the_end(
    after: str, env_archive: Path
) -> None:
    flat = env_archive / "flat.txt"
    bar = "- 기사 스크랩 - 공유 - 댓글 - 다음"
    lines = [HEADLINE, *SENTENCES[:-1], bar, SENTENCES[-1]]
    if after == "end":
        lines = [HEADLINE, *SENTENCES, bar]
    flat.write_text(" ".join(lines), encoding="utf-8")
    assert run_cli("add", str(flat)).code == 0
    article = json.loads(run_cli("show", "a1", "--format", "json").out)
    assert article["body"].endswith("군은 내년까지 안내 언어를 5개로 늘릴 계획이다.")
    assert "다음" not in article["body"] and "스크랩" not in article["body"]
