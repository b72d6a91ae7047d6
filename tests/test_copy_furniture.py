"""Furniture of copied and saved pages that was read as the article's (newcomer 49,
findings 8, 9, 10 and 19).

A table-laid page's header (the logo beside the today-bar, the menu row) was stored as a
photo caption; Naver's share bar gave "글자 크기 변경" as the subheadline, also to a saved
page's article held before the copy came; a script's dateline times "(19:21) (19:40)" were
the subheadline and a line it wrapped after "위한" stayed two; Daum's open "자동요약" box
was the article's first lines and kept the lead's credit in the lead.
"""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli

PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>무등일보</title></head><body>
<table width="980"><tr><td><img src="/images/top_logo.gif" alt="무등일보"></td>
<td>2024년 04월 02일 화요일 <span>광주 맑음 18℃</span></td></tr>
<tr><td colspan="2"><a href="/">HOME</a> | <a href="/news/1">정치</a> | <a href="/news/2">경제</a>
| <a href="/news/3">지역</a> | <a href="/member/login">로그인</a></td></tr></table>
<table width="980"><tr><td width="680" valign="top">
<table width="100%"><tr><td class="view_title">광주시·나주시, 에너지밸리 인재 양성 협약</td></tr>
<tr><td class="view_date">기사입력 2024-04-02 10:15</td></tr>
<tr><td class="view_body">
<table align="center"><tr><td><img src="/photo/0402.jpg"></td></tr>
<tr><td>강기정 광주시장과 윤병태 나주시장이 1일 광주시청에서 협약서를 들어 보이고 있다.
</td></tr></table>
<p>광주광역시와 전남 나주시가 에너지밸리 인재를 함께 키운다.</p>
<p>강기정 광주시장과 윤병태 나주시장은 1일 광주시청에서 에너지밸리 인재 양성을 위한
업무협약을 체결했다.</p>
<p>두 시는 에너지 특성화고 학생의 현장실습과 지역 기업 채용을 함께 지원하기로 했다.</p>
<p>한솔 기자 hansol@mudeung.example</p>
</td></tr></table></td></tr></table>
</body></html>"""


def test_a_table_laid_header_is_no_caption(env_archive: Path) -> None:
    page = env_archive / "mudeung.htm"
    page.write_bytes(PAGE.encode("euc-kr"))
    assert run_cli("add", str(page)).code == 0
    shown = run_cli("show", "a1").out
    assert "[사진] 강기정 광주시장과 윤병태 나주시장이 1일 광주시청에서 협약서를" in shown
    assert "로그인" not in shown and "맑음" not in shown
    assert "0 hits" in run_cli("search", "로그인").out


BODY = [
    "강릉시와 동해시가 수소 버스 공동 운행에 나선다.",
    "강릉시는 3일 시청 접견실에서 동해시와 수소 버스 공동 운행을 위한 업무협약을 체결했다고"
    " 밝혔다.",
    "두 시는 내년부터 수소 버스 20대를 두 도시를 잇는 노선에 투입하기로 했다.",
]
HEADLINE = "강릉시·동해시, 수소 버스 공동 운행 협약"
NAVER_COPY = [
    "본문 바로가기",
    "NAVER 뉴스",
    "영동신문",
    HEADLINE,
    "입력2024.06.04. 오전 9:10  수정2024.06.04. 오전 9:40",
    "기사원문",
    "정솔비 기자",
    "요약봇",
    "공유",
    "본문 듣기",
    "글자 크기 변경",
    "인쇄하기",
    *BODY,
    "정솔비 기자(solbi@yeongdong.example)",
    "Copyright ⓒ 영동신문. All rights reserved. 무단 전재 및 재배포 금지.",
]


def test_naver_share_bar_is_no_subheadline(env_archive: Path) -> None:
    copy = env_archive / "naver.txt"
    copy.write_text("\n".join(NAVER_COPY), encoding="utf-8")
    assert run_cli("add", str(copy)).code == 0
    shown = run_cli("show", "a1").out.splitlines()
    assert shown[0] == f"article a1: {HEADLINE}"
    assert shown[1].startswith("영동신문 · 2024-06-04 · 정솔비")


def test_a_later_copy_gives_a_held_page_no_subheadline(env_archive: Path) -> None:
    page = env_archive / "yeongdong.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    page.write_text(
        f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title>
<meta property="og:site_name" content="영동신문"></head><body>
<h1>{HEADLINE}</h1><div class="article">{paragraphs}<p>정솔비 기자</p></div></body></html>""",
        encoding="utf-8",
    )
    copy = env_archive / "naver.txt"
    copy.write_text("\n".join(NAVER_COPY), encoding="utf-8")
    assert "1 article added" in run_cli("add", str(page)).out
    assert "1 already in the archive" in run_cli("add", str(copy)).out
    shown = run_cli("show", "a1").out.splitlines()
    assert shown[0] == f"article a1: {HEADLINE}"
    assert shown[1].startswith("영동신문 · ")


