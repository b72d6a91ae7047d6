"""One bad file never stops the others (issue 9): a folder of good articles with one of every
hostile kind beside them stores every good one and lists each bad one with its reason.

`add` runs in a process of its own, as a user's would, with a timeout: a FIFO or a device
that hangs the read fails the test instead of hanging it. As root, permissions bind nobody,
so the run goes through `unshare -U`, which makes the owner's permission bits count; where
root has no user namespaces (a container), only the unreadable folder is left out.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from cli_runner import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TEMPLATE = (FIXTURES / "busan_jeonnam.txt").read_text(encoding="utf-8")
GOOD = 100
CP949_NAME = "협약기사".encode("cp949") + b".txt"


def article(number: int) -> str:
    """A distinct signing story for each number (its own date and first agreed item)."""
    year, month = 1900 + number // 12, number % 12 + 1
    return f"입력 {year}.{month:02d}.20 09:00\n" + TEMPLATE.replace(
        "크루즈 관광상품", f"제{number}호 크루즈 관광상품"
    )


def unprivileged() -> list[str] | None:
    """A command prefix under which file permissions bind, even for root; None where they
    cannot be made to (root without user namespaces)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("unshare") is None:
        return None
    probe = subprocess.run(["unshare", "-U", "true"], capture_output=True)
    return ["unshare", "-U"] if probe.returncode == 0 else None


def add(db: Path, *paths: str | bytes, timeout: float = 120) -> subprocess.CompletedProcess:
    environ = {key: value for key, value in os.environ.items() if key != "COLUMNS"}
    prefix = unprivileged() or []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "mouarchive", "--db", str(db), "add", *paths],
        capture_output=True,
        timeout=timeout,
        env=environ,  # lines as long as their paths
    )


def deep_folder(top: Path) -> Path:
    """A file below a folder whose path is longer than PATH_MAX (built with folder
    descriptors, since no single path may name it)."""
    top.mkdir()
    handle = os.open(top, os.O_RDONLY)
    try:
        for _ in range(25):
            os.mkdir("d" * 200, dir_fd=handle)
            inner = os.open("d" * 200, os.O_RDONLY, dir_fd=handle)
            os.close(handle)
            handle = inner
        out = os.open("buried.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=handle)
        os.write(out, article(9001).encode("utf-8"))
        os.close(out)
    finally:
        os.close(handle)
    return top


def hostile_folder(folder: Path, *, locked: bool = True) -> dict[str, str]:
    """`GOOD` good articles plus one file of each hostile kind (the unreadable folder only
    if `locked`).

    Returns the bad entries: path (relative to `folder`) → the reason `add` must give.
    Readable hostile files (BOM before CP949, a CP949 name, damaged UTF-8, ISO-2022-KR) must
    be stored, each as its own article.
    """
    folder.mkdir()
    for number in range(GOOD):
        (folder / f"{number:03d}.txt").write_text(article(number), encoding="utf-8")
    special = folder / "special"
    special.mkdir()
    (special / "bom_cp949.txt").write_bytes(b"\xef\xbb\xbf" + article(1001).encode("cp949"))
    (special / os.fsdecode(CP949_NAME)).write_bytes(article(1002).encode("utf-8"))
    cut = article(1003).rstrip("\n").encode("utf-8")
    (special / "cut_off.txt").write_bytes(cut[:-1])  # last character cut off
    body = article(1004).encode("utf-8")
    middle = body.index("해양레저".encode())
    (special / "stray_byte.txt").write_bytes(body[:middle] + b"\xff" + body[middle:])
    (special / "iso2022.txt").write_bytes(article(1005).encode("iso2022_kr"))
    (special / ".hidden.txt").write_text(article(1006), encoding="utf-8")
    (special / ".drafts").mkdir()
    (special / ".drafts" / "draft.txt").write_text(article(1007), encoding="utf-8")

    bad = folder / "bad"
    bad.mkdir()
    (bad / "loop.txt").symlink_to("loop.txt")
    (bad / "again").symlink_to("..", target_is_directory=True)
    os.mkfifo(bad / "pipe.txt")
    here = os.getcwd()
    os.chdir(bad)  # a socket's path must be short; bind it relative to its folder
    try:
        server = socket.socket(socket.AF_UNIX)
        server.bind("socket.txt")
        server.close()
    finally:
        os.chdir(here)
    (bad / "zero.txt").symlink_to("/dev/zero")
    with (bad / "huge.txt").open("wb") as huge:  # sparse: takes no disk space
        huge.truncate(60 * 1024 * 1024)
    (bad / "binary.txt").write_bytes(bytes(range(128, 256)) * 4)
    (bad / "escapes.txt").write_bytes(b"\x1b$B\x7f\x7f\x7f garbage")
    if locked:
        unreadable = bad / "locked"
        unreadable.mkdir()
        (unreadable / "secret.txt").write_text(article(1008), encoding="utf-8")
        unreadable.chmod(0)
    deep_folder(bad / "deep")
    reasons = {
        "bad/loop.txt": "symlink loop",
        "bad/pipe.txt": "not a regular file (named pipe)",
        "bad/socket.txt": "not a regular file (socket)",
        "bad/zero.txt": "not a regular file (character device)",
        "bad/huge.txt": "too large (60.0 MiB; files over 50 MiB are not read)",
        "bad/binary.txt": "not decodable as UTF-8, UTF-16 or CP949",
        "bad/escapes.txt": "escape-coded text (ISO-2022) that does not decode",
        "bad/locked": "cannot read folder (permission denied)",
        "bad/deep/…": "cannot read folder (path too long for this system)",
    }
    if not locked:
        del reasons["bad/locked"]
    return reasons


def _short(path: str) -> str:
    """A path below `bad/deep/` as "bad/deep/…": how deep PATH_MAX falls depends on where
    the test's folder is."""
    return "bad/deep/…" if path.startswith("bad/deep/") else path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory):
    """The hostile folder, added once: (folder, bad entries, database, `add` as JSON)."""
    top = tmp_path_factory.mktemp("hostile")
    folder = top / "articles"
    permissions_bind = unprivileged() is not None
    bad = hostile_folder(folder, locked=permissions_bind)
    result = add(top / "a.db", "--format", "json", str(folder))
    yield folder, bad, top / "a.db", result
    if permissions_bind:
        (folder / "bad" / "locked").chmod(0o755)  # so that pytest can clean up


