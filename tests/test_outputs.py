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


def _on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the command with its output on a pseudo-terminal; return what reached it."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "mouarchive", *args],
        stdin=subprocess.DEVNULL,
        stdout=secondary,
        stderr=secondary,
        env={**os.environ, "TERM": "xterm", "COLUMNS": "100", **env},
    )
    os.close(secondary)
    seen = b""
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=30)
    os.close(main)
    return seen.decode("utf-8", "replace")


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
