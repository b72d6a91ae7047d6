"""The archive file itself: location, schema migrations, packaging, and robustness."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import select
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from cli_runner import run_cli

from mouarchive import search, store
from mouarchive.models import Article
from mouarchive.store import indexes, schema

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
REPO = Path(__file__).resolve().parents[1]


def test_default_location_follows_env_and_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv("MOUARCHIVE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert store.default_db_path() == tmp_path / "xdg" / "mouarchive" / "archive.db"
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "mine.db"))
    assert store.default_db_path() == tmp_path / "mine.db"


def test_default_database_is_created_with_its_folders(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A fresh machine has no ~/.local/share/mouarchive: the default place is made."""
    monkeypatch.delenv("MOUARCHIVE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "deep" / "er"))
    target = tmp_path / "deep" / "er" / "mouarchive" / "archive.db"
    assert run_cli("add", "--quiet", str(FIXTURES / "busan_jeonnam.txt")).code == 0
    result = run_cli("info")
    assert result.code == 0, result.err
    assert target.exists()
    assert str(target) in result.out
    newest = sorted((REPO / "migrations").glob("*.sql"))[-1].stem
    assert f"schema      {newest}" in result.out


@pytest.mark.parametrize("named_by", ["--db", "$MOUARCHIVE_DB"])
def test_a_named_archive_in_a_missing_folder_is_refused_and_nothing_is_made(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, named_by: str
) -> None:
    """A mistyped folder in --db must not become a chain of new folders and an archive."""
    target = tmp_path / "typo" / "dir" / "x.db"
    if named_by == "--db":
        args = ["add", str(FIXTURES / "busan_jeonnam.txt"), "--db", str(target)]
    else:
        monkeypatch.setenv("MOUARCHIVE_DB", str(target))
        args = ["add", str(FIXTURES / "busan_jeonnam.txt")]
    result = run_cli(*args)
    assert result.code == 2
    assert result.out == ""
    assert result.err == (
        f"error: folder {target.parent} does not exist (for {named_by} {target}):"
        " create it first, or give another path\n"
    )
    assert not (tmp_path / "typo").exists()


def test_a_named_archive_through_a_link_to_nowhere_is_refused_and_nothing_is_made(
    tmp_path: Path,
) -> None:
    """A link whose target folder is mistyped made the target's whole folder chain, and a
    new archive there, exit 0."""
    link = tmp_path / "dl2"
    link.symlink_to(tmp_path / "gone2" / "deeper" / "more")
    target = link / "x.db"
    result = run_cli("--db", str(target), "add", "--quiet", str(FIXTURES / "busan_jeonnam.txt"))
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"error: folder {link} does not exist (for --db {target}):"
        " create it first, or give another path\n"
    )
    assert not (tmp_path / "gone2").exists()


@pytest.mark.parametrize("named_by", ["--db", "$MOUARCHIVE_DB"])
def test_an_archive_name_ending_in_a_slash_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, named_by: str
) -> None:
    """`--db nope/` made a database file called nope, exit 0."""
    typed = f"{tmp_path / 'nope'}/"
    article = str(FIXTURES / "busan_jeonnam.txt")
    if named_by == "--db":
        result = run_cli("--db", typed, "add", "--quiet", article)
    else:
        monkeypatch.setenv("MOUARCHIVE_DB", typed)
        result = run_cli("add", "--quiet", article)
    assert (result.code, result.out) == (2, "")
    assert result.err == f"error: {named_by} {typed} names a folder: give a file name\n"
    assert list(tmp_path.iterdir()) == []


def test_an_archive_under_a_file_says_that_is_no_folder(tmp_path: Path) -> None:
    """It said "cannot create database folder (File exists)", exit 1."""
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    target = afile / "x.db"
    result = run_cli("--db", str(target), "add", "--quiet", str(FIXTURES / "busan_jeonnam.txt"))
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"error: {afile} is not a folder (for --db {target}): give another path\n"
    )


@pytest.mark.parametrize("command", [["info"], ["add", str(FIXTURES / "busan_jeonnam.txt")]])
def test_a_proc_file_is_not_an_archive_nor_an_empty_one(command: list[str]) -> None:
    """/proc files say their size is 0: "no archive at /proc/version (an empty file)", and
    /proc/self/status was "read-only and made by an older mouarchive: /proc/32509/status"."""
    for path in ("/proc/version", "/proc/self/status"):
        result = run_cli("--db", path, *command)
        assert (result.code, result.out) == (1, "")
        assert result.err == f"error: not a mouarchive archive: {path} (not an SQLite database)\n"


