"""Two outlets' prints of one press release are two articles (newcomer 49, finding 2).

Articles were found again by their text alone, so the second outlet's print of a 보도자료
was taken for the first's: its outlet, headline, reporter and date were lost without a word,
and a release reused a year later lost that year's signing.
"""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli

BODY = [
    "여수시와 광양시는 20일 여수시청에서 광양만권 수소 배관망 공동 구축을 위한 업무협약을"
    " 체결했다.",
    "두 시는 ▲수소 배관망 공동 설계 ▲충전소 부지 확보 ▲관련 기업 공동 유치에 협력하기로 했다.",
    '정기명 여수시장은 "광양만권이 수소 경제의 중심이 되도록 함께 뛰겠다"고 말했다.',
]


def _print(folder: Path, name: str, head: list[str], foot: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join([*head, *BODY, *foot]), encoding="utf-8")
    return path


def _two_outlets(folder: Path, second_date: str) -> tuple[Path, Path]:
    first = _print(
        folder,
        "gwangyang.txt",
        ["여수시·광양시, 수소 배관망 공동 구축 협약", "입력 2024.05.21 15:00"],
        ["박바다 기자 bada@gwangyang.example", "Copyright © 광양만신문. 무단전재 및 재배포 금지."],
    )
    second = _print(
        folder,
        "jeonnam.txt",
        ['여수-광양 "수소 배관망 함께 깐다"', f"기사입력 {second_date} 09:30"],
        ["이섬진 기자 seom@jn.example", "<저작권자 © 전남새뉴스, 무단 전재 및 재배포 금지>"],
    )
    return first, second


def test_two_outlets_prints_are_two_sources_of_one_agreement(env_archive: Path) -> None:
    first, second = _two_outlets(env_archive, "2024-05-22")
    added = run_cli("add", str(first), str(second))
    assert added.code == 0
    assert "2 articles added" in added.out
    timeline = run_cli("timeline").out
    assert "출처 2건: 광양만신문, 전남새뉴스" in timeline
    assert timeline.count("2024-05-20 전라남도 여수시 · 전라남도 광양시") == 1
    found = run_cli("search", "배관망", "--outlet", "전남새뉴스").out
    assert '여수-광양 "수소 배관망 함께 깐다"' in found
    shown = run_cli("show", "a2").out.splitlines()
    assert shown[1].startswith("전남새뉴스 · 2024-05-22 · 이섬진")
    assert run_cli("reextract").code == 0
    assert "출처 2건: 광양만신문, 전남새뉴스" in run_cli("timeline").out


def test_a_release_reused_a_year_on_is_another_signing(env_archive: Path) -> None:
    first, second = _two_outlets(env_archive, "2025-05-22")
    assert "2 articles added" in run_cli("add", str(first), str(second)).out
    timeline = run_cli("timeline").out
    assert "2024-05-20 전라남도 여수시 · 전라남도 광양시" in timeline
    assert "2025-05-20 전라남도 여수시 · 전라남도 광양시" in timeline


def test_the_same_print_respaced_is_one_article(env_archive: Path) -> None:
    first, _ = _two_outlets(env_archive, "2024-05-22")
    spaced = env_archive / "spaced.txt"
    spaced.write_text(first.read_text(encoding="utf-8").replace(" ", "  "), encoding="utf-8")
    added = run_cli("add", str(first), str(spaced))
    assert "1 article added, 1 already in the archive" in added.out
