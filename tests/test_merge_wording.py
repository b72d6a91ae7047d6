"""An agreement's title, kind and place follow a rule a reader can check — the wording most
reports give, then the report out first, then the fuller title — not the order its reports
were added in (newcomer 50, finding 6): two outlets tell the 대전·세종 signing of the 12th
without a year, one naming its "업무협약" at 대전시청, the other its "합의문" at 대전광역시청,
and the agreement took the title, kind and place of whichever was added first. The articles
are our own, in the style of the originals.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from curation_archive import Archive

AGREEMENT = (
    "대전시·세종시, 충청권 상생 손 맞잡는다\n"
    "교통·관광·과학기술 분야 협력 강화\n\n"
    "대전시와 세종시가 충청권 광역 교통망 구축과 관광 활성화를 위해 손을 맞잡았다.\n"
    "이장우 대전시장과 최민호 세종시장은 12일 오후 대전시청에서 '충청권 상생발전을 위한"
    " 업무협약'을 체결했다.\n"
    "양 시는 ▲광역 철도 조기 개통 공동 대응 ▲관광상품 공동 개발 ▲과학기술 인재 교류 등에"
    " 협력하기로 했다.\n"
)
ACCORD = (
    '대전-세종 "행정수도 완성 함께"\n'
    "12일 대전광역시청서 합의문 체결\n\n"
    "최민호 세종특별자치시장은 12일 대전광역시청에서 이장우 대전광역시장을 만나 '대전·세종"
    " 상생발전 합의문'을 체결했다.\n"
    "두 단체장은 행정수도 완성과 광역 교통망 확충에 뜻을 모으고 공동 노력하기로 했다.\n"
    '최 시장은 "두 도시가 함께 충청권 발전을 이끌겠다"고 말했다.\n'
)
ACCORD_AGAIN = (
    "세종·대전 상생발전 합의\n\n"
    "세종특별자치시와 대전광역시는 12일 대전광역시청에서 '대전·세종 상생발전 합의문'에"
    " 서명했다고 밝혔다.\n"
    "두 도시는 행정수도 완성에 힘을 모으기로 했다.\n"
)
TEXTS = {"agreement": AGREEMENT, "accord": ACCORD, "accord_again": ACCORD_AGAIN}


def _archive(tmp_path: Path, runs: list[list[str]]) -> Archive:
    """An archive the named articles were added to, one `add` per list."""
    archive = Archive(tmp_path)
    for names in runs:
        paths = [archive.write(f"{name}.txt", TEXTS[name]) for name in names]
        archive.ok("add", "--quiet", *paths)
    return archive


def _held(archive: Archive) -> list[tuple]:
    """Each agreement as its articles, date, title, kind and place: what the order of
    arrival must not change."""
    return sorted(
        (
            tuple(sorted(Path(s["path"]).stem for s in agreement["sources"])),
            agreement["date"],
            agreement["title"],
            agreement["kind"],
            agreement["place"],
        )
        for agreement in archive.agreements()
    )


@pytest.mark.parametrize("order", [("agreement", "accord"), ("accord", "agreement")])
def test_title_kind_and_place_do_not_depend_on_which_outlet_came_first(
    tmp_path: Path, order: tuple[str, str]
) -> None:
    """Each outlet once: the fuller title, and the kind and place of the report it is from."""
    (agreement,) = _held(_archive(tmp_path, [list(order)]))
    assert agreement[0] == ("accord", "agreement")
    assert agreement[2:] == ("충청권 상생발전을 위한 업무협약", "업무협약", "대전시청")


@pytest.mark.parametrize(
    "order", list(itertools.permutations(("agreement", "accord", "accord_again")))
)
def test_the_wording_most_outlets_give_names_the_agreement(
    tmp_path: Path, order: tuple[str, ...]
) -> None:
    (agreement,) = _held(_archive(tmp_path, [list(order)]))
    assert len(agreement[0]) == 3
    assert agreement[2:] == ("대전·세종 상생발전 합의문", "합의문", "대전광역시청")
