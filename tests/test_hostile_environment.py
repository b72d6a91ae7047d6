"""Faults of the environment (issue 9): a full disk, a read-only archive, another process's
lock, another program's database, no home folder, orphaned workers, hostile arguments and
closed pipes. Each ends in one clear line and the right exit code, with the archive intact.

A small disk and read-only media are real file systems, mounted in a mount namespace of the
test's own (`unshare`), so no root privileges are needed on the machine.
"""

from __future__ import annotations

import gc
import json
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_runner import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TEMPLATE = (FIXTURES / "busan_jeonnam.txt").read_text(encoding="utf-8")
MOUARCHIVE = [sys.executable, "-m", "mouarchive"]


def corpus(folder: Path, count: int) -> Path:
    """`count` distinct articles, one a file."""
    folder.mkdir()
    for number in range(count):
        year, month = 1900 + number // 12, number % 12 + 1
        text = f"입력 {year}.{month:02d}.20 09:00\n" + TEMPLATE.replace(
            "크루즈 관광상품", f"제{number}호 크루즈 관광상품"
        )
        (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def namespace(*flags: str) -> list[str]:
    """`unshare` with `flags`, or a skip where this machine has no user namespaces."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    command = ["unshare", *flags]
    if subprocess.run([*command, "true"], capture_output=True).returncode != 0:
        pytest.skip(f"{' '.join(command)} is not permitted here")
    return command


def unprivileged() -> list[str]:
    """A prefix under which file permissions bind, even for root."""
    return namespace("-U") if os.geteuid() == 0 else []


def integrity(db: Path) -> tuple[str, int, int]:
    """(integrity_check, sources, sources with their articles linked)."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT (SELECT integrity_check FROM pragma_integrity_check),"
            " (SELECT count(*) FROM sources),"
            " (SELECT count(DISTINCT source_id) FROM article_sources)"
        ).fetchone()


# ---------------------------------------------------------------- a full disk

FULL_DISK = r"""
import json, sqlite3, subprocess, sys
disk, corpus, command = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
db = disk + "/archive.db"
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "none", disk], check=True)

def add():
    run = subprocess.run([*command, "--db", db, "add", "--quiet", corpus],
                         capture_output=True, text=True)
    with sqlite3.connect(db) as conn:
        check = conn.execute(
            "SELECT (SELECT integrity_check FROM pragma_integrity_check),"
            " (SELECT count(*) FROM sources),"
            " (SELECT count(DISTINCT source_id) FROM article_sources),"
            " (SELECT count(*) FROM articles)").fetchone()
    return {"code": run.returncode, "out": run.stdout, "err": run.stderr, "check": check}

full = add()
subprocess.run(["mount", "-o", "remount,size=64m", disk], check=True)  # space freed
print(json.dumps({"full": full, "again": add()}))
"""


