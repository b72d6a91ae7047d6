"""`mouarchive add` as a user runs it: inputs, metadata, summaries, exit codes, duplicates."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from cli_runner import run_cli
from terminal import on_a_terminal

# The fork server of a test's workers loads this module when it can find it (when the
# tests' folder is the current one: Python 3.11 gives it no other path): with the pipeline
# already loaded, as every worker needs it, each worker starts in milliseconds, not a second.
import mouarchive.workers  # noqa: F401

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
AGREEMENT = (FIXTURES / "busan_jeonnam.txt").read_text(encoding="utf-8")


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "archive.db")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(FIXTURES / "busan_jeonnam.txt", folder / "busan_jeonnam.txt")
    shutil.copy(FIXTURES / "daejeon_sejong.txt", folder / "nested" / "daejeon_sejong.txt")
    shutil.copy(FIXTURES / "festival_no_agreement.txt", folder / "festival.txt")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0JFIF")
    return folder


def add_json(db: str, *args: str, stdin: bytes = b"") -> tuple[int, dict]:
    result = run_cli("--db", db, "add", "--format", "json", *args, stdin=stdin)
    return result.code, json.loads(result.out)


def rows(db: str, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_folder_is_read_recursively_text_files_only(db: str, folder: Path) -> None:
    code, summary = add_json(db, str(folder))
    assert code == 0
    assert summary == {
        "files": 3,
        "articles_added": 3,
        "duplicates": 0,
        "updated": 0,
        "failed": [],
        "warnings": [],
        "skipped": {"not_text": 1},  # photo.jpg
        "joined": [],
        "replaced": [],
        "kept_out": [],
        "given": [],
        "imported_applied": [],
    }
    paths = {path for (path,) in rows(db, "SELECT path FROM sources")}
    assert str((folder / "nested" / "daejeon_sejong.txt").resolve()) in paths


def test_a_file_reached_twice_by_one_command_is_read_once(db: str, folder: Path) -> None:
    nested = folder / "nested" / "daejeon_sejong.txt"
    code, summary = add_json(db, str(nested), str(folder), str(folder / "nested" / "*.txt"))
    assert code == 0
    assert summary["files"] == 3 and summary["articles_added"] == 3
    assert summary["duplicates"] == 0
    assert summary["skipped"] == {"named_again": 2, "not_text": 1}
    table = run_cli("--db", db, "add", str(nested), str(nested))
    assert "skipped: 1 named again (read once)" in table.out


def test_raw_text_is_kept_losslessly_beside_the_cleaned_article(db: str) -> None:
    add_json(db, str(FIXTURES / "busan_jeonnam.txt"))
    ((raw,),) = rows(db, "SELECT raw_text FROM sources")
    assert zlib.decompress(raw).decode("utf-8") == AGREEMENT
    ((body,),) = rows(db, "SELECT body FROM articles")
    assert "무단전재" in AGREEMENT and "무단전재" not in body


def test_re_adding_is_a_no_op(db: str, folder: Path) -> None:
    add_json(db, str(folder))
    code, summary = add_json(db, str(folder))
    assert code == 0
    assert summary["articles_added"] == 0
    assert summary["duplicates"] == 3
    assert rows(db, "SELECT count(*) FROM articles") == [(3,)]
    assert rows(db, "SELECT count(*) FROM sources") == [(3,)]


def test_same_article_in_two_files_is_stored_once_with_both_paths(db: str, tmp_path: Path) -> None:
    first = tmp_path / "outlet_a.txt"
    second = tmp_path / "outlet_b.txt"
    first.write_text(AGREEMENT, encoding="utf-8")
    second.write_bytes(b"\xef\xbb\xbf" + AGREEMENT.replace("\n", "\r\n").encode("utf-8"))
    code, summary = add_json(db, str(first), str(second))
    assert code == 0
    assert summary["articles_added"] == 1 and summary["duplicates"] == 1
    assert rows(db, "SELECT count(*) FROM article_sources") == [(2,)]
    shown = json.loads(run_cli("--db", db, "show", "--article", "1", "--format", "json").out)
    assert shown["paths"] == [str(first.resolve()), str(second.resolve())]


def test_globs_and_files_together(db: str, folder: Path) -> None:
    code, summary = add_json(
        db, str(folder / "*.txt"), str(folder / "nested" / "daejeon_sejong.txt")
    )
    assert code == 0
    assert summary["files"] == 3
    assert summary["articles_added"] == 3


def test_standard_input_named_twice_is_read_once(db: str) -> None:
    """`add - -` read the stream, then failed on its end as an "empty file", exit 1."""
    code, summary = add_json(db, "-", "-", stdin=AGREEMENT.encode("utf-8"))
    assert code == 0 and summary["articles_added"] == 1
    assert summary["failed"] == [] and summary["skipped"] == {"named_again": 1}


def test_a_file_whose_name_starts_with_a_dash_is_shown_where_it_goes(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Click read `-협약.txt` as options and said "No such option: -협"."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-협약.txt").write_text(AGREEMENT, encoding="utf-8")
    result = run_cli("--db", db, "add", "--date", "2024-03-14", "-협약.txt")
    assert result.code == 2
    assert result.err == (
        "error: -협약.txt is read as an option; a file whose name starts with - goes after --:"
        " mouarchive add --date 2024-03-14 -- -협약.txt\n"
    )
    assert add_json(db, "--", "-협약.txt")[1]["articles_added"] == 1
    assert "No such option '-x'" in run_cli("--db", db, "add", "-x", "-협약.txt").err


def test_recursive_glob(db: str, folder: Path) -> None:
    code, summary = add_json(db, str(folder / "**" / "*.txt"))
    assert code == 0 and summary["files"] == 3


def test_a_pattern_matching_folders_reads_each_folder(db: str, folder: Path) -> None:
    """ "t*/" matched only folders and failed with "no files match this pattern"; each folder
    is read as `add FOLDER` reads it, and a file matched twice ("**") is read once."""
    code, summary = add_json(db, str(folder / "nes*"))
    assert code == 0 and summary["files"] == 1 and summary["articles_added"] == 1
    (folder / "images").mkdir()
    (folder / "images" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    code, summary = add_json(db, str(folder / "**"))
    assert code == 0 and summary["files"] == 3 and summary["failed"] == []
    # A pattern that reads nothing at all fails, naming itself.
    result = run_cli("--db", db, "add", str(folder / "imag*"))
    assert result.code == 1 and "no text files, pages or documents match" in result.err


def test_a_pattern_follows_no_symlinked_folder_as_a_folder_walk_follows_none(
    db: str, folder: Path, tmp_path: Path
) -> None:
    """ "dir/**" went through "dir/link/" into the folder it points at, while its summary
    said the link was not followed; `add dir` does not follow it."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = AGREEMENT.replace("부산", "울산")  # an article the folder does not hold
    (elsewhere / "outside.txt").write_text(outside, encoding="utf-8")
    (folder / "link").symlink_to(elsewhere, target_is_directory=True)
    walked = add_json(str(tmp_path / "walked.db"), str(folder))[1]
    for number, pattern in enumerate(("**", "*/*.txt", "**/*.txt")):
        code, summary = add_json(str(tmp_path / f"{number}.db"), str(folder / pattern))
        assert code == 0, pattern
        assert summary["skipped"]["symlinked_folder"] == 1, pattern
        assert "outside.txt" not in json.dumps(summary), pattern
    code, summary = add_json(db, str(folder / "**"))
    assert (summary["files"], summary["skipped"]) == (walked["files"], walked["skipped"])
    stored = [path for (path,) in rows(db, "SELECT path FROM source_paths")]
    assert len(stored) == 3 and not any("outside" in path for path in stored)
    # A link the pattern names itself is entered, as `add link/` enters it.
    code, summary = add_json(db, str(folder / "link" / "*.txt"))
    assert (code, summary["articles_added"], summary["skipped"]) == (0, 1, {})