def test_an_archive_through_a_link_is_named_as_typed(tmp_path: Path) -> None:
    """A link to a pipe was reported under the pipe's name, not the name the user gave."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "archive.db"
    link.symlink_to(pipe)
    result = run_cli("--db", str(link), "info")
    assert result.err == f"error: not a mouarchive archive: {link} (not a regular file)\n"


def test_adding_only_missing_files_leaves_no_new_archive(tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    result = run_cli("--db", str(target), "add", str(tmp_path / "missing.txt"), "nomatch*.txt")
    assert result.code == 1
    assert result.out == "0 files read, 0 articles added, 0 already in the archive, 2 failed\n"
    assert "failed: " + str(tmp_path / "missing.txt") + ": no such file or folder" in result.err
    assert list(tmp_path.iterdir()) == []


def test_migrations_are_recorded_and_applied_once(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store.open_archive(path).conn.close()
    db = store.open_archive(path)
    applied = db.execute("SELECT name FROM _sqlite_migrations").fetchall()
    names = [name for (name,) in applied]
    assert names == sorted(set(names))
    assert names[0] == "0001_archive"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_an_archive_made_before_the_trigram_index_is_searchable_after_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0003 replaces the search indexes; the articles stored before it must
    stay findable, even when the first command after the upgrade adds a new article."""
    path = tmp_path / "a.db"
    older = [f for f in schema._migration_files() if f.stem < "0003"]
    with monkeypatch.context() as patch:
        patch.setattr(schema, "_migration_files", lambda: older)
        patch.setattr(indexes, "index_missing", lambda db: None)
        old = store.open_archive(path)
        old.execute(
            "INSERT INTO articles (sha256, title, body) VALUES ('x', '옛 기사', ?)",
            ["광주광역시와 해남군이 AI 데이터센터 업무협약을 맺었다."],
        )
        old.conn.close()
    db = store.open_archive(path)
    with store.transaction(db):
        store.insert_article(db, Article("새 기사", "대구시가 로봇 협약을 맺었다."), "y")
    assert [h.title for h in search.search(db, "데이터센터").hits] == ["옛 기사"]
    assert [h.title for h in search.search(db, "해남").hits] == ["옛 기사"]
    assert {h.title for h in search.search(db, "협약").hits} == {"옛 기사", "새 기사"}


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = store.open_archive(path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('mouarchive', '9999_from_the_future', '2030-01-01')"
    )
    db.conn.close()
    result = run_cli("--db", str(path), "info")
    assert result.code == 1
    assert result.err.strip() == (
        f"error: {path}: made by a newer mouarchive (schema 9999_from_the_future);"
        " upgrade mouarchive to open it"
    )


def test_unusable_default_location_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.delenv("MOUARCHIVE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    result = run_cli("add", str(FIXTURES))
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1
    assert result.err.startswith("error: ") and "cannot create database folder" in result.err


def test_a_file_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 100)
    result = run_cli("--db", str(path), "info")
    assert result.code == 1
    assert result.err.startswith("error: not a mouarchive archive: ")
    assert "Traceback" not in result.err


@pytest.mark.parametrize("command", [["info"], ["add", str(FIXTURES / "busan_jeonnam.txt")]])
def test_a_device_or_pipe_as_the_archive_is_not_an_archive(
    tmp_path: Path, command: list[str]
) -> None:
    pipe = tmp_path / "pipe.db"
    os.mkfifo(pipe)
    for device in ("/dev/null", str(pipe)):
        result = run_cli("--db", device, *command)
        assert result.code == 1
        assert result.err == f"error: not a mouarchive archive: {device} (not a regular file)\n"


