"""A recorded signing merged with another report of its own article (review 58 d, 1): the
record is saved after the reports extraction read, and the merge must point it at one saved
already, or the article can never be stored again (`reextract`, an edited file, a re-add all
stopped on KeyError -1), and the owner's merge and record would be lost with it (rule 7)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_cli

# A signing the extractor reads (written for this test, not a real article).
READ = (
    "영월군, 영월산림조합과 산촌 체험 협약\n\n영월군은 12일 군청 회의실에서 영월산림조합과"
    " 산촌 체험 관광 활성화를 위한 업무협약을 체결했다고 밝혔다.\n\n두 기관은 숲길 안내와"
    " 체험 프로그램 운영에 협력한다.\n\n입력 2025.06.12 10:00\n\nCopyright © 동강일보\n"
)
# A signing told without a word the extractor reads as one.
MISSED = (
    "평창·정선 두 농협, 감자 공동 출하 나선다\n\n평창농협과 정선농협 조합장이 3일 평창읍"
    " 농협 회의실에 모여 감자 공동 출하에 뜻을 모으고 서명했다.\n\n두 농협은 올해 수확분부터"
    " 함께 출하한다.\n\n입력 2025.07.03 09:00\n\nCopyright © 강원농민신문\n"
)


def _ids() -> list[int]:
    result = run_cli("timeline", "--format", "json")
    assert result.code == 0, result.err
    return [agreement["id"] for agreement in json.loads(result.out)]


def _stored_again(path: Path, text: str) -> None:
    """Read again, edited, and removed then added: each must store the article."""
    said = run_cli("reextract")
    assert said.code == 0, said.err
    assert _ids() == [1]
    path.write_text(text.replace("협력한다", "힘을 모은다").replace("함께 출하", "같이 출하"))
    said = run_cli("add", str(path))
    assert said.code == 0, said.err + said.out
    assert "could not be stored" not in said.out + said.err
    assert _ids() == [1]
    assert run_cli("remove", str(path), "--yes").code == 0
    said = run_cli("add", str(path))
    assert said.code == 0, said.err + said.out
    assert "could not be stored" not in said.out + said.err
    assert _ids() == [1]


def test_a_record_merged_with_its_articles_own_report_is_stored_again(
    env_archive: Path,
) -> None:
    path = env_archive / "read.txt"
    path.write_text(READ, encoding="utf-8")
    assert run_cli("add", str(path)).code == 0
    assert _ids() == [1]
    recorded = run_cli(
        "record", "--article", "1", "--party", "영월군", "--party", "영월관광재단",
        "--date", "2025-06-12", "--title", "산촌체험추가협약",
    )  # fmt: skip
    assert recorded.code == 0, recorded.err
    assert _ids() == [1, 2]
    assert run_cli("merge", "1", "2").code == 0
    assert _ids() == [1]
    _stored_again(path, READ)


def test_two_records_on_one_article_merged_are_stored_again(env_archive: Path) -> None:
    path = env_archive / "missed.txt"
    path.write_text(MISSED, encoding="utf-8")
    assert run_cli("add", str(path)).code == 0
    for parties in (("평창농협", "정선농협"), ("평창농협", "평창군")):
        said = run_cli(
            "record", "--article", "1", "--party", parties[0], "--party", parties[1],
            "--date", "2025-07-03",
        )  # fmt: skip
        assert said.code == 0, said.err
    assert _ids() == [1, 2]
    assert run_cli("merge", "1", "2").code == 0
    assert _ids() == [1]
    _stored_again(path, MISSED)
