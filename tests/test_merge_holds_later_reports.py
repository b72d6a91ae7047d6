"""An owner's merge holds every later report of its signings (review 59 b, 1). The rule that
an article's reports never join one agreement (newcomer 58, 15) yields to a merge: an
article added after it, telling both signings the owner made one, joins the merged
agreement with both its reports, through `reextract` too, and undoing the merge gives two
agreements, each with that article, never a third beside them."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_cli

# One outlet tells two signings of one day; two more each tell one; a fourth, added after
# the owner merged the two, tells both in one sentence again.
BOTH = (
    "가람시, 솔빛대·온누리전자와 잇단 협약\n\n"
    "가람시는 12일 시청 소회의실에서 솔빛대학교와 지역 인재 양성 협약을 맺고,"
    " 온누리전자와도 반도체 부품 공급 협약을 체결했다.\n\n"
    '시 관계자는 "두 협약으로 일자리가 늘 것"이라고 말했다.\n\n'
    "문새벽 기자\n입력 2024.06.12 17:00\nCopyright © 가람한빛일보\n"
)
FIRST = (
    "가람시-솔빛대학교, 지역 인재 양성 협약\n\n"
    "가람시는 12일 솔빛대학교와 지역 인재 양성을 위한 협약을 체결했다.\n\n"
    "양 기관은 장학 제도를 함께 만든다.\n\n"
    "길하늘 기자\n입력 2024.06.12 18:00\nCopyright © 솔빛경제\n"
)
SECOND = (
    "가람시-온누리전자, 반도체 부품 공급 협약\n\n"
    "가람시는 12일 온누리전자와 반도체 부품 공급 협약을 체결했다.\n\n"
    "회사는 시에 공장을 세운다.\n\n"
    "나봄 기자\n입력 2024.06.12 19:00\nCopyright © 누리데일리\n"
)
LATER = (
    "가람시, 인재 양성·부품 공급 협약 잇따라\n\n"
    "가람시는 12일 시청 소회의실에서 솔빛대학교와 지역 인재 양성 업무협약을 맺고,"
    " 온누리전자와도 반도체 부품 공급 업무협약을 체결했다.\n\n"
    "시는 두 기관과 채용 설명회도 연다.\n\n"
    "여울 기자\n입력 2024.06.12 21:00\nCopyright © 새벽뉴스\n"
)


def _agreement_lines(archive: Path) -> list[str]:
    """The timeline's agreement lines: each ends with its id."""
    out = run_cli("--no-color", "timeline").out
    return [line.strip() for line in out.splitlines() if "2024-06-12" in line]


def _write(archive: Path, name: str, text: str) -> str:
    (archive / name).write_text(text, encoding="utf-8")
    return str(archive / name)


def test_an_article_added_after_a_merge_joins_the_merged_agreement(env_archive: Path) -> None:
    files = [_write(env_archive, n, t) for n, t in (("a.txt", BOTH), ("b.txt", FIRST))]
    files.append(_write(env_archive, "c.txt", SECOND))
    assert run_cli("add", *files).code == 0
    assert len(_agreement_lines(env_archive)) == 2
    assert run_cli("merge", "1", "2").code == 0
    merged = ["2024-06-12 가람시 · 솔빛대학교 · 온누리전자  #1"]
    assert _agreement_lines(env_archive) == merged

    assert run_cli("add", _write(env_archive, "d.txt", LATER)).code == 0
    assert _agreement_lines(env_archive) == merged
    assert "새벽뉴스" in run_cli("--no-color", "show", "1").out
    assert run_cli("review").out == "nothing to review\n"

    again = run_cli("reextract")
    assert again.out.startswith("4 articles → 1 agreement,")
    assert _agreement_lines(env_archive) == merged

    assert run_cli("corrections", "--undo", "1").code == 0
    parted = _agreement_lines(env_archive)
    assert parted == ["2024-06-12 가람시 · 솔빛대학교  #1", "2024-06-12 가람시 · 온누리전자  #2"]
    for ident in ("1", "2"):
        assert "새벽뉴스" in run_cli("--no-color", "show", ident).out
