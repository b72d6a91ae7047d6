"""The command as a shell user meets it: entry points, help, errors and pipes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from cli_runner import run_cli
from rich.cells import cell_len

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


READING_COMMANDS = (
    ["info"],
    ["search", "협약"],
    ["show", "1"],
    ["timeline", "--region", "광주"],
    ["partners", "--region", "광주"],
    ["stats"],
    ["export"],
    ["reextract"],
)


def test_reading_commands_on_a_missing_archive_say_so_and_create_nothing(tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    for args in READING_COMMANDS:
        result = run_cli("--db", str(db), *args)
        assert result.code == 2, args
        assert (
            result.err == f"error: no archive at {db} — add articles first (mouarchive add FILES)\n"
        )
        assert result.out == ""
        assert not db.exists(), args


def test_an_archive_under_a_file_is_refused_alike_by_reading_commands_and_add(
    tmp_path: Path,
) -> None:
    """Newcomer 49, finding 15: reading commands said "no archive … add articles first",
    and `add` then refused the same path."""
    memo = tmp_path / "협약_메모.txt"
    memo.write_text("광주시·나주시 에너지밸리 협약 기사 모음\n", encoding="utf-8")
    db = memo / "archive.db"
    said = f"error: {memo} is not a folder (for --db {db}): give another path\n"
    for args in (*READING_COMMANDS, ["add", str(memo)]):
        result = run_cli("--db", str(db), *args)
        assert (result.code, result.err, result.out) == (2, said, ""), args


def test_an_id_of_the_wrong_kind_is_told_without_click_argument_names(tmp_path: Path) -> None:
    """Newcomer 49, finding 16: "Invalid value for 'AGREEMENT_IDS...':" named no word the
    user typed; every command that takes ids says it as `show` does."""
    db = str(tmp_path / "archive.db")
    cases = [
        (("merge", "5", "a2"), "a2 is an article id: give an agreement id here"),
        (
            ("fix", "a2", "--title", "나주 에너지밸리 협약"),
            "a2 is an article id: give an agreement id here",
        ),
        (("reject", "a2"), "a2 is an article id: give an agreement id here"),
        (("split", "a2", "--article", "1"), "a2 is an article id: give an agreement id here"),
        (
            ("split", "1", "--article", "#3"),
            "--article: #3 is an agreement id: give an article id here",
        ),
        (("remove", "--article", "x"), "--article: 'x' is not an id: give an article id (3 or a3)"),
    ]
    for args, said in cases:
        result = run_cli("--db", db, *args)
        assert (result.code, result.err) == (2, f"error: {said}\n"), args


def test_reading_commands_on_an_empty_file_say_there_is_no_archive_and_leave_it(
    tmp_path: Path,
) -> None:
    db = tmp_path / "touched.db"
    db.touch()
    for args in READING_COMMANDS:
        result = run_cli("--db", str(db), *args)
        assert result.code == 2, args
        assert result.err.startswith(f"error: no archive at {db}")
        assert db.stat().st_size == 0, args


def test_reading_commands_on_an_empty_archive_say_it_is_empty(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    (tmp_path / "nothing.txt").write_text("")  # read, and failed: the archive is made first
    assert run_cli("--db", str(db), "add", str(tmp_path / "nothing.txt")).code == 1
    assert db.exists()
    for args in (["search", "협약"], ["timeline", "--region", "광주"], ["stats"], ["info"]):
        result = run_cli("--db", str(db), *args)
        assert result.code == 0, (args, result.err)
        assert f"note: the archive {db} is empty — add articles first" in result.err
    timeline = run_cli("--db", str(db), "timeline", "--region", "광주", "--format", "json")
    assert timeline.out == "[]\n"


def test_bare_command_prints_the_usual_help() -> None:
    result = run_cli()
    assert result.code == 0
    assert result.err == ""
    assert result.out == run_cli("--help").out
    assert result.out.startswith("Usage: mouarchive")
    assert len(result.out.splitlines()) > 10


def test_global_options_work_after_the_command(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    added = run_cli("add", "--quiet", str(FIXTURES), "--db", str(db))
    assert added.code == 0, added.err
    assert db.exists()
    before = run_cli("--db", str(db), "search", "협약", "--format", "json")
    after = run_cli("search", "협약", "--format", "json", "--db", str(db))
    assert after.code == 0 and json.loads(after.out) == json.loads(before.out) != []
    shown = run_cli("show", "1", "--no-color", "--db", str(db))
    assert shown.code == 0, shown.err
    assert shown.out == run_cli("--db", str(db), "--no-color", "show", "1").out


def _two_column_groups(help_text: str) -> list[list[str]]:
    """Runs of help lines laid out as "  example   explanation"."""
    groups: list[list[str]] = []
    previous = False
    for line in help_text.splitlines():
        laid_out = bool(re.match(r"^ {2,}\S.*?\S {2,}\S", line)) and not line.strip().startswith(
            "-"
        )
        if laid_out and previous:
            groups[-1].append(line)
        elif laid_out:
            groups.append([line])
        previous = laid_out
    return [group for group in groups if len(group) > 1]


def test_help_examples_line_up_on_screen() -> None:
    """Korean takes two columns a character; the explanations must still start in one column."""
    helps = [run_cli("--help").out]
    helps += [run_cli(command, "--help").out for command in ("search", "add", "timeline")]
    checked = 0
    for help_text in helps:
        for group in _two_column_groups(help_text):
            starts = {cell_len(re.match(r"^ *\S.*?\S {2,}", line).group()) for line in group}
            assert len(starts) == 1, group
            checked += 1
    assert checked >= 2


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
    run_cli("--db", db, "add", "--quiet", str(FIXTURES))
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


def test_an_empty_file_name_is_a_usage_error_not_the_current_folder(
    tmp_path: Path, monkeypatch
) -> None:
    """`mouarchive add "$FILE"` with $FILE unset added every file under the current folder;
    `export --output ''` and `corrections --export ''` stopped with an internal error."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "메모.txt").write_text("광주시와 전남도가 협약을 맺었다.\n", encoding="utf-8")
    db = str(tmp_path / "archive.db")
    assert run_cli("--db", db, "add", "--quiet", str(FIXTURES)).code == 0
    for args in (
        ["add", ""],
        ["add", str(FIXTURES), ""],
        ["add", "--manifest", ""],
        ["export", "--output", ""],
        ["corrections", "--export", ""],
        ["corrections", "--import", ""],
        ["info", "--db", ""],
    ):
        result = run_cli("--db", db, *args)
        assert result.code == 2, args
        assert result.err.count("\n") == 1 and "empty file name" in result.err, (args, result.err)
    assert json.loads(run_cli("--db", db, "info", "--format", "json").out)["sources"] == 3