def test_a_script_has_no_times_for_subheadline_and_its_wrapped_line_is_one(
    env_archive: Path,
) -> None:
    script = env_archive / "kbs.txt"
    script.write_text(
        "\n".join(
            [
                "경남도·창원시, 방산 부품 공동 인증센터 협약",
                "입력 2023.11.21 (19:18) 수정 2023.11.21 (19:42)",
                "뉴스7(창원)",
                "[앵커]",
                "경상남도와 창원시가 오늘 방산 부품 공동 인증센터 설립을 위한 업무협약을"
                " 맺었습니다.",
                "[리포트]",
                "협약에 따라 두 기관은 방산 부품 기업의 시험과 인증을 위한",
                "공동 센터를 짓고, 장비 구입비를 절반씩 부담합니다.",
                "KBS 뉴스 윤가람입니다.",
            ]
        ),
        encoding="utf-8",
    )
    assert run_cli("add", str(script)).code == 0
    shown = run_cli("show", "a1").out.splitlines()
    assert shown[1].startswith("KBS · 2023-11-21 · 윤가람")
    assert (
        "협약에 따라 두 기관은 방산 부품 기업의 시험과 인증을 위한 공동 센터를 짓고, 장비"
        " 구입비를 절반씩 부담합니다." in shown
    )


def test_daum_summary_box_is_furniture(env_archive: Path) -> None:
    copy = env_archive / "daum.txt"
    copy.write_text(
        "\n".join(
            [
                "천안시·아산시, 광역 소각장 공동 건립 협약",
                "충남새뉴스",
                "입력 2024. 2. 7. 11:20",
                "요약보기",
                "자동요약",
                "기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.",
                "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
                "천안시와 아산시가 광역 소각장을 함께 짓는다.",
                "두 시는 건립비를 인구 비율로 나눠 부담한다.",
                "닫기",
                "[천안=충남새뉴스] 오하람 기자 = 충남 천안시와 아산시가 7일 천안시청에서 광역"
                " 소각장 공동 건립을 위한 업무협약을 체결했다.",
                "두 시는 하루 500t 규모의 소각장을 2028년까지 짓고 건립비를 인구 비율로 나눠"
                " 부담하기로 했다.",
                "오하람 기자 haram@cnnew.example",
                "Copyright © 충남새뉴스. 무단전재 및 재배포 금지.",
            ]
        ),
        encoding="utf-8",
    )
    assert run_cli("add", str(copy)).code == 0
    shown = run_cli("show", "a1").out
    assert "자동요약" not in shown and "본문 보기를 권장" not in shown
    assert "두 시는 건립비를 인구 비율로 나눠 부담한다." not in shown
    lead = (
        "충남 천안시와 아산시가 7일 천안시청에서 광역 소각장 공동 건립을 위한 업무협약을 체결했다."
    )
    assert lead in shown.splitlines()
    assert "[천안=충남새뉴스]" not in shown


def test_daum_summary_box_without_its_note_goes_with_its_sentence(env_archive: Path) -> None:
    """Daum's box copied as "자동요약" / the summary / "닫기": the summary was the article's
    first line (newcomer 50, finding 9)."""
    copy = env_archive / "daum.txt"
    copy.write_text(
        "\n".join(
            [
                "Daum",
                "뉴스",
                "홈",
                "사회",
                "강릉시-가톨릭관동대, 해양 관광 인재 양성 MOU",
                "영동일보",
                "입력 2023. 3. 9. 10:15",
                "자동요약",
                "강릉시와 가톨릭관동대가 해양 관광 인재를 함께 키운다.",
                "닫기",
                "번역 설정",
                "글씨크기 조절하기",
                "[영동일보 남궁솔 기자] 강원 강릉시와 가톨릭관동대학교가 8일 강릉시청에서 '해양"
                " 관광 전문인력 양성 업무협약(MOU)'을 체결했다.",
                "두 기관은 해양 레저 실습 과정을 함께 운영한다.",
                "남궁솔 기자 sol@yeongdong.example",
            ]
        ),
        encoding="utf-8",
    )
    assert run_cli("add", str(copy)).code == 0
    shown = run_cli("show", "a1").out
    assert "해양 관광 인재를 함께 키운다" not in shown
    body = shown.split("\n\n")[1].splitlines()
    assert body[0].startswith("강원 강릉시와 가톨릭관동대학교가 8일")
