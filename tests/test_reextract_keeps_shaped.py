"""`reextract` keeps the grouping of an agreement the owner shaped by hand (review 59 b, 4).
The rule that an article's reports never join one agreement (newcomer 58, 15) parted, at
the next `reextract` and without a word, an article's second signing from the agreement the
owner had fixed, and from the one a split had moved the article to. A fixed or split
agreement takes every report that matches it, and a split holds an article's reports
together, as the owner left them."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_cli

# Three outlets tell one signing, one of them with a third party; a fourth, a year on,
# tells it again and, in a later paragraph, another signing of that day with the third.
FIRST = (
    "온빛군-새결식품, 발효식품 산업 업무협약\n\n"
    "온빛군은 4일 군청 상황실에서 새결식품과 발효식품 산업 육성을 위한 업무협약을 체결했다.\n\n"
    "양측은 장류 연구에 힘을 모은다.\n\n"
    "한솔 기자\n입력 2024.04.04 10:00\nCopyright © 온빛신문\n"
)
THREE = (
    "온빛군, 새결식품·가온제약과 발효식품 맞손\n\n"
    "온빛군은 4일 군청 상황실에서 새결식품과 발효식품 산업 육성을 위한 업무협약을 체결했다.\n\n"
    "협약에 따라 새결식품은 온빛 농공단지에 공장을 세운다.\n\n"
    "이날 협약식에는 가온제약도 참여해 온빛군, 새결식품, 가온제약 3자가 발효식품 산업 육성"
    " 업무협약서에 서명했다.\n\n"
    "배나래 기자\n입력 2024.04.04 14:00\nCopyright © 새결뉴스\n"
)
AGAIN = (
    "온빛군, 발효식품 기업 유치 속도\n\n"
    "온빛군이 발효식품 기업 유치에 속도를 내고 있다.\n\n"
    "군은 4일 군청 상황실에서 새결식품과 발효식품 산업 육성을 위한 업무협약을 맺었다.\n\n"
    "모래 기자\n입력 2024.04.05 09:00\nCopyright © 푸른경제\n"
)
YEAR_ON = (
    "[기획] 온빛 발효식품 1년\n\n"
    "온빛군은 2024년 4월 4일 새결식품과 발효식품 산업 육성 업무협약을 체결했다.\n\n"
    "당시 양측은 공장 설립에 합의했다.\n\n"
    "온빛군과 새결식품은 4일 협약식에서 업무협약서에 서명했다.\n\n"
    "또 온빛군은 같은 날 가온제약과 원유 공급 협약을 맺었다.\n\n"
    "단비 기자\n입력 2024.04.06 09:00\nCopyright © 누리일보\n"
)


def _agreement_lines() -> list[str]:
    out = run_cli("--no-color", "timeline").out
    return [line.strip() for line in out.splitlines() if "2024-04-04" in line]


def _add(archive: Path, *texts: tuple[str, str]) -> None:
    for name, text in texts:
        (archive / name).write_text(text, encoding="utf-8")
    assert run_cli("add", *(str(archive / name) for name, _ in texts)).code == 0


def _fixed(archive: Path) -> None:
    _add(archive, ("a.txt", FIRST), ("b.txt", THREE), ("c.txt", AGAIN))
    assert len(_agreement_lines()) == 1
    assert run_cli("fix", "1", "--title", "온빛군 발효식품 협약").code == 0
    _add(archive, ("d.txt", YEAR_ON))


def test_a_fixed_agreement_keeps_a_later_articles_two_reports(env_archive: Path) -> None:
    _fixed(env_archive)
    shaped = _agreement_lines()
    assert shaped == ["2024-04-04 온빛군 · 새결식품 · 가온제약  #1"]

    assert run_cli("reextract").out.startswith("4 articles → 1 agreement,")
    assert _agreement_lines() == shaped
    assert run_cli("review").out == "nothing to review\n"


def test_a_split_keeps_the_articles_reports_together(env_archive: Path) -> None:
    _fixed(env_archive)
    assert run_cli("split", "1", "--article", "4").code == 0
    shaped = _agreement_lines()
    assert shaped[1] == "2024-04-04 온빛군 · 새결식품 · 가온제약  #2"
    assert "누리일보" in run_cli("--no-color", "show", "2").out

    assert run_cli("reextract").out.startswith("4 articles → 2 agreements,")
    assert _agreement_lines() == shaped
    assert run_cli("review").out == "nothing to review\n"