def test_wheel_ships_the_migrations(tmp_path: Path) -> None:
    """A non-editable install must find migrations/ inside the package."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("mouarchive-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(n for n in names if n.startswith("mouarchive/migrations/"))
    on_disk = sorted(f"mouarchive/migrations/{p.name}" for p in (REPO / "migrations").glob("*.sql"))
    assert shipped == on_disk
    vocabularies = {f"mouarchive/data/{p.name}" for p in (REPO / "mouarchive/data").glob("*.json")}
    assert vocabularies <= set(names) and "mouarchive/data/regions.json" in vocabularies

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from mouarchive import store;"
            "db = store.open_archive(Path(sys.argv[1]));"
            "print(store.schema_version(db), store.__file__)",
            str(tmp_path / "x.db"),
        ],
        env={**os.environ, "PYTHONPATH": str(target)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    version, module = probe.stdout.split()
    assert version == store.schema_version(store.open_archive(tmp_path / "y.db"))
    assert module.startswith(str(target))


def _make_corpus(folder: Path, count: int) -> None:
    """Distinct articles, each of a signing of its own: one story re-told for another day,
    month and year, every date a plausible one (a year past 2100 is no publication date,
    and undated reports of one day would all join one signing)."""
    template = (FIXTURES / "busan_jeonnam.txt").read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        months, day = divmod(number, 27)
        year, month = 1990 + months // 12, months % 12 + 1
        text = f"입력 {year}.{month:02d}.28 09:00\n" + template.replace(
            "크루즈 관광상품", f"제{number}호 크루즈 관광상품"
        ).replace("14일", f"{day + 1}일")
        (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")


def _add_process(db: Path, folder: Path) -> subprocess.Popen:
    """`mouarchive add` in a process of its own; its workers inherit a marker naming `db`."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mouarchive",
            "--db",
            str(db),
            "add",
            "--quiet",
            "--format",
            "json",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "MOUARCHIVE_TEST_RUN": str(db)},
    )


def _processes_marked(db: Path) -> list[int]:
    """Live processes started for the `add` on `db` (workers included)."""
    marker = f"MOUARCHIVE_TEST_RUN={db}".encode()
    found = []
    # Listed once and read one by one: a process that ends meanwhile is skipped, where a glob
    # over /proc would raise from inside its own scan.
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if marker in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0"):
                found.append(int(pid))
        except OSError:
            continue
    return found


