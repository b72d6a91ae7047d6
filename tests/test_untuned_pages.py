"""Pages from outlets nobody tuned for: their datelines read, their furniture never content.

Every article here is our own, written in the style of such pages.
"""

from __future__ import annotations

from mouarchive.models import PartialDate
from mouarchive.text.pipeline import parse_articles

LEAD = "새봄시는 11일 한결대학교와 청년 창업 지원을 위한 업무협약을 체결했다고 12일 밝혔다."
MORE = "이번 협약에 따라 양 기관은 창업 공간을 함께 운영하고 청년 창업가의 교육을 지원하기로 했다."
TITLE = "새봄시, 한결대학교와 청년 창업 지원 업무협약"


def _one(page: str):
    (article,) = parse_articles(page)
    return article


def test_stamp_and_reporter_on_one_line():
    """ "기사입력 … | 홍길동 기자": the stamp dates the article, the rest names its reporter and
    is no subheadline."""
    article = _one(f"{TITLE}\n기사입력 2023-10-12 09:32 | 홍길동 기자\n\n{LEAD}\n\n{MORE}\n")
    assert article.published == PartialDate(2023, 10, 12)
    assert article.reporter == "홍길동"
    assert article.title == TITLE
    assert not article.subtitle
    assert article.body.startswith(LEAD)


def test_published_stamp_not_edited_one_beside_the_reporter():
    article = _one(
        f"{TITLE}\n입력 2019.05.23 | 수정 2019.05.24 | 김누리 기자\n\n{LEAD}\n\n{MORE}\n"
    )
    assert article.published == PartialDate(2019, 5, 23)
    assert article.reporter == "김누리"
    assert not article.subtitle
