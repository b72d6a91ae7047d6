"""A removed article's sketch tells its text again after an edit, not another article."""

from __future__ import annotations

from mouarchive.resemblance import SAME_ARTICLE, resemblance, sketch

ARTICLE = (
    "다솜군은 3일 군청 소회의실에서 새터대학교와 지역 인재 양성을 위한 업무협약을 맺었다고"
    " 밝혔다. 두 기관은 ▲청년 창업 지원 ▲평생교육 강좌 운영 ▲지역 기업 현장실습에 협력하기로"
    " 했다. 김하늘 군수는 대학과 함께 청년이 머무는 군을 만들겠다고 말했다."
)


def test_an_edited_sentence_leaves_the_article_resembling_itself() -> None:
    edited = ARTICLE.replace("말했다.", "덧붙였다.").replace("3일", "3일 오후")
    assert resemblance(sketch(ARTICLE), sketch(edited)) >= SAME_ARTICLE


def test_a_paragraph_rewritten_leaves_the_article_resembling_itself() -> None:
    """The outlet rewrites the agreed items of a short article (review 54 a2, B2)."""
    edited = ARTICLE.replace(
        "▲청년 창업 지원 ▲평생교육 강좌 운영 ▲지역 기업 현장실습에 협력하기로",
        "▲농촌 일손 돕기 ▲마을 축제 공동 개최 ▲대학생 봉사단 파견을 함께 추진하기로",
    )
    assert resemblance(sketch(ARTICLE), sketch(edited)) >= SAME_ARTICLE


def test_another_report_of_the_same_signing_does_not_resemble_it() -> None:
    other = (
        "새터대학교가 다솜군과 손잡고 청년 창업과 평생교육에 나선다. 대학 측은 군과 맺은"
        " 협약에 따라 내년부터 창업 강좌를 열고 현장실습 기업을 함께 찾기로 했다고 전했다."
    )
    assert resemblance(sketch(ARTICLE), sketch(other)) < SAME_ARTICLE


def test_spacing_and_width_do_not_matter() -> None:
    assert resemblance(sketch(ARTICLE), sketch(ARTICLE.replace(" ", "  "))) == 1.0
