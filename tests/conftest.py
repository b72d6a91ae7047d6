"""Shared pytest set-up: Ctrl-C as a terminal gives it, and where the real seed articles and
our own fixture files live."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("MOUARCHIVE_SEEDS") or REPO_ROOT / ".." / "shared" / "seeds").resolve()
SEEDS_MISSING = (
    f"needs the five seed articles in {SEEDS} (../shared/seeds beside the repository,"
    " or the folder $MOUARCHIVE_SEEDS names)"
)
"""Why a test of the real seed articles is skipped, naming where they must be: a newcomer's
clone without them saw 30 skips and no reason."""


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line under the results saying how many tests the missing seeds skipped and where
    they must be: skip reasons are shown only with -rs."""
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if SEEDS_MISSING in str(getattr(report, "longrepr", ""))
    ]
    if skipped:
        terminalreporter.write_line(f"{len(skipped)} skipped: {SEEDS_MISSING}")


# A shell without job control starts a background job (`pytest &`, a CI step run with `&`)
# with Ctrl-C ignored, and the programs it starts inherit that: the tests that press Ctrl-C
# on `add` and `reextract` would find it ignored, as a user's terminal never does. Handling
# it here makes every program started from the tests begin with Ctrl-C at its default.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture
def seeds_dir() -> Path:
    """The real articles in ../shared/seeds; tests using them skip where it is absent."""
    if not SEEDS.is_dir():
        pytest.skip(SEEDS_MISSING)
    return SEEDS


@pytest.fixture
def fixtures_dir() -> Path:
    """tests/fixtures: articles and data we wrote ourselves for the tests."""
    return REPO_ROOT / "tests" / "fixtures"


@pytest.fixture
def env_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder for the test's files, whose a.db every command of the test uses (as
    $MOUARCHIVE_DB, the way a user who sets it once works), so a test runs the commands as
    written in the README, without --db."""
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    return tmp_path
