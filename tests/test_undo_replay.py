"""Merges and splits undone in any order, while later ones hold their sides: the signings
as the corrections still in force make them, under the ids they had, and with every one
undone the archive as before them (review 54 a2, B4, B5, B9; its random driver's seeds
8 and 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from curation_archive import Archive

SUNCHEON = (
    "순천시·순천대, 정원 관광 인재 키운다\n"
    "노관규 순천시장과 순천대 총장은 11일 시청 대회의실에서 정원 관광 전문 인력 양성을"
    " 위한 업무협약을 체결했다.\n"
    "두 기관은 ▲정원 해설사 교육과정 개설 ▲졸업생 현장 실습에 협력하기로 했다.\n"
    "순천=정다온 기자 daon@namdo.example\n"
)
SUNCHEON_AGAIN = (
    "순천시, 순천대와 정원 관광 전문 인력 양성 협약\n"
    "순천시는 11일 시청 대회의실에서 순천대와 정원 관광 전문 인력 양성을 위한 업무협약을"
    " 체결했다고 밝혔다.\n"
    "협약에 따라 시와 대학은 정원 해설사 교육과정을 함께 열고 졸업생 현장 실습을 돕는다.\n"
    "류가을 기자 gaeul@baekun.example\n"
)
YEOSU = (
    "여수시·여수광양항만공사, 크루즈 관광 손잡아\n"
    "정기명 여수시장과 항만공사 사장은 14일 엑스포항에서 크루즈 관광 활성화를 위한"
    " 업무협약을 맺었다.\n"
    "양 기관은 ▲크루즈 전용 부두 홍보 ▲기항지 관광 상품 개발에 힘을 모은다.\n"
    "여수=문가람 기자 garam@namdo.example\n"
)
GWANGYANG = (
    "광양시·포스코, 탄소중립 산업단지 조성 협약\n"
    "정인화 광양시장과 포스코 광양제철소장은 18일 시청에서 탄소중립 산업단지 조성을 위한"
    " 업무협약을 체결했다.\n"
    "두 기관은 ▲수소 환원 제철 실증 ▲부생가스 활용 연구에 함께한다.\n"
    "광양=한도윤 기자 doyun@baekun.example\n"
)
GOHEUNG = (
    "고흥군·한국항공우주연구원, 우주발사체 산업 협력\n"
    "공영민 고흥군수와 항우연 원장은 21일 나로우주센터에서 우주발사체 산업 육성을 위한"
    " 업무협약을 맺었다.\n"
    "양 기관은 ▲발사체 부품 기업 유치 ▲우주 교육 체험관 운영에 협력한다.\n"
    "고흥=윤하늘 기자 haneul@nodo.example\n"
)
START = {1: ["sun_a", "sun_b"], 2: ["yeosu"], 3: ["gwangyang"], 4: ["goheung"]}


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    """#1 순천 in two outlets' copies (a1, a2), #2 여수, #3 광양, #4 고흥."""
    archive = Archive(tmp_path)
    files = {
        "sun_a": SUNCHEON,
        "sun_b": SUNCHEON_AGAIN,
        "yeosu": YEOSU,
        "gwangyang": GWANGYANG,
        "goheung": GOHEUNG,
    }
    paths = [archive.write(f"{name}.txt", text) for name, text in files.items()]
    archive.ok("add", "--date", "2024-06-20", *paths)
    assert _state(archive) == START
    return archive


def _state(archive: Archive) -> dict[int, list[str]]:
    """Agreement id → the files of its sources."""
    return {
        a["id"]: sorted(Path(s["path"]).stem for s in a["sources"]) for a in archive.agreements()
    }


def _undo(archive: Archive, *corrections: int) -> None:
    for correction in corrections:
        archive.ok("corrections", "--undo", str(correction))


def test_undoing_a_split_a_later_merge_holds_joins_the_merged_agreement_under_its_id(
    archive: Archive,
) -> None:
    """split 1 --article a1 (#5), merge 2 5, undo the split: 순천's copies are one signing
    again, which the merge said 여수's is too: all under #2, the id the merge kept, and
    `show 1` says so. It took #1, and #2 was "no more" (B4)."""
    assert "now agreement #5" in archive.ok("split", "1", "--article", "1").out
    archive.ok("merge", "2", "5")

    _undo(archive, 1)

    assert _state(archive) == {2: ["sun_a", "sun_b", "yeosu"], 3: ["gwangyang"], 4: ["goheung"]}
    assert "the reports it had are in #2 now" in archive.run("show", "1").err
    _undo(archive, 2)
    assert _state(archive) == START


@pytest.mark.parametrize(
    ("made", "undone"),
    [
        # B4 / seed 9: a split undone under a later merge, a second split, all undone.
        ([("split", "1", "--article", "1"), ("merge", "2", "5")], [1, 2]),
        # B9 / seed 15: two merges, two splits, undone out of order.
        (
            [
                ("merge", "3", "4"),
                ("merge", "2", "3"),
                ("split", "1", "--article", "1"),
                ("split", "2", "--article", "5"),
            ],
            [3, 2, 4, 1],
        ),
        # seed 8: a split, two merges, one merge of them all with the split's new id.
        (
            [
                ("split", "1", "--article", "1"),
                ("merge", "3", "4"),
                ("merge", "1", "2"),
                ("merge", "5", "1", "3"),
            ],
            [2, 3, 1, 4],
        ),
    ],
)
def test_every_merge_and_split_undone_gives_the_archive_back(
    archive: Archive, made: list[tuple[str, ...]], undone: list[int]
) -> None:
    """With every correction undone, each signing is one agreement under its own id, and
    `reextract` keeps them so: the undone ones left two signings joined, or one under a
    split's id."""
    for command in made:
        archive.ok(*command)

    _undo(archive, *undone)

    assert _state(archive) == START
    archive.ok("reextract")
    assert _state(archive) == START


