"""What a page prints under its headline: the subheadline kept, furniture never taken for
one (newcomer 48, findings 12, 13 and 24).

A saved page's `<div class="view_sub">` was dropped; a Daum copy's byline glued to its time
("정다은 기자2024. 5. 21. 15:12") and its "글씨크기 조절하기" control, and a board post's
"첨부파일 사진1.jpg (2.1MB)" row, were printed as the article's subheadlines.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

HEADLINE = "안동시, 바이오 백신기업 200억 투자협약"
SUBHEADLINE = "경북바이오2차산단에 생산시설…50명 신규 고용"
BODY = [
    "경북 안동시는 11일 시청 소회의실에서 백신 원료기업 ㈜누리백신과 200억원 규모의 투자협약을"
    " 체결했다.",
    "협약에 따라 누리백신은 2026년까지 경북바이오2차산업단지에 생산시설을 짓고 50명을 새로"
    " 고용한다.",
    '권기창 안동시장은 "안동이 백신 산업의 거점이 되도록 돕겠다"고 말했다.',
]
PAGE = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<div class="view_title">{HEADLINE}</div>
<div class="view_sub">{SUBHEADLINE}</div>
<div class="byline">한지민 기자 | 기사입력 2024-06-11 오후 2:40</div>
<div class="view_text">{"".join(f"<p>{line}</p>" for line in BODY)}
<p>한지민 기자 jimin@andongnews.kr</p></div>
<div class="copyright">ⓒ 안동새뉴스 무단전재 및 재배포 금지</div>
</body></html>
"""
DAUM_COPY = [
    "뉴스",
    "연예",
    "스포츠",
    "안동새뉴스",
    HEADLINE,
    "한지민 기자2024. 6. 11. 14:40",
    "타임톡",
    "음성으로 듣기",
    "번역 설정",
    "글씨크기 조절하기",
    "인쇄하기",
    *BODY,
    "한지민 기자(jimin@andongnews.kr)",
    "Copyright © 안동새뉴스. 무단전재 및 재배포 금지.",
]
BOARD_POST = [
    "보도자료",
    f"제목\t{HEADLINE}",
    "작성자\t투자유치과",
    "등록일\t2024-06-11",
    "조회수\t321",
    "첨부파일\t협약식사진.jpg (1.8MB)",
    *BODY,
    "문의: 투자유치과 054-840-0000",
    "목록",
]


def added(path: Path) -> dict:
    assert run_cli("add", str(path)).code == 0
    return json.loads(run_cli("show", "a1", "--format", "json").out)


def test_a_view_sub_element_is_the_subheadline(env_archive: Path) -> None:
    page = env_archive / "andong.html"
    page.write_text(PAGE, encoding="utf-8")
    article = added(page)
    assert (article["title"], article["subtitle"]) == (HEADLINE, SUBHEADLINE)
    assert run_cli("show", "a1").out.splitlines()[1] == SUBHEADLINE


@pytest.mark.parametrize("copy", [DAUM_COPY, BOARD_POST], ids=["daum", "board"])
def test_a_copy_s_furniture_is_no_subheadline(copy: list[str], env_archive: Path) -> None:
    text = env_archive / "copy.txt"
    text.write_text("\n".join(copy), encoding="utf-8")
    article = added(text)
    assert article["title"] == HEADLINE
    assert article["subtitle"] is None


ATTACHMENT_PROSE = [
    "첨부된 협약서.pdf 파일에 따르면 두 기관은 3년간 매년 30명의 실습생을 선발하기로 했다.",
    "첨부한 협약서.hwp 내용과 같이 시는 인허가와 기반시설을 지원한다.",
]


def test_prose_that_opens_with_an_attached_file_stays_in_the_body(env_archive: Path) -> None:
    """ "첨부된", "첨부한" are no attachment label, and a file's name followed by prose is no
    attachment row."""
    text = env_archive / "copy.txt"
    text.write_text("\n".join([*BOARD_POST[:6], *BODY, *ATTACHMENT_PROSE]), encoding="utf-8")
    added(text)
    shown = run_cli("show", "a1").out
    for line in ATTACHMENT_PROSE:
        assert line in shown


def test_a_board_s_files_listed_under_their_label_are_no_subheadlines(env_archive: Path) -> None:
    text = env_archive / "copy.txt"
    files = ["첨부파일", "협약식 사진.jpg (1.8MB)", "보도자료_투자협약.hwp [45KB]"]
    text.write_text("\n".join([*BOARD_POST[:5], *files, *BODY]), encoding="utf-8")
    article = added(text)
    assert (article["title"], article["subtitle"]) == (HEADLINE, None)
    assert ".hwp" not in run_cli("show", "a1").out


def test_a_daum_copy_s_stamped_byline_names_the_reporter(env_archive: Path) -> None:
    """With no byline under the body, the stamped one under the headline is the only place
    the reporter is named; Daum's reactions "응원해요" and "후속 원해요" are no body (review
    49b, finding 12)."""
    copy = [*DAUM_COPY[:-2], DAUM_COPY[-1], "구독", "좋아요", "응원해요", "후속 원해요"]
    text = env_archive / "daum.txt"
    text.write_text("\n".join(copy), encoding="utf-8")
    article = added(text)
    assert (article["title"], article["subtitle"]) == (HEADLINE, None)
    assert article["reporter"] == "한지민"
    assert article["body"].endswith(BODY[-1])


def test_a_promo_line_in_a_generic_sub_class_is_no_subheadline(env_archive: Path) -> None:
    page = env_archive / "andong.html"
    page.write_text(
        PAGE.replace(
            f'<div class="view_sub">{SUBHEADLINE}</div>',
            '<div class="sub_txt">안동새뉴스 공식 유튜브 채널 오픈</div>',
        ),
        encoding="utf-8",
    )
    article = added(page)
    assert (article["title"], article["subtitle"]) == (HEADLINE, None)
