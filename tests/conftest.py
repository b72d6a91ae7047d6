"""Shared pytest set-up: Ctrl-C as a terminal gives it, and where the real seed articles and
our own fixture files live."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]

# A shell without job control starts a background job (`pytest &`, a CI step run with `&`)
# with Ctrl-C ignored, and the programs it starts inherit that: the tests that press Ctrl-C
# on `add` and `reextract` would find it ignored, as a user's terminal never does. Handling
# it here makes every program started from the tests begin with Ctrl-C at its default.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture
def seeds_dir() -> Path:
    """The real articles in ../shared/seeds; tests using them skip where it is absent."""
    path = (REPO_ROOT / ".." / "shared" / "seeds").resolve()
    if not path.is_dir():
        pytest.skip("../shared/seeds is not available")
    return path


@pytest.fixture
def fixtures_dir() -> Path:
    """tests/fixtures: articles and data we wrote ourselves for the tests."""
    return REPO_ROOT / "tests" / "fixtures"