def test_a_pattern_over_symlink_loops_ends_and_reads_what_the_folder_walk_reads(
    tmp_path: Path,
) -> None:
    """With two `l -> .` links, "dir/**" listed about 2^40 paths through them before any
    was filtered out, and never ended; now it reads the folder's one file, in about a
    second (the time limit is for a slow machine, not a measure)."""
    folder = tmp_path / "loops"
    folder.mkdir()
    (folder / "a.txt").write_text(AGREEMENT, encoding="utf-8")
    for name in ("l1", "l2"):
        (folder / name).symlink_to(".", target_is_directory=True)
    walked = add_json(str(tmp_path / "walked.db"), str(folder))[1]
    for number, pattern in enumerate(("**", "**/*.txt", "*")):
        archive = str(tmp_path / f"{number}.db")
        command = ["--db", archive, "add", "--format", "json", str(folder / pattern)]
        run = subprocess.run(
            [sys.executable, "-m", "mouarchive", *command],
            cwd=Path(__file__).parent.parent,
            capture_output=True,
            text=True,
            timeout=30,
        )
        summary = json.loads(run.stdout)
        assert (run.returncode, summary["files"]) == (0, 1), pattern
        assert summary["skipped"] == walked["skipped"] == {"symlinked_folder": 2}, pattern


