"""Publication date and outlet, read from header and footer lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mouarchive.models import PartialDate
from mouarchive.text.bylines import parse_byline
from mouarchive.text.datelines import find_published
from mouarchive.text.furniture import is_furniture
from mouarchive.text.normalize import normalize_text
from mouarchive.text.outlet_names import outlet_for_email
from mouarchive.text.outlets import find_outlet

BODY = "빛고을시가 한빛대학교와 스마트 물류 인재 양성을 위한 업무협약을 체결했다고 5일 밝혔다."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("기사등록 2021-01-27 16:23:10", PartialDate(2021, 1, 27)),
        ("  • 기사등록 2021-01-27 16:23:10", PartialDate(2021, 1, 27)),
        ("date 2025-12-19", PartialDate(2025, 12, 19)),
        ("입력 2024.03.05 오후 2:10", PartialDate(2024, 3, 5)),
        ("입력 : 2024. 3. 5. 14:10", PartialDate(2024, 3, 5)),
        ("승인 2023.05.21 14:00", PartialDate(2023, 5, 21)),
        ("2023.05.21", PartialDate(2023, 5, 21)),
        ("2023-06-12 10:31", PartialDate(2023, 6, 12)),
        ("2023년 6월 12일", PartialDate(2023, 6, 12)),
        ("2023년 06월 12일(월) 17:40", PartialDate(2023, 6, 12)),
        ("김하늘 기자 | 입력 2023.05.21 14:00 | 수정 2023.05.22 09:00", PartialDate(2023, 5, 21)),
        ("2024/03/05 14:10 송고", PartialDate(2024, 3, 5)),
        ("2022-09-08 | 전남일보사 | 김도윤 기자", PartialDate(2022, 9, 8)),
        ("배포일시: 2023. 5. 10.(수) / 담당부서: 경기도 농업정책과", PartialDate(2023, 5, 10)),
        ("등록 2020.11.02", PartialDate(2020, 11, 2)),
        ("김하늘 기자 sky@hanbit.co.kr 2017-11-21 18:25:30", PartialDate(2017, 11, 21)),
        ("by 김하늘 기자 sky@hanbit.net 2019.08.26", PartialDate(2019, 8, 26)),
        ("김하늘 2019-05-15 조회수 10548", PartialDate(2019, 5, 15)),
        ("날짜 2016-12-06 조회수 1,573", PartialDate(2016, 12, 6)),
        ("김하늘(hanbit77)등록 2022.09.22 14:45", PartialDate(2022, 9, 22)),
        ("등록날짜 [ 2014년05월08일 13시55분 ] |", PartialDate(2014, 5, 8)),
        ("Posted on 2012. 10. 17.", PartialDate(2012, 10, 17)),
        ("[ 2012-07-11 ] 한빛시, 누리군과 10년 우의 '돈독'", PartialDate(2012, 7, 11)),
        ("[20190626]한빛시, 미국 자매도시 결연 30주년 방문단 출국", PartialDate(2019, 6, 26)),
        ("연합뉴스 (2011-10-17)", PartialDate(2011, 10, 17)),
        ("한빛일보 2026-03-04 11:49:32 신고", PartialDate(2026, 3, 4)),
        ("한빛TV1 제공 | 2021.05.26 09:06", PartialDate(2021, 5, 26)),
        ("게재 2025-11-12", PartialDate(2025, 11, 12)),
        ("발행날짜: 2017-05-16 14:17:12", PartialDate(2017, 5, 16)),
        ("발행일자 2019.03.04", PartialDate(2019, 3, 4)),
        ("편집/기자: [ 김한빛 ] 발표시간: [ 2019-08-23 16:42:37 ]", PartialDate(2019, 8, 23)),
        ("기사입력: 2023/02/08 [18:01]", PartialDate(2023, 2, 8)),
        ("입력 : 2025-07-10 03:06:00 수정 : 2025-07-11 09:12:00", PartialDate(2025, 7, 10)),
        ("• 입력 2017년 8월 21일 03시 00분", PartialDate(2017, 8, 21)),
        ("한빛일보 기자 입력 2008-05-26 00:00:00 조회수 173", PartialDate(2008, 5, 26)),
        ("2018-12-13 홍길동 기자", PartialDate(2018, 12, 13)),
        ("posted by 빛고을사랑 2020. 1. 1. 12:04", PartialDate(2020, 1, 1)),
        ("작성자 홍길동 2021.03.04", PartialDate(2021, 3, 4)),
        ("by 빛고을^.^아줌마 2014. 4. 28.", PartialDate(2014, 4, 28)),
        ("by | 2022-05-31 | 한몽교류", PartialDate(2022, 5, 31)),
        ("양 기관장이 협약서에 서명하고 있다. ⓒ한빛일보 2019.10.17", PartialDate(2019, 10, 17)),
        (
            "김하늘 빛고을시의회 의장(왼쪽)이 협약을 체결한 뒤 기념촬영을 하고 있다."
            "(빛고을시의회 제공)2022.10.27/한빛뉴스",
            PartialDate(2022, 10, 27),
        ),
        ("[사진=빛고을도시공사] 2023.09.10 hong@hanbit.kr |", PartialDate(2023, 9, 10)),
        (
            "김한빛 누리시장(왼쪽)과 이바다 한빛시장이 기념 촬영을 하고 있다."
            "2024.2.23.(누리시 제공)/한빛1",
            PartialDate(2024, 2, 23),
        ),
        (
            "두 지사가 자매결연 협정을 체결했다. 2017.11.20 [누리도 제공=한빛뉴스]",
            PartialDate(2017, 11, 20),
        ),
        ("두 도시는 의향서를 교환했다.. 2013. 9. 24. « 1 »", PartialDate(2013, 9, 24)),
        ("2008-07-03 김상우", PartialDate(2008, 7, 3)),
        ("2017-09-08     누리/ 김하늘기자", PartialDate(2017, 9, 8)),
        ("2020-04-24     이솔", PartialDate(2020, 4, 24)),
        ("2017-09-26     김하늘A 기자", PartialDate(2017, 9, 26)),
        ("2020-02-16     김하늘ㆍ이바다", PartialDate(2020, 2, 16)),
        ("김솔| 2018-12-17| 조회수 : 7419", PartialDate(2018, 12, 17)),
        ("2008년 06월 10일 by hanbit", PartialDate(2008, 6, 10)),
        ("디지털경제입력 :2024/05/16 06:24", PartialDate(2024, 5, 16)),
        (
            "김하늘 회장이 시장과 기념사진을 촬영하고 있다.(사진=누리시 제공).2023.10.26. "
            "photo@hanbit.kr *재판매 및 DB 금지",
            PartialDate(2023, 10, 26),
        ),
        (
            "숲을 조성한 뒤 기념촬영을 하고 있다. 2023.10.03. (사진=누리구 제공) photo@hanbit.kr",
            PartialDate(2023, 10, 3),
        ),
        ("박상준 / 2025-06-17 08:53:31", PartialDate(2025, 6, 17)),
        ("김하늘 기자입력 : 2023. 09. 21(목) 11:50", PartialDate(2023, 9, 21)),
        ("송고시간2017-09-04 15:59", PartialDate(2017, 9, 4)),
        ("인쇄 기사스크랩 [제880호]2015-02-27 11:13", PartialDate(2015, 2, 27)),
        ("wind 2021.03.25 07:36", PartialDate(2021, 3, 25)),
        ("기자명 : 김솔 입력시간 : 2019-12-02 (월) 15:56", PartialDate(2019, 12, 2)),
        ("작성자 관리자 작성일13-08-12 14:52 조회2,536회 댓글0건", PartialDate(2013, 8, 12)),
        ("작성자 빛고을방송 댓글 0건 조회 940회 작성일 24.03.25", PartialDate(2024, 3, 25)),
        ("by 김솔 기자 2010.03.18", PartialDate(2010, 3, 18)),
        ("등록|2014.06.24 23:33 수정|2014.06.25 09:10", PartialDate(2014, 6, 24)),
        ("2012.06.25(월) 13:55:50빛고을시청(hongbo@hanbit.kr)", PartialDate(2012, 6, 25)),
        ("2009-4-22 0:0:0 27면", PartialDate(2009, 4, 22)),
        ("한빛일보 2011.03.08 00:38 사회 12면 지면보기", PartialDate(2011, 3, 8)),
        ("체육진흥과 | 2017-04-11 09:20:00 | ||", PartialDate(2017, 4, 11)),
        ("지역소식| 2013-09-23 16:05", PartialDate(2013, 9, 23)),
        ("2021-06-15 1287", PartialDate(2021, 6, 15)),
        ("2016.02.03 (수) 11:42:10 최종편집 : 2016.02.05 (금) 08:00:01", PartialDate(2016, 2, 3)),
        ("2021-10-18 11:29:50 게재", PartialDate(2021, 10, 18)),
        ("김솔 기자 / sol@hanbit.net입력 : 2014년 05월 09일", PartialDate(2014, 5, 9)),
        ("한빛뉴스 2024.10.22", PartialDate(2024, 10, 22)),
        ("2023-04-25     한빛신문", PartialDate(2023, 4, 25)),
        ("2026년 1월 29일, 오후 03:37", PartialDate(2026, 1, 29)),
        (
            "초등돌봄교실 과일간식 지원 MOU 빛고을시-한빛농협 김솔 기자 기자 2018-04-27 11:11:36",
            PartialDate(2018, 4, 27),
        ),
        ("기념촬영을 하고 있다. [사진=빛고을시] 2025.07.16 |", PartialDate(2025, 7, 16)),
        (
            "협약서를 들어 보이고 있다. (사진=빛고을시 제공) 2025.09.26. [email protected]",
            PartialDate(2025, 9, 26),
        ),
        (
            "![[빛고을=한빛뉴스] 협약식 (사진=빛고을시 제공) 2025.09.26. photo@hanbit.kr "
            "*재판매 및 DB 금지](https://img.hanbit.kr/2025/09/26/a.jpg)",
            PartialDate(2025, 9, 26),
        ),
        ("2025.03.18 09:27 댓글쓰기", PartialDate(2025, 3, 18)),
        ("한빛신문(news@hanbit.kr)2017-10-31 17:43:36 링크 인쇄 공유", PartialDate(2017, 10, 31)),
        ("김하늘 기자 sky@hanbit.kr 2018년 09월 19일 수요일 제5면", PartialDate(2018, 9, 19)),
        ("by 운영자 2014.07.23", PartialDate(2014, 7, 23)),
        ("(배포) 2019. 11. 28(목)", PartialDate(2019, 11, 28)),
        ("최고관리자 0 503 2021.04.14 08:59", PartialDate(2021, 4, 14)),
        ("2019.07.24 행정안전부", PartialDate(2019, 7, 24)),
        ("2019.07.24 산림청", PartialDate(2019, 7, 24)),
        ("2018-09-11 15:19:25 2018-09-11 15:19:29", PartialDate(2018, 9, 11)),
        ("관리자 / 2024-06-28 오전 12:16:00 / 208", PartialDate(2024, 6, 28)),
    ],
)
def test_dateline_forms(line: str, expected: PartialDate) -> None:
    assert find_published(f"빛고을시, 물류 인재 키운다\n{line}\n{BODY}") == expected


def test_a_print_page_named_in_a_sentence_is_no_dateline() -> None:
    line = "한빛시는 2018년 9월 19일 제2면 기사를 반박했다"
    assert find_published(f"빛고을시, 물류 인재 키운다\n{line}\n{BODY}") is None


@pytest.mark.parametrize(
    "line",
    [
        "2023.05.21 개막식",
        "2023.05.26 금요일 개막식",
        "일시 2023.05.21 14:00",
        "일시 | 2023.05.21 14:00:00",
        "2023.05.21 개막",
        "2023.05.21 마감",
        "2024-06-30 현재",
        "등록일 15.03.05",
        "13-08-12 14:52",
        "안내 책자 배포 2024.05.01~05.31",
        "2024.06.01 전시ㆍ공연",
        "2024-05-10 신청·접수",
        "2024.06.01 시청",
        "2024.06.18 운영위원회",
        "2024.06.01 교육청",
        "개막 0 2 2024.06.01 10:00",
        "bypass 2014.4.28",
        "by 2024.05.01 신청 마감 | 접수처 안내와 일정, 참가 자격과 심사 기준을 꼭 확인하세요",
    ],
)
def test_a_date_beside_a_word_that_is_no_name_is_an_event(line: str) -> None:
    assert find_published(f"빛고을시, 물류 인재 키운다\n{line}\n{BODY}") is None


@pytest.mark.parametrize(
    "line",
    [
        "사진은 지난 2019년 두 기관의 첫 협약식 모습.2019.5.3.(누리시 제공)/한빛1",
        "두 기관의 첫 협약식 모습. 2019.5.3 [누리시 제공=한빛뉴스 자료사진]",
    ],
)
def test_a_file_photos_stamp_before_its_source_dates_no_page(line: str) -> None:
    assert find_published(f"빛고을시, 물류 인재 키운다\n{line}\n{BODY}") is None


def test_a_sites_last_update_alone_is_no_publication_date() -> None:
    stamp = "최종편집: 2025-05-10 06:45:01"
    assert find_published(f"{stamp}\n빛고을시, 물류 인재 키운다\n{BODY}") is None
    assert find_published(f"{stamp}\n입력 2025.04.25 10:00\n{BODY}") == PartialDate(2025, 4, 25)
    update = "UPDATE : 2024-03-28 17:14 (목)\n  • 승인 2019.11.08 09:38"
    assert find_published(f"{update}\n{BODY}") == PartialDate(2019, 11, 8)
    both = "최종편집 : 2024-03-28 17:14 | 기사입력 : 2024-03-27 09:00"
    assert find_published(f"{both}\n{BODY}") == PartialDate(2024, 3, 27)
    apart = "최종편집\n\n  • 2025-05-10 00:03\n\n조회 수 679"
    assert find_published(f"{apart}\n{BODY}") is None


def test_publication_beats_edit_date_whatever_the_order() -> None:
    text = f"수정 2024.03.06 09:00\n입력 2024.03.05 14:10\n{BODY}"
    assert find_published(text) == PartialDate(2024, 3, 5)


def test_a_caption_stamp_closing_a_long_paragraph_is_read() -> None:
    caption = "협약식에 참석한 양 기관 관계자들이 " * 8 + "기념촬영을 한다. ⓒ한빛일보 2019.10.17"
    assert len(caption) > 160
    assert find_published(f"{BODY}\n{caption}") == PartialDate(2019, 10, 17)


def test_a_repost_is_dated_by_its_original() -> None:
    text = f"빛고을시, 물류 인재 키운다\n2022.10.28\n{BODY}\n출처: 한빛뉴스(2022.10.27.)"
    assert find_published(text) == PartialDate(2022, 10, 27)
    # A board's repost names its source in brackets, the date after a comma.
    text = f"빛고을시, 물류 인재 키운다\n2022.10.28\n{BODY}\n[출처] 한빛뉴스, 2022.10.27"
    assert find_published(text) == PartialDate(2022, 10, 27)


def test_a_labelled_date_opening_a_long_paragraph_is_read() -> None:
    assert find_published(f" date 2025-11-10 {BODY * 3}") == PartialDate(2025, 11, 10)


def test_a_stamp_read_from_prose_or_a_caption_yields_to_a_dateline() -> None:
    opening = f"작성 2023년 5월 2일 당시 초안에는 없던 조항이 더해졌다. {BODY * 4}"
    assert find_published(f"{opening}\n입력 2025.07.16") == PartialDate(2025, 7, 16)
    caption = "▲ 협약식 모습 (사진=빛고을시 제공) 2024.12.30"
    text = f"{caption}\n{BODY}\n2025.01.02 한빛뉴스 김바다 기자"
    assert find_published(text) == PartialDate(2025, 1, 2)


@pytest.mark.parametrize("credit", ["DB손해보험", "KDB산업은행"])
def test_a_company_named_db_is_no_archive_picture(credit: str) -> None:
    line = f"협약식 모습 [사진={credit}] 2025.07.16 |"
    assert find_published(f"{BODY}\n{line}") == PartialDate(2025, 7, 16)


def test_a_list_of_other_articles_by_outlet_and_date_dates_nothing() -> None:
    listing = "한빛뉴스 2019.05.02\n한빛뉴스 2021.11.30"
    assert find_published(f"{BODY}\n관련 기사\n{listing}") is None


@pytest.mark.parametrize(
    "line",
    [
        "빛고을시청 2024.10.22",
        "협약은 (사진 설명 참조) 2025.07.16 체결됐다",
        "행사 사진을 보면 2025.07.16 |",
        "빛고을시청 전경 [사진=한빛뉴스DB] 2023.07.13 |",
        "협약식 모습 (사진=자료사진) 2019.05.02",
    ],
)
def test_a_date_beside_no_outlet_or_photo_credit_is_no_stamp(line: str) -> None:
    assert find_published(f"빛고을시, 물류 인재 키운다\n{line}\n{BODY}") is None


def test_a_labelled_month_is_kept_when_nothing_says_more() -> None:
    text = f"date 2018-07 [한빛일보 홍길동 기자]5일 {BODY}"
    assert find_published(text) == PartialDate(2018, 7)
    assert find_published(f"{text}\n입력 2018-07-05 10:00") == PartialDate(2018, 7, 5)


def test_the_today_bar_beside_a_weather_widget_is_not_the_date() -> None:
    widget = "\n".join(f"• 맑음{place} {t}℃" for place, t in [("빛고을", "2.6"), ("한빛", "-0.4")])
    page = f"2026.01.16 (금)\n\n{widget}\n기상청 제공\n\n의회\n빛고을시, 물류 인재 키운다\n{BODY}"
    assert find_published(page) is None
    assert find_published(f"{page}\n입력 2024.03.05 14:10") == PartialDate(2024, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY}\n두 기관은 지난 2023년 6월 12일 처음 논의를 시작했다.",
        f"{BODY}\n12일 오후 시청에서 협약식이 열렸다.",
        f"{BODY}\n2023.5.25^목 ~ 5.29^월",
        f"{BODY}\n입력 2023-13-40",
        f"{BODY}\n일시 | 2023.05.21 14:00",
        f"{BODY}\n두 기관은 2023.05.21 협약을 맺었다",
        f"{BODY}\n협약 기간은 2023.05.21/2025.05.20",
    ],
)
def test_no_publication_date_is_invented(text: str) -> None:
    assert find_published(text) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("▶ 밀리터리 인사이드 - 저작권자 ⓒ 서울신문사 -", "서울신문"),
        ("Copyright © 서울신문. 무단전재 및 재배포 금지.", "서울신문"),
        ("<저작권자 © 광주일보, 무단 전재-재배포 금지>", "광주일보"),
        ("Copyright ⓒ 광주매일신문 All rights reserved", "광주매일신문"),
        ("Copyright @전남투데이 Corp. All rights reserved.", "전남투데이"),
        ("[기계신문] " + BODY, "기계신문"),
        ("(광주=연합뉴스) 김민수 기자 = " + BODY, "연합뉴스"),
        ("【빛고을=뉴시스】 박서준 기자 = " + BODY, "뉴시스"),
        ("기계신문, 기계산업 뉴스채널", "기계신문"),
        ("2025.04.15 | 빛고을경제", "빛고을경제"),
        ("2022-09-08 | 전남일보사 | 김도윤 기자", "전남일보"),
        ("출처: 연합뉴스(2024.05.21.)", "연합뉴스"),
        ("[출처] 한빛경제, 2019.06.27", "한빛경제"),
        ("원문 출처 : 빛고을일보(https://www.example.kr/news/1)", "빛고을일보"),
    ],
)
def test_outlet_from_text(line: str, outlet: str) -> None:
    assert find_outlet(f"{BODY}\n{line}", "someone@gmail.com") == outlet


@pytest.mark.parametrize(
    ("email", "outlet"),
    [
        ("lucky@kwangju.co.kr", "광주일보"),
        ("god@kyeongin.com", "경인일보"),
        ("syyoon1111@hankyung.com", "한국경제"),
        ("osm@mtnews.net", "기계신문"),
        ("reporter@news.kwangju.co.kr", "광주일보"),
        ("Reporter@SEOUL.CO.KR", "서울신문"),
    ],
)
def test_outlet_from_byline_email(email: str, outlet: str) -> None:
    assert find_outlet(BODY, email) == outlet


@pytest.mark.parametrize("email", [None, "", "someone@gmail.com", "cut-short@", "x@co.kr"])
def test_unknown_email_gives_no_outlet(email: str | None) -> None:
    assert outlet_for_email(email) is None


@pytest.mark.parametrize(
    "line",
    [
        "[사진] 협약식 모습",
        "[단독] 빛고을시 협약",
        "광주시, 기업과 손잡고 협약",
        "출처: 시청(2024)",
    ],
)
def test_brackets_and_commas_that_are_not_outlets(line: str) -> None:
    assert find_outlet(f"{line}\n{BODY}", None) is None


def test_outlet_table_is_large_and_well_formed() -> None:
    path = Path(__file__).resolve().parents[1] / "mouarchive" / "data" / "outlets.json"
    table = json.loads(path.read_text("utf-8"))["domains"]["table"]
    assert len(set(table.values())) >= 60
    assert all("." in domain and domain == domain.lower() for domain in table)


def test_seed_004_date_and_outlet(seeds_dir: Path) -> None:
    text = normalize_text(next(seeds_dir.glob("004_*.txt")).read_text("utf-8"))
    assert find_published(text) == PartialDate(2021, 1, 27)
    assert find_outlet(text, None) == "기계신문"


def test_seed_000_outlet(seeds_dir: Path) -> None:
    text = normalize_text(next(seeds_dir.glob("000_*.txt")).read_text("utf-8"))
    assert find_outlet(text, None) == "서울신문"


@pytest.mark.parametrize(
    ("line", "reporter", "email"),
    [
        ("/박진표 기자 lucky@kwangju.co.kr", "박진표", "lucky@kwangju.co.kr"),
        ("광주 홍행기 기자", "홍행기", None),
        ("/신현정기자 god@kyeongin.com", "신현정", "god@kyeongin.com"),
        ("홍길동 기자(hong@example.kr)", "홍길동", "hong@example.kr"),
        ("글·사진=김철수 기자", "김철수", None),
        ("- 기자 정보: 한상우 기자 hsw@dongbu.example", "한상우", "hsw@dongbu.example"),
        ("[경기 안산 = 서부경기신문 김나래 기자]", "김나래", None),
        ("대학저널 광주지사 김소라 기자", "김소라", None),
        ("(경기광주=수도권타임즈) 조은별 기자", "조은별", None),
        ("광주=송지현 기자, 대구=권오석 기자", "송지현·권오석", None),
        ("/광주=박광만기자 kmpark@", "박광만", None),
        ("김하늘 여행전문기자", "김하늘", None),
        ("sky@yna.co.kr", None, "sky@yna.co.kr"),
    ],
)
def test_byline_forms(line: str, reporter: str | None, email: str | None) -> None:
    assert parse_byline(line) == (reporter, email)


@pytest.mark.parametrize("line", ["광주시, 기업과 협약", "광주시장 기자회견 열려", "협약식 모습"])
def test_lines_that_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_the_outlets_registration_in_the_footer_dates_no_article() -> None:
    text = (
        "순천시-누리테크 협약\n김하늘 기자 2024.05.12 10:31\n"
        "순천시와 누리테크는 12일 업무협약을 체결했다.\n"
        "한빛일보 | 전남 아00123 | [등록일] 2015.03.05 | 발행인 김솔"
    )
    assert find_published(text) == PartialDate(2024, 5, 12)


def test_the_outlets_registration_listed_one_item_a_line_dates_no_article() -> None:
    text = (
        "송림초-새마을금고 1교1사 협약\n  • 김하늘\n  • 승인 2011.11.14 15:04\n"
        "송림초등학교는 지난 8일 새마을금고와 1교 1사 협약을 체결했다.\n"
        "  • 명칭 : 주식회사 한빛스토리\n  • 등록번호 : 충남 아00101\n"
        "  • 등록일 : 2010-11-24\n  • 발행일 : 2010-11-24\n  • 발행인 : 김솔\n"
    )
    assert find_published(text) == PartialDate(2011, 11, 14)


@pytest.mark.parametrize(
    "stamp",
    ["김하늘 기자 / 등록일 2024-05-12 10:22", "기사등록일 2024.05.12 10:22", "• 발행일 2024.05.12"],
)
def test_an_articles_stamp_beside_the_footer_still_dates_it(stamp: str) -> None:
    text = (
        "순천시-누리테크 협약\n순천시와 누리테크는 12일 업무협약을 체결했다.\n"
        f"{stamp}\n발행인 : 김솔 | 등록번호 : 전남 아00123"
    )
    assert find_published(text) == PartialDate(2024, 5, 12)


def test_a_sentence_telling_of_an_issue_is_no_label_after_a_stamp() -> None:
    text = (
        "빛고을시, 물류 인재 키운다\n"
        "창간호는 2019년 3월 1일 발행 이후 5년 만에 전면 개편됐다.\n"
        f"{BODY}\n김하늘 기자 입력 2024.05.20 10:00"
    )
    assert find_published(text) == PartialDate(2024, 5, 20)


def test_a_blogs_by_line_dates_a_page_only_where_no_dateline_does() -> None:
    by = "by | 2024.05.01 | 참가 신청"
    assert find_published(f"빛고을시, 물류 인재 키운다\n{by}\n{BODY}") == PartialDate(2024, 5, 1)
    dated = f"빛고을시, 물류 인재 키운다\n{by}\n입력 2024-05-10 09:00\n{BODY}"
    assert find_published(dated) == PartialDate(2024, 5, 10)


def test_lines_opening_with_the_letters_by_are_kept() -> None:
    assert not is_furniture("bye 플라스틱! 광주시·한빛마트 감축 협약")
    assert not is_furniture("by 2030 목표 | 2024.05.01 | 탄소중립")


def test_a_today_bar_naming_its_weekday_gives_way_to_the_articles_dateline() -> None:
    page = (
        "2024년 06월 20일 목요일\n빛고을뉴스 전체기사 | 정치 | 경제\n빛고을시, 물류 인재 키운다\n"
        f"{BODY}\n2024-05-13 김하늘 기자 sky@hanbit.example\n"
    )
    assert find_published(page) == PartialDate(2024, 5, 13)
    alone = f"2024.06.20 (목)\n빛고을시, 물류 인재 키운다\n{BODY}\n"
    assert find_published(alone) == PartialDate(2024, 6, 20)


def test_a_comment_s_stamp_under_the_comments_heading_dates_nothing() -> None:
    """A board's reply line under "댓글목록" is a comment's stamp, not the article's."""
    text = f"빛고을시, 물류 인재 키운다\n{BODY}\n댓글목록\n관리자 0 3 2021.06.20 10:00\n공지합니다."
    assert find_published(text) is None


def test_a_statistics_or_photo_source_dates_no_page() -> None:
    for line in (
        "출처: 통계청, 2023.12.31 기준",
        "(자료 출처: 한국은행, 2023.12.31)",
        "사진 출처 : 빛고을시, 2023.12.31 촬영",
    ):
        text = f"빛고을시, 물류 인재 키운다\n2024.03.05\n{BODY}\n{line}"
        assert find_published(text) == PartialDate(2024, 3, 5), line
