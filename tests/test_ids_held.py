"""An id the owner saw names its signing through what the program does later: a file added
again with a date, an article read again, a removal undone (README: "Articles keep their
ids, and agreements theirs, where they are found again"); where an id is gone, `show` of it
says what became of it (newcomer 55, 2, 4, 8, 9)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli_runner import run_cli

# One signing told by two outlets; the first report names no year, so a date given decides
# whether it is the second's signing or one of another year.
COUNTY = (
    "새봄군, 푸른원자력본부와 상생 협약\n\n새봄군이 12일 군청에서 푸른원자력본부와 지역"
    " 상생발전을 위한 업무협약을 체결했다.\n\n협약에 따라 양 기관은 ▲지역 인재 채용"
    " ▲농산물 구매 확대 등에 협력한다.\n\n한결 기자\n"
)
PLANT = (
    "푸른원자력본부, 새봄군과 상생 협약\n\n푸른원자력본부는 12일 새봄군과 지역 상생발전을"
    " 위한 업무협약을 맺었다고 밝혔다.\n\n두 기관은 ▲주민 안전교육 ▲지역 축제 지원 등을"
    " 함께 추진한다.\n\n입력 2025.02.12 17:00\n\nCopyright © 남녘일보\n"
)


def _two_years(env_archive: Path) -> Path:
    """#1 (a1, dated 2024 by hand) and #2 (a2, 2025), #1's place corrected."""
    county, plant = env_archive / "county.txt", env_archive / "plant.txt"
    county.write_text(COUNTY, encoding="utf-8")
    plant.write_text(PLANT, encoding="utf-8")
    assert run_cli("add", "--date", "2024-02-12", str(county)).code == 0
    assert run_cli("add", str(plant)).code == 0
    assert run_cli("fix", "1", "--place", "새봄군청").code == 0
    return county


def test_a_file_added_again_with_a_date_that_joins_its_signing_to_another_says_so(
    env_archive: Path,
) -> None:
    """newcomer 55, 9: the re-add said "1 updated" and nothing else; #1 was gone into #2,
    `joined` empty in JSON and `show 1` a list of guesses."""
    county = _two_years(env_archive)

    added = run_cli("add", "--date", "2025-02-12", str(county), "--format", "json")

    assert json.loads(added.out)["joined"] == [{"agreement": 1, "into": 2, "read_again": True}]
    gone = run_cli("show", "1")
    assert gone.code != 0
    assert "no agreement #1: it joined #2 when a1 was read again" in gone.err
    assert "새봄군청" in run_cli("show", "2").out


def test_the_join_is_said_in_text_and_the_date_undone_gives_the_id_back(
    env_archive: Path,
) -> None:
    county = _two_years(env_archive)

    said = run_cli("add", "--date", "2025-02-12", str(county)).out
    assert "agreement #1 joined #2" in said

    assert run_cli("corrections", "--undo", "2").code == 0
    shown = run_cli("show", "1")
    assert shown.code == 0 and "2024-02-12" in shown.out and "새봄군청" in shown.out


def test_fixing_an_article_s_date_names_the_join_not_a_new_agreement(env_archive: Path) -> None:
    """`fix --article` said "#1: no longer read from it", "#2: new, read from it now": #2 was
    no new agreement, #1 had joined it."""
    county, plant = env_archive / "county.txt", env_archive / "plant.txt"
    county.write_text(COUNTY, encoding="utf-8")
    plant.write_text(PLANT, encoding="utf-8")
    assert run_cli("add", "--date", "2024-02-12", str(county)).code == 0
    assert run_cli("add", str(plant)).code == 0

    said = run_cli("fix", "--article", "1", "--date", "2025-02-12").out

    assert "agreement #1 joined #2" in said
    assert "new, read from it now" not in said


