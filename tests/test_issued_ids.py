"""An id names one agreement or article for the archive's life: after `remove`, the next
signing added does not take the removed one's number, which a user may have noted or
exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_cli

ARTICLES = {
    "a.txt": "가온시, 누리전자와 투자협약\n\n가온시는 12일 시청에서 누리전자와 투자협약을"
    " 체결했다고 밝혔다.\n\n독자 기자\n",
    "b.txt": "다솜군, 새터대학교와 업무협약\n\n다솜군은 3일 새터대학교와 인재 양성을 위한"
    " 업무협약을 맺었다고 밝혔다.\n\n한별 기자\n",
    "c.txt": "푸른시, 한울병원과 의료협약\n\n푸른시는 5일 한울병원과 의료 지원 업무협약을"
    " 체결했다.\n\n누리 기자\n",
}


def test_a_removed_agreement_s_and_article_s_ids_are_never_given_again(env_archive: Path) -> None:
    for name, text in ARTICLES.items():
        (env_archive / name).write_text(text, encoding="utf-8")
    assert run_cli("add", str(env_archive / "a.txt"), str(env_archive / "b.txt")).code == 0
    assert "다솜군" in run_cli("show", "2").out

    assert run_cli("remove", "--yes", str(env_archive / "b.txt")).code == 0
    assert run_cli("add", str(env_archive / "c.txt")).code == 0

    gone = run_cli("show", "2")
    assert gone.code != 0 and "no agreement #2" in gone.err
    assert "푸른시" in run_cli("show", "3").out
    assert "푸른시" in run_cli("show", "--article", "3").out
    assert run_cli("show", "--article", "2").code != 0


def test_an_archive_upgraded_gives_no_id_its_corrections_still_name(env_archive: Path) -> None:
    """Made before migration 0024, the archive cannot know every id it gave; those the owner's
    corrections name ("#2 다솜군·새터대학교") are never given again."""
    from mouarchive import store

    for name, text in ARTICLES.items():
        (env_archive / name).write_text(text, encoding="utf-8")
    assert run_cli("add", str(env_archive / "a.txt"), str(env_archive / "b.txt")).code == 0
    assert run_cli("fix", "2", "--place", "군청").code == 0
    assert run_cli("remove", "--yes", str(env_archive / "b.txt")).code == 0
    db = store.open_archive(env_archive / "a.db")
    # The archive as a mouarchive before 0024 left it.
    for statement in (
        "DROP INDEX reports_read_order",
        "ALTER TABLE reports DROP COLUMN fullness",
        "DROP TRIGGER agreement_id_issued",
        "DROP TRIGGER article_id_issued",
        "DROP TABLE issued_ids",
        "DELETE FROM _sqlite_migrations WHERE name IN ('0024_issued_ids', '0025_report_fullness')",
    ):
        db.execute(statement)
    db.conn.close()

    assert run_cli("add", str(env_archive / "c.txt")).code == 0
    assert "푸른시" in run_cli("show", "3").out
    assert run_cli("show", "2").code != 0


def test_a_fix_stays_with_the_agreement_it_was_made_on_when_its_first_article_splits_off(
    env_archive: Path,
) -> None:
    same = (
        ARTICLES["a.txt"].replace("독자 기자", "한울 기자").replace("시청에서", "시청 대회의실에서")
    )
    (env_archive / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    (env_archive / "a2.txt").write_text(same, encoding="utf-8")
    assert run_cli("add", str(env_archive / "a.txt"), str(env_archive / "a2.txt")).code == 0
    assert len(json.loads(run_cli("show", "1", "--format", "json").out)["sources"]) == 2
    assert run_cli("fix", "1", "--add-party", "누리은행").code == 0

    assert run_cli("split", "1", "--article", "a1").code == 0

    kept, split_off = (json.loads(run_cli("show", i, "--format", "json").out) for i in "12")
    assert "누리은행" in kept["parties"] and "누리은행" not in split_off["parties"]
    (fix,) = [c for c in json.loads(run_cli("corrections", "--format", "json").out) if c["field"]]
    assert fix["applies_to"] == "#1"


def test_an_id_no_longer_held_says_what_became_of_it(env_archive: Path) -> None:
    """A note citing "#2" or "a2" can be followed: merged into which, removed by which
    correction, or never given."""
    for name, text in ARTICLES.items():
        (env_archive / name).write_text(text, encoding="utf-8")
    paths = [str(env_archive / name) for name in ARTICLES]
    assert run_cli("add", *paths).code == 0
    assert run_cli("merge", "1", "2").code == 0
    assert run_cli("merge", "3", "1").code == 0
    assert run_cli("remove", "--article", "2", "--yes").code == 0

    merged = run_cli("show", "2").err
    assert merged == (
        "error: no agreement #2: it was merged into #1 (correction 1), and its reports are gone"
        " since\n"
    )
    assert "#1: it was merged (correction 2); its signing is #3 now" in run_cli("show", "1").err
    assert "its signing is #3 now" in run_cli("fix", "1", "--place", "군청").err
    assert run_cli("show", "--article", "2").err == (
        "error: no article a2: you removed it (correction 3)\n"
    )
    assert "ids are #1 to #3" in run_cli("show", "9").err
    assert "ids are a1 to a3" in run_cli("show", "a9").err
    assert "ids are #1 to #3" in run_cli("show", "0").err


def test_an_id_asked_of_an_archive_that_holds_none_gives_no_range(env_archive: Path) -> None:
    """An archive whose only file was empty holds no ids: "a1 to a0" would be nonsense."""
    empty = env_archive / "empty.txt"
    empty.write_text("", encoding="utf-8")
    run_cli("add", str(empty))
    for asked in ("a1", "1"):
        said = run_cli("show", asked).err
        assert said.startswith("error: no ") and " to a0" not in said and " to #0" not in said


def test_an_article_gone_with_its_file_says_which_file(env_archive: Path) -> None:
    for name, text in ARTICLES.items():
        (env_archive / name).write_text(text, encoding="utf-8")
    assert run_cli("add", *(str(env_archive / name) for name in ARTICLES)).code == 0
    gone = str(env_archive / "b.txt")
    assert run_cli("remove", "--yes", gone).code == 0

    assert run_cli("show", "a2").err == (
        f"error: no article a2: it went with {gone}, which you removed (correction 1)\n"
    )
    assert f"removed {gone} (with a2)" in run_cli("corrections").out


def test_an_article_gone_with_its_file_added_again_names_its_id_now(env_archive: Path) -> None:
    """The file added again undid its removal: `show` of the article's old id said only
    that it was removed, and the undo said "already undone" with no word why (newcomer
    57, 10)."""
    for name, text in ARTICLES.items():
        (env_archive / name).write_text(text, encoding="utf-8")
    assert run_cli("add", *(str(env_archive / name) for name in ARTICLES)).code == 0
    gone = str(env_archive / "b.txt")
    assert run_cli("remove", "--yes", gone).code == 0

    assert run_cli("add", gone).code == 0

    assert run_cli("show", "a2").err == (
        f"error: no article a2: it went with {gone}, which you removed (correction 1)"
        " and added again; it is a4 now\n"
    )
    assert run_cli("corrections", "--undo", "1").err == (
        "error: correction 1 is already undone: adding its file again undid it\n"
    )


def test_a_merge_imported_names_this_archive_s_ids(tmp_path: Path) -> None:
    """The exporter's #2 is another signing here: an imported merge says what it did in
    this archive's ids, and `show` of the id it took in follows it here."""
    paths = []
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    mine, theirs = str(tmp_path / "mine.db"), str(tmp_path / "theirs.db")
    assert run_cli("--db", mine, "add", *paths).code == 0  # a, b, c: #1, #2, #3
    assert run_cli("--db", theirs, "add", *reversed(paths)).code == 0  # c, b, a: #1, #2, #3
    assert run_cli("--db", mine, "merge", "1", "3").code == 0  # 가온시 takes in 푸른시
    exported = tmp_path / "fixes.jsonl"
    assert run_cli("--db", mine, "corrections", "--export", str(exported)).code == 0

    assert run_cli("--db", theirs, "corrections", "--import", str(exported)).code == 0

    listed = json.loads(run_cli("--db", theirs, "corrections", "--format", "json").out)
    assert [row["change"] for row in listed] == ["merged #1 into #3"]
    assert listed[0]["label"].startswith("#3 가온시") and " + #1 푸른시" in listed[0]["label"]
    assert "its signing is #3 now" in run_cli("--db", theirs, "show", "1").err
    assert run_cli("--db", theirs, "remove", "--yes", paths[0], paths[2]).code == 0
    assert run_cli("--db", theirs, "show", "1").err.endswith(
        "merged into #3 (correction 1), and its reports are gone since\n"
    )