def test_every_good_file_goes_in_and_each_bad_one_is_listed_with_its_reason(folder) -> None:
    folder, bad, db, result = folder
    assert result.returncode == 1, result.stderr
    assert result.stderr == b""
    summary = json.loads(result.stdout)
    failed = [(os.path.relpath(item["path"], folder), item["error"]) for item in summary["failed"]]
    assert dict((_short(path), error) for path, error in failed) == bad
    assert len(failed) == len(bad)
    assert summary["articles_added"] == GOOD + 5
    assert summary["skipped"] == {"hidden": 2, "symlinked_folder": 1}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (GOOD + 5,)
        encodings = dict(
            conn.execute("SELECT substr(path, length(?) + 2), encoding FROM sources", [str(folder)])
        )
    assert encodings["special/bom_cp949.txt"] == "cp949"
    assert encodings["special/iso2022.txt"] == "iso2022-kr"
    assert encodings["special/cut_off.txt"] == "utf-8 with replacements"
    assert encodings["special/stray_byte.txt"] == "utf-8 with replacements"


def test_the_summary_for_people_names_each_bad_file_and_the_skips(folder) -> None:
    folder, bad, db, _ = folder
    result = add(db, str(folder))  # again: the good files are in, the bad ones still listed
    assert result.returncode == 1
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    for path, reason in bad.items():
        if path.endswith("…"):
            path = path[:-1]
        assert f"failed: {folder / path}" in err
        assert reason in err
    assert "skipped: 2 hidden (name starts with '.'), 1 symlinked folder (not followed)" in out
    assert f"0 articles added, {GOOD + 5} already in the archive, {len(bad)} failed" in out
    assert "Traceback" not in err