# A saved page of two articles, each a signing of its own, and another outlet's report of
# the first signing.
PAGE = """<html><head><meta charset="utf-8"><title>한빛신문</title></head><body>
<article><h1>가온시, 누리전자와 반도체 공장 투자협약</h1>
<p>입력 2025.06.10 10:00</p>
<p>가온시는 10일 시청에서 누리전자와 반도체 부품 공장 건립을 위한 투자협약을 체결했다.</p>
<p>누리전자는 2027년까지 산업단지에 공장을 짓고 지역 인재를 채용한다.</p>
<p>박새벽 기자</p></article>
<article><h1>다솜군, 새터대학교와 인재 양성 협약</h1>
<p>입력 2025.06.10 15:00</p>
<p>다솜군은 10일 새터대학교와 지역 인재 양성을 위한 업무협약을 맺었다.</p>
<p>두 기관은 ▲장학금 지원 ▲현장 실습 운영 등에 협력한다.</p>
<p>이고운 기자</p></article>
<p>Copyright © 한빛신문. All rights reserved.</p>
</body></html>
"""
ECHO = (
    "누리전자, 가온시에 반도체 공장 짓는다\n\n누리전자가 10일 가온시청에서 가온시와 반도체"
    " 부품 공장 건립 투자협약을 체결했다.\n\n회사는 2027년까지 공장을 짓고 지역 인재를"
    " 채용하기로 했다.\n\n입력 2025.06.10 18:00\n\nCopyright © 새벽경제\n"
)


def add_three(env_archive: Path) -> list[str]:
    """새봄군's signing in two outlets (county.txt, echo.txt) and 가온시's (plant.txt), written
    into the archive's folder and added in that order; the files' paths, for adding again."""
    paths = []
    for name, text in (("county.txt", COUNTY), ("plant.txt", PLANT), ("echo.txt", ECHO)):
        path = env_archive / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert run_cli("add", *paths).code == 0
    return paths


def _page(env_archive: Path) -> Path:
    page = env_archive / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert run_cli("add", str(page)).code == 0
    assert "가온시" in run_cli("show", "1").out and "다솜군" in run_cli("show", "2").out
    return page


def _three_signings(env_archive: Path) -> tuple[Path, Path]:
    """The page's two signings (#1, #2) and 새봄군's, told by an echo of #1 and its own
    report (#3)."""
    _page(env_archive)
    echo, county = env_archive / "echo.txt", env_archive / "county.txt"
    echo.write_text(ECHO, encoding="utf-8")
    county.write_text(COUNTY, encoding="utf-8")
    assert run_cli("add", str(echo)).code == 0
    assert run_cli("add", "--date", "2025-02-12", str(county)).code == 0
    return echo, county


def test_an_article_removed_and_let_back_in_brings_its_signing_back_under_its_id(
    env_archive: Path,
) -> None:
    """newcomer 55, 4 (b): the signing came back as a new #3, and `show 1` listed guesses."""
    _page(env_archive)
    assert run_cli("fix", "1", "--place", "가온시청 대회의실").code == 0
    assert run_cli("remove", "--article", "1", "--yes").code == 0
    assert "no agreement #1: the article that told it was removed (correction 2)" in (
        run_cli("show", "1").err
    )

    assert run_cli("corrections", "--undo", "2").code == 0
    waiting = run_cli("show", "1").err
    assert "removed (correction 2) and let back in; the signing comes back with it" in waiting
    assert run_cli("reextract").code == 0

    shown = run_cli("show", "1")
    assert shown.code == 0 and "가온시" in shown.out and "가온시청 대회의실" in shown.out
    assert "다솜군" in run_cli("show", "2").out


def test_a_file_removed_and_added_again_brings_its_signings_back_under_their_ids(
    env_archive: Path,
) -> None:
    """newcomer 55, 4 (d): `remove page.html`, `add page.html`: #3 and #4, not #1 and #2."""
    page = _page(env_archive)
    assert run_cli("remove", str(page), "--yes").code == 0
    assert "no agreement #2: the article that told it was removed with its file" in (
        run_cli("show", "2").err
    )

    assert run_cli("add", str(page)).code == 0

    assert "가온시" in run_cli("show", "1").out
    assert "다솜군" in run_cli("show", "2").out


