"""A corrected sentence is found again in a re-read text by the whole sentence, not by its
opening: press releases open several sentences alike ("한편 이번 협약은 …"), and a
correction bound to one must stay with it when cleaning shifts the text (side 52, item 4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from curation_archive import Archive

from mouarchive import preparing
from mouarchive.rebuild import moved
from mouarchive.text.pipeline import parse_articles

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


TWO_ALIKE = (
    "광주·전남, 에너지 기관들과 잇따라 협약\n\n"
    "광주광역시와 전라남도는 12일 광주시청 3층 비즈니스룸에서 에너지 신산업 육성을 위한"
    " 업무협약을 한국전력공사와 체결했다. 세 기관은 전력 신기술 실증과 인력 양성에 협력한다.\n\n"
    "이어 오후에는 나주 혁신도시로 자리를 옮겨 지역 상생 방안을 논의했다. 참석자들은 공공기관"
    " 이전 효과를 지역 전체로 넓히자는 데 뜻을 모았다.\n\n"
    "광주광역시와 전라남도는 12일 광주시청 3층 비즈니스룸에서 에너지 신산업 육성을 위한"
    " 업무협약을 한국전력거래소와도 맺었다. 양측은 전력 수급 데이터 공유에 힘을 모은다.\n"
)


def test_a_fix_stays_with_its_signing_when_cleaning_shifts_two_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two signing sentences of one article open alike for 60 characters; cleaning that
    improved takes a block of furniture off the top. The fix of the first signing went to
    the second, whose opening stood nearer the first's old place."""

    def older_cleaning(raw: str, headlines: Sequence[str] = ()) -> list:
        return [replace(a, body=_FURNITURE + a.body) for a in parse_articles(raw, headlines)]

    archive = Archive(tmp_path)
    with monkeypatch.context() as older:
        older.setattr(preparing, "parse_articles", older_cleaning)
        archive.ok("add", "--date", "2025-03-12", archive.write("energy.txt", TWO_ALIKE))
    partners = {a["id"]: a["parties"][-1] for a in archive.agreements()}
    assert partners == {1: "한국전력공사", 2: "한국전력거래소"}
    archive.ok("fix", "1", "--title", "한전 에너지 신산업 협약")

    archive.ok("reextract")

    shown = {a["id"]: (a["parties"][-1], a["title"]) for a in archive.agreements()}
    assert shown[1] == ("한국전력공사", "한전 에너지 신산업 협약")
    assert shown[2][1] != "한전 에너지 신산업 협약"
