"""The regions gazetteer and the logic that maps Korean region spellings to canonical names."""

from collections import Counter

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.gazetteer import gazetteer, gwangju_reading, region_parent
from mouarchive.extract.region_mentions import regions_in_text
from mouarchive.extract.regions import (
    UnknownRegion,
    government_region,
    resolve_region_query,
)
from mouarchive.models import Article, PartialDate, Region

NO_EVIDENCE = "광주시는 한 물류기업과 업무협약을 체결했다고 밝혔다."
METRO = "강기정 광주시장은 광주시청에서 지역 기업과 협약을 맺었다."
GYEONGGI = "방세환 광주시장은 오포읍 행정복지센터에서 협약을 맺었다."


def test_counts_match_the_official_2024_tally():
    kinds = Counter(entry.kind for entry in gazetteer().entries.values())
    metros = sum(kinds[k] for k in ("특별시", "광역시", "특별자치시", "도", "특별자치도"))
    assert metros == 17
    assert (kinds["시"], kinds["군"], kinds["자치구"]) == (75, 82, 69)


def test_every_municipality_is_written_under_its_province():
    for name in gazetteer().entries:
        parent = region_parent(name)
        if parent is not None:
            assert region_parent(parent) is None
            assert name.startswith(parent + " ")
            assert name.count(" ") == 1


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("서울", "서울특별시"),
        ("서울시", "서울특별시"),
        ("부산시", "부산광역시"),
        ("대구", "대구광역시"),
        ("인천시", "인천광역시"),
        ("대전", "대전광역시"),
        ("울산", "울산광역시"),
        ("세종", "세종특별자치시"),
        ("세종시", "세종특별자치시"),
        ("경기", "경기도"),
        ("충북", "충청북도"),
        ("충남", "충청남도"),
        ("전북", "전북특별자치도"),
        ("전남", "전라남도"),
        ("전남도", "전라남도"),
        ("전라남도", "전라남도"),
        ("경북", "경상북도"),
        ("경남", "경상남도"),
        ("제주", "제주특별자치도"),
        ("제주도", "제주특별자치도"),
        ("강원", "강원특별자치도"),
        ("강원도", "강원특별자치도"),
        ("강원특별자치도", "강원특별자치도"),
        ("전라북도", "전북특별자치도"),
        ("광주", "광주광역시"),
        ("광주시", "광주광역시"),
        ("광주광역시", "광주광역시"),
        ("경기 광주", "경기도 광주시"),
        ("경기도 광주", "경기도 광주시"),
        ("경기도 광주시", "경기도 광주시"),
        ("경기 광주시", "경기도 광주시"),
        ("서울 종로구", "서울특별시 종로구"),
        ("종로구", "서울특별시 종로구"),
        ("안산", "경기도 안산시"),
        ("안산시", "경기도 안산시"),
        ("광주 서구", "광주광역시 서구"),
        ("광산구", "광주광역시 광산구"),
        ("강원도 춘천시", "강원특별자치도 춘천시"),
        ("전라북도 전주시", "전북특별자치도 전주시"),
    ],
)
def test_query_resolves_to_one_canonical_name(typed, canonical):
    assert resolve_region_query(typed) == canonical


@pytest.mark.parametrize(
    ("old", "current"),
    [
        ("경북 군위군", "대구광역시 군위군"),
        ("경상북도 군위군", "대구광역시 군위군"),
        ("군위군", "대구광역시 군위군"),
        ("인천 남구", "인천광역시 미추홀구"),
        ("청원군", "충청북도 청주시"),
        ("여주군", "경기도 여주시"),
        ("당진군", "충청남도 당진시"),
        ("화성군", "경기도 화성시"),
        ("마산시", "경상남도 창원시"),
        ("연기군", "세종특별자치시"),
    ],
)
def test_former_names_resolve_to_the_current_government(old, current):
    assert resolve_region_query(old) == current


def test_queries_ignore_spacing_and_width():
    assert resolve_region_query("  경기   광주 ") == "경기도 광주시"
    assert resolve_region_query("서울\u3000종로구") == "서울특별시 종로구"
    assert resolve_region_query("경기도광주시") == "경기도 광주시"


def test_shared_district_name_is_ambiguous_and_lists_every_candidate():
    with pytest.raises(UnknownRegion) as caught:
        resolve_region_query("서구")
    message = str(caught.value)
    assert message.startswith('ambiguous region "서구": 부산광역시 서구, 대구광역시 서구')
    assert "광주광역시 서구" in message and "대전광역시 서구" in message
    assert "\n" not in message


