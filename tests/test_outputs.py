"""Every listing in every format it makes sense in: `--format`, `--excel` on every CSV,
`--limit` on the timeline, and a pager for long tables on a terminal (never in a pipe)."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli
from terminal import on_a_terminal

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
BOM = "\ufeff"

CSV_COMMANDS = [
    ["search", "협약"],
    ["timeline"],
    ["partners", "--region", "부산"],
    ["stats"],
    ["export"],
    ["info"],
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("outputs") / "archive.db")
    added = run_cli("--db", path, "add", "--quiet", "--date", "2024-03-14", str(FIXTURES))
    assert added.code == 0, added.err
    return path


@pytest.mark.parametrize("command", CSV_COMMANDS, ids=lambda c: c[0])
def test_every_csv_takes_excel(db: str, command: list[str]) -> None:
    plain = run_cli("--db", db, *command, "--format", "csv")
    excel = run_cli("--db", db, *command, "--format", "csv", "--excel")
    assert plain.code == excel.code == 0, excel.err
    assert not plain.out.startswith(BOM)
    assert excel.out == BOM + plain.out
    assert len(list(csv.reader(io.StringIO(plain.out)))) >= 2


def test_review_and_corrections_csv_take_excel(tmp_path: Path) -> None:
    """The owner's lists are CSVs too: without dates the articles' agreements have no
    year (review lists them), and one fix makes a correction to list."""
    db = str(tmp_path / "archive.db")
    assert run_cli("--db", db, "add", "--quiet", str(FIXTURES)).code == 0
    assert run_cli("--db", db, "fix", "1", "--place", "시청 대회의실").code == 0
    for command in (["review"], ["corrections"]):
        plain = run_cli("--db", db, *command, "--format", "csv")
        excel = run_cli("--db", db, *command, "--format", "csv", "--excel")
        assert plain.code == excel.code == 0, excel.err
        assert excel.out == BOM + plain.out and not plain.out.startswith(BOM)
        assert len(list(csv.reader(io.StringIO(plain.out)))) >= 2, command
        refused = run_cli("--db", db, *command, "--excel")
        assert (refused.code, refused.err) == (2, "error: --excel applies to --format csv\n")


@pytest.mark.parametrize("command", CSV_COMMANDS, ids=lambda c: c[0])
def test_excel_without_csv_is_a_usage_error(db: str, command: list[str]) -> None:
    result = run_cli("--db", db, *command, "--excel")
    assert result.code == 2
    assert result.err == "error: --excel applies to --format csv\n"


def test_info_and_stats_in_json_and_csv(db: str) -> None:
    info = json.loads(run_cli("--db", db, "info", "--format", "json").out)
    assert info["articles"] == 3 and info["database"].endswith("archive.db")
    rows = list(csv.DictReader(io.StringIO(run_cli("--db", db, "info", "--format", "csv").out)))
    assert {"name": "agreements", "value": str(info["agreements"])} in rows
    stats = list(csv.DictReader(io.StringIO(run_cli("--db", db, "stats", "--format", "csv").out)))
    assert {"section": "archive", "name": "articles", "value": "3"} in stats
    assert {"section": "coverage", "name": "articles_without_agreement", "value": "1"} in stats
    assert any(row["section"] == "top_regions" and row["name"] == "부산광역시" for row in stats)


def test_timeline_limit(db: str) -> None:
    everything = json.loads(run_cli("--db", db, "timeline", "--format", "json").out)
    assert len(everything) == 2
    first = json.loads(run_cli("--db", db, "timeline", "--limit", "1", "--format", "json").out)
    assert first == everything[:1]
    table = run_cli("--db", db, "timeline", "--limit", "1").out
    assert table.startswith("2 agreements · all agreements")
    assert f"#{everything[0]['id']}" in table and f"#{everything[1]['id']}" not in table
    assert "showing the first 1 of 2; see --limit" in table


def test_limit_zero_shows_everything_as_review_does(db: str) -> None:
    """`--limit 0` showed nothing in `timeline` and `search` ("showing the first 0 of 2") but
    everything in `review`: one meaning now, every listing."""
    result = run_cli("--db", db, "timeline", "--limit", "0")
    assert (result.code, result.err) == (0, "")
    everything = json.loads(run_cli("--db", db, "timeline", "--format", "json").out)
    assert all(f"#{agreement['id']}" in result.out for agreement in everything)
    assert "showing the first" not in result.out
    hits = json.loads(run_cli("--db", db, "search", "협약", "--limit", "0", "--format", "json").out)
    assert len(hits) == len(
        json.loads(run_cli("--db", db, "search", "협약", "--format", "json").out)
    )
    assert hits


def _on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the command with its output on a pseudo-terminal; return what reached it."""
    return on_a_terminal(args, {"COLUMNS": "100", **env})[1]


def test_long_output_on_a_terminal_goes_through_the_pager(db: str, tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open({str(paged)!r}, 'w').write(sys.stdin.read())\""
    env = {"PAGER": pager}
    screen = _on_a_terminal(["--db", db, "timeline"], env)
    assert "부산광역시" in paged.read_text() and "부산광역시" not in screen
    paged.unlink()
    screen = _on_a_terminal(["--db", db, "timeline", "--no-pager"], env)
    assert not paged.exists() and "부산광역시" in screen
    piped = subprocess.run(
        [sys.executable, "-m", "mouarchive", "--db", db, "timeline"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )
    assert not paged.exists() and "부산광역시" in piped.stdout


def test_without_pager_set_the_pager_is_less_frx(db: str, tmp_path: Path) -> None:
    """No $PAGER: `less -FRX`, which quits at once when the text fits one screen."""
    called = tmp_path / "called.txt"
    (tmp_path / "less").write_text(
        f"#!/bin/sh\necho \"$@\" > '{called}'\ncat >> '{called}'\n", encoding="utf-8"
    )
    (tmp_path / "less").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "PAGER"}
    env["PATH"] = f"{tmp_path}{os.pathsep}{env['PATH']}"
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "mouarchive", "--db", db, "timeline"],
        stdin=subprocess.DEVNULL,
        stdout=secondary,
        stderr=secondary,
        env={**env, "TERM": "xterm"},
    )
    os.close(secondary)
    while select.select([main], [], [], 30)[0]:
        try:
            if not os.read(main, 65536):
                break
        except OSError:
            break
    process.wait(timeout=30)
    os.close(main)
    arguments, *shown = called.read_text(encoding="utf-8").splitlines()
    assert arguments == "-FRX"
    assert any("부산광역시" in line for line in shown)
