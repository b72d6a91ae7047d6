"""Reports of one signing from several outlets become one agreement; different signings don't."""

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from mouarchive.combine import combine
from mouarchive.extract.agreements import extract_agreements
from mouarchive.merge import lead_bar, same_signing
from mouarchive.merge_contents import items_overlap
from mouarchive.models import (
    AgreementReport,
    Article,
    Clause,
    PartialDate,
    Party,
    Region,
    Signatory,
)
from mouarchive.party_keys import party_key, written_for, written_forms


def report(
    parties: list[str],
    date: PartialDate | None,
    clauses: Sequence[str] = (),
    **extra,
) -> AgreementReport:
    return AgreementReport(
        title=extra.pop("title", None),
        kind=extra.pop("kind", "업무협약"),
        status=extra.pop("status", "signed"),
        date=date,
        parties=[Party(name, (0, 1)) for name in parties],
        clauses=[Clause(text, (0, 1)) for text in clauses],
        **extra,
    )


ITEMS_A = ["해양 관광 상품 공동 개발", "청년 인재 교류 프로그램 운영", "재난 대응 물품 상호 지원"]
ITEMS_B = ["해양관광 상품 공동개발", "청년 인재 교류 운영", "재난 발생 때 물품 상호 지원"]
ITEMS_OTHER = ["수소 버스 보급 확대", "탄소중립 공동 연구", "지역 화폐 연계"]
DAY = PartialDate(2024, 4, 2)


def test_outlets_naming_a_body_by_its_usual_short_name_report_one_signing():
    others = ["경상북도 경주시", "누리마을 대책위원회"]
    full = report(["한국수력원자력", *others], DAY, kind="합의문")
    short = report(["한수원", *others], DAY, kind="합의문")
    assert same_signing(full, short)
    water = report(["한국수자원공사", *others], DAY, kind="합의문")
    assert not same_signing(short, water)


def test_an_outlet_writing_a_body_by_its_latin_brand_reports_the_same_signing():
    farm = "한국농어촌공사"
    brand = report(["K-water", farm], PartialDate(None, None, 13))
    full = report(["한국수자원공사", farm], PartialDate(2017, 3, 13))
    assert same_signing(brand, full)
    other_day = report(["한국수자원공사", farm], PartialDate(2017, 3, 14))
    assert not same_signing(brand, other_day)


def test_an_undated_report_out_in_the_days_after_a_dated_one_is_that_signing():
    pair = ["강원특별자치도 고성군", "서울특별시 종로구"]
    dated = report(pair, PartialDate(2024, 2, 23), kind="자매결연")
    undated = report(pair, None, kind="자매결연")
    days_later = (PartialDate(2024, 2, 23), PartialDate(2024, 2, 28))
    assert same_signing(undated, dated, (days_later[1], days_later[0]))
    assert same_signing(dated, undated, days_later)
    weeks_later = (PartialDate(2024, 2, 23), PartialDate(2024, 3, 20))
    assert not same_signing(dated, undated, weeks_later)
    before = (PartialDate(2024, 2, 23), PartialDate(2024, 2, 20))
    assert not same_signing(dated, undated, before)
    # Nothing dates the undated piece: two places set up a sister relation once.
    assert same_signing(dated, undated)
    memorandum = report(pair, DAY, kind="업무협약")
    assert not same_signing(memorandum, report(pair, None, kind="업무협약"))
    other_kind = report(pair, None, kind="업무협약")
    assert not same_signing(dated, other_kind, days_later)
    more = report([*pair, "한빛재단"], None, kind="자매결연")
    assert not same_signing(dated, more, days_later)


def test_an_undated_report_naming_the_document_another_way_is_the_signing_days_before():
    pair = ["경기도 용인시", "경기도 이천시"]
    dated = report(pair, PartialDate(2023, 12, 13), kind="업무협약")
    undated = report(pair, None, kind="상생협약")
    days_later = (PartialDate(2023, 12, 14), PartialDate(2023, 12, 18))
    assert same_signing(dated, undated, days_later)
    assert not same_signing(dated, undated, (PartialDate(2023, 12, 14), PartialDate(2024, 3, 2)))
    assert not same_signing(dated, report([*pair, "한빛재단"], None, kind="상생협약"), days_later)
    # A relation is set up once, and is no 업무협약 told another way.
    assert not same_signing(dated, report(pair, None, kind="자매결연"), days_later)


def test_an_article_out_before_a_signing_does_not_tell_it_done():
    """A piece of January 2022 lists the same items as a signing of June 2024: it told an
    earlier signing, or none of this one. A preview may come out before."""
    pair = ["광주광역시", "한빛데이터"]
    signing = report(pair, PartialDate(2024, 6, 12), ITEMS_A, kind="업무협약")
    earlier = report(pair, None, ITEMS_B, kind="업무협약")
    out = (PartialDate(2024, 6, 12), PartialDate(2022, 1, 10))
    assert not same_signing(signing, earlier, out)
    assert not same_signing(earlier, signing, (out[1], out[0]))
    assert not same_signing(signing, earlier, (None, PartialDate(2024, 4)))
    assert same_signing(signing, earlier, (out[0], PartialDate(2024, 6, 13)))
    # A page's day misread by a few days: two weeks before still tells it, not a day more.
    assert same_signing(signing, earlier, (out[0], PartialDate(2024, 5, 29)))
    assert not same_signing(signing, earlier, (out[0], PartialDate(2024, 5, 28)))
    preview = report(pair, PartialDate(2024, 6, 12), ITEMS_B, kind="업무협약", status="planned")
    assert same_signing(preview, signing, (PartialDate(2024, 5, 20), out[0]))
    # An agreement a preview of three weeks before opened, signed since: a dated report of the
    # signing still joins it.
    opened_by_preview = report(pair, PartialDate(2024, 6, 12), ITEMS_A, kind="업무협약")
    again = report(pair, PartialDate(2024, 6, 12), ITEMS_B, kind="업무협약")
    assert same_signing(
        again, opened_by_preview, (PartialDate(2024, 6, 13), PartialDate(2024, 5, 20))
    )


def test_a_repost_out_weeks_before_a_signing_is_not_told_in_its_words():
    pair = ["광주광역시", "한빛데이터"]
    signing = report(pair, PartialDate(2024, 6, 12))
    undated = report(pair, None)
    assert lead_bar(undated, signing, (PartialDate(2024, 6, 14), PartialDate(2024, 6, 12)))
    assert lead_bar(undated, signing, (PartialDate(2022, 1, 10), None)) is None


def test_a_bank_named_without_its_groups_initials_is_the_same_party():
    day = PartialDate(2024, 2, 21)
    full = report(["NH농협은행", "충남신용보증재단"], day)
    short = report(["농협은행", "충남신용보증재단"], day)
    assert same_signing(full, short)
    other = report(["국민은행", "충남신용보증재단"], day)
    assert not same_signing(full, other)


def test_a_school_written_short_in_one_outlet_is_one_party_of_the_signing():
    full = report(["대구광역시 달서구", "새솔기계공업고등학교"], DAY)
    short = report(["대구광역시 달서구", "새솔기계공업고교"], DAY)
    assert same_signing(full, short)
    assert [p.name for p in combine([short, full]).parties] == [
        "대구광역시 달서구",
        "새솔기계공업고등학교",
    ]


def test_same_day_same_parties_different_wording_merge():
    a = report(["전라남도 목포시", "제주특별자치도"], DAY, ITEMS_A)
    b = report(["제주특별자치도", "전라남도 목포시"], DAY, ITEMS_B)
    assert same_signing(a, b)


def test_same_parties_other_year_stay_apart():
    a = report(["전라남도 목포시", "제주특별자치도"], DAY, ITEMS_A)
    b = report(["전라남도 목포시", "제주특별자치도"], PartialDate(2019, 4, 2), ITEMS_A)
    assert not same_signing(a, b)


def test_different_parties_same_day_stay_apart():
    a = report(["전라남도 목포시", "제주특별자치도"], DAY, ITEMS_A)
    b = report(["전라남도 목포시", "한국해양레저협회"], DAY, ITEMS_A)
    assert not same_signing(a, b)


