"""Sentences of one article that tell the same signing make one agreement, however each
names its parties. Each a general rule, with our own sentences."""

from __future__ import annotations

from mouarchive.extract.agreements import extract_agreements
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
