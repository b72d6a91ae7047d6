"""How a paragraph opens (`text.openings`): a report of its own, or the story above going on.
One answer serves `headed`, `split` and `copies`, built on the vocabularies extraction's
own "points back" patterns read (review 58b, 11).

Every line here is our own, written in the style of Korean news pages.
"""

from __future__ import annotations

import pytest

from mouarchive.extract.signing_context import REFERENCE_RE
from mouarchive.extract.tokens import GROUP_SUBJECT_RE
from mouarchive.text.openings import goes_on, opens_story, subject


@pytest.mark.parametrize(
    "line",
    [
        "두 기관은 내년부터 인턴을 함께 뽑는다.",
        "양 도시는 해마다 청소년 교류 행사를 연다.",
        "량 기관은 연구 인력을 서로 보낸다.",
        "이들 지역은 관광 코스를 함께 짠다.",
        "양측은 연말까지 세부 계획을 세운다.",
        "이에 따라 시는 충전소 부지를 무상으로 빌려준다.",
    ],
)
def test_what_extraction_reads_as_pointing_back_goes_on(line: str) -> None:
    """A group of the parties extraction reads as pointing back ("량 기관은", the spelling
    of Korean–Chinese outlets) carries the story on here too: the third copy of the pattern
    wrote its own "두|세|양|이들" and missed 량."""
    assert GROUP_SUBJECT_RE.match(line) or REFERENCE_RE.search(line)
    assert goes_on(line)


@pytest.mark.parametrize(
    "line",
    [
        "도는 9일 바다농협과 로컬푸드 직매장 운영을 위한 업무협약을 체결했다고 밝혔다.",
        "회사는 9일 누리대와 인재 양성을 위한 업무협약을 맺었다.",
        "군은 10일부터 청년 창업 지원 사업 참가자를 모집한다.",
        "시는 오는 15일 한빛도서관과 독서 문화 확산 협약을 맺는다.",
    ],
)
def test_a_bare_body_with_its_day_opens_a_report(line: str) -> None:
    """A press office's lead ("도는 9일 …") opens a report of its own (review 58b, 5)."""
    assert not goes_on(line)
    assert subject(line) is None


def test_a_lead_with_its_subject_and_day_opens_a_story() -> None:
    assert opens_story("한울구는 6일 누리병원과 돌봄 협약을 맺었다.")
    assert not opens_story("시는 충전소 부지를 무상으로 빌려준다.")
    assert subject("바다농협은 직매장 두 곳을 새로 연다.") == "바다농협"
