"""Reposts of one press release: outlets that print the same lead sentence, one of them with
no date at all, report one signing; the same parties told in other words stay apart."""

from __future__ import annotations

import json
from pathlib import Path

from curation_archive import Archive

from mouarchive.merge_contents import leads_alike

LEAD = (
    "한빛군은 청솔수산업협동조합과 어촌 관광 활성화와 수산물 판로 확대를 위한 업무협약을 "
    "군청 소회의실에서 체결했다고 밝혔다."
)
DATED = (
    f"{LEAD.replace('군청', '14일 군청')}\n"
    "협약에 따라 두 기관은 어촌체험 프로그램을 함께 운영하고 수산물 직거래 장터를 연다.\n"
)
REPOST = f"{LEAD}\n두 기관은 앞으로 어촌 마을의 체험 상품을 함께 알리기로 했다.\n"
OTHER = (
    "청솔수산업협동조합이 한빛군과 손잡고 바다 쓰레기 수거에 나선다. 조합은 한빛군과 "
    "해양 환경 정화 협약을 맺고 폐어구 수거 사업을 벌이기로 했다.\n"
    "조합원 200여 명이 매달 한 차례 해안 정화 활동에 참여한다.\n"
)


def _archive(tmp_path: Path, texts: dict[str, str]) -> Archive:
    archive = Archive(tmp_path)
    for name, text in texts.items():
        archive.ok("add", "--quiet", archive.write(f"{name}.txt", text))
    return archive


def test_an_undated_repost_of_the_press_release_joins_the_dated_report(tmp_path: Path) -> None:
    archive = _archive(tmp_path, {"dated": DATED, "repost": REPOST})
    (agreement,) = archive.agreements()
    assert len(agreement["sources"]) == 2 and agreement["date_text"] == "14일"


def test_the_same_parties_told_in_other_words_stay_apart(tmp_path: Path) -> None:
    archive = _archive(tmp_path, {"repost": REPOST, "other": OTHER})
    assert len(archive.agreements()) == 2


def test_a_split_of_the_repost_holds_after_reextract(tmp_path: Path) -> None:
    archive = _archive(tmp_path, {"dated": DATED, "repost": REPOST})
    (together,) = archive.agreements()
    articles = [json.loads(r) for r in archive.ok("export", "--what", "articles").out.splitlines()]
    repost = next(a["id"] for a in articles if any(p.endswith("repost.txt") for p in a["paths"]))
    archive.ok("split", str(together["id"]), "--article", str(repost))
    archive.ok("reextract")
    assert sorted(len(a["sources"]) for a in archive.agreements()) == [1, 1]


def test_a_short_formula_is_never_the_same_words() -> None:
    assert not leads_alike("두 기관은 업무협약을 체결했다.", "두 기관은 업무협약을 체결했다.")
    edited = LEAD.replace("한빛군은", "전남 한빛군은").replace("체결했다고", "맺었다고")
    assert leads_alike(LEAD, edited)
    assert not leads_alike(LEAD, OTHER.split("\n")[0])