def test_a_name_that_is_not_utf8_is_stored_and_printed_losslessly(tmp_path: Path) -> None:
    folder = tmp_path / "zip"
    folder.mkdir()
    name = os.fsdecode(CP949_NAME)
    (folder / name).write_text(article(7), encoding="utf-8")
    (folder / "back\\slash.txt").write_text(article(8), encoding="utf-8")
    db = str(tmp_path / "a.db")
    result = run_cli("--db", db, "add", str(folder))
    assert result.code == 0, result.err
    shown = str(folder) + "/\\xc7\\xf9\\xbe\\xe0\\xb1\\xe2\\xbb\\xe7.txt"
    assert "협약기사.txt" in result.err  # the CP949 reading, as a hint
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT path, warnings FROM sources"))
    assert shown in stored and str(folder / "back\\slash.txt") in stored
    assert "not UTF-8" in stored[shown]
    assert _undisplay(shown) == os.fsencode(folder / name)
    listing = run_cli("--db", db, "export", "--what", "articles", "--format", "csv").out
    assert shown in listing


def _undisplay(shown: str) -> bytes:
    r"""A displayed name's bytes: \\ is one backslash, \xNN one byte, the rest UTF-8."""
    out, index = bytearray(), 0
    while index < len(shown):
        if shown.startswith("\\\\", index):
            out += b"\\"
            index += 2
        elif shown.startswith("\\x", index):
            out.append(int(shown[index + 2 : index + 4], 16))
            index += 4
        else:
            out += shown[index].encode("utf-8")
            index += 1
    return bytes(out)


def test_standard_input_is_read_up_to_the_cap_and_no_further(monkeypatch, tmp_path: Path):
    from mouarchive import files

    monkeypatch.setattr(files, "MAX_BYTES", 1024 * 1024)
    endless = b"x" * (3 * 1024 * 1024)
    result = run_cli("--db", str(tmp_path / "a.db"), "add", "-", stdin=endless)
    assert result.code == 1
    assert "failed: <stdin>: too large (over 2.0 MiB; files over 1 MiB are not read)" in result.err


def test_a_file_that_takes_long_is_named_while_it_is_worked_on(monkeypatch, tmp_path: Path):
    import time

    from mouarchive import preparing, workers

    prepare = preparing.prepare

    def slow(*args, **kwargs) -> preparing.Prepared:
        time.sleep(0.5)
        return prepare(*args, **kwargs)

    monkeypatch.setattr(preparing, "prepare", slow)
    monkeypatch.setattr(workers, "SLOW_SECONDS", 0.1)
    path = tmp_path / "slow.txt"
    path.write_text(article(3), encoding="utf-8")
    result = run_cli("--db", str(tmp_path / "a.db"), "add", str(path))
    assert result.code == 0
    assert f"still working on {path}" in result.err


def test_raw_bytes_of_a_damaged_file_are_kept_as_read(tmp_path: Path) -> None:
    body = article(5).encode("utf-8")
    path = tmp_path / "damaged.txt"
    path.write_bytes(body[:40] + b"\xfe" + body[40:])
    db = str(tmp_path / "a.db")
    assert run_cli("--db", db, "add", str(path)).code == 0
    with sqlite3.connect(db) as conn:
        ((raw, warnings),) = conn.execute("SELECT raw_text, warnings FROM sources")
    stored = zlib.decompress(raw).decode("utf-8").splitlines()
    original = article(5).splitlines()
    assert stored[0] == original[0] and stored[2:] == original[2:]
    assert re.fullmatch("부산시·전\ufffd+도, 남해안 해양관광벨트 공동 조성 '맞손'", stored[1])
    assert warnings == "undecodable bytes replaced with \ufffd on line 2"


def test_a_file_or_pattern_inside_a_folder_that_cannot_be_searched_is_one_failure(
    tmp_path: Path,
) -> None:
    """ "add good.txt locked/x.txt": the folder on the way refuses to be searched; the good
    file still goes in and the other is named with its reason, never an internal error."""
    if unprivileged() is None:
        pytest.skip("file permissions do not bind here (root without user namespaces)")
    good = tmp_path / "good.txt"
    good.write_text(article(1101), encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text(article(1102), encoding="utf-8")
    locked.chmod(0)
    try:
        result = add(
            tmp_path / "a.db",
            "--format",
            "json",
            str(good),
            str(locked / "x.txt"),
            f"{locked}/*.txt",
        )
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1, result.stderr
    summary = json.loads(result.stdout)
    assert summary["articles_added"] == 1
    assert [item["error"] for item in summary["failed"]] == ["permission denied"] * 2