def test_reextract_keeps_the_id_of_a_signing_that_was_there_all_along(env_archive: Path) -> None:
    """newcomer 55, 2: an article let back in, read before the one that kept its signing's
    id, started the signing under a new id, and `show 1` said its reports were in #3. The
    article sat in #2 while a merge held it, so #2 is not its id either."""
    _page(env_archive)
    echo = env_archive / "echo.txt"
    echo.write_text(ECHO, encoding="utf-8")
    assert run_cli("add", str(echo)).code == 0
    assert run_cli("merge", "2", "1").code == 0
    assert run_cli("remove", "--article", "1", "--yes").code == 0
    assert run_cli("corrections", "--undo", "1").code == 0
    assert run_cli("corrections", "--undo", "2").code == 0

    assert run_cli("reextract").code == 0

    first, second = run_cli("show", "1"), run_cli("show", "2")
    assert first.code == 0 and "article a3" in first.out and "article a4" in first.out
    assert "다솜군" in second.out and "가온시" not in second.out


def test_an_article_removed_while_merged_comes_back_under_its_own_signing_s_id(
    env_archive: Path,
) -> None:
    """newcomer 55, 4 (c): fix 2, merge 1 2, remove a2, both undone in either order: the
    signing came back as #3, its fix kept. It sat in #1 while the merge held it: #2, the id
    the merge took in, is its own."""
    for order in (("3", "2"), ("2", "3")):
        (env_archive / "a.db").unlink(missing_ok=True)
        _page(env_archive)
        assert run_cli("fix", "2", "--place", "새터대학교 본관").code == 0
        assert run_cli("merge", "1", "2").code == 0
        assert run_cli("remove", "--article", "2", "--yes").code == 0
        for correction in order:
            assert run_cli("corrections", "--undo", correction).code == 0

        assert run_cli("reextract").code == 0

        shown = run_cli("show", "2")
        assert shown.code == 0 and "다솜군" in shown.out and "새터대학교 본관" in shown.out


def test_undoing_the_oldest_merge_keeps_the_split_off_signing_under_the_id_it_stayed(
    env_archive: Path,
) -> None:
    """newcomer 55, 1: merge 1 3, merge 2 1, split 2 --article a2 ("article 2 stays #2 …;
    its other sources are #1 again"), undo the first merge: a2 went to a new #4 and #2 held
    the others, with the place fixed on #3, after the merge's warning had said #2's stood."""
    _three_signings(env_archive)
    assert run_cli("fix", "3", "--place", "새봄군청").code == 0
    assert run_cli("fix", "2", "--place", "새터대학교 본관").code == 0
    assert run_cli("merge", "1", "3").code == 0
    assert run_cli("merge", "2", "1").code == 0
    assert "article 2 stays #2" in run_cli("split", "2", "--article", "2").out

    assert run_cli("corrections", "--undo", "3").code == 0

    stayed = run_cli("show", "2").out
    assert "다솜군" in stayed and "새터대학교 본관" in stayed and "가온시" not in stayed
    others = run_cli("show", "1").out
    assert "article a1" in others and "article a4" in others


def _held(agreement: str) -> list[str]:
    return sorted(set(re.findall(r"^source article (a\d+)", run_cli("show", agreement).out, re.M)))


def test_undoing_a_split_leaves_an_older_split_s_sides_under_the_ids_it_gave(
    env_archive: Path,
) -> None:
    """Random driver (seed 29, an undo giving back the state before the split, ids and all):
    split 1 --article a3 (#4), merge 4 3, merge 1 2, split 4 --article a3 ("a3 stays #4;
    its other sources are #3 again"), split 1 --article a1, undo the last: a3 went to #5
    and a4 to #4, though nothing had moved them."""
    _three_signings(env_archive)
    assert "now agreement #4" in run_cli("split", "1", "--article", "3").out
    assert run_cli("merge", "4", "3").code == 0
    assert run_cli("merge", "1", "2").code == 0
    assert "article 3 stays #4" in run_cli("split", "4", "--article", "3").out
    assert run_cli("split", "1", "--article", "1").code == 0

    assert run_cli("corrections", "--undo", "5").code == 0

    assert (_held("1"), _held("3"), _held("4")) == (["a1", "a2"], ["a4"], ["a3"])


