"""The owner's merge of two signings one article tells holds through re-extraction: the two
are never weighed against each other (an article's own reports are apart by its telling), so
only the correction keeps them one."""

from __future__ import annotations

import json
from pathlib import Path

from curation_archive import Archive

TWO_SIGNINGS = (
    "순천시 두 건 협약\n\n"
    "순천시는 12일 시청에서 누리전자와 투자협약을 체결했다.\n"
    "이어 순천시는 같은 자리에서 다솜대학교와 산학협력 업무협약도 체결했다.\n"
)


def _parties(archive: Archive) -> list[list[str]]:
    listed = json.loads(archive.ok("timeline", "--format", "json").out)
    return sorted(sorted(a["parties"]) for a in listed)


def test_a_merge_of_one_articles_two_signings_survives_reextract_and_an_article_fix(
    tmp_path: Path,
) -> None:
    archive = Archive(tmp_path)
    archive.ok("add", "--quiet", archive.write("two.txt", TWO_SIGNINGS))
    assert len(_parties(archive)) == 2
    archive.ok("merge", "1", "2")
    merged = [["누리전자", "다솜대학교", "전라남도 순천시"]]
    assert _parties(archive) == merged
    archive.ok("reextract", "--quiet")
    assert _parties(archive) == merged
    archive.ok("fix", "--article", "1", "--date", "2024-05-13")
    assert _parties(archive) == merged


def test_undoing_that_merge_parts_them_again(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.ok("add", "--quiet", archive.write("two.txt", TWO_SIGNINGS))
    archive.ok("merge", "1", "2")
    archive.ok("corrections", "--undo", "1")
    archive.ok("reextract", "--quiet")
    assert len(_parties(archive)) == 2


def test_corrections_imported_before_their_article_bind_to_their_own_signings(
    tmp_path: Path,
) -> None:
    made = Archive(tmp_path / "made")
    made.ok("add", "--quiet", made.write("two.txt", TWO_SIGNINGS))
    made.ok("fix", "2", "--title", "산학협력 협약", "--jobs", "30")
    made.ok("corrections", "--export", str(tmp_path / "fixes.jsonl"))
    early = Archive(tmp_path / "early")
    early.ok("corrections", "--import", str(tmp_path / "fixes.jsonl"))
    early.ok("add", "--quiet", early.write("two.txt", TWO_SIGNINGS))
    shown = sorted(
        (a["title"] or "", a["jobs"] or 0)
        for a in json.loads(early.ok("timeline", "--format", "json").out)
    )
    assert len(shown) == 2 and shown[1] == ("산학협력 협약", 30)
    assert shown[0][0] != "산학협력 협약" and shown[0][1] == 0