def test_unknown_date_needs_the_same_items():
    a = report(["전라남도 목포시", "제주특별자치도"], None, ITEMS_A)
    assert same_signing(a, report(["전라남도 목포시", "제주특별자치도"], DAY, ITEMS_B))
    assert not same_signing(a, report(["전라남도 목포시", "제주특별자치도"], DAY, ITEMS_OTHER))
    assert not same_signing(a, report(["전라남도 목포시", "제주특별자치도"], None, []))


def test_month_precision_is_compatible_but_needs_items():
    month = PartialDate(2024, 4)
    a = report(["남도콘텐츠진흥원", "한국애니메이션협회"], month, ITEMS_A)
    assert same_signing(a, report(["남도콘텐츠진흥원", "한국애니메이션협회"], DAY, ITEMS_B))
    assert not same_signing(a, report(["남도콘텐츠진흥원", "한국애니메이션협회"], DAY, []))


def test_company_forms_do_not_separate_parties():
    a = report(["광주광역시", "(주)한빛모빌리티"], DAY)
    b = report(["광주광역시", "한빛모빌리티"], DAY)
    assert same_signing(a, b)


def test_items_overlap_scale():
    assert (
        items_overlap(
            [Clause("관광 상품 공동 개발", (0, 1))], [Clause("관광상품 공동개발", (0, 1))]
        )
        == 1
    )
    assert items_overlap([Clause("관광 상품", (0, 1))], []) == 0


def test_combine_takes_the_best_of_each():
    first = report(
        ["광주광역시", "경기도"],
        PartialDate(2023, 6),
        ITEMS_A[:2],
        title="상생발전을 위한 업무협약",
        signatories=[Signatory("김동연", "지사", None, (0, 1))],
        regions=[Region("광주광역시", ambiguous=True)],
    )
    second = report(
        ["경기도", "광주광역시", "경기도 광주시"],
        PartialDate(2023, 6, 12),
        ITEMS_A,
        kind="합의문",
        place="광주시청",
        signatories=[
            Signatory("김동연", "지사", "경기도", (0, 1)),
            Signatory("강기정", "시장", "광주광역시", (0, 1)),
        ],
        regions=[Region("광주광역시"), Region("경기도")],
    )
    merged = combine([first, second])
    assert merged.date == PartialDate(2023, 6, 12)
    assert [p.name for p in merged.parties] == ["광주광역시", "경기도", "경기도 광주시"]
    assert [(s.name, s.organization) for s in merged.signatories] == [
        ("김동연", "경기도"),
        ("강기정", "광주광역시"),
    ]
    assert [(r.name, r.ambiguous) for r in merged.regions] == [
        ("광주광역시", False),
        ("경기도", False),
    ]
    assert [c.text for c in merged.clauses] == ITEMS_A
    assert (merged.title, merged.kind, merged.place) == (
        "상생발전을 위한 업무협약",
        "업무협약",
        "광주시청",
    )


def test_combine_counts_the_items_by_the_finest_count_any_outlet_gives():
    fields = report(["세종특별자치시", "충청북도 청주시"], DAY, clauses_stated=4)
    tasks = report(["세종특별자치시", "충청북도 청주시"], DAY, clauses_stated=10)
    silent = report(["세종특별자치시", "충청북도 청주시"], DAY)
    assert combine([fields, silent, tasks]).clauses_stated == 10
    assert combine([silent]).clauses_stated is None


def test_combine_needs_a_report():
    with pytest.raises(ValueError):
        combine([])


def _seed_report(seeds_dir: Path, prefix: str, published: PartialDate) -> AgreementReport:
    (path,) = seeds_dir.glob(f"{prefix}_*.txt")
    body = path.read_text(encoding="utf-8")
    (found,) = extract_agreements(Article(title=None, body=body, published=published))
    return found


def test_seeds_same_signing_by_two_outlets(seeds_dir):
    seoul = _seed_report(seeds_dir, "000", PartialDate(2023, 6, 12))
    kyeongin = _seed_report(seeds_dir, "001", PartialDate(2023, 6, 12))
    earlier = _seed_report(seeds_dir, "002", PartialDate(2019, 10, 23))
    assert same_signing(seoul, kyeongin)
    assert not same_signing(seoul, earlier)
    assert not same_signing(kyeongin, earlier)


def _investment(company: str, chief: str) -> AgreementReport:
    return report(
        ["전라남도", company],
        PartialDate(2025, 3, 4),
        kind="투자협약",
        signatories=[
            Signatory("김영록", "지사", "전라남도", (0, 1)),
            Signatory(chief, "대표", company, (0, 1)),
        ],
    )


def test_a_company_spelled_in_latin_and_in_hangul_merges_when_one_chief_signed_for_both():
    hangul = _investment("넥사로보틱스", "올리버 그랜트")
    latin = _investment("Nexa Robotics", "올리버 그랜트")
    assert same_signing(hangul, latin)


def test_two_companies_signing_with_one_governor_on_one_day_stay_apart():
    first = _investment("넥사로보틱스", "올리버 그랜트")
    second = _investment("Solvane Energy", "클레어 먼로")
    assert not same_signing(first, second)
    # Two Hangul names whose chiefs share a name are two companies, not two spellings.
    assert not same_signing(_investment("가온전자", "김민수"), _investment("나래전자", "김민수"))


def _dated(parties: list[str], date: PartialDate, text: str) -> AgreementReport:
    return AgreementReport(
        title=None,
        kind="업무협약",
        status="signed",
        date=date,
        date_text=text,
        parties=[Party(name, (0, 0)) for name in parties],
    )


def test_a_day_without_year_joins_the_same_parties_dated_report_and_takes_its_date():
    day_only = _dated(["울산광역시", "현대자동차"], PartialDate(day=26), "26일")
    full = _dated(["현대자동차", "울산광역시"], PartialDate(2023, 6, 26), "지난 26일")
    assert same_signing(day_only, full) and same_signing(full, day_only)
    merged = combine([day_only, full])
    assert merged.date == PartialDate(2023, 6, 26) and merged.date_text == "지난 26일"


def test_another_day_another_year_or_another_partner_is_another_signing():
    base = _dated(["울산광역시", "현대자동차"], PartialDate(2023, 6, 26), "26일")
    assert not same_signing(base, _dated(["울산광역시", "현대자동차"], PartialDate(day=27), "27일"))
    assert not same_signing(
        base, _dated(["울산광역시", "현대자동차"], PartialDate(2024, 6, 26), "26일")
    )
    assert not same_signing(base, _dated(["울산광역시", "기아"], PartialDate(day=26), "26일"))


DAY_ONLY = """울산시·한빛자동차, 수소 협력 맞손

울산시와 한빛자동차는 26일 시청에서 수소 생태계 조성을 위한 업무협약을 체결했다.
양 기관은 수소 충전망 확충에 힘을 모으기로 했다.
"""
DATED = """한빛자동차, 울산시와 수소 생태계 업무협약

입력 2023-06-27 09:10

한빛자동차는 지난 26일 울산시청에서 울산시와 수소 협력을 위한 업무협약을 맺었다고 27일 밝혔다.
"""


@pytest.mark.parametrize("order", [(DAY_ONLY, DATED), (DATED, DAY_ONLY)])
def test_two_outlets_of_one_signing_make_one_agreement_dated_by_the_one_that_knows(
    tmp_path: Path, order
):
    (agreement,) = _added_one_by_one(tmp_path, order)
    assert agreement["date"] == "2023-06-26" and len(agreement["sources"]) == 2


# One body's release template, used again three years on with nine airlines more: alike
# enough in words to pass for a repost, were the counts not weighed.
TWO_BODIES = """한빛공항공사-누리관광공사, 지방공항 관광 활성화 협약

입력 2019-12-19 15:00

한빛공항공사는 19일 본사에서 누리관광공사와 지방공항 관광 활성화를 위한 업무협약을 체결했다.
"""
NINE_AIRLINES = """공항공사·관광공사·항공사, 지방공항 관광 '맞손'

한빛공항공사는 19일 본사에서 누리관광공사, 국적 저비용항공사(LCC) 9개사와 지방공항 관광 활성화를
위한 업무협약을 체결했다.
"""