def test_an_imported_merge_and_split_give_the_split_off_signing_its_id_back(
    env_archive: Path, monkeypatch
) -> None:
    """newcomer 55, 10: merge 1 3 and split 1 --article a4 at home (a4's signing #3 again);
    imported into an archive that held the signings under other ids, the split-off one
    came under a new id, and `show` of its own named only the merge."""
    echo, county = _three_signings(env_archive)
    assert run_cli("merge", "1", "3").code == 0
    assert "now agreement #3" in run_cli("split", "1", "--article", "4").out
    exported = env_archive / "fixes.jsonl"
    assert run_cli("corrections", "--export", str(exported)).code == 0

    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "b.db"))
    assert run_cli("add", "--date", "2025-02-12", str(county)).code == 0
    assert run_cli("add", str(env_archive / "page.html"), str(echo)).code == 0
    assert "새봄군" in run_cli("show", "1").out and "가온시" in run_cli("show", "2").out

    assert run_cli("corrections", "--import", str(exported)).code == 0

    assert "새봄군" in run_cli("show", "1").out
    assert _held("2") == ["a2", "a4"]


def test_a_fix_whose_article_is_removed_leaves_the_split_off_signing_as_read(
    env_archive: Path,
) -> None:
    """newcomer 55, 3: a place fixed on two reports, one split off and the other's article
    removed: the split-off agreement showed the read place under the fix's mark ("가온시청
    수정 1"). A fix stays with the signing it was made on (stop 56's new user), so it goes
    with the removed article, and the signing split off shows what its report reads."""
    _page(env_archive)
    echo = env_archive / "echo.txt"
    echo.write_text(ECHO, encoding="utf-8")
    assert run_cli("add", str(echo)).code == 0
    assert run_cli("fix", "1", "--place", "가온시청 대회의실").code == 0
    assert "now agreement #3" in run_cli("split", "1", "--article", "3").out

    assert run_cli("remove", "--article", "1", "--yes").code == 0

    assert re.search(r"place +가온시청\n", run_cli("show", "3").out)


def test_a_page_added_again_names_the_imported_removal_that_keeps_its_article_out(
    env_archive: Path, monkeypatch
) -> None:
    """review 55 b, S1: removed by hand, the page added again says "kept out: …"; removed
    by an import, it said nothing."""
    page = _page(env_archive)
    assert run_cli("remove", "--article", "1", "--yes").code == 0
    exported = env_archive / "fixes.jsonl"
    assert run_cli("corrections", "--export", str(exported)).code == 0
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "b.db"))
    assert run_cli("add", str(page)).code == 0
    assert run_cli("corrections", "--import", str(exported), "--yes").code == 0

    again = run_cli("add", str(page))

    assert "kept out: article 1: 가온시, 누리전자와 반도체 공장 투자협약" in again.out


def test_a_correction_both_archives_made_alike_is_imported_as_already_here(
    env_archive: Path, monkeypatch
) -> None:
    """newcomer 55, 7: both owners added the file again with its outlet (the same manifest):
    the import said "1 imported, 0 already here" and `corrections` listed the outlet twice."""
    county = env_archive / "county.txt"
    county.write_text(COUNTY, encoding="utf-8")
    exported = env_archive / "fixes.jsonl"
    for archive in ("a.db", "b.db"):
        monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / archive))
        assert run_cli("add", str(county)).code == 0
        assert run_cli("add", "--outlet", "남녘일보", str(county)).code == 0
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "a.db"))
    assert run_cli("corrections", "--export", str(exported)).code == 0
    # The colleague made theirs another day.
    lines = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    exported.write_text(
        "".join(
            json.dumps({**line, "made_at": "2026-01-05T09:00:00+00:00"}) + "\n" for line in lines
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "b.db"))

    said = run_cli("corrections", "--import", str(exported)).out

    assert "0 imported, 1 already here" in said
    listed = json.loads(run_cli("corrections", "--format", "json").out)
    assert [c["new"] for c in listed] == ["남녘일보"]


