"""The command as a shell user meets it: entry points, help, errors and pipes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cli_runner import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_python_dash_m_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mouarchive", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    for command in ("add", "search", "timeline", "show", "export", "info", "reextract"):
        assert command in result.stdout


def test_unknown_command_is_a_one_line_usage_error() -> None:
    result = run_cli("serch", "광주")
    assert result.code == 2
    assert result.err.splitlines()[0].startswith("error: ")
    assert "Traceback" not in result.err


def test_unknown_option_is_a_usage_error() -> None:
    result = run_cli("add", "--frmat", "json", "x.txt")
    assert result.code == 2
    assert "--frmat" in result.err.splitlines()[0]


def test_reading_commands_on_a_fresh_archive_say_so_plainly(tmp_path: Path) -> None:
    db = str(tmp_path / "new.db")
    assert run_cli("--db", db, "info").code == 0
    timeline = run_cli("--db", db, "timeline", "--region", "광주")
    assert timeline.code == 0 and "광주" in timeline.out


def test_closing_the_pipe_early_is_not_an_error(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    run_cli("--db", str(db), "add", "--quiet", str(FIXTURES))
    pipeline = subprocess.run(
        f"{sys.executable} -m mouarchive --db {db} export --what articles --format jsonl"
        " | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert pipeline.returncode == 0
    assert pipeline.stderr == ""


def test_reextract_rebuilds_the_same_agreements(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.db")
    run_cli("--db", db, "add", "--quiet", str(FIXTURES))
    before = run_cli("--db", db, "export", "--what", "agreements", "--format", "jsonl").out
    result = run_cli("--db", db, "reextract")
    assert result.code == 0, result.err
    assert "2 agreements" in result.out
    after = run_cli("--db", db, "export", "--what", "agreements", "--format", "jsonl").out
    assert after == before
    assert len(after.splitlines()) == 2


def test_every_usage_error_is_exactly_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    for args in (
        ["show", "abc"],
        ["show", "999"],
        ["timeline", "--region", "서구"],
        ["timeline", "--since", "2023-13"],
        ["search", ""],
        ["export", "--what", "nothing"],
    ):
        result = run_cli("--db", db, *args)
        assert result.code == 2, args
        assert len(result.err.strip().splitlines()) == 1, (args, result.err)