@pytest.mark.parametrize("order", [(TWO_BODIES, NINE_AIRLINES), (NINE_AIRLINES, TWO_BODIES)])
def test_a_day_without_year_counting_many_partners_is_not_a_dated_signing_of_two(
    tmp_path: Path, order
):
    agreements = _added_one_by_one(tmp_path, order)
    assert sorted(a["date"] or "19일" for a in agreements) == ["19일", "2019-12-19"]


def test_a_day_without_year_counting_the_partners_a_dated_report_names_joins_it():
    full = _dated(["한빛공항공사", "누리관광공사"], PartialDate(2022, 5, 19), "19일")
    full.partners_counted = 0
    counted = _dated(["한빛공항공사", "누리관광공사"], PartialDate(day=19), "19일")
    counted.partners_counted = 4
    assert same_signing(counted, full) and same_signing(full, counted)
    counted.partners_counted = 9
    assert not same_signing(counted, full) and not same_signing(full, counted)
    # The dated report counting as many, though it names two, is of the same size.
    full.partners_counted = 9
    assert same_signing(counted, full) and same_signing(full, counted)
    # A report saved before partners were counted (None) tells nothing of its size.
    full.partners_counted = None
    assert same_signing(counted, full)


def test_a_count_after_the_agreement_is_not_of_its_partners():
    dated = "누리시는 2024년 6월 19일 시청에서 한빛전자와 투자협약을 체결했다.\n"
    told = "누리시는 19일 한빛전자와 투자협약을 체결하고 관내 20개 기업과 간담회를 가졌다.\n"
    (a,) = extract_agreements(Article(title=None, body=dated))
    (b,) = extract_agreements(Article(title=None, body=told))
    assert b.partners_counted == 0 and same_signing(a, b)


def _added_one_by_one(tmp_path: Path, texts: Sequence[str]) -> list[dict]:
    """The agreements an archive exports after each text is added as a file of its own."""
    import json

    from cli_runner import run_cli

    db = str(tmp_path / "a.db")
    for number, text in enumerate(texts):
        path = tmp_path / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        assert run_cli("--db", db, "add", "--quiet", str(path)).code == 0
    exported = run_cli("--db", db, "export", "--format", "jsonl").out.splitlines()
    return [json.loads(line) for line in exported]


def test_two_long_lists_of_one_ceremony_merge_despite_a_stray_name_each():
    first = ["부산광역시", "국토연구원", "한빛텔레콤", "KT", "누리카드", "KB국민은행"]
    second = ["부산광역시", "국토연구원", "한빛텔레콤", "KT", "KB국민은행", "기획재정위원회"]
    day = PartialDate(day=18)
    assert same_signing(_dated(first, day, "18일"), _dated(second, day, "18일"))
    other = ["부산광역시", "국토연구원", "세움건설", "다온물산", "가람유통", "누리식품"]
    assert not same_signing(_dated(first, day, "18일"), _dated(other, day, "18일"))


def test_two_outlets_listing_most_of_one_long_roster_merge_when_no_date_tells():
    companies = ["테리온", "에코누리", "코비텍", "씨케이소재", "뷰텍", "동인정밀"]
    province = report(["전북특별자치도", *companies], PartialDate(2014, 12, 10))
    cities = report(["전북특별자치도 익산시", "전북특별자치도 완주군", *companies[1:]], None)
    assert same_signing(province, cities) and same_signing(cities, province)
    fewer = report(["전북특별자치도 익산시", *companies[:4]], None)
    assert not same_signing(province, fewer)
    next_year = report(["전북특별자치도", *companies], PartialDate(2015, 12, 10))
    assert not same_signing(province, next_year)
    tourism = report(companies, PartialDate(2024, 3, 5), ITEMS_A)
    assert not same_signing(tourism, report(companies, None, ITEMS_OTHER))


def test_one_roster_with_its_sum_rounded_by_one_outlet_is_one_signing_of_the_full_sum():
    companies = ["세아소재", "정다온", "보성누리", "지에프 호남", "지원식품", "렉스누리"]
    rounded = report(["전라남도", *companies], None, investment_krw=700_000_000_000)
    exact = report(["전라남도", *companies], None, investment_krw=717_000_000_000)
    assert same_signing(rounded, exact) and same_signing(exact, rounded)
    assert combine([rounded, exact]).investment_krw == 717_000_000_000
    other = report(["전라남도", *companies], None, investment_krw=780_000_000_000)
    assert not same_signing(rounded, other)


def test_the_same_parties_investing_the_same_sum_are_one_signing_when_no_day_tells():
    parties = ["울산광역시", "한빛화학", "누리중공업"]
    recent = report(parties, PartialDate(2005, 6), investment_krw=180_000_000_000)
    broadcast = report(parties, PartialDate(None, 6, 8), investment_krw=180_000_000_000)
    assert same_signing(recent, broadcast)
    other_sum = report(parties, PartialDate(None, 6, 8), investment_krw=90_000_000_000)
    assert not same_signing(recent, other_sum)


def test_a_province_alone_shares_a_round_sum_with_other_signings_unless_out_near():
    """ "경상북도는 … 1,100억 원을 투자해 … 양해각서를 체결했습니다" (its partner lost), beside
    a piece of another year on the province's MOU with another company of the same sum."""
    sum_ = {"investment_krw": 110_000_000_000, "kind": "MOU"}
    alone = report(["경상북도"], None, **sum_)
    other = report(["경상북도", "누리넥스원"], None, **sum_)
    assert not same_signing(alone, other, (None, PartialDate(2022, 10, 12)))
    near = (PartialDate(2022, 10, 13), PartialDate(2022, 10, 12))
    assert same_signing(alone, other, near)


def test_one_day_one_sum_two_outlets_listing_other_companies_of_the_ceremony_merge():
    first = ["누리시", "누리도", "한결테크", "다온켐", "미르소재", "새빛정밀"]
    second = ["누리시", "누리도", "한결테크", "다온켐", "가람바이오", "동해기계"]
    sum_ = {"investment_krw": 187_300_000_000}
    day_only = report(first, PartialDate(None, None, 15), **sum_)
    dated = report(second, PartialDate(2022, 9, 15), **sum_)
    assert same_signing(day_only, dated) and same_signing(dated, day_only)
    assert not same_signing(day_only, report(second, PartialDate(2022, 9, 16), **sum_))
    assert not same_signing(
        day_only, report(second, PartialDate(2022, 9, 15), investment_krw=90_000_000_000)
    )
    assert not same_signing(
        report(["누리시", "한결테크"], PartialDate(day=15), **sum_),
        report(["누리시", "가람바이오"], PartialDate(2022, 9, 15), **sum_),
    )
    assert not same_signing(
        report(["경상북도", "경상북도 구미시", "한결테크"], PartialDate(2022, 9, 15), **sum_),
        report(["경상북도", "경상북도 구미시", "가람바이오"], PartialDate(2022, 9, 15), **sum_),
    )


RECENT = """울산시 '기업 지키기' 최대 성과
기사입력 2005/06/13 [10:32]
울산시는 최근 한빛화학(주)과 누리중공업(주)이 참가한 가운데 1800억원대의 투자양해각서를 체결했다.
누리중공업은 지난 95년 8월 1일 준공된 부지에 블록 공장을 짓는다.
이날 투자양해각서 체결은 지역 조선업계에 활로를 마련하기 위한 것이다.
"""

BROADCAST = """울산시는 오늘(6/8) 한빛화학주식회사와 누리중공업,
그리고 기업사랑 추진위원회 관계자들이
참석한 가운데, 천 800억원 규모의
투자 양해 각서를 체결했습니다.
"""


def test_a_recent_signing_and_a_broadcast_of_it_make_one_agreement(tmp_path: Path):
    (agreement,) = _added_one_by_one(tmp_path, (RECENT, BROADCAST))
    assert agreement["investment_krw"] == 180_000_000_000 and len(agreement["sources"]) == 2
    assert agreement["date"] != "1995-08-01"