def test_a_link_the_pattern_spells_after_a_wildcard_is_entered(db: str, tmp_path: Path) -> None:
    """Only the parts before the first wildcard counted as named: "g/*/link/*.txt" passed
    over the link it spells out, and failed with "no text files … match"."""
    (tmp_path / "g" / "dir").mkdir(parents=True)
    (tmp_path / "g" / "out").mkdir()
    (tmp_path / "g" / "out" / "b.txt").write_text(AGREEMENT, encoding="utf-8")
    (tmp_path / "g" / "dir" / "link").symlink_to("../out", target_is_directory=True)
    for number, pattern in enumerate(("g/*/link/*.txt", "g/d*/link/b.txt", "g/d?r/link")):
        code, summary = add_json(str(tmp_path / f"{number}.db"), str(tmp_path / pattern))
        assert (code, summary["files"], summary["skipped"]) == (0, 1, {}), pattern


def test_standard_input_with_metadata(db: str) -> None:
    code, summary = add_json(
        db, "-", "--date", "2024-03-14", "--outlet", "부산일보", stdin=AGREEMENT.encode("utf-8")
    )
    assert code == 0 and summary["articles_added"] == 1
    assert rows(db, "SELECT path FROM sources") == [("<stdin>",)]
    assert rows(db, "SELECT outlet, published, published_precision FROM articles") == [
        ("부산일보", "2024-03-14", "day")
    ]


def test_cp949_file_is_decoded_and_reported(db: str, tmp_path: Path) -> None:
    path = tmp_path / "cp949.txt"
    path.write_bytes(AGREEMENT.encode("cp949"))
    code, summary = add_json(db, str(path))
    assert code == 0 and summary["articles_added"] == 1
    assert rows(db, "SELECT encoding FROM sources") == [("cp949",)]
    shown = run_cli("--db", db, "add", str(FIXTURES / "daejeon_sejong.txt"))
    assert "read as: utf-8 1" in shown.out
    (body,) = rows(db, "SELECT body FROM articles")[0]
    assert "남해안 해양관광벨트" in body


