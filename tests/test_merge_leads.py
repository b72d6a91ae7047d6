"""Reposts of one press release: outlets that print the same lead sentence, one of them with
no date at all, report one signing. The same template told for another signing of the same
partners (another aim, another year, one more partner, a signing made again) stays apart."""

from __future__ import annotations

import json
from pathlib import Path

from curation_archive import Archive

from mouarchive.merge_contents import leads_likeness

TOURISM = "어촌 관광 활성화를 위한"
LITTER = "해양 쓰레기 수거를 위한"


def lead(aim: str = TOURISM, when: str = "", partners: str = "청솔수산업협동조합과") -> str:
    return (
        f"한빛군은 {when}군청 소회의실에서 {partners} {aim} 업무협약을 체결했다고 밝혔다.\n"
        "두 기관은 앞으로 어촌 마을의 체험 상품을 함께 알리기로 했다.\n"
    )


def _archive(tmp_path: Path, *texts: tuple[str, str, str | None]) -> Archive:
    """An archive of the texts, each (file name, text, publication date or None), in order."""
    archive = Archive(tmp_path)
    for name, text, published in texts:
        dated = ("--date", published) if published else ()
        archive.ok("add", "--quiet", *dated, archive.write(f"{name}.txt", text))
    return archive


def _sources(archive: Archive) -> list[list[str]]:
    return sorted(
        sorted(Path(s["path"]).stem for s in agreement["sources"])
        for agreement in archive.agreements()
    )


def test_an_undated_repost_of_the_press_release_joins_the_dated_report(tmp_path: Path) -> None:
    archive = _archive(
        tmp_path,
        ("dated", lead(when="14일 "), "2024-09-14"),
        ("repost", lead(), None),
    )
    (agreement,) = archive.agreements()
    assert len(agreement["sources"]) == 2 and agreement["date"] == "2024-09-14"


def test_the_same_template_for_another_signing_stays_apart(tmp_path: Path) -> None:
    archive = _archive(
        tmp_path,
        ("tourism_2020", lead(when="최근 "), "2020-04-02"),
        ("litter_2024", lead(LITTER, when="최근 "), "2024-09-15"),
        ("litter_undated", lead(LITTER), None),
        ("tourism_again", lead(when="최근 ").replace("체결했다고", "다시 체결했다고"), None),
        ("one_more", lead(partners="청솔수산업협동조합, 누리은행과"), None),
    )
    assert _sources(archive) == [
        ["litter_2024", "litter_undated"],
        ["one_more"],
        ["tourism_2020"],
        ["tourism_again"],
    ]


def test_a_split_of_the_repost_holds_after_reextract(tmp_path: Path) -> None:
    archive = _archive(
        tmp_path, ("dated", lead(when="14일 "), "2024-09-14"), ("repost", lead(), None)
    )
    (together,) = archive.agreements()
    articles = [json.loads(r) for r in archive.ok("export", "--what", "articles").out.splitlines()]
    repost = next(a["id"] for a in articles if any(p.endswith("repost.txt") for p in a["paths"]))
    archive.ok("split", str(together["id"]), "--article", str(repost))
    archive.ok("reextract")
    assert _sources(archive) == [["dated"], ["repost"]]


def test_how_alike_two_leads_are() -> None:
    first = lead().split("\n")[0]
    assert leads_likeness("두 기관은 업무협약을 체결했다.", "두 기관은 업무협약을 체결했다.") == 0
    edited = first.replace("한빛군은", "전남 한빛군은").replace("체결했다고", "맺었다고")
    assert leads_likeness(first, edited) > 0.85
    assert leads_likeness(first, lead(LITTER).split("\n")[0]) == 0
    assert leads_likeness(first, first.replace("체결했다고", "다시 체결했다고")) == 0