def test_an_outlet_writing_only_the_end_of_a_long_name_reports_the_same_party():
    day = PartialDate(day=15)
    full = ["한국농촌지도자순창군연합회", "한국농촌지도자진도군연합회"]
    short = ["순창군연합회", "한국농촌지도자진도군연합회"]
    a, b = _dated(full, day, "15일"), _dated(short, day, "15일")
    assert same_signing(a, b)
    assert [p.name for p in combine([b, a]).parties] == full
    # Four letters are too few to stand for a whole name.
    assert not same_signing(
        _dated(["누리시", "한빛군연합회"], day, "15일"), _dated(["누리시", "군연합회"], day, "15일")
    )


def test_an_undated_report_joins_the_signing_its_article_followed(tmp_path: Path) -> None:
    from cli_runner import run_cli

    db = str(tmp_path / "a.db")
    dated = tmp_path / "dated.txt"
    dated.write_text(
        "강원 양양군과 서울 마포구는 지난 23일 양양군청 회의실에서 자매결연 협약을 "
        "체결했다.\n양 지역은 농특산물 직거래와 관광 교류를 함께 추진한다.\n",
        encoding="utf-8",
    )
    undated = tmp_path / "undated.txt"
    undated.write_text(
        "서울 마포구가 강원 양양군과 자매결연 협약을 맺었다.\n"
        "마포구는 양양군 주민의 문화시설 이용을 돕기로 했다.\n",
        encoding="utf-8",
    )
    assert run_cli("--db", db, "add", "--date", "2024-02-24", str(dated)).code == 0
    assert run_cli("--db", db, "add", "--date", "2024-02-28", str(undated)).code == 0
    out = run_cli("--db", db, "export", "--what", "agreements", "--format", "jsonl").out
    (agreement,) = [json.loads(line) for line in out.splitlines()]
    assert agreement["date"] == "2024-02-23" and len(agreement["sources"]) == 2
    for out_day, count in (("2024-02-28", 1), ("2024-03-28", 2)):
        first_undated = str(tmp_path / f"{out_day}.db")
        assert run_cli("--db", first_undated, "add", "--date", out_day, str(undated)).code == 0
        assert run_cli("--db", first_undated, "add", "--date", "2024-02-24", str(dated)).code == 0
        out = run_cli("--db", first_undated, "export", "--what", "agreements", "--format", "jsonl")
        assert len(out.out.splitlines()) == count


def test_a_university_or_a_regional_office_written_short_is_the_same_party():
    full = report(["충남대학교", "LH 대전충남지역본부"], PartialDate(2017, 6, 28))
    short = report(["충남대", "LH 대전충남본부"], PartialDate(None, None, 28))
    assert same_signing(full, short)
    assert [p.name for p in combine([short, full]).parties] == ["충남대학교", "LH 대전충남지역본부"]
    other = report(["충북대", "LH 대전충남본부"], PartialDate(None, None, 28))
    assert not same_signing(full, other)


def test_a_government_office_by_its_usual_short_name_is_the_same_party():
    full = report(["대전광역시", "행정중심복합도시건설청"], PartialDate(2012, 2, 2))
    short = report(["행정도시건설청", "대전광역시"], PartialDate(None, None, 2))
    assert same_signing(full, short)


def test_a_university_of_education_written_short_is_the_same_party():
    full = report(["누리교육대학교", "한빛대학교"], PartialDate(2023, 3, 16))
    short = report(["누리교대", "한빛대"], PartialDate(None, None, 16))
    assert same_signing(full, short)
    assert not same_signing(full, report(["다온교대", "한빛대"], PartialDate(None, None, 16)))


def test_a_chinese_place_by_its_chinese_sound_or_korean_reading_is_one_party():
    dated = report(["충청남도", "지린성"], PartialDate(2019, 8, 21), kind="협정")
    undated = report(["길림성", "충청남도"], None, kind="협정")
    days_later = (PartialDate(2019, 8, 21), PartialDate(2019, 8, 23))
    assert same_signing(dated, undated, days_later)
    other = report(["충청남도", "랴오닝성"], None, kind="협정")
    assert not same_signing(dated, other, days_later)


def test_a_long_name_one_outlet_misspelt_is_the_same_party():
    dated = report(["울산광역시", "한국수소산업회"], PartialDate(2021, 3, 29))
    undated = report(["울산광역시", "한국수소산업협회"], None)
    assert same_signing(dated, undated, (PartialDate(2021, 3, 29), PartialDate(2021, 3, 30)))
    assert [p.name for p in combine([dated, undated]).parties] == ["울산광역시", "한국수소산업협회"]
    # Short names one letter apart are different bodies.
    assert not same_signing(
        report(["누리시", "한빛공사"], PartialDate(2021, 3, 29)),
        report(["누리시", "한빛공단"], None),
        (PartialDate(2021, 3, 29), PartialDate(2021, 3, 30)),
    )


def test_bodies_named_for_two_districts_are_two_parties():
    """ "성북문화재단", "강북문화재단": one letter apart like a misspelling, but named for two
    districts written without their level (성북구, 강북구); the agreement keeps all four."""
    names = ["도봉문화재단", "성북문화재단", "강북문화재단", "노원문화재단"]
    assert [p.name for p in combine([report(names, PartialDate(2021, 6, 10))]).parties] == names
    assert not written_for(party_key("서대문문화재단"), party_key("동대문문화재단"))
    # A city and a county of the same first letter: 부천시, 부안군.
    assert not written_for(party_key("부천문화재단"), party_key("부안문화재단"))


def test_a_university_written_without_its_gyo_is_the_university():
    """ "한빛체육대학" in one sentence, "한빛체육대학교" in another: one party."""
    assert party_key("한빛체육대학") == party_key("한빛체육대학교")
    # A course a city names a 대학 is no university.
    assert party_key("누리시민대학") != party_key("누리시민대학교")
    one = report(["누리군", "한빛체육대학교", "한빛체육대학"], PartialDate(2017, 3, 22))
    assert [p.name for p in combine([one]).parties] == ["누리군", "한빛체육대학교"]


def test_bodies_named_for_two_quarters_of_a_place_are_two_parties():
    names = ["누리시", "누리동부농협", "누리서부농협", "누리중앙농협"]
    one = report(names, PartialDate(2024, 3, 11))
    assert [p.name for p in combine([one]).parties] == names
    # "남부" and "남동": two power companies, and two signings of the same day of the month.
    day = PartialDate(None, None, 27)
    south = report(["한빛남부발전", "한빛수소연합"], day)
    south_east = report(["한빛남동발전", "한빛수소연합", "누리도", "누리대학교"], day)
    assert not written_for(party_key("한빛남부발전"), party_key("한빛남동발전"))
    assert not same_signing(south, south_east)


def test_places_one_letter_apart_are_different_parties_of_one_agreement():
    parties = [
        "국립목포대학교",
        "전라남도 목포시",
        "전라남도 무안군",
        "전라남도 신안군",
        "신안군보건소",
    ]
    one = report([*parties, "무안군보건소"], PartialDate(2020, 1, 30))
    assert [p.name for p in combine([one]).parties] == [*parties, "무안군보건소"]


def test_districts_many_cities_share_are_different_parties_too():
    names = ["동구문화재단", "서구문화재단", "남구문화재단", "북구문화재단", "광산구문화재단"]
    merged = combine([report(["광주광역시", *names], PartialDate(2024, 6, 12))])
    assert [p.name for p in merged.parties] == ["광주광역시", *names]


def test_a_company_named_for_its_place_is_a_company_in_common_for_one_sum():
    sum_ = {"investment_krw": 50_000_000_000}
    day = PartialDate(2024, 6, 12)
    resort = report(["강원특별자치도", "강원특별자치도 정선군", "강원랜드"], day, **sum_)
    partners = report(["강원특별자치도 정선군", "강원랜드", "한빛리조트"], day, **sum_)
    assert same_signing(resort, partners)


def test_a_long_roster_under_another_title_is_another_agreement():
    towns = [
        "전라남도 여수시",
        "전라남도 순천시",
        "전라남도 광양시",
        "전라남도 고흥군",
        "전라남도 보성군",
    ]
    tourism = report(towns, PartialDate(2024, 3, 5), title="남해안 관광벨트 공동 마케팅 협약")
    transport = report(towns, None, title="광양만권 광역교통망 구축 공동 협약")
    assert not same_signing(tourism, transport)


