"""A named output (`export --output`, `corrections --export`) is written through a link to
its file, refused when it is a FIFO or a device, and `/dev/stdout` is standard output: no
name is ever replaced by a regular file, and no summary lands inside data on stdout."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from test_curation import DAILY, Archive

from mouarchive import output_target


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    archive = Archive(tmp_path / "archive")
    archive.add(DAILY)
    archive.ok("fix", "1", "--add-clause", "청년 교류 확대")
    return archive


OUTPUTS = [("export", "--output"), ("corrections", "--export")]


@pytest.mark.parametrize("command", OUTPUTS)
def test_a_link_is_written_through_and_stays_a_link(archive, tmp_path, command) -> None:
    target = tmp_path / "kept.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o600)
    link = tmp_path / "link.jsonl"
    link.symlink_to(target.name)
    archive.ok(*command, str(link))
    assert link.is_symlink() and os.readlink(link) == target.name
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert rows and all("id" in row for row in rows)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "kept.jsonl", "link.jsonl"]


@pytest.mark.parametrize("command", OUTPUTS)
def test_a_fifo_is_refused_in_one_line_and_left_a_fifo(archive, tmp_path, command) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = archive.run(*command, str(fifo))
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"error: {fifo} is a FIFO, not a regular file: give a file name, or - for standard output\n"
    )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_dev_stdout_and_dash_mean_standard_output() -> None:
    assert output_target.means_stdout("/dev/stdout") and output_target.means_stdout("-")
    assert not output_target.means_stdout("/dev/stdout.jsonl")


@pytest.mark.parametrize("command", OUTPUTS)
def test_a_name_for_stdout_gets_the_data_and_no_summary(
    archive, tmp_path, monkeypatch, command
) -> None:
    # A stand-in name for /dev/stdout: a test must never risk replacing the machine's own.
    stand_in = tmp_path / "stdout"
    monkeypatch.setattr(output_target, "STDOUT_NAMES", ("-", str(stand_in)))
    result = archive.ok(*command, str(stand_in))
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert rows and "written to" not in result.out
    assert result.out == archive.ok(*command, "-").out
    assert not stand_in.exists()