def test_an_agreement_merged_twice_lists_its_own_parties_first(env_archive: Path) -> None:
    """newcomer 55, 14: merge 2 3, merge 2 1: #2's parties began with #3's, earlier
    published, and so did the label of every correction made on #2 after."""
    _page(env_archive)
    county = env_archive / "county.txt"
    county.write_text(COUNTY, encoding="utf-8")
    assert run_cli("add", "--date", "2025-02-12", str(county)).code == 0
    assert run_cli("merge", "2", "3").code == 0
    assert run_cli("merge", "2", "1").code == 0

    parties = json.loads(run_cli("show", "2", "--format", "json").out)["parties"]

    assert parties[:2] == ["다솜군", "새터대학교"]


def test_a_split_the_undone_merge_alone_held_says_so_the_right_way_round(
    env_archive: Path,
) -> None:
    """newcomer 55, 13: "parts nothing now: the merge held its sides together" read as if
    the merge still held them; it was just undone, and they are apart without it."""
    _page(env_archive)
    assert run_cli("merge", "1", "2").code == 0
    assert run_cli("split", "1", "--article", "2").code == 0

    said = run_cli("corrections", "--undo", "1").out

    assert (
        "correction 2 (article 2 split off #1 as another signing) parts nothing now: its sides"
        " were together only through correction 1, apart again without it" in said
    )


def test_a_signing_an_edit_took_out_and_put_back_comes_back_under_its_id(
    env_archive: Path,
) -> None:
    """newcomer 55, 8: a file edited so that it tells no signing, then restored: "1
    correction applies again, to agreement #2", and `show 1` could say only that #1 was
    read again without it."""
    county = env_archive / "county.txt"
    county.write_text(COUNTY, encoding="utf-8")
    assert run_cli("add", "--date", "2025-02-12", str(county)).code == 0
    assert run_cli("fix", "1", "--place", "새봄군청").code == 0
    county.write_text(
        COUNTY.replace(
            "푸른원자력본부와 지역 상생발전을 위한 업무협약을 체결했다", "봄꽃 축제를 열었다"
        )
        .replace("협약에 따라 양 기관은", "군은")
        .replace("협력한다", "나선다"),
        encoding="utf-8",
    )
    assert "no longer applies" in run_cli("add", "--date", "2025-02-12", str(county)).out
    county.write_text(COUNTY, encoding="utf-8")

    said = run_cli("add", "--date", "2025-02-12", str(county)).out

    assert "1 correction applies again, to agreement #1" in said
    assert "새봄군청" in run_cli("show", "1").out


def test_undoing_a_merge_both_of_one_signing_s_articles_were_split_from_keeps_their_ids(
    env_archive: Path,
) -> None:
    """Random driver, seed 103: merge 3 1 2, split 3 --article a1 ("now agreement #1"),
    split 3 --article a3 ("now agreement #4"), undo the merge: a3 went to #1 and a1 to a
    new #5, though neither had moved."""
    _three_signings(env_archive)
    assert run_cli("merge", "3", "1", "2").code == 0
    assert "now agreement #1" in run_cli("split", "3", "--article", "1").out
    assert "now agreement #4" in run_cli("split", "3", "--article", "3").out

    assert run_cli("corrections", "--undo", "1").code == 0

    assert (_held("1"), _held("2"), _held("3"), _held("4")) == (["a1"], ["a2"], ["a4"], ["a3"])
