"""Shared pytest fixtures: where the real seed articles and our own fixture files live."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


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