def test_a_number_out_of_range_is_said_in_words(tmp_path: Path) -> None:
    """`--limit -1` said "-1 is not in the range 0<=x<=9223372036854775807": what may be
    given is said as a reader says it."""
    db = str(tmp_path / "archive.db")
    cases = [
        (("timeline", "--limit", "-1"), "'--limit': -1: must be 0 or more"),
        (("search", "협약", "--limit", "-1"), "'--limit': -1: must be 0 or more"),
        (("stats", "--top", "-1"), "'--top': -1: must be 0 or more"),
        (("fix", "1", "--remove-clause", "0"), "'--remove-clause': 0: must be 1 or more"),
        (("--wait", "-1", "info"), "'--wait': -1: must be 0 or more"),
        (("--wait", "1e10", "info"), "'--wait': 1e10: must be 1,000,000,000 or less"),
    ]
    for args, said in cases:
        result = run_cli("--db", db, *args)
        assert result.code == 2, args
        assert result.err == f"error: Invalid value for {said}\n", args
    for args, said in [
        (("reject", "0"), "agreement id 0: must be 1 or more"),
        (("reject", str(2**64)), f"agreement id {2**64}: too large"),
        (
            ("fix", "--article", "0", "--title", "제목"),
            "--article: article id 0: must be 1 or more",
        ),
    ]:
        result = run_cli("--db", db, *args)
        assert (result.code, result.err) == (2, f"error: {said}\n"), args


def test_an_archive_path_that_is_a_folder_is_told_alike_whichever_way_it_is_given(
    tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "보관"
    folder.mkdir()
    given = run_cli("--db", str(folder), "info")
    after = run_cli("info", "--db", str(folder))
    monkeypatch.setenv("MOUARCHIVE_DB", str(folder))
    from_env = run_cli("info")
    assert given == after
    assert (given.code, from_env.code) == (2, 2)
    assert given.err == f"error: --db {folder} names a folder: give a file name\n"
    assert from_env.err == f"error: $MOUARCHIVE_DB {folder} names a folder: give a file name\n"


def test_a_bad_date_is_told_in_the_same_words_by_every_command(tmp_path: Path) -> None:
    """`add --date` said "Invalid value for --date: bad date …" where `fix` and `timeline`
    said "--date: bad date …": one mistake, one wording, whichever command it is typed in."""
    db = str(tmp_path / "archive.db")
    article = tmp_path / "기사.txt"
    article.write_text("부산시는 10일 시청에서 ㈜한빛과 투자협약을 체결했다.\n", encoding="utf-8")
    assert run_cli("--db", db, "add", str(article)).code == 0
    cases = [
        (("add", str(article), "--date", "2023-13-40"), "--date"),
        (("fix", "1", "--date", "2023-13-40"), "--date"),
        (("timeline", "--since", "2023-13-40"), "--since"),
    ]
    for args, option in cases:
        result = run_cli("--db", db, *args)
        assert result.code == 2, args
        assert result.err == f"error: {option}: bad date '2023-13-40': no month 13\n", args