def test_manifest_supplies_dates_and_outlets(db: str, folder: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "list.csv"
    manifest.write_text(
        "path,date,outlet\n"
        f"{folder / 'busan_jeonnam.txt'},2024-03-14,부산일보\n"
        "articles/nested/daejeon_sejong.txt,2024-05,\n",
        encoding="utf-8",
    )
    code, summary = add_json(db, "--manifest", str(manifest))
    assert code == 0 and summary["articles_added"] == 2
    assert rows(db, "SELECT outlet, published FROM articles ORDER BY id") == [
        ("부산일보", "2024-03-14"),
        ("대전일보", "2024-05"),  # no outlet in the manifest: the byline's email domain tells
    ]


def test_a_file_from_a_manifest_keeps_one_path_wherever_it_is_added_from(
    db: str, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relative manifest row, read from two working folders and then met in its folder,
    is one file: `show` lists its path once, not "articles/x.txt" beside "/abs/x.txt"."""
    manifest = tmp_path / "list.csv"
    manifest.write_text("path,date\narticles/busan_jeonnam.txt,2024-03-14\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert add_json(db, "--manifest", "list.csv")[0] == 0
    monkeypatch.chdir(folder)
    assert add_json(db, "--manifest", "../list.csv")[0] == 0
    assert add_json(db, str(folder))[0] == 0
    assert rows(db, "SELECT path FROM sources WHERE path LIKE '%busan_jeonnam.txt'") == [
        (str((folder / "busan_jeonnam.txt").resolve()),)
    ]


def test_a_manifest_saved_by_korean_excel_is_read(db: str, folder: Path, tmp_path: Path) -> None:
    """Excel on a Korean Windows saves "CSV (쉼표로 분리)" in CP949, with CRLF; the manifest
    is read like that, not refused with a Python codec message."""
    manifest = tmp_path / "목록.csv"
    manifest.write_bytes(
        "path,date,outlet\r\narticles/busan_jeonnam.txt,2024-03-14,한빛일보\r\n".encode("cp949")
    )
    code, summary = add_json(db, "--manifest", str(manifest))
    assert code == 0 and summary["articles_added"] == 1
    assert rows(db, "SELECT outlet, published FROM articles") == [("한빛일보", "2024-03-14")]


def test_a_manifest_that_cannot_be_read_says_why_in_plain_words(db: str, tmp_path: Path) -> None:
    missing = tmp_path / "목록.csv"
    result = run_cli("--db", db, "add", "--manifest", str(missing))
    assert result.code == 2
    assert result.err == f"error: {missing}: no such file (or a broken symlink)\n"
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x10JFIF\x80\x81\x82")
    result = run_cli("--db", db, "add", "--manifest", str(binary))
    assert result.code == 2
    assert result.err == f"error: {binary}: not a CSV manifest (neither UTF-8 nor CP949 text)\n"


def test_bad_manifest_is_a_usage_error_and_adds_nothing(db: str, tmp_path: Path) -> None:
    manifest = tmp_path / "list.csv"
    manifest.write_text("path,date\na.txt,2024-13-45\n", encoding="utf-8")
    result = run_cli("--db", db, "add", "--manifest", str(manifest))
    assert result.code == 2
    assert result.err.startswith("error: ")
    assert "list.csv:2" in result.err
    assert "Traceback" not in result.err


def test_standard_input_at_a_terminal_says_what_it_waits_for(db: str) -> None:
    code, screen = on_a_terminal(["--db", db, "add", "-"], answer=b"\x04", prompt=b"Ctrl-D")
    assert "reading an article typed or pasted here; end it with Ctrl-D" in screen
    assert code == 1 and "<stdin>" in screen  # nothing typed: an empty input, said so


def test_a_quote_never_closed_in_a_manifest_is_refused_naming_its_row(
    db: str, tmp_path: Path
) -> None:
    """Read loosely, the open quote took every row after it into one title, and those files
    were never added, without a word."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(AGREEMENT, encoding="utf-8")
    manifest = tmp_path / "list.csv"
    manifest.write_text(
        'path,date,title\na.txt,2024-01-01,"제목이 닫히지 않음\nb.txt,2024-03-03,뉴스\n',
        encoding="utf-8",
    )
    result = run_cli("--db", db, "add", "--manifest", str(manifest))
    assert result.code == 2
    assert result.err == (
        f"error: {manifest}:2: not a CSV manifest (a quoted value is never closed)\n"
    )
    # A title may still hold a line break, quoted and closed.
    manifest.write_text('path,title\na.txt,"두 줄\n제목"\nb.txt,뉴스\n', encoding="utf-8")
    assert run_cli("--db", db, "add", "--manifest", str(manifest)).code == 0


def test_a_file_listed_twice_with_other_values_is_refused_naming_both_rows(
    db: str, tmp_path: Path
) -> None:
    """The last row used to win without a word; the same row twice is one file."""
    (tmp_path / "a.txt").write_text(AGREEMENT, encoding="utf-8")
    manifest = tmp_path / "list.csv"
    manifest.write_text("path,date\na.txt,2024-06-13\na.txt,2024-06-14\n", encoding="utf-8")
    result = run_cli("--db", db, "add", "--manifest", str(manifest))
    assert result.err == (
        f"error: {manifest}:3: a.txt is listed on line 2 too, with other values;"
        " list each file or address once\n"
    )
    assert result.code == 2 and not Path(db).exists()
    manifest.write_text("path,date\na.txt,2024-06-13\na.txt,2024-06-13\n", encoding="utf-8")
    code, summary = add_json(db, "--manifest", str(manifest))
    assert code == 0 and summary["files"] == 1
    manifest.write_text(
        "path,url,date\n,https://news.example.kr/1,2024-06-13\n,https://news.example.kr/1,2024-06-14\n",
        encoding="utf-8",
    )
    result = run_cli("--db", db, "add", "--manifest", str(manifest))
    assert result.code == 2 and "listed on line 2 too" in result.err
    # Whichever comes first, a row fetching an address and a row naming a file by it are one.
    manifest.write_text(
        "path,url,date\n,https://news.example.kr/1,2024-06-13\na.txt,https://news.example.kr/1,"
        "2024-06-13\n",
        encoding="utf-8",
    )
    from mouarchive.inputs import read_manifest

    assert len(read_manifest(manifest)) == 1
    # A row naming a file by its address and a row fetching that address: one article.
    manifest.write_text(
        "path,url,date\na.txt,https://news.example.kr/1,2024-06-13\n"
        ",https://news.example.kr/1,2024-06-14\n",
        encoding="utf-8",
    )
    result = run_cli("--db", db, "add", "--manifest", str(manifest))
    assert result.code == 2 and "listed on line 2 too" in result.err


def test_a_manifest_url_that_is_no_address_is_refused_naming_its_row(
    db: str, tmp_path: Path
) -> None:
    """`add --url notaurl` is refused, but a manifest row with a path and url "notaurl" was
    stored with that as the article's URL (which `fix --url` refuses)."""
    (tmp_path / "a.txt").write_text(AGREEMENT, encoding="utf-8")
    manifest = tmp_path / "list.csv"
    manifest.write_text(
        "path,url\na.txt,https://news.example.kr/1\na.txt,news.example.kr/2\n", encoding="utf-8"
    )
    result = run_cli("--db", db, "add", "--manifest", str(manifest))
    assert result.code == 2
    assert result.err == (
        f"error: {manifest}:3: url 'news.example.kr/2':"
        " give an address starting http:// or https://\n"
    )
    assert not Path(db).exists()
    manifest.write_text("path,url\n,notaurl\n", encoding="utf-8")
    result = run_cli("--db", db, "add", "--manifest", str(manifest))
    assert (result.code, result.err) == (
        2,
        f"error: {manifest}:2: url 'notaurl': give an address starting http:// or https://\n",
    )


def test_failures_are_listed_and_everything_else_goes_in(db: str, folder: Path) -> None:
    (folder / "broken.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    (folder / "blank.txt").write_text("   \n\n  ", encoding="utf-8")
    code, summary = add_json(db, str(folder), str(folder / "missing.txt"))
    assert code == 1
    assert summary["articles_added"] == 3
    failed = {Path(item["path"]).name: item["error"] for item in summary["failed"]}
    assert set(failed) == {"broken.txt", "blank.txt", "missing.txt"}
    assert "binary" in failed["broken.txt"]
    assert "no such file" in failed["missing.txt"]


def test_summary_for_people_has_one_line_per_failure(db: str, folder: Path) -> None:
    (folder / "broken.txt").write_bytes(b"\x00\x00\x00")
    result = run_cli("--db", db, "add", str(folder))
    assert result.code == 1
    assert "3 articles added" in result.out
    failed_lines = [line for line in result.err.splitlines() if line.startswith("failed:")]
    assert len(failed_lines) == 1 and "broken.txt" in failed_lines[0]


def test_folder_without_text_files_is_reported(db: str, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0JFIF")
    code, summary = add_json(db, str(tmp_path / "empty"))
    assert code == 1
    assert "no text files" in summary["failed"][0]["error"]


def test_no_inputs_is_a_usage_error(db: str) -> None:
    result = run_cli("--db", db, "add")
    assert result.code == 2
    assert result.err.splitlines()[0].startswith("error: ")


def test_bad_date_option_is_a_usage_error(db: str, folder: Path) -> None:
    result = run_cli("--db", db, "add", "--date", "12일", str(folder))
    assert result.code == 2
    assert "YYYY" in result.err


def test_quiet_prints_nothing_when_all_went_in(db: str, folder: Path) -> None:
    result = run_cli("--db", db, "add", "--quiet", str(folder))
    assert result.code == 0
    assert result.out == "" and result.err == ""


def test_worker_processes_store_exactly_what_one_process_stores(tmp_path: Path) -> None:
    from mouarchive import ingest, store
    from mouarchive.inputs import SourceMeta, expand

    copy = tmp_path / "copy.txt"
    shutil.copy(FIXTURES / "busan_jeonnam.txt", copy)
    inputs = [str(FIXTURES), str(copy)]
    exported = []
    for workers in (0, 2):
        path = tmp_path / f"w{workers}.db"
        db = store.open_archive(path)
        summary = ingest.add_inputs(db, expand(inputs, SourceMeta()), workers=workers)
        assert (summary.files, summary.articles_added, summary.duplicates) == (4, 3, 1)
        db.conn.close()
        exported.append(run_cli("--db", str(path), "export", "--what", "agreements").out)
    assert exported[0] == exported[1] and exported[0].count("\n") == 2


def _die_in_a_worker_on_daejeon(job):
    """Stands in for a worker killed mid-file (out of memory, a signal)."""
    import multiprocessing

    from mouarchive import preparing

    if "daejeon" in job.display and multiprocessing.current_process().name != "MainProcess":
        os._exit(1)
    return preparing.prepare_job(job)


def test_a_broken_worker_pool_finishes_the_run_in_process(tmp_path: Path) -> None:
    from mouarchive import ingest, store
    from mouarchive.inputs import SourceMeta, expand
    from mouarchive.preparing import Prepared
    from mouarchive.workers import run_jobs

    db = store.open_archive(tmp_path / "a.db")
    summary = ingest.Summary()
    jobs = ingest._jobs(db, expand([str(FIXTURES)], SourceMeta()), summary, lambda _: None)
    results = list(run_jobs(_die_in_a_worker_on_daejeon, jobs, workers=2))
    names = [Path(job.display).name for job, _ in results]
    assert names == sorted(path.name for path in FIXTURES.glob("*.txt"))
    assert all(isinstance(outcome, Prepared) for _, outcome in results)


def test_the_workers_fork_server_is_waited_for_once_they_are_done(tmp_path: Path) -> None:
    # The workers are the fork server's children: only once it is waited for does the
    # system count their CPU time as the command's (`time`, a benchmark's figures).
    from multiprocessing import forkserver

    from mouarchive import ingest, preparing, store
    from mouarchive.inputs import SourceMeta, expand
    from mouarchive.workers import run_jobs

    db = store.open_archive(tmp_path / "a.db")
    jobs = ingest._jobs(db, expand([str(FIXTURES)], SourceMeta()), ingest.Summary(), print)
    outcomes = run_jobs(preparing.prepare_job, jobs, workers=2)
    next(outcomes)
    server = forkserver._forkserver._forkserver_pid
    assert server is not None and os.waitpid(server, os.WNOHANG) == (0, 0)  # still running
    assert len(list(outcomes)) == 2
    with pytest.raises(ChildProcessError):  # ended, and reaped by this process
        os.waitpid(server, os.WNOHANG)


def _slow_on_daejeon(job):
    """Stands in for a file that takes long to read."""
    import time

    from mouarchive import preparing

    if "daejeon" in job.display:
        time.sleep(3)
    return preparing.prepare_job(job)


def test_a_slow_file_in_a_worker_is_named_while_it_is_worked_on(
    monkeypatch, tmp_path: Path
) -> None:
    from mouarchive import ingest, store, workers
    from mouarchive.inputs import SourceMeta, expand

    monkeypatch.setattr(workers, "SLOW_SECONDS", 1.0)
    db = store.open_archive(tmp_path / "a.db")
    jobs = ingest._jobs(db, expand([str(FIXTURES)], SourceMeta()), ingest.Summary(), print)
    # Handed to a worker together with the files before and after it: it is named, by name.
    named: list[str] = []
    results = list(
        workers.run_jobs(
            _slow_on_daejeon, jobs, workers=2, on_slow=lambda path, _read: named.append(path)
        )
    )
    assert len(results) == 3
    # With no article read yet (a file still being split), named again each SLOW_SECONDS.
    assert [Path(path).name for path in named].count("daejeon_sejong.txt") >= 2


def _large_result(job):
    """A result larger than a pipe holds, so that a worker is often stopped half-way through
    sending one."""
    return b"x" * (8 << 20)


# Stops a pool of workers sending large results after its first result, as a full disk or
# Ctrl-C does, a few times over; then exits.
STOP_MID_RESULT = r"""
import sys
sys.path.insert(0, sys.argv[1])
from test_add import _large_result
from mouarchive import workers
from mouarchive.inputs import SourceMeta
from mouarchive.preparing import Job

workers.HANDFUL = 1
for _ in range(8):
    jobs = (Job(str(n), SourceMeta(), "", b"") for n in range(1000))
    outcomes = workers.run_jobs(_large_result, jobs, workers=2)
    next(outcomes)
    outcomes.close()
print("stopped")
"""


def test_workers_stopped_while_sending_results_let_the_run_exit() -> None:
    # A worker ended half-way through sending left half a message in the results pipe, and
    # the pool's bookkeeping thread waited for the rest forever; Python waits for that
    # thread at exit, so `add` hung after its last line (about 1 in 2 of this loop's stops).
    # The loop takes about 40 s on a busy machine; a hang never ends, so the limit is wide.
    tests = Path(__file__).parent
    run = subprocess.run(
        [sys.executable, "-c", STOP_MID_RESULT, str(tests)],
        cwd=tests,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (run.returncode, run.stdout, run.stderr) == (0, "stopped\n", "")


# ---------------------------------------------------------------- small things said plainly

PAGE = Path(__file__).parent / "fixtures" / "articles" / "print_page.txt"


def test_one_of_anything_is_singular(db: str, tmp_path: Path) -> None:
    single = tmp_path / "one.txt"
    single.write_text(AGREEMENT, encoding="utf-8")
    added = run_cli("--db", db, "add", str(single))
    assert added.out.startswith("1 file read, 1 article added,")
    assert run_cli("--db", db, "timeline").out.startswith("1 agreement · all agreements")
    rebuilt = run_cli("--db", db, "reextract", "--quiet")
    assert rebuilt.code == 0
    assert run_cli("--db", db, "reextract").out.startswith("1 article → 1 agreement, 4 clauses")


def test_url_for_several_files_is_a_usage_error(db: str, folder: Path) -> None:
    result = run_cli("--db", db, "add", "--url", "https://example.kr/news/1", str(folder))
    assert result.code == 2
    assert result.err.startswith("error: --url is the address of one article, and 3 files")
    assert not Path(db).exists()


def test_a_title_that_cannot_apply_says_so(db: str) -> None:
    code, summary = add_json(db, "--title", "내가 붙인 제목", str(PAGE))
    assert code == 0 and summary["articles_added"] > 1
    # A script reading the JSON summary learns of it too.
    (warned,) = summary["warnings"]
    assert warned["path"] == str(PAGE) and "not applied" in warned["warning"]
    table = run_cli("--db", db, "add", "--title", "내가 붙인 제목", str(PAGE), "--db", db + "2")
    assert f"warning: {PAGE}: title '내가 붙인 제목' not applied: the file holds" in table.err
    titles = [t for (t,) in rows(db, "SELECT title FROM articles")]
    assert "내가 붙인 제목" not in titles
    # Added again, the file is known: the title still cannot apply, and that is said again.
    code, again = add_json(db, "--title", "내가 붙인 제목", str(PAGE))
    assert code == 0 and again["articles_added"] == 0
    assert [w["path"] for w in again["warnings"]] == [str(PAGE)]


def test_a_date_in_the_future_is_said_and_kept(db: str, tmp_path: Path) -> None:
    single = tmp_path / "one.txt"
    single.write_text(AGREEMENT, encoding="utf-8")
    result = run_cli("--db", db, "add", "--quiet", "--date", "2999-01-02", str(single))
    assert result.code == 0
    assert result.err == "warning: --date 2999-01-02 is in the future\n"
    assert rows(db, "SELECT published FROM articles") == [("2999-01-02",)]
    past = run_cli("--db", db + "2", "add", "--quiet", "--date", "2023-06-12", str(single))
    assert past.err == ""


def test_the_same_bytes_at_a_new_path_record_that_path(db: str, tmp_path: Path) -> None:
    first, moved = tmp_path / "a" / "기사.txt", tmp_path / "b" / "옮긴 기사.txt"
    for path in (first, moved):
        path.parent.mkdir()
        path.write_text(AGREEMENT, encoding="utf-8")
    add_json(db, str(first))
    code, summary = add_json(db, str(moved))
    assert (code, summary["articles_added"], summary["duplicates"]) == (0, 0, 1)
    article = json.loads(run_cli("--db", db, "show", "a1", "--format", "json").out)
    assert article["paths"] == [str(first), str(moved)]
    exported = json.loads(run_cli("--db", db, "export", "--what", "articles").out)
    assert exported["paths"] == [str(first), str(moved)]
    add_json(db, str(moved))  # known at that path already: recorded once
    assert len(rows(db, "SELECT * FROM source_paths")) == 2


def test_a_mojibake_title_given_apart_from_the_text_is_repaired(db: str, tmp_path: Path) -> None:
    single = tmp_path / "one.txt"
    single.write_text(AGREEMENT, encoding="utf-8")
    garbled = "부산시·전남도 해양관광 협약".encode("cp949").decode("latin-1")
    add_json(db, "--title", garbled, str(single))
    assert rows(db, "SELECT title FROM articles") == [("부산시·전남도 해양관광 협약",)]


def test_a_file_that_cannot_be_stored_leaves_nothing_searchable(
    db: str, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files of one batch are indexed together when it commits; a file whose write fails
    half-way takes its index rows back with it, and the others are found."""
    from mouarchive import store

    link = store.link_article_source

    def failing(archive, article_id: int, source_id: int, position: int) -> None:
        (body,) = archive.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
        if "세종" in body:
            raise RuntimeError("disk gremlin")
        link(archive, article_id, source_id, position)

    monkeypatch.setattr(store, "link_article_source", failing)
    code, summary = add_json(db, str(folder))
    assert code == 1
    assert [Path(f["path"]).name for f in summary["failed"]] == ["daejeon_sejong.txt"]
    monkeypatch.setattr(store, "link_article_source", link)
    later = folder / "later.txt"  # takes the id the failed article would have had
    later.write_text(AGREEMENT.replace("부산", "울산"), encoding="utf-8")
    assert add_json(db, str(later))[0] == 0
    for word, hits in (("세종", 0), ("환승", 0), ("울산", 1), ("부산", 1)):
        found = run_cli("--db", db, "search", word, "--format", "json")
        assert len(json.loads(found.out)) == hits, word
    with sqlite3.connect(db) as conn:
        for table in ("articles_fts", "articles_grams", "clauses_fts", "clauses_grams"):
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


def test_a_url_that_is_no_address_is_refused_as_fix_refuses_it(db: str, folder: Path) -> None:
    """`add --url notaurl` stored "notaurl" as the article's address, which `fix --url`
    refuses."""
    result = run_cli("--db", db, "add", "--url", "news.example.kr/1", str(folder / "festival.txt"))
    assert result.code == 2
    assert result.err == (
        "error: --url 'news.example.kr/1': give an address starting http:// or https://\n"
    )
    assert not Path(db).exists()


def test_a_file_that_failed_is_not_counted_as_read(db: str, tmp_path: Path) -> None:
    """`add a.txt missing.txt empty.txt`: one file went in, two failed; "3 files read" said
    the missing file was read."""
    good = tmp_path / "a.txt"
    good.write_text(AGREEMENT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    paths = [str(good), str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt")]
    added = run_cli("--db", db, "add", "--quiet", *paths)
    assert added.code == 1
    first = added.out.splitlines()[0]
    assert first == "1 file read, 1 article added, 0 already in the archive, 2 failed", first
    missing = run_cli("--db", db, "add", "--quiet", str(tmp_path / "missing.txt"))
    assert missing.out.startswith("0 files read, 0 articles added, 0 already in the archive")
    assert ", 1 failed" in missing.out.splitlines()[0]


def test_metadata_given_for_a_copy_of_a_held_article_is_said_not_applied(
    db: str, tmp_path: Path
) -> None:
    body = "\n\n전라남도와 한빛대학교는 10일 도청에서 인재 양성을 위한 업무협약을 체결했다.\n"
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("전남도-한빛대 협약" + body + "\n김가람 기자 kim@hanbit.example\n")
    second.write_text("전남도-한빛대 또 협약" + body + "\n이바다 기자 lee@nuri.example\n")
    add_json(db, "--date", "2022-03-10", "--outlet", "한빛일보", str(first))
    code, summary = add_json(db, "--date", "2024-05-10", "--outlet", "한빛일보", str(second))
    assert code == 0 and summary["articles_added"] == 0
    (warned,) = summary["warnings"]
    assert warned["path"] == str(second)
    assert "date 2024-05-10 given for it not applied" in warned["warning"]
    # Given under another outlet, the same body is that outlet's report: an article of its own.
    third = tmp_path / "third.txt"
    third.write_text(second.read_text() + "\n")
    code, summary = add_json(db, "--outlet", "누리뉴스", str(third))
    assert code == 0 and summary["articles_added"] == 1 and summary["warnings"] == []