def test_a_full_disk_stops_the_run_in_one_line_and_a_rerun_adds_the_rest(tmp_path: Path):
    files = 300
    folder = corpus(tmp_path / "corpus", files)
    disk = tmp_path / "disk"
    disk.mkdir()
    run = subprocess.run(
        [*namespace("-rm"), sys.executable, "-c", FULL_DISK, disk, folder, json.dumps(MOUARCHIVE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    full, again = result["full"], result["again"]
    check, stored, linked, _ = full["check"]
    assert full["code"] == 1
    assert full["err"] == (
        f"error: disk full: {stored} files added, {files - stored} not; free space and run again\n"
    )
    assert (check, linked) == ("ok", stored)  # nothing half-written
    # The write-ahead log is kept to a quarter of the free space: with the default 40 MB
    # it filled this 1 MB disk after a handful of files.
    assert stored >= 40
    assert again["code"] == 0, again["err"]
    assert again["check"] == ["ok", files, files, files]


# ---------------------------------------------------------------- read-only archives


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "archive.db"
    assert run_cli("--db", str(db), "add", "--quiet", str(FIXTURES)).code == 0
    gc.collect()  # close the in-process run's connection, as a finished process would
    return db


READS = [
    ["info"],
    ["search", "부산"],
    ["search", "부산", "--format", "json"],
    ["timeline", "--region", "부산"],
    ["partners", "--region", "부산"],
    ["stats"],
    ["show", "1"],
    ["show", "--article", "1"],
    ["export", "--format", "csv"],
    ["corrections"],
    ["review"],
]


# Runs each command of a JSON list in this one process, as `cli_runner` does in tests:
# one interpreter start for all of them.
RUN_ALL = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from cli_runner import run_cli
print(json.dumps([run_cli(*args).__dict__ for args in json.loads(sys.argv[2])]))
"""


def run_all(prefix: list[str], commands: list[list[str]]) -> list[dict]:
    run = subprocess.run(
        [*prefix, sys.executable, "-c", RUN_ALL, Path(__file__).parent, json.dumps(commands)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_archive_answers_every_read_and_add_says_it_is_read_only(
    archive: Path, what: str
) -> None:
    before = archive.read_bytes()
    (archive if what == "file" else archive.parent).chmod(0o444 if what == "file" else 0o555)
    writes = [["add", str(FIXTURES / "nowhere.txt")], ["reextract"]]
    try:
        results = run_all(
            unprivileged(), [["--db", str(archive), *command] for command in READS + writes]
        )
    finally:
        archive.chmod(0o644)
        archive.parent.chmod(0o755)
    for command, result in zip(READS, results, strict=False):
        assert result["code"] == 0, (command, result["err"])
        assert "error" not in result["err"], command
    assert "부산" in results[1]["out"]
    for result in results[len(READS) :]:
        assert result["code"] == 1
        assert result["err"] == f"error: the archive is read-only: {archive}\n"
    assert archive.read_bytes() == before


READ_ONLY_MEDIUM = r"""
import subprocess, sys
folder, command = sys.argv[1], sys.argv[2:]
subprocess.run(["mount", "--bind", "-o", "ro", folder, folder], check=True)
run = subprocess.run(command, capture_output=True, text=True)
print(run.returncode, run.stdout.count("부산") > 0, run.stderr, sep="\n", end="")
"""


def test_an_archive_on_read_only_media_with_an_unfinished_log_still_answers(archive: Path):
    """A copy taken while a write-ahead log was open, without its index file."""
    script = (
        "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
        " c.execute('PRAGMA wal_autocheckpoint = 0');"
        " c.execute(\"UPDATE articles SET title = 'later' WHERE id = 1\"); c.commit(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script, archive], check=True)
    (archive.parent / "archive.db-shm").unlink()
    run = subprocess.run(
        [
            *namespace("-rm"),
            sys.executable,
            "-c",
            READ_ONLY_MEDIUM,
            archive.parent,
            *MOUARCHIVE,
            "--db",
            str(archive),
            "search",
            "부산",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    code, found, err = run.stdout.split("\n", 2)
    assert (code, found) == ("0", "True"), err
    assert err.startswith("note: the archive's last writes are in a write-ahead log")


# ---------------------------------------------------------------- locks

HOLD = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":  # a program that keeps the whole file to itself
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN IMMEDIATE"); conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
    conn.execute("COMMIT")
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[3]))
conn.execute("COMMIT")
"""


def _hold(db: Path, how: str, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, db, how, str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    return holder


@pytest.mark.parametrize(
    ("how", "command"),
    [
        ("write", ["add", "NEW"]),
        ("write", ["reextract"]),
        ("exclusive", ["search", "부산"]),
    ],
)
def test_a_held_lock_is_announced_at_once_and_waited_for_as_long_as_asked(
    archive: Path, tmp_path: Path, how: str, command: list[str]
) -> None:
    new = tmp_path / "new.txt"  # an article not in the archive yet, so add must write
    new.write_text(TEMPLATE.replace("부산", "울산"), encoding="utf-8")
    command = [str(new) if arg == "NEW" else arg for arg in command]
    holder = _hold(archive, how, 30)
    try:
        started = time.monotonic()
        result = run_cli("--db", str(archive), "--wait", "0.5", *command)
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert result.code == 1
    assert result.err.splitlines() == [
        "waiting for the archive: another process is writing",
        "error: gave up waiting for the archive after 0.5 s: another process is still writing"
        " (wait longer with --wait SECONDS)",
    ]
    assert took < 5


def test_no_wait_gives_up_at_once_without_announcing_a_wait(archive: Path) -> None:
    """ "--wait 0" said "waiting for the archive" and gave up in the same breath."""
    holder = _hold(archive, "exclusive", 30)
    try:
        result = run_cli("--db", str(archive), "--wait", "0", "search", "부산")
    finally:
        holder.kill()
        holder.wait()
    assert result.code == 1
    assert result.err.splitlines() == [
        "error: gave up waiting for the archive after 0 s: another process is still writing"
        " (wait longer with --wait SECONDS)",
    ]


def test_a_lock_released_within_the_wait_lets_add_finish(archive: Path, tmp_path: Path):
    new = tmp_path / "new.txt"
    new.write_text(TEMPLATE.replace("부산", "울산"), encoding="utf-8")
    holder = _hold(archive, "write", 1.5)
    try:
        result = run_cli("--db", str(archive), "add", "--wait", "30", str(new))
    finally:
        holder.wait()
    assert result.code == 0, result.err
    assert result.err == "waiting for the archive: another process is writing\n"
    assert "1 article added" in result.out


# ---------------------------------------------------------------- not our database


@pytest.mark.parametrize(
    "command", [["search", "부산"], ["info"], ["add", str(FIXTURES / "busan_jeonnam.txt")]]
)
def test_another_programs_database_is_refused_before_anything_is_written(
    tmp_path: Path, command: list[str]
) -> None:
    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('장보기')")
    conn.close()
    before = other.read_bytes()
    result = run_cli("--db", str(other), *command)
    assert result.code == 1
    assert (
        result.err
        == f"error: not a mouarchive archive: {other} (another program's tables: notes)\n"
    )
    assert other.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.db"]


def test_an_empty_home_never_puts_the_archive_at_the_root(monkeypatch, tmp_path: Path):
    import pwd

    for name in ("MOUARCHIVE_DB", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", "")
    account = pwd.struct_passwd(("u", "x", 1, 1, "", "/", "/bin/sh"))
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: account)
    article = str(FIXTURES / "busan_jeonnam.txt")
    at_root = Path("/.local/share/mouarchive/archive.db")
    existed = at_root.exists()  # (left by an older mouarchive, perhaps)
    result = run_cli("add", article)
    assert result.code == 1
    assert result.err == (
        "error: no home folder to keep the archive in: give --db FILE or MOUARCHIVE_DB\n"
    )
    assert at_root.exists() == existed
    # The account's home, when it has one, is used instead of the empty variable.
    account = pwd.struct_passwd(("u", "x", 1, 1, "", str(tmp_path), "/bin/sh"))
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: account)
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert run_cli("add", "--quiet", article).code == 0
    assert (tmp_path / ".local" / "share" / "mouarchive" / "archive.db").is_file()


# ---------------------------------------------------------------- orphaned workers


def _marked(db: Path) -> list[int]:
    """Live processes started for the `add` on `db` (a zombie has no environment left)."""
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


def test_workers_of_a_killed_add_its_parent_never_reaped_exit_and_free_the_pipes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "archive.db"
    folder = corpus(tmp_path / "corpus", 400)
    add = subprocess.Popen(
        [*MOUARCHIVE, "--db", str(db), "add", "--quiet", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "MOUARCHIVE_TEST_RUN": str(db)},
    )
    try:
        deadline = time.monotonic() + 60
        while len(_marked(db)) < 3 and time.monotonic() < deadline:  # add, forkserver, workers
            time.sleep(0.05)
        assert len(_marked(db)) >= 3, "the workers never started"
        os.kill(add.pid, signal.SIGKILL)  # and, like a careless parent, never wait for it
        assert add.stdout is not None
        ready, _, _ = select.select([add.stdout], [], [], 10)
        assert ready and add.stdout.read() == b"", "something still holds add's output pipe"
        deadline = time.monotonic() + 5
        while _marked(db) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _marked(db) == []
    finally:
        add.kill()
        add.wait()


# ---------------------------------------------------------------- arguments and pipes


@pytest.mark.parametrize(
    "args",
    [
        ["search", "부산", "--limit", str(2**63)],
        ["show", str(2**63)],
        ["show", "--article", str(2**63)],
        ["stats", "--top", str(2**63)],
        ["search", "\udcff\udcfe"],
        ["timeline", "--party", "\udcb0"],
        ["add", "--outlet", "\udcff", str(FIXTURES / "busan_jeonnam.txt")],
    ],
)
def test_huge_numbers_and_bytes_that_are_not_utf8_are_one_line_usage_errors(
    archive: Path, args: list[str]
) -> None:
    result = run_cli("--db", str(archive), *args)
    assert result.code == 2, result.err
    assert len(result.err.splitlines()) == 1 and result.err.startswith("error: ")
    assert "internal error" not in result.err


def test_a_manifest_with_a_nul_byte_is_a_usage_error(archive: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "list.csv"
    manifest.write_bytes(b'path,outlet\n"a\x00b.txt",x\n')
    result = run_cli("--db", str(archive), "add", "--manifest", str(manifest))
    assert result.code == 2
    assert result.err == f"error: {manifest}:2: a NUL byte in the row; is this a CSV file?\n"


@pytest.fixture(scope="module")
def larger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive whose listings outgrow a pipe's buffer."""
    folder = tmp_path_factory.mktemp("larger")
    db = folder / "archive.db"
    assert run_cli("--db", str(db), "add", "--quiet", str(corpus(folder / "corpus", 150))).code == 0
    gc.collect()
    return db


@pytest.mark.parametrize(
    "command",
    [
        ["export"],
        ["export", "--format", "csv"],
        ["timeline", "--region", "부산", "--format", "json"],
        ["timeline", "--region", "부산", "--format", "csv"],
        ["search", "부산", "--format", "csv"],
        ["timeline", "--region", "부산"],
    ],
)
def test_a_reader_that_stops_early_ends_the_command_quietly(larger: Path, command) -> None:
    reader = subprocess.Popen(
        [*MOUARCHIVE, "--db", str(larger), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert reader.stdout is not None
    reader.stdout.read(1)
    reader.stdout.close()  # as `| head -c 1` does
    assert reader.wait(timeout=60) == 0
    assert reader.stderr is not None and reader.stderr.read() == b""


def test_a_lock_met_in_the_middle_of_a_command_is_one_line_not_an_internal_error(
    archive: Path, monkeypatch
) -> None:
    """The open probe catches a held lock; one taken between two reads of a command is
    reported the same plain way."""
    from mouarchive import stats

    def held(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(stats, "collect", held)
    result = run_cli("--db", str(archive), "stats")
    assert result.code == 1
    assert result.err == (
        "error: the archive is busy in another process; try again (or give --wait SECONDS)\n"
    )