def test_shared_county_name_is_ambiguous():
    with pytest.raises(UnknownRegion) as caught:
        resolve_region_query("고성군")
    assert caught.value.candidates == ["강원특별자치도 고성군", "경상남도 고성군"]


def test_unknown_region_suggests_close_names():
    with pytest.raises(UnknownRegion) as caught:
        resolve_region_query("광주도")
    message = str(caught.value)
    assert message.startswith('unknown region "광주도": did you mean 광주광역시, 경기도 광주시')
    assert message.endswith("?")
    assert len(caught.value.candidates) <= 5


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("광쥬", "광주광역시"), ("서을", "서울특별시"), ("해남굼", "전라남도 해남군")],
)
def test_a_one_letter_typo_in_a_short_name_still_gets_suggestions(typo: str, meant: str):
    """Hangul syllables are compared letter by letter: "광쥬" is one jamo from "광주"."""
    with pytest.raises(UnknownRegion) as caught:
        resolve_region_query(typo)
    assert caught.value.candidates[0] == meant


def test_unknown_region_without_suggestion_is_plain():
    with pytest.raises(UnknownRegion, match=r'^unknown region "아틀란티스"$'):
        resolve_region_query("아틀란티스")


def test_no_canonical_name_holds_a_like_wildcard():
    # Region filters match a region and what lies inside it with LIKE 'name %'.
    assert all("%" not in n and "_" not in n for n in gazetteer().entries)


@pytest.mark.parametrize(
    "text",
    [
        METRO,
        "광주시는 광주 북구 첨단지구에서 협약식을 열었다.",
        "광주시와 광주과학기술원(GIST)이 협약을 맺었다.",
        "광주시는 광산구 평동산단 기업과 손을 잡았다.",
        "광주·전남 상생을 위해 광주시가 나섰다.",
        "광주시는 국립5·18민주묘지 참배 후 협약식에 참석했다.",
        "광주 5개 자치구와 인접 시·군은 광주시의 사업에 협력하기로 했다.",
    ],
)
def test_gwangju_reading_finds_the_metropolitan_city(text):
    assert gwangju_reading(text) == "광주광역시"


@pytest.mark.parametrize(
    "text",
    [
        GYEONGGI,
        "경기 광주시는 지역 대학과 협약을 맺었다.",
        "광주시(경기)는 곤지암읍에 물류단지를 조성한다.",
        "신동헌 광주시장이 남한산성 일대 관광 활성화 협약에 서명했다.",
        # Named beside the 경기 cities around it, as councils of neighbours are.
        "용인특례시와 광주시가 철도 연장사업에 협력키로 했다.",
        "시는 용인·성남·광주·안성시, 충북 청주시와 공동협약을 체결했다.",
    ],
)
def test_gwangju_reading_finds_gyeonggi_gwangju(text):
    assert gwangju_reading(text) == "경기도 광주시"


@pytest.mark.parametrize(
    "text",
    [
        NO_EVIDENCE,
        "광주시와 서구청은 협약을 맺었다.",  # 서구 exists in five cities
        "경기 광주시와 광주광역시가 나란히 협약을 맺었다.",
        "방세환 광주시장과 강기정 광주시장이 만났다.",
        "목포시와 광주시가 협약을 맺었다.",
    ],
)
def test_gwangju_reading_is_none_without_one_sided_evidence(text):
    assert gwangju_reading(text) is None


def test_dateline_and_branch_office_only_tip_the_balance():
    assert gwangju_reading("(광주=뉴스통신) 광주시가 협약을 맺었다.") == "광주광역시"
    assert gwangju_reading("한전 광주전남본부와 광주시가 협약을 맺었다.") == "광주광역시"
    assert gwangju_reading("(광주=뉴스통신) 방세환 광주시장이 협약을 맺었다.") == "경기도 광주시"
    assert gwangju_reading("광주시가 협약을 맺었다. Copyright © 광주MBC") == "광주광역시"


def test_gwangju_reading_sees_cues_written_in_fullwidth_or_inside_words():
    assert gwangju_reading("ＧＩＳＴ와 광주시가 손잡았다.") == "광주광역시"
    assert gwangju_reading("(광주＝뉴스통신) 광주시가 협약을 맺었다.") == "광주광역시"
    assert gwangju_reading("고경안동 주민들과 광주시가 만났다.") is None
    assert gwangju_reading("㈜빛고을과 광주시가 곤지암에서 협약했다.") == "경기도 광주시"


