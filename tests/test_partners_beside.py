"""Partners written beside what the agreement concerns, a body of their own written as another's
unit, and heads abroad titled by their ward."""

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.parties import find_parties
from mouarchive.models import Article


def party_names(sentence: str) -> list[str]:
    return [p.name for p in find_parties(sentence)]


def test_a_partner_before_what_the_agreement_concerns():
    """ "X와 … 협력에 관한 업무협약": what the agreement is about, told with 에 before 관한 or
    대한, stands between a partner of no organisational ending and the agreement noun."""
    said = "누리시는 10일 시청에서 한미약품과 공동연구 및 협력에 대한 양해각서를 체결했다."
    assert party_names(said) == ["누리시", "한미약품"]
    said = "누리시는 네이버와 상호 협력에 관한 업무협약을 체결했다."
    assert party_names(said) == ["누리시", "네이버"]
    # What the agreement concerns is never a partner, nor a word inside its quoted title.
    said = "누리시는 교육과 연구에 관한 업무협약을 체결했다."
    assert party_names(said) == ["누리시"]
    said = "정부는 4일 '맑은 물 나눔과 상생발전에 관한 협정'을 한빛도, 가람시와 체결했다."
    assert "나눔" not in party_names(said)


def test_a_universitys_hospital_signs_beside_the_university():
    """ "가람대 누리병원은 가람대, 한빛제약과": the hospital is written as the university's
    unit, but both signed, each a party of its own."""
    said = "가람대 누리병원은 가람대, 한빛제약과 지난 28일 공동연구 양해각서(MOU)를 체결했다."
    assert party_names(said) == ["가람대 누리병원", "가람대", "한빛제약"]
    said = "가람대 누리병원은 가람대학교, 한빛제약과 지난 28일 공동연구 양해각서를 체결했다."
    assert party_names(said) == ["가람대 누리병원", "가람대학교", "한빛제약"]
    # A branch of the university is still the university.
    said = "한빛시는 가람대 서울캠퍼스와 가람대학교와 인재 양성 협약을 맺었다."
    assert party_names(said) == ["한빛시", "가람대 서울캠퍼스"]


def test_a_wards_head_abroad_is_no_party_by_the_title():
    """ "아오키 카츠노리 구장과 … 협정서에 서명했다": the head of a ward abroad, a person by a
    title, never an organisation called "구장"."""
    said = (
        "박가람 마포구청장은 지난 12일 도쿄도 카츠시카구를 방문해 카츠시카구의회 본회의장에서"
        " 아오키 카츠노리 구장과 자매결연 체결에 관한 협정서에 서명했다."
    )
    reports = extract_agreements(Article(title=None, body=said, published=None))
    assert reports and all("구장" not in [p.name for p in r.parties] for r in reports)