def test_an_imported_removal_names_this_archive_s_article(tmp_path: Path) -> None:
    paths = []
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    mine, theirs, later = (str(tmp_path / f"{n}.db") for n in ("mine", "theirs", "later"))
    assert run_cli("--db", mine, "add", *paths).code == 0  # a.txt is a1 here
    assert run_cli("--db", theirs, "add", *reversed(paths)).code == 0  # and a3 there
    assert run_cli("--db", mine, "remove", "--article", "1", "--yes").code == 0
    exported = tmp_path / "fixes.jsonl"
    assert run_cli("--db", mine, "corrections", "--export", str(exported)).code == 0

    assert run_cli("--db", theirs, "corrections", "--import", str(exported), "--yes").code == 0
    assert run_cli("--db", theirs, "show", "a3").err == (
        "error: no article a3: you removed it (correction 1)\n"
    )
    listed = json.loads(run_cli("--db", theirs, "corrections", "--format", "json").out)
    assert listed[0]["change"] == "removed article 3: 가온시, 누리전자와 투자협약"
    assert "푸른시" in run_cli("--db", theirs, "show", "a1").out

    assert run_cli("--db", later, "corrections", "--import", str(exported), "--yes").code == 0
    added = json.loads(run_cli("--db", later, "add", paths[0], "--format", "json").out)
    assert added["kept_out"] == [{"correction": 1, "removed": "가온시, 누리전자와 투자협약"}]


