"""One signing reported many times over: every report stays a source of the agreement, and
adding each costs the same however many came before it (a file of a thousand pasted copies
of one signing took time in the square of its size)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mouarchive.store import refresh
from tests.cli_runner import run_cli

COPY = """가온시, 누리전자와 반도체 공장 투자협약

가온시는 12일 시청에서 누리전자와 2천억원 규모의 반도체 공장 투자협약을 체결했다고 밝혔다.

협약에 따라 누리전자는 가온일반산업단지에 공장을 짓고 직원 300명을 새로 뽑는다.

독자{n} 기자
"""


def test_each_report_of_a_much_told_signing_costs_no_more_than_the_first_ones(
    env_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copies = 3 * refresh.READ_REPORTS
    folder = env_archive / "copies"
    folder.mkdir()
    for n in range(copies):
        (folder / f"{n:03d}.txt").write_text(COPY.format(n=n), encoding="utf-8")
    loaded: list[int] = []
    real_load = refresh.load_report

    def counting_load(db, report_id):
        loaded.append(report_id)
        return real_load(db, report_id)

    monkeypatch.setattr(refresh, "load_report", counting_load)

    assert run_cli("add", str(folder)).code == 0

    shown = json.loads(run_cli("show", "1", "--format", "json").out)
    assert len(shown["sources"]) == copies
    assert shown["parties"] == ["가온시", "누리전자"]
    assert shown["investment_krw"] == 200_000_000_000
    assert run_cli("show", "2").code != 0
    assert len(loaded) <= copies * refresh.READ_REPORTS


RECENT = """가온시, 누리전자와 반도체 공장 투자협약
입력 {day} 10:00

가온시는 최근 시청에서 누리전자와 2천억원 규모의 반도체 공장 투자협약을 체결했다고 밝혔다.

독자{n} 기자
"""


def test_a_report_beyond_those_read_still_moves_the_agreement_s_first_day(
    env_archive: Path,
) -> None:
    folder = env_archive / "copies"
    folder.mkdir()
    for n in range(refresh.READ_REPORTS + 5):
        (folder / f"{n:03d}.txt").write_text(RECENT.format(n=n, day="2024.05.20"), "utf-8")
    assert run_cli("add", str(folder)).code == 0
    assert "2024-05 이전" in run_cli("timeline").out

    earlier = env_archive / "earlier.txt"
    earlier.write_text(RECENT.format(n=99, day="2024.04.22"), encoding="utf-8")
    assert run_cli("add", str(earlier)).code == 0

    shown = run_cli("timeline").out
    assert "2024-04 이전" in shown
    assert f"출처 {refresh.READ_REPORTS + 6}건" in shown


UNDATED = """가온시, 누리전자와 반도체 공장 투자협약

가온시는 시청에서 누리전자와 반도체 공장 투자협약을 체결했다고 밝혔다.

독자{n} 기자
"""

DATED = """가온시, 누리전자와 반도체 공장 투자협약
입력 2024.05.13 10:00

가온시는 12일 시청에서 누리전자와 반도체 공장 투자협약을 체결했다고 13일 밝혔다.

협약에 따라 양측은 ▲공장 부지 제공 ▲지역 인재 채용 ▲행정 지원에 협력한다.

독자99 기자
"""


def test_the_report_that_tells_most_is_read_however_many_came_before_it(
    env_archive: Path,
) -> None:
    folder = env_archive / "copies"
    folder.mkdir()
    for n in range(refresh.READ_REPORTS + 5):
        (folder / f"{n:03d}.txt").write_text(UNDATED.format(n=n), encoding="utf-8")
    assert run_cli("add", str(folder)).code == 0
    dated = env_archive / "dated.txt"
    dated.write_text(DATED, encoding="utf-8")
    assert run_cli("add", str(dated)).code == 0

    shown = json.loads(run_cli("show", "1", "--format", "json").out)
    assert len(shown["sources"]) == refresh.READ_REPORTS + 6
    assert shown["date"] == "2024-05-12"
    assert len(shown["clauses"]) == 3


OTHER = """가온시, 한별바이오와 투자협약

가온시는 20일 시청에서 한별바이오와 투자협약을 체결했다고 밝혔다.

독자 기자
"""


def test_a_signing_merged_into_a_much_told_one_keeps_its_party(env_archive: Path) -> None:
    folder = env_archive / "copies"
    folder.mkdir()
    for n in range(refresh.READ_REPORTS + 5):
        (folder / f"{n:03d}.txt").write_text(COPY.format(n=n), encoding="utf-8")
    other = env_archive / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    assert run_cli("add", str(folder), str(other)).code == 0
    assert run_cli("merge", "1", "2").code == 0

    shown = json.loads(run_cli("show", "1", "--format", "json").out)
    assert "한별바이오" in shown["parties"]


PLANNED = """가온시, 누리전자와 투자협약 예정

가온시는 오는 12일 시청에서 누리전자와 반도체 공장 투자협약을 체결할 예정이다.

독자{n} 기자
"""


def test_a_report_of_the_signing_done_outweighs_many_previews(env_archive: Path) -> None:
    folder = env_archive / "previews"
    folder.mkdir()
    for n in range(refresh.READ_REPORTS + 2):
        (folder / f"{n:03d}.txt").write_text(PLANNED.format(n=n), encoding="utf-8")
    assert run_cli("add", "--date", "2024-05-08", str(folder)).code == 0
    done = env_archive / "done.txt"
    done.write_text(
        PLANNED.replace("오는 12일", "12일").replace("체결할 예정이다", "체결했다"), "utf-8"
    )
    assert run_cli("add", "--date", "2024-05-13", str(done)).code == 0

    shown = json.loads(run_cli("show", "1", "--format", "json").out)
    assert (shown["status"], len(shown["sources"])) == ("signed", refresh.READ_REPORTS + 3)