def test_reports_of_one_day_sharing_half_the_shorter_list_and_a_body_are_one_signing():
    # An agreement read from two outlets already holds both lists; a third outlet listing
    # the eighteen institutes by name but not the council the others named is the same
    # signing.
    merged = report(["세종특별자치시", "대전세종연구원", "한빛연구회"], PartialDate(2019, 12, 2))
    institutes = [f"누리{n}연구원" for n in range(15)]
    roster = report(["세종특별자치시", "대전세종연구원", *institutes], PartialDate(None, None, 2))
    assert same_signing(roster, merged)
    next_day = report(["세종특별자치시", "대전세종연구원", "한빛연구회"], PartialDate(2019, 12, 3))
    assert not same_signing(roster, next_day)


def test_governments_alone_never_tie_two_investments_of_one_day():
    day = PartialDate(2024, 5, 13)
    first = report(["충청남도", "충청남도 공주시", "한빛가구"], day, kind="투자협약")
    second = report(["충청남도", "충청남도 공주시", "누리화학"], day, kind="투자협약")
    assert not same_signing(first, second)


def test_two_signings_of_one_day_with_two_bodies_in_common_stay_apart():
    day = PartialDate(2024, 5, 20)
    one = report(["경기도", "경기신용보증재단", "한빛은행"], day)
    other = report(["경기도", "경기신용보증재단", "새솔은행"], day)
    assert not same_signing(one, other)
    planned = report(["강릉시", "강원대학교", "한빛테크", "새솔바이오"], day, status="planned")
    signed = report(["강릉시", "강원대학교", "강릉아산병원"], day)
    assert not same_signing(signed, planned)


def test_one_company_with_the_province_in_one_outlet_and_its_city_in_another_is_one_signing():
    day = PartialDate(2014, 5, 8)
    province = report(["경상북도", "누리케이"], day, kind="투자협약")
    city = report(["경상북도 구미시", "누리케이"], day, kind="투자협약")
    assert same_signing(province, city) and same_signing(city, province)
    assert not same_signing(province, report(["경상북도 구미시", "누리케이"], DAY, kind="투자협약"))
    other_province = report(["전라남도 여수시", "누리케이"], day, kind="투자협약")
    assert not same_signing(province, other_province)
    other_company = report(["경상북도 구미시", "한빛소재"], day, kind="투자협약")
    assert not same_signing(province, other_company)
    governments_only = report(["경상북도", "경상북도 구미시"], day, kind="투자협약")
    assert not same_signing(governments_only, report(["경상북도 포항시"], day, kind="투자협약"))


def test_a_body_named_after_its_province_in_any_form_of_the_name_is_one_party():
    day = PartialDate(2019, 3, 14)
    short = report(["제주도관광협회", "누리시여유행업협회"], day)
    full = report(["제주특별자치도관광협회", "누리시여유행업협회"], day)
    assert same_signing(short, full)
    assert not same_signing(report(["전라북도관광협회", "누리시여유행업협회"], day), full)
    city = report(["제주특별자치도 제주시", "누리시"], day)
    assert not same_signing(city, report(["제주특별자치도", "누리시"], day))


def test_one_sum_written_to_the_eok_ties_two_reports_naming_different_hosts():
    day = PartialDate(2014, 5, 8)
    governments = report(["경상북도", "경상북도 구미시"], day, investment_krw=18_300_000_000)
    company = report(["경상북도", "누리케이"], day, investment_krw=18_300_000_000)
    assert same_signing(governments, company)
    round_sum = report(["경상북도", "경상북도 구미시"], day, investment_krw=10_000_000_000)
    assert not same_signing(
        round_sum, report(["경상북도", "한빛소재"], day, investment_krw=10_000_000_000)
    )


def test_a_programmes_whole_cost_quoted_by_two_undated_reports_ties_nothing():
    """Two companies' signings with one food cluster, a year apart, each article quoting the
    cluster's whole cost (5535억원) beside its support centre and the city."""
    hosts = ["한빛식품클러스터지원센터", "전북특별자치도 익산시"]
    cost = {"kind": "투자협약", "investment_krw": 553_500_000_000}
    first = report([*hosts, "누리푸드"], None, **cost)
    second = report([*hosts, "가람물류"], None, **cost)
    assert not same_signing(first, second)


def test_a_branch_one_outlet_names_and_its_body_another_names_are_one_party():
    day = PartialDate(2021, 4, 9)
    body_named = report(["충청북도", "한국농어촌공사", "한국에너지공단"], day)
    branch_named = report(["충청북도", "한국농어촌공사 충북본부", "한국에너지공단"], day)
    merged = combine([body_named, branch_named])
    assert [p.name for p in merged.parties] == [
        "충청북도",
        "한국농어촌공사 충북본부",
        "한국에너지공단",
    ]


def test_sums_far_apart_or_round_keep_reports_apart():
    companies = ["한결테크", "다온켐", "미르소재", "새빛정밀", "가람바이오", "동해기계"]
    hundred = report(["누리도", *companies], None, investment_krw=10_000_000_000)
    sixty = report(["누리도", *companies], None, investment_krw=6_000_000_000)
    assert not same_signing(hundred, sixty)
    day = PartialDate(2014, 5, 8)
    gumi = report(["경상북도", "경상북도 구미시"], day, investment_krw=300_000_000)
    pohang = report(["경상북도", "경상북도 포항시"], day, investment_krw=300_000_000)
    assert not same_signing(gumi, pohang)


def test_a_body_named_after_the_province_is_not_the_city_named_after_it():
    day = PartialDate(2019, 3, 14)
    centre = report(["제주도시재생센터", "누리공사"], day)
    city_centre = report(["제주시재생센터", "누리공사"], day)
    assert not same_signing(centre, city_centre)


def test_reposts_naming_the_agreement_alike_are_one_signing_without_a_date():
    title = "'원전 증설에 따른 상생협력 지원금 제공을 위한 업무협약'"
    first = report(["누리시", "한빛원자력본부"], None, title=title)
    repost = report(["누리시", "한빛원자력본부"], None, title=title.strip("'"))
    assert same_signing(first, repost)
    # A title that only names the kind, or another agreement's title, proves nothing.
    assert not same_signing(
        report(["누리시", "한빛원자력본부"], None, title="업무제휴협약"),
        report(["누리시", "한빛원자력본부"], None, title="업무제휴협약"),
    )
    other = report(["누리시", "한빛원자력본부"], None, title="지역 인재 채용 확대를 위한 업무협약")
    assert not same_signing(first, other)
    # Nor do the same words for two signings on days known to differ.
    assert not same_signing(
        report(["누리시", "한빛원자력본부"], PartialDate(2024, 3, 2), title=title),
        report(["누리시", "한빛원자력본부"], PartialDate(2025, 3, 2), title=title),
    )


def test_the_same_signer_for_the_same_parties_ties_reports_one_of_which_is_undated():
    signers = [
        Signatory("김하늘", "지사", "경기도", (0, 1)),
        Signatory("박서진", "지사", "강원도", (0, 1)),
    ]
    dated = report(["경기도", "강원도"], PartialDate(2007, 4, 9), signatories=signers)
    undated = report(["경기도", "강원도"], None, kind="합의문", signatories=signers[:1])
    assert same_signing(dated, undated)
    # Other heads, another party, or another day: not shown to be the same act.
    others = [Signatory("최다온", "지사", "경기도", (0, 1))]
    assert not same_signing(dated, report(["경기도", "강원도"], None, signatories=others))
    assert not same_signing(
        dated, report(["경기도", "강원도", "충청북도"], None, signatories=signers)
    )
    assert not same_signing(
        dated, report(["경기도", "강원도"], PartialDate(2008, 4, 9), signatories=signers)
    )