def test_fixing_an_article_s_date_says_what_its_agreement_now_reads(env_archive: Path) -> None:
    """A date given to an undated article dates its signing: the output names the change
    (newcomer 53, 17: the title and kind changed unsaid)."""
    path = env_archive / "b.txt"
    path.write_text(ARTICLES["b.txt"], encoding="utf-8")
    assert run_cli("add", str(path)).code == 0

    said = run_cli("fix", "--article", "1", "--date", "2024-05-04").out

    assert "#1 date: 3일 (연도 미상) → 2024-05-03" in said
    fixed = json.loads(
        run_cli("fix", "--article", "1", "--date", "2024-06-04", "--format", "json").out
    )
    assert {"agreement_id": 1, "field": "date", "old": "2024-05-03", "new": "2024-06-03"} in (
        fixed["changed"]
    )


def test_undoing_a_merge_says_which_split_made_under_it_parts_nothing_now(
    env_archive: Path,
) -> None:
    for name, text in ARTICLES.items():
        (env_archive / name).write_text(text, encoding="utf-8")
    assert run_cli("add", *(str(env_archive / name) for name in ARTICLES)).code == 0
    assert run_cli("merge", "1", "3").code == 0
    assert run_cli("split", "1", "--article", "3").code == 0

    said = run_cli("corrections", "--undo", "1").out

    assert "correction 2 (article 3 split off #1 as another signing) parts nothing now" in said
    assert "mouarchive corrections --undo 2 clears it" in said


def test_undoing_a_merge_gives_its_side_back_its_id_after_a_split_took_one_article(
    env_archive: Path,
) -> None:
    """merge 2 1, split 2 --article a1 (a1 takes #1 back), undo the merge: #1's other reports
    are #1 again, not a new #3 (review 53 a2, B2). The split is still in force, so a1 stays
    apart from them, under a new id (review 55 b, B1b: it joined them again, silently)."""
    _copies_and_another(env_archive, 3)
    assert run_cli("merge", "2", "1").code == 0
    assert "now agreement #1" in run_cli("split", "2", "--article", "1").out

    assert run_cli("corrections", "--undo", "1").code == 0

    first = json.loads(run_cli("show", "1", "--format", "json").out)
    assert sorted(source["article_id"] for source in first["sources"]) == [2, 3]
    third = json.loads(run_cli("show", "3", "--format", "json").out)
    assert [source["article_id"] for source in third["sources"]] == [1]


def test_an_article_let_back_in_and_read_again_says_its_new_id(env_archive: Path) -> None:
    page = Path(__file__).resolve().parents[1] / "examples" / "articles" / "04_newspaper_page.txt"
    assert run_cli("add", str(page)).code == 0
    assert run_cli("remove", "--article", "2", "--yes").code == 0
    assert run_cli("corrections", "--undo", "1").code == 0
    assert "at the next `mouarchive reextract` where the page is" in run_cli("show", "a2").err

    assert run_cli("reextract").code == 0

    assert run_cli("show", "a2").err == (
        "error: no article a2: you removed it (correction 1) and let it back in; it is a4 now\n"
    )


def test_a_future_date_given_to_an_article_is_warned_of_and_kept(env_archive: Path) -> None:
    path = env_archive / "b.txt"
    path.write_text(ARTICLES["b.txt"], encoding="utf-8")
    assert run_cli("add", str(path)).code == 0

    fixed = run_cli("fix", "--article", "1", "--date", "2099-01-01")

    assert fixed.code == 0
    assert "warning: --date 2099-01-01 is in the future" in fixed.err
    assert "#1 date: 3일 (연도 미상) → 2099-01-03" in fixed.out


