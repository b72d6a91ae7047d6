"""What copy glues to the edge of a party's name (a dateline tag, a lead's marks, a head's
title) is no part of it."""

from mouarchive.extract.parties import find_parties
from mouarchive.extract.signatories import find_signatories


def names(text: str) -> list[str]:
    return [p.name for p in find_parties(text)]


def test_a_dateline_tag_glued_to_the_first_name_is_no_part_of_it():
    text = (
        "[보령]농협보령시지부(지부장 김하늘)와 한국농어촌공사 보령지사(지사장 이바다)는 "
        "지난 12일 농촌 상생발전을 위한 업무협약을 체결했다."
    )
    assert names(text) == ["농협보령시지부", "한국농어촌공사 보령지사"]
    assert find_signatories(text)[0].organization == "농협보령시지부"
    bare = "[보령]보령시농업기술센터와 한국농어촌공사 보령지사는 12일 업무협약을 체결했다."
    assert names(bare) == ["보령시농업기술센터", "한국농어촌공사 보령지사"]


def test_the_marks_opening_a_column_item_are_no_part_of_the_name():
    text = "○…제주시가 서울시 서대문구청과 19일 자매결연 협약을 맺었다."
    assert names(text) == ["제주특별자치도 제주시", "서울특별시 서대문구"]


def test_a_prime_minister_named_by_title_is_a_person_not_a_party():
    text = (
        "김해시는 시장이 지난 23일 인도 우타르프라데시주를 방문해 ‘라지브 쿠마르’ 총리와 "
        "두 도시 간 교류를 위한 업무협약을 체결했다고 밝혔다."
    )
    assert "총리" not in names(text)


def test_within_the_province_is_where_the_partners_are_not_one_of_them():
    text = (
        "누리시는 29일 한빛군, 도내 4개 대학, 2개 연구기관, 5개 중소기업과 수소특화단지 "
        "지정을 위한 업무협약을 체결했다."
    )
    assert "도내" not in names(text)


def test_a_public_bodys_name_written_in_pieces_is_named_whole():
    text = "누리군과 농촌진흥청 국립 원예특작 과학원은 지난 20일 업무협약을 체결했다."
    assert names(text)[-1] == "국립 원예특작 과학원"


def test_a_body_of_korea_and_its_partners_keeps_both_in_its_name():
    text = "농진청은 개청식에서 한ㆍ중남미 농식품기술협력협의체(KoLFACI)와 업무협약을 체결했다."
    assert "한·중남미 농식품기술협력협의체" in names(text)


def test_an_aim_written_whole_with_development_is_no_partner():
    text = (
        "누리시와 한빛군이 지역발전과 우호교류 확대를 위한 ‘누리시-한빛군 상생 업무협약’을 "
        "체결했다."
    )
    assert "지역발전" not in names(text)
    assert names("한빛시는 한국남동발전과 업무협약을 체결했다.")[-1] == "한국남동발전"


def test_a_committee_or_holding_is_named_by_the_words_before_it():
    cases = {
        "한빛항만공사는 누리 사옥에서 중국 자유무역시험구 청도구역 관리위원회와 업무협약을 "
        "체결했다.": "자유무역시험구 청도구역 관리위원회",
        "부산시는 25일 벡스코에서 SB선보, 터키 카라데니즈 홀딩과 업무협약을 체결했다.": (
            "카라데니즈 홀딩"
        ),
        "부산시와 경남도는 (재)2030누리박람회 조직위원회와 지원 협약을 체결했다.": (
            "2030누리박람회 조직위원회"
        ),
    }
    for text, whole in cases.items():
        assert whole in names(text)


def test_what_a_body_has_is_no_partner_of_it():
    text = (
        "한빛공단은 이번 협약체결로 한빛공단의 강점과 서울시가 보유하고 있는 지원 인프라를 "
        "결합해 협력하기로 했다."
    )
    assert "강점" not in names(text)