def test_a_city_abroad_written_with_or_without_si_is_one_party():
    day = PartialDate(2015, 5, 1)
    assert same_signing(
        report(["서울특별시", "울란바토르"], day), report(["서울특별시", "울란바토르시"], day)
    )
    # Two cities abroad a letter apart stay two, and a place at home is no city abroad.
    assert not same_signing(
        report(["서울특별시", "가시마시"], day), report(["서울특별시", "가시와시"], day)
    )
    assert not written_for("경기도", "경기도시")


def test_a_county_one_outlet_writes_bare_and_another_with_its_province_is_one_party():
    """Two reports of one sisterhood on the 20th: "고성군과 안산시" in one outlet, the
    county with its province in the other; a county of another name stays another."""
    bare = report(["고성군", "경기도 안산시"], PartialDate(None, 9, 20))
    full = report(["강원특별자치도 고성군", "경기도 안산시"], PartialDate(None, None, 20))
    assert same_signing(bare, full)
    other = report(["강원특별자치도 양양군", "경기도 안산시"], PartialDate(None, None, 20))
    assert not same_signing(bare, other)


def test_the_same_heads_agreeing_on_other_things_or_in_other_years_stay_apart():
    signers = [
        Signatory("김하늘", "지사", "경기도", (0, 1)),
        Signatory("박서진", "지사", "강원도", (0, 1)),
    ]
    water = report(["경기도", "강원도"], PartialDate(2008, 3, 5), title="한강수계 상생협력 합의문")
    water.signatories = signers
    games = report(["경기도", "강원도"], None, title="동계올림픽 유치 지원 업무협약")
    games.signatories = signers
    assert not same_signing(water, games)
    # Titles worded apart by two outlets for one act still join.
    retold = report(["경기도", "강원도"], None, title="경기-강원도간 한강수계 상생협력")
    retold.signatories = signers
    assert same_signing(water, retold)
    # Nor do articles out years apart.
    undated = report(["경기도", "강원도"], None, signatories=signers)
    assert not same_signing(water, undated, (PartialDate(2008, 3, 5), PartialDate(2010, 6, 1)))
    assert same_signing(water, undated, (PartialDate(2008, 3, 5), PartialDate(2008, 3, 7)))


def test_one_outlets_day_and_anothers_month_for_the_same_three_bodies_are_one_signing():
    bodies = ["전라남도", "전라남도 순천시", "누리정밀"]
    dated = report(bodies, PartialDate(2022, 5, 30), kind="투자협약", investment_krw=50_000_000_000)
    this_month = report(bodies, PartialDate(2022, 5), kind="MOU")
    assert same_signing(dated, this_month)
    assert not same_signing(dated, report(bodies, PartialDate(2022, 4), kind="MOU"))
    assert not same_signing(dated, report(bodies, PartialDate(2022), kind="MOU"))
    other_sum = report(bodies, PartialDate(2022, 5), investment_krw=9_000_000_000)
    assert not same_signing(dated, other_sum)
    pair = ["전라남도 순천시", "누리정밀"]
    assert not same_signing(
        report(pair, PartialDate(2022, 5, 30)), report(pair, PartialDate(2022, 5))
    )


def test_outlets_dropping_a_ministrys_national_prefix_or_writing_its_agency_long_agree():
    assert written_for("보훈부", "국가보훈부")
    assert not written_for("보훈부", "국가보훈처장")
    day = report(["서울특별시 마포구", "국가보훈부"], DAY)
    assert same_signing(day, report(["서울특별시 마포구", "보훈부"], PartialDate(None, None, 2)))
    pension = report(["국민연금관리공단", "전라남도 순천시"], DAY)
    assert same_signing(pension, report(["국민연금공단", "전라남도 순천시"], DAY))


def test_a_body_abbreviated_by_its_letters_is_the_same_party():
    assert written_for(party_key("손보협의회"), party_key("손해보험 사회공헌협의회"))
    assert written_for(party_key("중기청"), party_key("중소기업청"))
    # The opening of a longer name is another body, not its short form; nor is a company's
    # shorter name, which is another company (a newcomer's run of stop 58: 동해건설's and
    # 동부해양건설's signings with one city on one day were one agreement).
    assert not written_for(party_key("한국은행"), party_key("한국수출입은행"))
    assert not written_for(party_key("동해건설"), party_key("동부해양건설"))
    assert not written_for(party_key("대성전자"), party_key("대한성진전자"))
    city, day = "전북특별자치도 정읍시", PartialDate(2024, 7, 1)
    assert not same_signing(report([city, "동해건설"], day), report([city, "동부해양건설"], day))
    bodies = ["행정안전부", "전국재해구호협회"]
    day = PartialDate(2023, 4, 25)
    full = report(["손해보험 사회공헌협의회", *bodies], day)
    assert same_signing(report(["손보협의회", *bodies], day), full)


def test_an_institute_of_science_by_its_latin_initials_or_former_name_is_the_same_party():
    day = PartialDate(2014, 5, 13)
    full = report(["한국산업단지공단", "울산과학기술대학교"], day)
    assert same_signing(report(["UNIST", "한국산업단지공단"], day), full)
    assert same_signing(report(["울산과학기술원", "한국산업단지공단"], day), full)
    assert not same_signing(report(["GIST", "한국산업단지공단"], day), full)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("인천 액셀러레이터협의회", "인천AC협의회"),
        ("육군 제5군단", "5군단사령부"),
        ("해군 5전단", "제5전단"),
    ],
)
def test_a_body_written_with_initials_or_a_unit_with_its_service_is_one_party(one: str, other: str):
    keys = party_key(one), party_key(other)
    assert keys[0] == keys[1] or written_for(*keys)
    day = PartialDate(2025, 1, 8)
    assert same_signing(report(["인천테크노파크", one], day), report([other, "인천TP"], day))


def test_units_of_two_services_with_one_number_are_two_parties():
    keys = party_key("육군 제1사단"), party_key("해병대 제1사단")
    assert keys[0] != keys[1] and not written_for(*keys)
    assert not written_for(party_key("대학원"), party_key("대구경북과학기술원"))


@pytest.mark.parametrize("first", [0, 1])
def test_a_body_named_after_its_province_written_apart_or_run_together_finds_its_signing(
    tmp_path: Path, first: int
):
    apart = "경기도 북부소방재난본부는 2018년 3월 6일 육군 제5군단과 재난 대응 업무협약을 맺었다.\n"
    together = "경기북부소방재난본부와 5군단사령부는 6일 재난 대응 업무협약을 맺었다.\n"
    texts = (apart, together) if first == 0 else (together, apart)
    (agreement,) = _added_one_by_one(tmp_path, texts)
    assert len(agreement["sources"]) == 2 and agreement["date"] == "2018-03-06"


def test_two_places_set_up_a_sister_relation_once_whoever_dates_it():
    pair = ["경상북도 영주시", "쑹위안시"]
    dated = report(pair, PartialDate(2019, 9, 6), kind="자매결연")
    assert same_signing(report(pair, None, kind="자매결연"), dated)
    published_later = (PartialDate(2021, 5, 2), PartialDate(2019, 9, 7))
    assert not same_signing(report(pair, None, kind="자매결연"), dated, published_later)
    assert not same_signing(report(pair, None, kind="우호협력"), dated)
    assert not same_signing(report(pair, None, kind="업무협약"), report(pair, DAY, kind="업무협약"))
    assert not same_signing(report(pair, PartialDate(2021), kind="자매결연"), dated)


def test_an_economic_free_zone_authority_by_its_short_name_is_the_same_party():
    port = "인천항만공사"
    short = report([port, "인천경제청"], PartialDate(None, None, 20))
    assert same_signing(short, report([port, "인천경제자유구역청"], PartialDate(2019, 5, 20)))


def test_outlets_writing_the_universities_short_and_in_full_report_one_signing(tmp_path: Path):
    short = (
        "한빛대, 누리대, 미르대, 솔빛대 등 4개 대학은 2014년 12월 5일 한빛대에서 "
        "상호협력 업무협약을 체결했다.\n"
    )
    full = (
        "한빛대학교와 누리대학교, 미르대학교, 솔빛대학교는 12월 5일 한빛대학교 본관에서 "
        "상호협력 업무협약을 체결했다.\n"
    )
    (agreement,) = _added_one_by_one(tmp_path, (short, full))
    assert len(agreement["sources"]) == 2 and agreement["date"] == "2014-12-05"


