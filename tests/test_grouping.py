"""Sentences of one article that tell the same signing make one agreement, however each
names its parties. Each a general rule, with our own sentences."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.signing_context import REFERENCE_RE
from mouarchive.models import Article, PartialDate


def test_a_signing_told_again_with_a_party_written_short_is_one_agreement():
    body = (
        "세종시- 한빛관리소- 대전마케팅공사가 11일 컨벤션센터에서 기획전시 활성화를 위한 "
        "업무협약을 체결했다.\n"
        "세종시가 11일 컨벤션센터에서 한빛관리소, 대전 마케팅공사와 기획전시 활성화를 위한 "
        "공동업무협약을 체결했다.\n"
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2015, 6, 12))
    )
    assert {"세종특별자치시", "대전마케팅공사"} <= {p.name for p in report.parties}
    assert report.date == PartialDate(2015, 6, 11)


@pytest.mark.parametrize(
    "opening",
    ["이번 협약은 ", "이번 자매결연 협약은 ", "이번 투자협약으로 ", "업무협약을 통해 "],
)
def test_this_agreement_named_with_its_kind_refers_back_to_the_signing_just_told(opening: str):
    assert REFERENCE_RE.search(opening + "누리농협과 한빛유통이 판로를 넓히기로 했다.")
    assert not REFERENCE_RE.search("누리농협과 한빛유통이 " + opening)
