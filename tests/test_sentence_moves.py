"""A corrected sentence is found again in a re-read text by the whole sentence, not by its
opening: press releases open several sentences alike ("한편 이번 협약은 …"), and a
correction bound to one must stay with it when cleaning shifts the text (side 52, item 4)."""

from __future__ import annotations

from mouarchive.rebuild import moved

_OPENING = "한편 이번 협약은 지역 농산물의 공동 판로를 넓히고 농가 소득을 높이기 위한 것으로"
_FIRST = f"{_OPENING} 두 기관이 함께 추진한다."
_SECOND = f"{_OPENING} 내년 봄부터 시행된다."
_FURNITURE = "무단전재 및 재배포 금지 | 기사 스크랩 | 글자 크기 | 인쇄하기 | 공유하기\n" * 4


def test_of_two_sentences_opening_alike_the_corrected_one_is_found() -> None:
    body = f"순천시와 순천농협은 7일 시청에서 업무협약을 체결했다.\n{_FIRST}\n{_SECOND}\n"
    old, new = _FURNITURE + body, body
    assert _FIRST[:40] == _SECOND[:40]  # one opening, two sentences
    at = moved(old, new)
    # Cleaning took the furniture off the top: the first sentence now stands nearer the
    # second's old place than its own, which bound a correction of it to the second.
    assert at(old.index(_FIRST)) == new.index(_FIRST)
    assert at(old.index(_SECOND)) == new.index(_SECOND)


def test_a_sentence_whose_words_cleaning_rejoined_is_found_whole() -> None:
    broken = _FIRST.replace("공동 판로", "공동\n판로")
    old = _FURNITURE + f"{_SECOND}\n{broken}\n"
    new = f"{_SECOND}\n{_FIRST}\n"
    assert moved(old, new)(old.index("한편 이번 협약은 지역 농산물의 공동\n")) == new.index(_FIRST)


def test_a_sentence_rewritten_falls_back_to_the_nearest_like_opening() -> None:
    old = f"{_FIRST}\n중간 문장이 하나 있다.\n{_SECOND}\n"
    new = f"{_FIRST}\n중간 문장이 하나 있다.\n{_SECOND.replace('내년 봄', '올해 가을')}\n"
    at = moved(old, new)
    # The second no longer stands whole: its opening is found at both, and the nearer wins.
    assert at(old.index(_SECOND)) == new.index("한편", new.index("중간"))
    assert at(old.index(_FIRST)) == 0