def test_undoing_a_merge_imported_before_its_side_was_here_keeps_the_ids_held(
    archive: Archive, tmp_path: Path
) -> None:
    """A merge imported while one side was not here yet names no id for its sides: undone,
    the agreement its reports are all in keeps its id, and only the side parted off takes
    a new one."""
    archive.ok("merge", "2", "3")
    exported = str(tmp_path / "fixes.jsonl")
    archive.ok("corrections", "--export", exported)
    other = Archive(tmp_path / "other")
    texts = {"sun_a": SUNCHEON, "sun_b": SUNCHEON_AGAIN, "yeosu": YEOSU, "goheung": GOHEUNG}
    paths = [other.write(f"{name}.txt", text) for name, text in texts.items()]
    other.ok("add", "--date", "2024-06-20", *paths)
    other.ok("corrections", "--import", exported)
    other.ok("add", "--date", "2024-06-20", other.write("gwangyang.txt", GWANGYANG))
    assert _state(other) == {1: ["sun_a", "sun_b"], 2: ["gwangyang", "yeosu"], 3: ["goheung"]}

    _undo(other, 1)

    assert _state(other) == {1: ["sun_a", "sun_b"], 2: ["yeosu"], 3: ["goheung"], 4: ["gwangyang"]}


def test_the_id_a_merge_kept_names_the_removals_of_its_articles(archive: Archive) -> None:
    """merge 2 3, then both articles removed: `show 2` spoke only generally ("it is no
    more: an article added later …", review 54 a2, S2)."""
    archive.ok("merge", "2", "3")
    for article in ("yeosu", "gwangyang"):
        archive.ok("remove", "--article", str(archive.article_id(article)), "--yes")

    gone = archive.run("show", "2")

    assert gone.code != 0
    assert "no agreement #2: the articles that told it were removed (corrections 2, 3)" in gone.err


SUNCHEON_THIRD = (
    "순천시·순천대 '정원 관광 인재' 함께 길러\n"
    "순천시와 순천대가 11일 시청 대회의실에서 정원 관광 전문 인력 양성 업무협약을 체결했다.\n"
    "시와 대학은 정원 해설사 교육과정을 개설하고 졸업생의 현장 실습을 지원하기로 했다.\n"
    "서보람 기자 boram@dongbu.example\n"
)


def test_undoing_a_merge_keeps_an_older_split_in_force(archive: Archive) -> None:
    """split 1 --article 1 (#5), merge 2 5, undo the merge only: the split is still in
    force, so 순천's first copy stays apart under #5. Both sides of the split took the id
    it was made on, and the undo put sun_a back with sun_b in #1, silently (review 55 b,
    B1)."""
    assert "now agreement #5" in archive.ok("split", "1", "--article", "1").out
    archive.ok("merge", "2", "5")

    _undo(archive, 2)

    assert _state(archive) == {
        1: ["sun_b"],
        2: ["yeosu"],
        3: ["gwangyang"],
        4: ["goheung"],
        5: ["sun_a"],
    }


def test_undoing_an_older_merge_keeps_a_split_and_a_merge_made_after_it(archive: Archive) -> None:
    """merge 1 2, merge 3 4, split 1 --article 1 (#5), merge 5 3, then undo the first
    merge: the split and merge 4 are in force, so sun_a stays with 광양 and 고흥 in #5,
    and no line says the split parts nothing (review 55 b, B1b: all of them went into #1,
    "the merge held its sides together")."""
    archive.ok("merge", "1", "2")
    archive.ok("merge", "3", "4")
    assert "now agreement #5" in archive.ok("split", "1", "--article", "1").out
    archive.ok("merge", "5", "3")

    said = archive.ok("corrections", "--undo", "1")

    assert _state(archive) == {1: ["sun_b"], 2: ["yeosu"], 5: ["goheung", "gwangyang", "sun_a"]}
    assert "parts nothing now" not in said.out + said.err


def test_a_report_added_under_a_merge_stays_with_its_own_signing_after_the_undos(
    archive: Archive,
) -> None:
    """split 1 --article 1 (#5), merge 2 5, then a third 순천 report joins #1 (with sun_b);
    undo the split, then the merge: the third report is 순천's and goes back with sun_a and
    sun_b, never into 여수's #2, where only the merge had held it (review 55 b, B2)."""
    archive.ok("split", "1", "--article", "1")
    archive.ok("merge", "2", "5")
    archive.ok("add", "--date", "2024-06-20", archive.write("sun_c.txt", SUNCHEON_THIRD))
    assert _state(archive)[1] == ["sun_b", "sun_c"]

    _undo(archive, 1, 2)

    assert _state(archive) == {**START, 1: ["sun_a", "sun_b", "sun_c"]}


def test_undoing_a_merge_under_a_later_one_keeps_the_later_merge_on_its_kept_id(
    archive: Archive,
) -> None:
    """merge 2 1, merge 2 3, undo the first: the later merge still joins 광양 (#3) with
    여수's #2, the id it kept; 광양 went with 순천's #1 instead, whose reports the later
    merge named only because the first had put them in #2 (random driver, seed 3)."""
    archive.ok("merge", "2", "1")
    archive.ok("merge", "2", "3")

    _undo(archive, 1)

    assert _state(archive) == {
        1: ["sun_a", "sun_b"],
        2: ["gwangyang", "yeosu"],
        4: ["goheung"],
    }
