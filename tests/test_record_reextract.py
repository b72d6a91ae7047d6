"""A recorded agreement reads the same after `reextract` when no text changed (newcomer 58,
15). A second record of one article joined the agreement the first had joined through
another outlet's report, while `reextract`, reading that article before the other outlet's,
parted them: the first agreement lost the second's title and was headed "업무협약". An
article's reports now never join one agreement unless the owner merges them."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_cli

# A signing the extractor reads no agreement from, and another outlet's report of it.
MISSED = (
    "수영구 '야경 관광' 새 출발…숙박업계와 손잡아\n\n"
    "수영구 야경 관광 활성화를 위한 첫걸음이 시작됐다.\n\n"
    "구청 대회의실에서 열린 행사에는 솔빛호텔 등 숙박업계 대표 20여 명이 참석했다."
    " 참석자들은 협약서에 서명하며 야경 관광에 뜻을 모았다.\n\n"
    "윤바다 기자\n입력 2024.05.21 10:00\nCopyright © 부산한빛일보\n"
)
TOLD = (
    "수영구-솔빛호텔, 야경 관광 업무협약\n\n"
    "부산 수영구는 21일 구청 대회의실에서 솔빛호텔과 야경 관광 활성화를 위한 업무협약을"
    " 체결했다.\n\n양측은 외국인 관광객 유치에 힘을 모은다.\n\n"
    "한가온 기자\n입력 2024.05.21 15:00\nCopyright © 광안한빛뉴스\n"
)


def _shown(*ids: str) -> list[str]:
    return [run_cli("--no-color", "show", ident).out for ident in ids]


def test_two_records_of_one_article_show_the_same_after_reextract(env_archive: Path) -> None:
    for name, text in (("missed.txt", MISSED), ("told.txt", TOLD)):
        (env_archive / name).write_text(text, encoding="utf-8")
    assert run_cli("add", str(env_archive / "missed.txt"), str(env_archive / "told.txt")).code == 0
    assert run_cli("show", "--article", "1").out.endswith("no agreement found in this article\n")
    parties = ("--party", "수영구", "--party", "솔빛호텔", "--date", "2024-05-21")
    first = run_cli("record", "--article", "1", *parties)
    assert first.out.startswith("article a1: recorded as agreement #1 ")
    second = run_cli("record", "--article", "1", *parties, "--title", "야경 관광 협약")
    assert second.out.startswith("article a1: recorded as agreement #2 ")
    assert "looks like #1 (부산광역시 수영구 · 솔빛호텔, 2024-05-21)" in second.err
    before = _shown("1", "2", "a1", "a2")
    assert before[1].splitlines()[0] == "#2 야경 관광 협약"

    assert run_cli("reextract").code == 0
    assert _shown("1", "2", "a1", "a2") == before

    assert run_cli("merge", "1", "2").code == 0
    merged = _shown("1", "a1", "a2")
    assert merged[0].splitlines()[0] == "#1 야경 관광 협약"
    assert run_cli("reextract").code == 0
    assert _shown("1", "a1", "a2") == merged
