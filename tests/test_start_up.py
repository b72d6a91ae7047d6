"""What a command that only reads the archive loads at start: not the extraction's
vocabularies, which take most of a second to build (a newcomer's finding 15: every command
took seconds under load, `--help` included)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ARTICLE = (
    "강릉시·평창군, 올림픽 유산 활용 관광 협력\n"
    "김홍규 강릉시장과 심재국 평창군수는 9일 강릉시청에서 '올림픽 유산 연계 관광 활성화를 위한"
    " 업무협약'을 체결했다.\n"
    "두 시·군은 협약에 따라 경기장 시설 공동 활용과 관광 상품 개발에 힘을 모으기로 했다.\n"
)

# The modules whose patterns and word lists the ingest pipeline builds as it loads.
VOCABULARIES = (
    "mouarchive.extract.tokens",
    "mouarchive.extract.orgnames",
    "mouarchive.extract.dates",
    "mouarchive.merge_parties",
    "mouarchive.party_keys",
    "mouarchive.extract.party_regions",
)

# Runs the command as `python -m mouarchive` does, then names the vocabularies it loaded.
COMMAND = (
    "import atexit, sys\n"
    f"atexit.register(lambda: print([m for m in {VOCABULARIES!r} if m in sys.modules]))\n"
    "sys.argv[0] = 'mouarchive'\n"
    "from mouarchive.__main__ import run\n"
    "run()\n"
)


def test_reading_commands_load_no_extraction_vocabulary(tmp_path: Path) -> None:
    (tmp_path / "gangneung.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "a.db")
    subprocess.run(
        [sys.executable, "-m", "mouarchive", "--db", db, "add", "--quiet", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    reading = (["--help"], ["search", "관광"], ["show", "1"], ["timeline"], ["stats"], ["info"])
    for command in (*reading, ["export", "--format", "csv"]):
        result = subprocess.run(
            [sys.executable, "-c", COMMAND, "--db", db, *command],
            capture_output=True,
            text=True,
            check=True,
        )
        assert result.stdout.splitlines()[-1] == "[]", (command, result.stdout)
