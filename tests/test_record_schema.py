"""An archive that may hold signings recorded by hand is refused by an older mouarchive
(review 58 d, 2): a record is stored as an 'add' of the field 'signing', which a version
without `record` read as an empty addition and dropped at its next `reextract`, without a
word. Migration 0033 makes the schema say so; the older version is this one knowing only the
migrations up to 0032, the last one before `record` came."""

from __future__ import annotations

from pathlib import Path

import pytest

from mouarchive.store import schema
from tests.cli_runner import run_cli

TEXT = (
    "홍천군, 홍천문화원과 축제 협약\n\n홍천군은 4일 군청에서 홍천문화원과 지역 축제 공동 운영을"
    " 위한 업무협약을 체결했다고 밝혔다.\n\n입력 2025.08.04 11:00\n\nCopyright © 홍천타임즈\n"
)
BEFORE_RECORD = "0032_split_ids"


def test_an_older_mouarchive_refuses_an_archive_that_may_hold_records(
    env_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = env_archive / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert run_cli("add", str(path)).code == 0
    said = run_cli(
        "record", "--article", "1", "--party", "홍천군", "--party", "홍천군체육회",
        "--date", "2025-08-04",
    )  # fmt: skip
    assert said.code == 0, said.err
    files = schema._migration_files()
    older = [file for file in files if file.stem <= BEFORE_RECORD]
    monkeypatch.setattr(schema, "_migration_files", lambda: older)
    refused = run_cli("reextract")
    assert refused.code != 0
    assert "made by a newer mouarchive (schema 0033_recorded_signings)" in refused.err
    monkeypatch.setattr(schema, "_migration_files", lambda: files)
    assert "recorded by hand" in run_cli("show", "2").out
