"""The README's examples, run from the README itself: the quick start on a fresh copy of
`examples/`, and one example of each input kind (pages, documents, a URL) on the tests'
own fixtures.

Every `$` line of the block under "## Quick start", then of the one under "## Correcting the
archive", is run as a user would type it (its `#` comment dropped), in order, against one
fresh archive, and so is each line of the block under "### Other inputs" against another;
the lines after a command must appear in what it printed, in that order and spaced as
printed (indentation and blank lines aside), and a printed line the README leaves out must
sit where it shows `…`. So the README's commands, ids and output cannot drift from what the
program does.
"""

from __future__ import annotations

import itertools
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cli_runner import run_cli

REPO = Path(__file__).resolve().parents[1]
SKIPPED = "…"


def console_block(heading: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) of the first console block under `heading`."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"\n{heading}\n", 1)[1]
    block = re.search(r"```console\n(.*?)```", section, re.S)
    assert block, f"{heading} has no console block"
    steps: list[tuple[str, list[str]]] = []
    for line in block.group(1).splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return steps


def _spaced(line: str) -> str:
    """A line as compared: its spaces inside as printed ("merged #6 into #5  (correction
    14)" showed two spaces where the program prints one, and passed: newcomer 58, 19)."""
    return line.strip()


def _run(command: str, environ: dict[str, str]) -> str:
    words = shlex.split(command, comments=True)
    if words[0] == "export":
        name, _, value = words[1].partition("=")
        environ[name] = os.path.expandvars(value)
        return ""
    assert words[0] == "mouarchive", command
    result = run_cli(*words[1:])
    assert result.code == 0, (command, result.err)
    return result.out + result.err


def test_the_quick_start_runs_as_written_and_prints_what_it_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PWD", str(tmp_path))
    monkeypatch.delenv("MOUARCHIVE_DB", raising=False)
    steps = console_block("## Quick start")
    assert len(steps) >= 8
    # Then the corrections workflow, on the archive the quick start built.
    steps += console_block("## Correcting the archive")
    assert len(steps) >= 20
    for command, expected in steps:
        _check(command, expected)
    assert os.environ["MOUARCHIVE_DB"] == str(tmp_path / "tour.db")


def _check(command: str, expected: list[str]) -> None:
    """Run a README command; the lines shown after it must be printed, in that order, and
    where the README shows any output, a line it leaves out is marked `…`: a reader takes
    what is shown for all there is."""
    printed = _run(command, os.environ)
    lines = [_spaced(line) for line in printed.splitlines() if line.strip()]
    position = 0
    gap_marked = not expected
    for line in expected:
        if line.strip() == SKIPPED:
            gap_marked = True
            continue
        if not line.strip():
            continue
        wanted = _spaced(line)
        assert wanted in lines[position:], f"$ {command}\n  missing: {wanted}\n{printed}"
        found = lines.index(wanted, position)
        assert gap_marked or found == position, (
            f"$ {command}\n  printed before {wanted!r} but not shown: {lines[position:found]}"
        )
        position, gap_marked = found + 1, False
    assert gap_marked or position == len(lines), (
        f"$ {command}\n  printed at the end but not shown: {lines[position:]}"
    )


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def test_each_input_kind_has_an_example_that_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages, documents and a URL, as "Other inputs" shows them. The local site is served
    here, on a free port put in place of the README's 8000."""
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("PWD", str(tmp_path))  # the archive goes to tmp_path
    monkeypatch.delenv("MOUARCHIVE_DB", raising=False)
    steps = console_block("### Other inputs: saved pages, URLs, press releases")
    kinds = " ".join(command for command, _ in steps)
    for example in (".html", ".mhtml", ".pdf", ".docx", ".hwpx", "http://"):
        assert example in kinds, example
    server = None
    try:
        for command, expected in steps:
            if command.startswith("python -m http.server"):
                words = shlex.split(command)
                handler = partial(_QuietHandler, directory=REPO / words[words.index("-d") + 1])
                server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
                threading.Thread(target=server.serve_forever, daemon=True).start()
                continue
            if server is not None:
                command = command.replace("127.0.0.1:8000", f"127.0.0.1:{server.server_port}")
            _check(command, expected)
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()
    assert os.environ["MOUARCHIVE_DB"] == str(tmp_path / "inputs.db")


def test_the_examples_are_what_the_readme_says() -> None:
    examples = REPO / "examples"
    articles = [p for p in examples.rglob("*.txt")]
    assert len(articles) == 9  # eleven articles: the newspaper page holds three
    raw = (examples / "articles" / "03_haenam_datacenter_cp949.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "해남군" in raw.decode("cp949")
    manifest = (examples / "manifest.csv").read_text(encoding="utf-8").splitlines()
    assert manifest[0] == "path,date,outlet,url,title" and len(manifest) == 3


def test_every_table_renders_its_delimiter_row_matching_its_header() -> None:
    """GitHub shows a table whose delimiter row has another number of cells than its header
    as a paragraph of pipes."""
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    for number, (header, delimiter) in enumerate(itertools.pairwise(lines), start=1):
        if header.startswith("|") and re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", delimiter):
            assert header.count("|") == delimiter.count("|"), f"README.md:{number}: {header}"


def test_what_the_readme_writes_is_kept_out_of_git() -> None:
    """Run from the repository's root as the README says, its export and corrections
    examples left agreements.jsonl, articles.csv and the like in `git status`."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    written = set()
    for line in re.findall(r"^\$ (.*)$", readme, re.M):
        words = shlex.split(line, comments=True)
        for flag, value in itertools.pairwise(words):
            if flag in (">", "--output", "-o", "--export") and value != "-":
                written.add(value)
    assert {"agreements.jsonl", "fixes.jsonl", "stats.csv"} <= written
    for name in sorted(written):
        ignored = subprocess.run(
            ["git", "check-ignore", "--no-index", "-q", name], cwd=REPO, check=False
        )
        assert ignored.returncode == 0, f"{name} would show in git status"


def test_tests_skipped_for_want_of_the_seeds_say_where_the_seeds_must_be(tmp_path: Path) -> None:
    """A clone without ../shared/seeds saw 30 "s" and no reason: pytest shows skip reasons
    only with -rs, so the run ends with one line naming the folder."""
    missing = tmp_path / "no-seeds"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/test_seed_acceptance.py"],
        cwd=REPO,
        env={**os.environ, "MOUARCHIVE_SEEDS": str(missing)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    said = re.search(r"^(\d+) skipped: needs the five seed articles in (.*)$", result.stdout, re.M)
    assert said, result.stdout
    assert int(said[1]) > 0 and said[2] == (
        f"{missing} (../shared/seeds beside the repository, or the folder $MOUARCHIVE_SEEDS names)"
    )


@pytest.mark.parametrize("quiet", [[], ["-q"]])
def test_the_test_run_ends_with_its_count_quiet_or_not(tmp_path: Path, quiet: list[str]) -> None:
    """The README's `pytest`, and the `pytest -q` many type from habit, both end by saying how
    many tests passed: with `-q` among the project's own options a user's `-q` made it `-qq`,
    which prints the dots alone (a newcomer's finding 16)."""
    (tmp_path / "test_one.py").write_text("def test_one():\n    assert True\n", encoding="utf-8")
    config = ["-c", str(REPO / "pyproject.toml"), "--rootdir", str(REPO)]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *quiet, *config, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    assert re.search(r"^(=+ )?1 passed in ", result.stdout, re.M), result.stdout