def test_gwangju_reading_finds_a_single_cue_at_the_end_of_a_long_article():
    sentence = "광주시는 지역 기업들과 함께 일자리 사업을 넓히기로 했다. ㈜한울 관계자가 말했다. "
    body = (sentence * 120)[:5000] + " 곤지암읍 주민 설명회도 열린다."
    assert gwangju_reading(body) == "경기도 광주시"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("광주광역시", "광주광역시"),
        ("광주 서구", "광주광역시 서구"),
        ("경기도", "경기도"),
        ("경기", "경기도"),
        ("경기도청", "경기도"),
        ("안산시", "경기도 안산시"),
        ("전남도", "전라남도"),
        ("강원도", "강원특별자치도"),
        ("군위군", "대구광역시 군위군"),
        ("서울특별시청", "서울특별시"),
        ("제주시", "제주특별자치도 제주시"),
    ],
)
def test_government_region_normalises_government_names(name, expected):
    assert government_region(name, NO_EVIDENCE) == Region(expected)


@pytest.mark.parametrize("name", ["도", "경기도교육청", "광주시의회", "한국광산업진흥회", "서구권"])
def test_government_region_rejects_other_organisations(name):
    assert government_region(name, METRO) is None


def test_bare_gwangju_follows_the_context():
    assert government_region("광주시청", METRO) == Region("광주광역시")
    assert government_region("광주시", GYEONGGI) == Region("경기도 광주시")
    assert government_region("광주시", NO_EVIDENCE) == Region("광주광역시", ambiguous=True)


def test_shared_district_is_settled_by_the_province_in_context():
    daejeon = "대전시와 서구청은 협약을 맺었다."
    assert government_region("서구청", daejeon) == Region("대전광역시 서구")
    assert government_region("서구청", "서구청은 협약을 맺었다.") is None


def test_former_name_counts_only_while_it_was_valid():
    context = "인천시와 남구는 협약을 맺었다."
    assert government_region("남구", context, PartialDate(2015, 3)) == Region("인천광역시 미추홀구")
    assert government_region("남구", context, PartialDate(2020)) is None
    assert government_region("남구", context, PartialDate(2018, 7, 1)) is None
    assert government_region("남구", context, PartialDate(2018)) == Region("인천광역시 미추홀구")


def _names(text):
    return [name for name, _ in regions_in_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "경기침체 속에 경기장을 찾은 관중은 경기를 즐겼다.",
        "광주리에 과일을 담았다.",
        "서구권 국가의 서구식 식단이 중구난방으로 퍼졌다.",
        "남구로역 인근 상가",
        "전남대와 충남대, 부산대 연구진이 참여했다.",
        "지역 은행인 부산은행과 경남은행이 협약했다.",
        "올해 예산을 증액하고 의미를 부여했다.",
        "세종대왕 동상 앞 경기 결과",
    ],
)
def test_common_words_are_not_regions(text):
    assert regions_in_text(text) == []


def test_section_is_not_a_district_even_beside_its_city():
    assert _names("서울 도심 중구간 도로 공사") == ["서울특별시"]


def test_mentions_come_in_order_with_spans():
    text = "광주시·경기도, 손 맞잡는다. 양 시·도는 전남도-시·군 협의회와도 만났다."
    found = regions_in_text(text)
    assert [name for name, _ in found] == ["광주광역시", "경기도", "전라남도"]
    assert [text[a:b] for _, (a, b) in found] == ["광주시", "경기도", "전남도"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("전남 서남권 9개 시·군이 참여했다.", ["전라남도"]),
        ("김동연 경기지사가 방문했다.", ["경기도"]),
        ("경기 북부 지역 시장·군수", ["경기도"]),
        ("광주전남 지역 기업", ["광주광역시", "전라남도"]),
        ("대구·경북 행정통합", ["대구광역시", "경상북도"]),
        ("경기 광주시 곤지암읍", ["경기도 광주시"]),
        ("광주 서구청장과 대전 중구청장", ["광주광역시 서구", "대전광역시 중구"]),
        ("강원도 고성군과 경남 고성", ["강원특별자치도 고성군", "경상남도 고성군"]),
        ("대전시와 서구가 협약했다.", ["대전광역시", "대전광역시 서구"]),
        ("서구가 협약했다.", []),
        ("충남 예산을 늘렸고 충남 예산군과 협약했다.", ["충청남도", "충청남도 예산군"]),
        ("(광주=뉴스통신) 경기도와 안산시가", ["경기도", "경기도 안산시"]),
        ("제주시와 서귀포시", ["제주특별자치도 제주시", "제주특별자치도 서귀포시"]),
        ("인천 남구청", ["인천광역시 미추홀구"]),
        (
            "임실·순창·고창군과 협약",
            ["전북특별자치도 임실군", "전북특별자치도 순창군", "전북특별자치도 고창군"],
        ),
        ("목포·여수·순천 지역", ["전라남도 목포시", "전라남도 여수시", "전라남도 순천시"]),
        ("고성·속초 일대", ["강원특별자치도 고성군", "강원특별자치도 속초시"]),
        ("기술·인력·장비를 지원", []),
        ("(전남 장성) (충북 음성)", ["전라남도 장성군", "충청북도 음성군"]),
        ("경북 고령 농민", ["경상북도"]),
    ],
)
def test_regions_in_text(text, expected):
    assert _names(text) == expected


