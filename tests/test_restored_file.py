"""A file edited and then restored exactly leaves nothing to review: a merge the edit had
moved is on the signing it was made on again (review 56 c, 7: `review` listed it as applying
to another signing, with the edited state as what it "was")."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_cli
from tests.test_ids_held import COUNTY, ECHO

# The county's article edited by its outlet into a plan, with no signing told.
PLANNED = (
    "새봄군, 원자력본부와 상생 방안 논의\n\n새봄군이 12일 군청에서 지역 상생발전 방안을"
    " 논의했다.\n\n군은 지역 인재 채용을 늘릴 방침이다.\n\n한결 기자\n"
)


def _moved() -> list[dict]:
    items = json.loads(run_cli("review", "--format", "json").out)
    return [item for item in items if "another signing" in json.dumps(item, ensure_ascii=False)]


def test_a_file_edited_and_restored_leaves_no_merge_to_review(env_archive: Path) -> None:
    county, echo = env_archive / "county.txt", env_archive / "echo.txt"
    county.write_text(COUNTY, encoding="utf-8")
    echo.write_text(ECHO, encoding="utf-8")
    assert run_cli("add", str(county), str(echo)).code == 0
    assert run_cli("merge", "2", "1").code == 0
    county.write_text(PLANNED, encoding="utf-8")
    assert "1 correction now applies to another signing" in run_cli("add", str(county)).out
    assert _moved()

    county.write_text(COUNTY, encoding="utf-8")
    restored = run_cli("add", str(county)).out

    assert "another signing" not in restored
    assert not _moved()


def _edited(party: str) -> str:
    return COUNTY.replace("푸른원자력본부", party)


def test_a_file_edited_twice_and_restored_leaves_no_fix_to_review(env_archive: Path) -> None:
    """review 57 c, 5: a fix on the county's signing, the file edited twice (another partner
    each time) and then restored exactly: review listed the fix as applying to another
    signing, its "was" the first edit's, and `add` said it had moved again."""
    county = env_archive / "county.txt"
    county.write_text(COUNTY, encoding="utf-8")
    assert run_cli("add", str(county)).code == 0
    assert run_cli("fix", "1", "--place", "새봄군청 소회의실").code == 0
    for partner in ("맑은원자력본부", "밝은에너지공사"):
        county.write_text(_edited(partner), encoding="utf-8")
        assert "applies to another signing" in run_cli("add", str(county)).out

    county.write_text(COUNTY, encoding="utf-8")
    restored = run_cli("add", str(county)).out

    assert "another signing" not in restored
    assert not _moved()