def test_two_processes_adding_at_once_both_finish(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    _make_corpus(tmp_path / "a", 40)
    _make_corpus(tmp_path / "b", 40)
    for number in range(40):  # folder b holds different articles from folder a
        path = tmp_path / "b" / f"{number:04d}.txt"
        path.write_text(path.read_text(encoding="utf-8").replace("부산", "울산"), encoding="utf-8")
    first, second = _add_process(db, tmp_path / "a"), _add_process(db, tmp_path / "b")
    results = [process.communicate(timeout=120) for process in (first, second)]
    for process, (out, err) in zip((first, second), results, strict=True):
        assert process.returncode == 0, err
        assert "locked" not in err
        assert json.loads(out)["articles_added"] == 40
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (80,)


# Large enough that an `add` is still running when its first commit (about a second of
# work) shows: on a fast machine 1,000 short articles went in within one commit.
_LONG_RUN = 4000


def test_killed_add_leaves_a_consistent_archive_and_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    _make_corpus(tmp_path / "corpus", _LONG_RUN)
    process = _add_process(db, tmp_path / "corpus")
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                stored = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 20:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert stored < _LONG_RUN, "the run finished before it could be killed; make the corpus larger"
    deadline = time.monotonic() + 10
    while _processes_marked(db) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_marked(db) == [], "worker processes outlived the killed add"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        sources, linked = conn.execute(
            "SELECT (SELECT count(*) FROM sources),"
            " (SELECT count(DISTINCT source_id) FROM article_sources)"
        ).fetchone()
        assert sources == linked  # no source was half-written
    rerun = _add_process(db, tmp_path / "corpus")
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    summary = json.loads(out)
    assert summary["articles_added"] == _LONG_RUN - sources
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (_LONG_RUN,)


def test_one_ctrl_c_on_a_terminal_stops_add_at_once_and_says_what_went_in(tmp_path: Path) -> None:
    """Ctrl-C reaches every process of the command (workers too): one line, no traceback
    from any process, exit 130 within two seconds, and a rerun adds exactly the rest."""
    db = tmp_path / "archive.db"
    _make_corpus(tmp_path / "corpus", _LONG_RUN)
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "mouarchive", "--db", str(db), "add", str(tmp_path / "corpus")],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        start_new_session=True,  # its own process group, as a shell gives a job
        env={**os.environ, "TERM": "xterm", "MOUARCHIVE_TEST_RUN": str(db)},
    )
    os.close(secondary)
    screen = bytearray()

    def read_screen(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.05)
            if ready:
                try:
                    screen.extend(os.read(main, 65536))
                except OSError:
                    return

    try:
        deadline = time.monotonic() + 60
        stored = 0
        while time.monotonic() < deadline and process.poll() is None and stored < 20:
            read_screen(0.1)
            with contextlib.suppress(sqlite3.Error), sqlite3.connect(db, timeout=1) as conn:
                stored = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        assert process.poll() is None, "the run finished before it could be interrupted"
        os.killpg(process.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
        pressed = time.monotonic()
        while process.poll() is None and time.monotonic() - pressed < 10:
            read_screen(0.05)
        took = time.monotonic() - pressed
        read_screen(0.5)
        os.close(main)
    finally:
        if process.poll() is None:  # a failed run must not outlive the test
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130
    assert took < 2, f"took {took:.1f} s to stop"
    out = screen.decode("utf-8", "replace")
    assert "Traceback" not in out and "KeyboardInterrupt" not in out, out
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        sources, linked = conn.execute(
            "SELECT (SELECT count(*) FROM sources),"
            " (SELECT count(DISTINCT source_id) FROM article_sources)"
        ).fetchone()
    assert sources == linked and 20 <= sources < _LONG_RUN
    assert f"interrupted: {sources} files added, run again to add the rest" in out, out
    deadline = time.monotonic() + 5
    while _processes_marked(db) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_marked(db) == [], "worker processes outlived the interrupted add"
    rerun = _add_process(db, tmp_path / "corpus")
    rerun_out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert json.loads(rerun_out)["articles_added"] == _LONG_RUN - sources


def test_add_commits_many_files_at_once_each_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A commit per file cost more than the work (each flushes the full-text indexes); a
    file whose write fails in the middle of a batch leaves nothing of itself behind, and
    the files before and after it in the batch are stored."""
    from mouarchive import ingest
    from mouarchive.inputs import Input, SourceMeta, expand

    _make_corpus(tmp_path / "corpus", 30)
    db = store.open_archive(tmp_path / "archive.db")
    commits = []
    db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    monkeypatch.setattr(ingest, "BATCH_SECONDS", 3600)
    inputs = expand([str(tmp_path / "corpus")], SourceMeta())
    summary = ingest.add_inputs(db, inputs)
    assert (summary.articles_added, summary.stored) == (30, 30)
    assert len(commits) == 1

    _make_corpus(tmp_path / "more", 40)
    saved = store.save_reports
    calls = []

    def fails_on_the_fifth_file(*args, **kwargs):
        calls.append(1)
        if len(calls) == 5:
            raise RuntimeError("a bug half-way through a file")
        return saved(*args, **kwargs)

    monkeypatch.setattr(store, "save_reports", fails_on_the_fifth_file)
    more = [Input(str(p), SourceMeta()) for p in sorted((tmp_path / "more").glob("*.txt"))[30:]]
    summary = ingest.add_inputs(db, iter(more))
    assert (summary.stored, summary.articles_added, len(summary.failed)) == (9, 9, 1)
    assert len(commits) == 2
    sources, linked, articles = db.execute(
        "SELECT (SELECT count(*) FROM sources), (SELECT count(DISTINCT source_id)"
        " FROM article_sources), (SELECT count(*) FROM articles)"
    ).fetchone()
    assert (sources, linked, articles) == (39, 39, 39)


def test_the_room_left_is_read_where_a_linked_archive_lives(tmp_path, monkeypatch) -> None:
    """An archive named through a link on another disk: the full-disk checks must measure the
    disk that holds the file, not the one the link stands on."""
    from mouarchive.store import connection

    home, elsewhere = tmp_path / "home", tmp_path / "disk"
    home.mkdir()
    elsewhere.mkdir()
    (elsewhere / "archive.db").write_bytes(b"")
    (home / "archive.db").symlink_to(elsewhere / "archive.db")
    asked = []
    real = os.statvfs

    def statvfs(folder):
        asked.append(Path(folder))
        return real(folder)

    monkeypatch.setattr(connection.os, "statvfs", statvfs)
    connection._free_bytes(home / "archive.db")
    assert asked == [elsewhere.resolve()]
