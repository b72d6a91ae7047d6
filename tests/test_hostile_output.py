"""Nothing from the data may drive the terminal (issue 9): file names, URLs, outlets and
titles carrying escape sequences come out neutralised in every command and format, and
JSON keeps them exactly, escaped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
# Sets the terminal title (OSC), then starts a CSI sequence with the one-character U+009B;
# then a right-to-left override and isolate, which make "txt.exe" print as "exe.txt".
HOSTILE = "\x1b]0;PWNED\x07\u009b31m\x1b[2J\u202etxt.exe\u2066"
CONTROLS = ("\x1b", "\x07", "\u009b", "\x9b", "\u202e", "\u2066")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / f"기사{HOSTILE}.txt"
    path.write_text((FIXTURES / "busan_jeonnam.txt").read_text(encoding="utf-8"))
    manifest = folder / "list.csv"
    manifest.write_text(
        f'path,outlet,url\n"{path.name}","신문{HOSTILE}","https://example.kr/{HOSTILE}"\n',
        encoding="utf-8",
    )
    db = str(folder / "a.db")
    result = run_cli("--db", db, "add", "--manifest", str(manifest))
    assert result.code == 0, result.err
    return db, str(path)


# Each command, and whether its output shows a path or URL (so the hostile text is there).
COMMANDS = [
    (["export", "--format", "csv"], True),
    (["export", "--format", "jsonl"], True),
    (["export", "--what", "articles", "--format", "csv"], True),
    (["export", "--what", "articles", "--format", "jsonl"], True),
    (["timeline", "--region", "부산"], False),
    (["timeline", "--region", "부산", "--format", "csv"], True),
    (["timeline", "--region", "부산", "--format", "json"], True),
    (["partners", "--region", "부산", "--format", "csv"], False),
    (["search", "부산"], False),
    (["search", "부산", "--format", "csv"], True),
    (["search", "부산", "--format", "json"], True),
    (["show", "1"], True),
    (["show", "1", "--format", "json"], True),
    (["show", "--article", "1"], True),
    (["show", "--article", "1", "--format", "json"], True),
    (["stats", "--format", "json"], False),
    (["stats", "--format", "csv"], False),
    (["partners", "--region", "부산"], False),
    (["stats"], False),
]


@pytest.mark.parametrize(
    ("command", "shows_path"),
    COMMANDS,
    ids=lambda c: " ".join(c) if isinstance(c, list) else str(c),
)
def test_no_control_character_from_the_data_reaches_the_output(
    archive, command: list[str], shows_path: bool
) -> None:
    db, _ = archive
    result = run_cli("--db", db, *command)
    assert result.code == 0, result.err
    assert ("PWNED" in result.out) == shows_path
    for control in CONTROLS:
        assert control not in result.out, (command, control)


def test_json_keeps_the_exact_path_escaped(archive) -> None:
    db, path = archive
    result = run_cli("--db", db, "show", "--article", "1", "--format", "json")
    assert "\\u009b" in result.out and "\\u001b" in result.out
    assert "\\u202e" in result.out and "\\u2066" in result.out
    assert json.loads(result.out)["paths"] == [path]
    lines = run_cli("--db", db, "export", "--what", "articles", "--format", "jsonl").out
    assert json.loads(lines)["paths"] == [path]


def test_the_add_summary_neutralises_paths_too(tmp_path: Path) -> None:
    missing = tmp_path / f"없는{HOSTILE}.txt"
    result = run_cli("--db", str(tmp_path / "a.db"), "add", str(missing))
    assert result.code == 1
    assert "/없는]0;PWNED31m[2Jtxt.exe.txt: no files or folders match this pattern" in result.err
    as_json = run_cli("--db", str(tmp_path / "a.db"), "add", "--format", "json", str(missing))
    assert "\u009b" not in as_json.out and "\u202e" not in as_json.out
    assert json.loads(as_json.out)["failed"][0]["path"] == str(missing)


def test_a_line_break_in_a_file_name_keeps_its_failure_on_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "깨진\n파일.txt"
    broken.write_bytes(b"\xff\xfe\x00\x01")
    result = run_cli("--db", str(tmp_path / "a.db"), "add", str(broken))
    assert result.code == 1
    (failed,) = [line for line in result.err.splitlines() if line.startswith("failed:")]
    assert "깨진\\n파일.txt: " in failed
