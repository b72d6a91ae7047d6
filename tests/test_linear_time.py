"""Hostile text takes time in proportion to its length (issue 9: no input may take unbounded
time).

Not a benchmark (`benchmarks/pathological.py` is): what this guards against is a stage that
reads the text again from every letter, word or sentence. Such stages turned 100 KB without
spaces into two minutes and 1 MB into hours; each kind below now takes well under a second.
CPython's regex engine counts no steps and most of those stages were regexes, so elapsed
time is the one measure that sees them: the texts are large enough that a quadratic stage
would take minutes, and the bound leaves a loaded machine twenty times today's time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "pathological.py"
SIZE = 200_000
BOUND = 20.0  # seconds per kind

_RUN = r"""
import importlib.util, json, sys, time
spec = importlib.util.spec_from_file_location("pathological", sys.argv[1])
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
from mouarchive.extract.agreements import extract_agreements
from mouarchive.text.pipeline import parse_articles
for kind, unit in bench.KINDS.items():
    text = bench.text_of(unit, int(sys.argv[2])).decode("utf-8")
    start = time.perf_counter()
    reports = sum(len(extract_agreements(a)) for a in parse_articles(text))
    print(json.dumps([kind, time.perf_counter() - start, reports]), flush=True)
"""


def test_every_pathological_kind_is_read_in_time_proportional_to_its_length() -> None:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _RUN, str(BENCHMARK), str(SIZE)],
            capture_output=True,
            text=True,
            timeout=BOUND * 15,
        )
    except subprocess.TimeoutExpired as stuck:
        lines = (stuck.stdout or b"").decode("utf-8").splitlines()
        pytest.fail(f"still reading after {[json.loads(line)[0] for line in lines]}")
    assert done.returncode == 0, done.stderr
    timings = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(timings) >= 12
    slow = [(kind, round(seconds, 1)) for kind, seconds, _reports in timings if seconds > BOUND]
    assert slow == []
    # The texts are read, not skipped: ordinary sentences still give their signing.
    assert {kind: reports for kind, _s, reports in timings}["sentences"] >= 1