def test_bare_gwangju_in_text_follows_the_reading():
    assert _names(GYEONGGI) == ["경기도 광주시"]
    assert _names(METRO) == ["광주광역시", "광주광역시"]


def test_seed_articles_read_as_metropolitan_gwangju(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert gwangju_reading(text) == "광주광역시", path.name
        assert "경기도 광주시" not in _names(text), path.name


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("화성특례시", "경기도 화성시"),
        ("창원특례시청", "경상남도 창원시"),
        ("수원특례시", "경기도 수원시"),
    ],
)
def test_a_special_case_city_is_its_city(name, canonical):
    found = government_region(name, "")
    assert found is not None and found.name == canonical


def test_gwangju_reading_follows_the_side_named_again_and_again():
    text = (
        "경기 광주시 오포읍 주민들이 모였다. 곤지암 일대 물류창고 문제도 나왔다. "
        "방세환 시장은 남쪽의 광주광역시와 헷갈리지 말아 달라고 했다. 광주시는 협약을 맺었다."
    )
    assert gwangju_reading(text) == "경기도 광주시"


def test_an_economic_zone_authority_bears_on_the_places_that_run_it():
    body = "부산진해경제자유구역청은 12일 한빛로지스와 물류센터 투자협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, body, published=PartialDate(2024, 3, 13)))
    assert sorted(r.name for r in report.regions) == ["경상남도", "부산광역시"]
    short = "대경경제청은 12일 한빛로지스와 물류센터 투자협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, short, published=PartialDate(2024, 3, 13)))
    assert sorted(r.name for r in report.regions) == ["경상북도", "대구광역시"]
    # Its name's place is none of them: 동해안권 is 강원's, not 동해시's.
    coast = "동해안권경제자유구역청은 12일 한빛로지스와 물류센터 투자협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, coast, published=PartialDate(2024, 3, 13)))
    assert [r.name for r in report.regions] == ["강원특별자치도"]


def test_a_district_of_a_large_city_is_that_citys():
    body = "한빛대학교는 25일 창원특례시 마산합포구와 지역발전 상호 업무협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, body, published=PartialDate(2022, 5, 25)))
    assert [r.name for r in report.regions] == ["경상남도 창원시"]
    office = "한빛병원은 25일 분당구청과 돌봄 업무협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, office, published=PartialDate(2022, 5, 25)))
    assert [r.name for r in report.regions] == ["경기도 성남시"]


def test_an_associations_chapter_for_a_place_is_that_places():
    body = "한빛병원은 최근 대한건설협회 대구광역시회와 의료지원 업무협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, body, published=PartialDate(2024, 11, 26)))
    assert [r.name for r in report.regions] == ["대구광역시"]
    # A 도 that ends a word is no chapter ("태권도회" is a taekwondo club's).
    club = "한빛병원은 최근 누리태권도회와 의료지원 업무협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, club, published=PartialDate(2024, 11, 26)))
    assert report.regions == []


def test_a_nationwide_list_of_plants_names_no_gyeonggi_gwangju():
    text = (
        "광주시는 5일 누리전자와 투자협약을 체결했다. 누리전자는 앞서 이천과 광주, 구미 등에"
        " 공장을 세웠다."
    )
    assert gwangju_reading(text) != "경기도 광주시"
