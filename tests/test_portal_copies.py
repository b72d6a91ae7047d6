"""A news portal's copy-paste is read as the one article it shows (newcomer 48, findings 2, 13).

Naver glues the heading of its "주요뉴스" list to the help text under it ("남도일보
주요뉴스해당 언론사에서 선정하며 …"): the heading went unrecognised, its headlines became a
second article, and one of them a phantom agreement. The portal's menu line, its reaction
buttons and its reading controls were printed as the article's title and subheadlines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run_cli

from mouarchive.text.clean import is_list_heading

TITLE = "여수시-전남대, 해양관광 전문인력 양성 맞손"
NAVER_COPY = "\n".join(
    [
        "본문 바로가기",
        "NAVER 뉴스",
        "홈 정치 경제 사회 생활/문화 IT/과학 세계 랭킹 신문보기 오피니언 TV 팩트체크",
        "바다신문",
        "바다신문 구독",
        TITLE,
        "입력2024.07.02. 오전 10:41  수정2024.07.02. 오전 11:05  기사원문",
        "한서윤 기자",
        "공감",
        "좋아요0 훈훈해요0 슬퍼요0 화나요0 후속기사 원해요0",
        "댓글",
        "본문 요약봇",
        "텍스트 음성 변환 서비스 사용하기",
        "글자 크기 변경하기",
        "SNS 보내기",
        "인쇄하기",
        "전남 여수시는 2일 시청 상황실에서 전남대학교와 해양관광 전문인력 양성을 위한 업무협약을"
        " 체결했다.",
        "두 기관은 ▲해양레저 지도자 교육과정 개설 ▲관광업체 현장실습 ▲졸업생 지역 채용 연계에"
        " 협력한다.",
        '정기명 여수시장은 "섬과 바다를 아는 인재를 함께 키우겠다"고 말했다.',
        "한서윤 기자(seoyun@badanews.kr)",
        "기자 프로필",
        "바다신문",
        "바다신문 구독",
        "Copyright ⓒ 바다신문. All rights reserved. 무단 전재 및 재배포 금지.",
        "이 기사는 언론사에서 사회 섹션으로 분류했습니다.",
        "기사 섹션 분류 안내",
        "바다신문 주요뉴스해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수"
        " 있습니다.",
        "순천시, 한국농어촌공사와 정원 조성 업무협약",
        "광양시, 포스코와 탄소중립 협약 체결",
    ]
)


def test_naver_copy_is_one_article_with_its_headline(env_archive: Path) -> None:
    copy = env_archive / "naver.txt"
    copy.write_text(NAVER_COPY, encoding="utf-8")
    added = run_cli("add", str(copy))
    assert added.code == 0
    assert "1 article added" in added.out
    shown = run_cli("show", "a1").out.splitlines()
    assert shown[0] == f"article a1: {TITLE}"
    assert shown[1].startswith("바다신문 · 2024-07-02")
    for furniture in ("좋아요0", "텍스트 음성 변환", "글자 크기 변경하기", "NAVER", "팩트체크"):
        assert furniture not in "\n".join(shown)
    timeline = run_cli("timeline").out
    assert "포스코" not in timeline
    assert "여수시" in timeline


@pytest.mark.parametrize("label", ["지역 포토뉴스", "경북 주요뉴스", "포항 최신뉴스"])
def test_a_section_label_above_the_headline_keeps_the_headline(
    env_archive: Path, label: str
) -> None:
    """A site prints its section above the headline; only a portal's outlet-named heading
    opens a list, so the headline and subheadline under the label stay."""
    copy = env_archive / "section.txt"
    copy.write_text(
        "\n".join(
            [
                label,
                "영덕군, 해상풍력 부품기업 1천억 투자협약",
                "하부구조물 공장 신설…120명 고용",
                "입력 2024-09-03 11:20",
                "경북 영덕군은 3일 군청에서 해상풍력 부품기업 ㈜동해윈드텍과 1천억원 규모의"
                " 투자협약을 체결했다.",
                "회사는 강구면 일원에 하부구조물 공장을 짓고 지역 주민 120명을 고용한다.",
                "박서진 기자 seojin@donghae.kr",
            ]
        ),
        encoding="utf-8",
    )
    assert run_cli("add", str(copy)).code == 0
    shown = run_cli("show", "a1").out.splitlines()
    assert shown[0] == "article a1: 영덕군, 해상풍력 부품기업 1천억 투자협약"
    assert shown[1] == "하부구조물 공장 신설…120명 고용"


def test_a_portal_heading_names_its_outlet_in_more_than_one_word() -> None:
    """ "SBS Biz 주요뉴스" with the portal's help text heads a list; a place word before
    "주요뉴스" with no help text does not."""
    note = "해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다."
    assert is_list_heading(f"SBS Biz 주요뉴스{note}")
    assert is_list_heading("남도일보 주요뉴스")
    assert is_list_heading("이 언론사의 주요뉴스")
    assert not is_list_heading("경북 주요뉴스")
    assert not is_list_heading("지역 포토뉴스")


NAVER_AFTER_COPYRIGHT = [
    "기사 섹션 분류 안내",
    "기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. 언론사는 개별 기사를 2개 이상"
    " 섹션으로 중복 분류할 수 있습니다.",
    "닫기",
    "구독",
    "메인에서 바로 보는 언론사 편집 뉴스 지금 바로 구독해보세요!",
    "바다신문 주요뉴스해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.",
    "순천시, 한국농어촌공사와 정원 조성 업무협약",
    "바다신문 랭킹 뉴스",
    "오후 4시~5시까지 집계한 결과입니다.",
    "더보기",
    "1",
    "고흥군, 한화에어로스페이스와 우주발사체 산업 투자협약 체결",
    "2",
    "완도군, 해양수산과학원과 전복 종자 연구 협약",
    "함께 볼만한 뉴스",
]


def test_a_full_naver_copy_is_one_article(env_archive: Path) -> None:
    """What Naver prints after the copyright (the section help, its ranking list with the
    hours it counts) is no second article, and its headlines no agreement."""
    lines = NAVER_COPY.split("\n")
    end = lines.index("기사 섹션 분류 안내")
    copy = env_archive / "naver.txt"
    copy.write_text("\n".join([*lines[:end], *NAVER_AFTER_COPYRIGHT]), encoding="utf-8")
    added = run_cli("add", str(copy))
    assert "1 article added" in added.out
    timeline = run_cli("timeline").out
    for party in ("한화에어로스페이스", "해양수산과학원", "한국농어촌공사"):
        assert party not in timeline
