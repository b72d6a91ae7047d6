"""One more partner told with 도 in a sentence that tells a signing before it: a signing of its
own, not a third party of the first, nor lost; and 업무제휴 as the agreement it names."""

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate

PUBLISHED = PartialDate(2025, 5, 20)


def signings(body: str) -> list[tuple[str | None, list[str]]]:
    reports = extract_agreements(Article(title=None, body=body + "\n", published=PUBLISHED))
    return [(r.date.iso if r.date else None, [p.name for p in r.parties]) for r in reports]


def test_a_partner_told_with_do_after_a_signing_clause_signs_apart():
    """ "충칭시와 우호협약을 맺고, 상하이시와도 …": 도 tells one more signing, on the day the
    sentence dates, or "같은 날" as the one before."""
    assert signings(
        "누리도는 15일 충칭시와 우호협약을 맺고, 상하이시와도 우호협약을 체결했다."
    ) == [
        ("2025-05-15", ["누리도", "충칭시"]),
        ("2025-05-15", ["누리도", "상하이시"]),
    ]
    assert signings(
        "진주시는 4일 누리대와 협약을 체결했고, 같은 날 카카오와도 업무협약을 맺었다."
    ) == [
        ("2025-05-04", ["경상남도 진주시", "누리대"]),
        ("2025-05-04", ["경상남도 진주시", "카카오"]),
    ]


def test_a_signing_told_before_the_main_one_counts_when_the_sentence_dates_neither():
    """ "A와 MOU를 체결한데 이어 B, C와도 협정을 맺었다" with no day: both are signings, each
    with its own partners."""
    body = (
        "한빛대는 베트남의 다낭대, 하노이대 등 2개 국립대와 상호교류를 위한 MOU를 체결한데 이어 "
        "다이남대, 누옌타탄대 등 2개 사립대와도 교류협정을 맺었다."
    )
    assert signings(body) == [
        (None, ["한빛대", "다낭대", "하노이대"]),
        (None, ["한빛대", "다이남대", "누옌타탄대"]),
    ]


def test_a_word_with_do_is_no_partner_when_the_agreement_is_linked_to_it_or_follows_it():
    for body in (
        "누리시는 4일 한빛재단과 지역 관광자원과도 연계한 협약을 체결했다.",
        "누리시는 4일 탄소중립과도 연계한 협약을 한빛재단과 체결했다.",
    ):
        assert signings(body) == [("2025-05-04", ["누리시", "한빛재단"])], body
    body = (
        "김 지사는 이번 출장에서 충칭시와는 우호협약을 맺고 공공외교를 펼쳤고, 상하이와도 "
        "우호협약에 이어 AI 분야 협력방안을 논의했다."
    )
    assert all("상하이" not in parties for _day, parties in signings(body))


def test_a_partner_told_with_do_alone_is_a_partner():
    (_day, parties), *_ = signings(
        "한편 시는 이날 동티모르 수도인 딜리시와도 우호협력도시 협정을 맺었다."
    )
    assert "딜리시" in parties


def test_a_business_alliance_is_an_agreement():
    """ "포괄적 업무제휴를 체결", "전략적 업무제휴를 맺고": an alliance signed is an 업무협약;
    a card named for one is not."""
    assert signings("누리은행은 17일 한빛보증보험과 포괄적 업무제휴를 체결했다.") == [
        ("2025-05-17", ["누리은행", "한빛보증보험"])
    ]
    assert signings("누리조합중앙회와 강원도 횡성군은 2일 전략적 업무제휴를 맺었다.") == [
        ("2025-05-02", ["누리조합중앙회", "강원특별자치도 횡성군"])
    ]
    assert signings("누리은행은 3일 한빛마트 제휴카드를 출시했다.") == []


def test_each_clause_keeps_its_own_day_and_a_history_or_a_plan_opens_no_signing():
    """Review 58a #1–#3: "4일 A와 … 체결했고, 5일에는 B와도 …" is two signings, each on its
    day; "그동안 A, B와 협약을 체결한 데 이어" is a history, never a signing of A with B; a 와도
    partner of a plan ("체결해 나갈 방침이다") is no signing of its own."""
    assert signings(
        "한빛시는 4일 누리대와 업무협약을 체결했고, 5일에는 카카오와도 업무협약을 맺었다."
    ) == [("2025-05-04", ["한빛시", "누리대"]), ("2025-05-05", ["한빛시", "카카오"])]
    body = (
        "한빛시는 4일 누리대와 업무협약을 체결했다.\n"
        "시는 그동안 가람대, 바다대와 협약을 체결한 데 이어 누리대와도 협약을 맺게 됐다."
    )
    assert signings(body) == [("2025-05-04", ["한빛시", "누리대"])]
    body = "한빛시는 4일 누리대와 업무협약을 체결하고, 한빛대와도 협약을 체결해 나갈 방침이다."
    assert len(signings(body)) == 1


def test_the_second_signing_takes_no_title_from_the_first_clause():
    body = "누리도는 15일 충칭시와 우호협약을 맺고, 상하이시와도 우호협약을 체결했다.\n"
    reports = extract_agreements(Article(title=None, body=body, published=PUBLISHED))
    assert [r.title for r in reports] == [None, None]