def test_written_forms_are_the_names_an_archive_is_searched_by():
    assert written_forms("한빛대학교") == {"한빛대"}
    assert "한빛대학교병원" in written_forms("한빛대병원")
    assert "제주특별자치도관광협회" in written_forms("제주도관광협회")
    assert "한국수력원자력" in written_forms("한수원")
    assert written_forms("전남대학교병원") == {"전남대병원"}


def test_initials_and_their_hangul_spelling_are_one_party():
    day = PartialDate(2022, 9, 14)
    latin = report(["충청북도", "충청북도 진천군", "한빛프로HN"], day)
    spelled = report(
        ["충청북도", "충청북도 진천군", "한빛프로에이치엔"], PartialDate(None, None, 14)
    )
    assert same_signing(latin, spelled)
    assert same_signing(
        report(["인천TP", "인천AC협의회"], day), report(["인천테크노파크", "인천AC협의회"], day)
    )
    # Initials dropped before a bank's name, in capitals or spelled out.
    assert same_signing(
        report(["비엔케이경남은행", "한빛공단"], day), report(["경남은행", "한빛공단"], day)
    )
    # A word in Latin letters is no initials: "Nexa" is never "엔이엑스에이".
    assert not same_signing(report(["NEXA", "한빛공단"], day), report(["넥사", "한빛공단"], day))


def test_a_name_in_initials_is_looked_up_by_its_hangul_spelling_too():
    assert "한빛프로에이치엔" in written_forms("한빛프로HN")


def test_a_business_group_named_with_its_word_for_one_or_without_is_one_party():
    day = PartialDate(2013, 10, 16)
    assert same_signing(
        report(["한빛그룹", "인천광역시"], day),
        report(["한빛", "인천광역시"], PartialDate(None, None, 16)),
    )


def test_the_same_pair_and_kind_undated_in_one_outlet_joins_the_dated_report():
    """ "충남테크노파크와 부여군은 지난 12일 업무협약을 체결했다" in a piece that gives no date
    of its own, and another outlet's piece of 2019-02-13 that dates the signing nowhere: the
    same two bodies' 업무협약 of the 12th."""
    pair = ["충남테크노파크", "충청남도 부여군"]
    dated = report(pair, PartialDate(None, None, 12))
    undated = report(pair, None)
    out = (None, PartialDate(2019, 2, 13))
    assert same_signing(dated, undated, out)
    assert same_signing(dated, report(pair, None, kind="MOU"), out)
    # Another kind, another head, or a 12th weeks before the other piece: other agreements.
    assert not same_signing(dated, report(pair, None, kind="투자협약"), out)
    assert not same_signing(dated, undated, (None, PartialDate(2019, 3, 1)))
    other_head = report(pair, None, signatories=[Signatory("이하늘", "원장", pair[0], (0, 1))])
    signed_by = [Signatory("윤바다", "원장", pair[0], (0, 1))]
    assert not same_signing(report(pair, dated.date, signatories=signed_by), other_head, out)
    # A 우호협력 and a 자매결연 of the same two places are two steps of their tie.
    friends = report(["충청북도 충주시", "다칭시"], PartialDate(None, None, 12), kind="우호협력")
    sisters = report(["충청북도 충주시", "다칭시"], None, kind="자매결연")
    assert not same_signing(friends, sisters, out)
    # A report nothing dates, in a piece that gives no date, could be any year's.
    assert not same_signing(report(pair, PartialDate(2019, 2, 12)), undated)
    assert not same_signing(dated, undated)


def test_an_outlet_naming_one_party_joins_the_report_of_that_day_naming_it_among_others():
    day = PartialDate(2024, 10, 2)
    both = report(["한국수력원자력", "두산에너빌리티"], day)
    alone = report(["한국수력원자력"], day)
    assert same_signing(both, alone)
    # A day without its year, another kind, or another sum: not shown to be that signing.
    assert not same_signing(both, report(["한국수력원자력"], PartialDate(None, None, 2)))
    assert not same_signing(both, report(["한국수력원자력"], day, kind="투자협약"))
    # A preview of that morning, a title worded apart, a sister tie's 협정: the same act.
    assert same_signing(both, report(["한국수력원자력"], day, status="planned"))
    titled = report(
        ["한국수력원자력", "두산에너빌리티"], day, title="협력사 기술지원을 위한 업무협약"
    )
    assert same_signing(titled, report(["한국수력원자력"], day, title="협력사 기술지원 업무협약"))
    sisters = report(["경기도 안성시", "브레아시"], day, kind="자매결연")
    assert same_signing(sisters, report(["경기도 안성시"], day, kind="협정"))
    assert not same_signing(sisters, report(["경기도 안성시"], day, kind="업무협약"))
    # A government alone may be any of its signings with companies that day; two reports
    # naming one party each tell nothing of the partner.
    roster = report(["경상북도", "에코프로", "포스코퓨처엠"], day)
    assert not same_signing(roster, report(["경상북도"], day))
    assert not same_signing(report(["한국수력원자력"], day), report(["한국수력원자력"], day))
    summed = report(["한국수력원자력", "두산에너빌리티"], day, investment_krw=30_000_000_000)
    assert not same_signing(summed, report(["한국수력원자력"], day, investment_krw=9_000_000_000))


def test_a_city_abroad_written_after_its_province_is_the_same_party():
    day = PartialDate(2024, 11, 19)
    short = report(["충청북도 충주시", "대경시"], day, kind="자매결연")
    assert same_signing(short, report(["충청북도 충주시", "흑룡강성 대경시"], day, kind="자매결연"))
    assert same_signing(short, report(["충청북도 충주시", "다칭시"], day, kind="자매결연"))
    assert party_key("칭따오시") == party_key("칭다오시")
    # Another city of the province, and a Korean county, stay other parties.
    assert not written_for(party_key("흑룡강성 하얼빈시"), party_key("대경시"))
    assert not written_for(party_key("충청북도 충주시"), party_key("충주시의회"))


def test_a_city_abroad_and_the_executive_signing_for_it_are_one_party():
    """ "하노이시 인민위원회" in one outlet, "하노이시" or "하노이" in another: the city, named
    by its executive; the merged signing names the city. Its council is another party."""
    day = PartialDate(2024, 10, 21)
    executive = report(["경기도", "하노이시 인민위원회"], day, kind="MOU")
    assert same_signing(executive, report(["경기도", "하노이시"], day, kind="MOU"))
    assert same_signing(executive, report(["경기도", "하노이"], day, kind="MOU"))
    merged = combine([executive, report(["경기도", "하노이시"], day, kind="MOU")])
    assert [p.name for p in merged.parties] == ["경기도", "하노이시"]
    merged = combine([report(["경기도", "하노이"], day, kind="MOU"), executive])
    assert [p.name for p in merged.parties] == ["경기도", "하노이시"]
    assert not written_for(party_key("기획재"), party_key("기획재정부"))
    # The level written with the executive: "타슈켄트시정부" is 타슈켄트시's.
    merged = combine(
        [
            report(["경기도", "타슈켄트시정부"], day, kind="MOU"),
            report(["경기도", "타슈켄트시"], day, kind="MOU"),
        ]
    )
    assert [p.name for p in merged.parties] == ["경기도", "타슈켄트시"]
    # 인민위원회 follows a place written with or without its level.
    assert same_signing(
        report(["경기도", "하노이 인민위원회"], day, kind="MOU"),
        report(["경기도", "하노이시"], day, kind="MOU"),
    )
    assert not written_for(party_key("하노이시"), party_key("하노이시 인민의회"))
    assert not written_for(party_key("경기도"), party_key("경기도정부"))


@pytest.mark.parametrize(
    ("sound", "reading"), [("친황다오시", "진황도시"), ("우시시", "무석시"), ("하이난성", "해남성")]
)
def test_a_chinese_place_by_its_sound_or_its_korean_reading_is_one_party(sound, reading):
    """ "친황다오시" in a Seoul outlet, "진황도시" in a Korean–Chinese one: the same city."""
    day = PartialDate(2019, 5, 18)
    assert same_signing(
        report(["경기도 구리시", sound], day, kind="협정"),
        report(["경기도 구리시", reading], day, kind="협정"),
    )


