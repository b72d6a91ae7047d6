"""`corrections` names the agreement a correction was made on once: a title that names
every party already says who signed ("made on #1 경기도·광주광역시 경기도·광주광역시 상생발전
합의문", stop 56's new user)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_cli

NAMED = (
    "새봄군·푸른원자력본부 손잡았다\n\n새봄군과 푸른원자력본부는 12일 군청에서"
    " '새봄군·푸른원자력본부 상생발전 협약'을 체결했다.\n\n두 기관은 ▲지역 인재 채용"
    " ▲농산물 구매 확대 등에 협력한다.\n\n입력 2025.02.12 17:00\n\nCopyright © 남녘일보\n"
)


def test_a_title_naming_every_party_is_the_label_alone(env_archive: Path) -> None:
    path = env_archive / "named.txt"
    path.write_text(NAMED, encoding="utf-8")
    assert run_cli("add", str(path)).code == 0
    assert run_cli("fix", "1", "--place", "새봄군청 대회의실").code == 0

    listed = json.loads(run_cli("corrections", "--format", "json").out)

    assert listed[0]["label"] == "#1 새봄군·푸른원자력본부 상생발전 협약"
