"""Words that stand where a partner would and name none: a kind of body, not one body."""

from __future__ import annotations

import pytest

from mouarchive.extract.parties import find_parties


def names(text: str) -> list[str]:
    return [p.name for p in find_parties(text)]


@pytest.mark.parametrize(
    ("sentence", "signed"),
    [
        ("한빛군은 17일 5개 우량기업과 투자협약을 체결했다.", ["한빛군"]),
        ("한빛초등학교가 남도 지역 초등학교와 자매결연을 맺었다.", ["한빛초등학교"]),
        ("한빛도는 누리경찰청, 지역의료원과 업무협약을 체결했다.", ["한빛도", "누리경찰청"]),
    ],
)
def test_a_kind_of_body_is_no_partner(sentence: str, signed: list[str]) -> None:
    assert names(sentence) == signed