def test_a_unit_of_a_body_written_by_the_bodys_short_name_is_the_same_party():
    """ "한국전력 경기본부" and "한국전력공사 경기본부", "LH 세종사업본부" and "한국토지주택공사":
    the body written short, its unit alike; another unit of it stays another party."""
    assert party_key("한국전력 경기본부") == party_key("한국전력공사 경기본부")
    assert written_for(party_key("LH 세종사업본부"), party_key("한국토지주택공사"))
    assert not written_for(party_key("한전 경기본부"), party_key("한국전력공사 강원본부"))


def test_a_mark_a_page_glued_before_a_name_is_no_part_of_it():
    """ "기자 =충남도교육청은": the credit's = left on the name; the body is the same."""
    assert party_key("=충남도교육청") == party_key("충청남도교육청")


def test_a_company_abroad_written_with_sa_is_the_same_party():
    assert written_for(party_key("멀린사"), party_key("멀린"))
    assert written_for(party_key("셀가드"), party_key("셀가드사"))
    # 공사 and 회사 end names of their own.
    assert not written_for(party_key("한국가스공사"), party_key("한국가스공"))


def test_a_body_and_the_unit_of_it_that_signed_are_one_party():
    day = PartialDate(2016, 11, 30)
    body = report(["BNK경남은행", "소상공인시장진흥공단"], day)
    assert same_signing(body, report(["BNK경남은행", "소상공인시장진흥공단 금융본부"], day))
    # A short name is no body whose unit signed, nor is a place's own office.
    assert not written_for(party_key("한빛"), party_key("한빛지역본부"))
    assert not written_for(party_key("경상남도"), party_key("경상남도 사무소"))


def test_an_undated_report_naming_part_of_a_dated_list_joins_it():
    out = (PartialDate(2015, 5, 13), PartialDate(2015, 5, 14))
    dated = report(["충청남도", "충청남도 공주시", "바디프랜드"], PartialDate(2015, 5, 13))
    assert same_signing(dated, report(["충청남도", "바디프랜드"], None), out)
    # Governments alone, or two of a long roster, may be any other agreement of theirs.
    assert not same_signing(dated, report(["충청남도", "충청남도 공주시"], None), out)
    roster = report(["대전광역시", "KAIST", *(f"한빛연구원{n}" for n in range(10))], None)
    pair = report(["대전광역시", "KAIST"], PartialDate(None, None, 17))
    assert not same_signing(pair, roster, (None, PartialDate(2026, 1, 21)))


def test_a_business_group_written_short_is_the_same_party():
    day = PartialDate(2015, 6, 11)
    short = report(["광주광역시", "현대차그룹"], day)
    assert same_signing(short, report(["광주광역시", "현대자동차그룹"], day))
    assert not same_signing(short, report(["광주광역시", "현대중공업그룹"], day))


def test_one_title_with_its_kind_written_two_ways_is_one_undated_signing():
    left = report(
        ["누리농협은행", "누리신용보증재단"],
        None,
        title="누리도 소상공인 금융지원 활성화를 위한 위탁보증 업무협약",
    )
    right = report(
        ["누리농협은행", "누리신용보증재단"],
        None,
        title="누리도 소상공인 금융지원 활성화를 위한 위탁보증협약",
    )
    assert same_signing(left, right)
    other = report(
        ["누리농협은행", "누리신용보증재단"],
        None,
        title="누리도 중소기업 수출지원을 위한 특례보증 업무협약",
    )
    assert not same_signing(left, other)


def test_a_tie_and_the_agreement_that_set_it_up_are_one_act():
    dated = report(["대구광역시 달서구", "경상북도 성주군"], PartialDate(2019, 5, 3), kind="협정")
    undated = report(["대구광역시 달서구", "경상북도 성주군"], None, kind="자매결연")
    assert same_signing(dated, undated, (PartialDate(2019, 5, 5), None))
    assert combine([dated, undated]).kind == "자매결연"


def test_a_long_title_one_outlet_shortened_by_its_opening_words_is_one_signing():
    """One outlet writes the whole name, another drops its opening words: with the one party and
    the day both give, that is one signing. A short purpose in common is not."""
    day = PartialDate(None, None, 30)
    short = "누리리 풍력발전기 건설 기술협력 업무지원 협약"
    whole = "한빛환경자원순환센터 입지 주민지원에 따른 " + short
    a = report(["한빛에너지공사"], day, title=whole)
    b = report(["한빛에너지공사"], day, title=short)
    assert same_signing(a, b)
    other = report(["한빛에너지공사"], day, title="누리리 태양광 발전 협약")
    assert not same_signing(a, other)
    purpose = report(["한빛에너지공사"], day, title="지역 발전을 위한 협약")
    longer = report(["한빛에너지공사"], day, title="누리리 마을의 지역 발전을 위한 협약")
    assert not same_signing(purpose, longer)


def test_one_long_name_with_a_word_changed_is_one_agreement():
    """Two outlets write one agreement's long name with a word changed ("체육관 시설" and
    "고양체육관"): with the same two parties and kind, one signing, though only one outlet
    dates it. Short names that differ are other agreements."""
    parties = ["경기도 한빛시", "누리스 프로농구단"]
    a = report(
        parties,
        PartialDate(None, None, 14),
        kind="MOU",
        title="연고지 이전 및 체육관 시설 이용에 관한 양해각서",
    )
    b = report(parties, None, kind="MOU", title="연고지 이전 및 한빛체육관 이용에 관한 MOU")
    assert same_signing(a, b)
    c = report(parties, None, kind="MOU", title="유소년 농구교실 운영에 관한 MOU")
    assert not same_signing(a, c)
    year = report(parties, None, title="2024 청년 일자리 지원 사업 추진에 관한 업무협약")
    next_year = report(parties, None, title="2025 청년 일자리 지원 사업 추진에 관한 업무협약")
    assert not same_signing(year, next_year)


def test_three_same_parties_undated_on_one_side_are_one_signing():
    """The same three bodies and kind, one outlet giving the day and another no date, in
    articles that carry none either: one signing. Two bodies meet too often for that."""
    three = ["전라남도", "국립누리대학교", "한빛해상풍력발전"]
    day = report(three, PartialDate(None, None, 23), kind="업무협약")
    bare = report(three, None, kind="MOU")
    assert same_signing(day, bare)
    two = ["전라남도", "국립누리대학교"]
    assert not same_signing(report(two, PartialDate(None, None, 23)), report(two, None))
    other = report(["전라남도", "국립누리대학교", "누리전력"], None, kind="MOU")
    assert not same_signing(day, other)


def test_a_yearless_day_does_not_tie_lists_that_share_only_half():
    """A province and its technopark among nine partners on "4일", beside the same two with a
    city and a gas company on 2019-12-04: a day without its year ties lists that differ so no
    more than it ties any other month's 4th. Dated to the same day in full, they would be one."""
    four = ["경상남도", "경상남도 창원시", "한국누리공사", "경남테크노파크"]
    nine = ["경상남도", "경남테크노파크", "한빛원자력연구원", "누리에너빌리티", "한빛중공업"]
    nine += ["누리오션", "한빛전력기술", "누리산업협회", "한빛효성"]
    dated = report(four, PartialDate(2019, 12, 4))
    assert not same_signing(dated, report(nine, PartialDate(None, None, 4)))
    assert same_signing(dated, report(nine, PartialDate(2019, 12, 4)))


def test_the_agreement_shows_the_items_most_of_its_reports_list():
    marked = ["농업 클러스터 조성", "스마트농업 실현", "디지털 농업기반 구축", "청년예술·관광 협력"]
    cut_at_commas = [*marked[:3], "청년예술", "관광 인프라 조성", "협력"]
    outlets = [
        report(["누리군", "한빛대학교"], DAY, items) for items in (cut_at_commas, marked, marked)
    ]
    assert [c.text for c in combine(outlets).clauses] == marked
    # Two outlets that disagree: the longer list, as before.
    assert len(combine(outlets[:2]).clauses) == len(cut_at_commas)