def _three(env_archive: Path) -> None:
    for name, text in ARTICLES.items():
        (env_archive / name).write_text(text, encoding="utf-8")
    assert run_cli("add", *(str(env_archive / name) for name in ARTICLES)).code == 0


def _held(agreement_id: int) -> list[int]:
    shown = json.loads(run_cli("show", str(agreement_id), "--format", "json").out)
    return sorted(source["article_id"] for source in shown["sources"])


def test_undoing_a_merge_of_three_after_a_split_of_its_own_article_parts_all_three(
    env_archive: Path,
) -> None:
    """merge 1 2 3, split 1 --article a1 (a2 and a3 left together as #2), undo the merge, then
    the split: three signings under their own ids (newcomer 54, 1)."""
    _three(env_archive)
    assert run_cli("merge", "1", "2", "3").code == 0
    assert run_cli("split", "1", "--article", "1").code == 0
    assert run_cli("corrections", "--undo", "1").code == 0
    assert run_cli("corrections", "--undo", "2").code == 0

    assert [_held(i) for i in (1, 2, 3)] == [[1], [2], [3]]


def test_undoing_a_merge_after_its_first_side_was_removed_gives_the_other_its_id(
    env_archive: Path,
) -> None:
    """merge 1 2, remove a1 (#1 held a2 alone), undo the merge: a2 is #2 again (newcomer 54, 2)."""
    _three(env_archive)
    assert run_cli("merge", "1", "2").code == 0
    assert run_cli("remove", "--article", "1", "--yes").code == 0
    assert run_cli("corrections", "--undo", "1").code == 0

    assert _held(2) == [2]
    assert run_cli("show", "1").code != 0


@pytest.mark.parametrize("undo_first", ["1", "2"])
def test_a_split_merged_back_and_both_undone_is_one_signing_under_its_old_id(
    env_archive: Path, undo_first: str
) -> None:
    """split 1 --article a1 (a1 as #4), merge 4 1, undo the split, undo the merge: one
    signing, #1, as before both (review 54 a2, B5)."""
    _copies_and_another(env_archive, 2)
    assert "now agreement #3" in run_cli("split", "1", "--article", "1").out
    assert run_cli("merge", "3", "1").code == 0
    for correction in (undo_first, "2" if undo_first == "1" else "1"):
        assert "parts nothing" not in run_cli("corrections", "--undo", correction).out

    assert _held(1) == [1, 2]
    assert run_cli("show", "3").code != 0


def _copies_and_another(env_archive: Path, copies: int) -> None:
    """`copies` reports of a.txt's signing by as many reporters (agreement #1), then c.txt's."""
    paths = []
    for k in range(copies):
        path = env_archive / f"s{k}.txt"
        path.write_text(ARTICLES["a.txt"].replace("독자 기자", f"기자{k} 기자"), encoding="utf-8")
        paths.append(str(path))
    other = env_archive / "c.txt"
    other.write_text(ARTICLES["c.txt"], encoding="utf-8")
    assert run_cli("add", *paths, str(other)).code == 0


JOINING = {
    "day.txt": "강진군, 정선군과 자매결연\n\n강진군은 12일 군청에서 정선군과 자매결연을 맺었다고"
    " 밝혔다.\n두 군은 농특산물 직거래와 주민 교류를 함께 하기로 했다.\n",
    "items.txt": "강진군-정선군 우호교류 협약\n\n강진군과 정선군이 상호 우호 교류를 위한"
    " 업무협약을 체결했다.\n협약에 따라 두 군은 ▲농특산물 직거래 장터 운영 ▲청소년 체험 교류"
    " ▲축제 상호 방문에 협력한다.\n",
    "both.txt": "강진군-정선군 자매결연\n\n강진군은 지난 12일 정선군과 자매결연 협약을"
    " 체결했다.\n협약에 따라 두 군은 ▲농특산물 직거래 장터 운영 ▲청소년 체험 교류 ▲축제 상호"
    " 방문에 협력한다.\n",
}


def test_an_agreement_joined_to_another_on_add_says_which_and_when(env_archive: Path) -> None:
    """The day's report and the items' report are two agreements until a third tells both:
    `add` said "agreement #2 joined #1", and `show 2` then spoke only generally ("it is no
    more: an article added later …", review 54 a2, S2)."""
    for name, text in JOINING.items():
        (env_archive / name).write_text(text, encoding="utf-8")
        added = run_cli("add", str(env_archive / name))
        assert added.code == 0
    assert "agreement #2 joined #1" in added.out

    gone = run_cli("show", "2")

    assert gone.code != 0
    assert "no agreement #2: it joined #1 when a3 was added" in gone.err
