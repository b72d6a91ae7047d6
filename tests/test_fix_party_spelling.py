"""A party typed into `fix --add-party` that spells one the agreement has, by its last
words or with its place written short, adds nothing and says which party it is; a quarter of
a city the owner adds is that city's own side in `partners --region`, never its partner
(newcomer 59: 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from curation_archive import Archive

SISTERS = (
    "단양군 가곡면, 마포구 망원1동과 자매결연\n\n"
    "단양군 가곡면은 지난 12일 가곡면 행정복지센터에서 서울 마포구 망원 1동과 자매결연을"
    " 맺었다고 14일 밝혔다.\n\n"
    "두 지역은 농산물 직거래 장터를 열고 주민 교류 행사를 함께 하기로 했다.\n\n"
    "2024-09-14 이나래 기자\n"
)


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def _only(archive: Archive, text: str) -> str:
    archive.ok("add", archive.write("article.txt", text))
    (agreement,) = archive.agreements()
    return str(agreement["id"])


@pytest.mark.parametrize("typed", ["마포구 망원1동", "망원 1동", "서울 마포구 망원 1동", "가곡면"])
def test_a_spelling_of_a_party_adds_nothing_and_names_it(archive: Archive, typed: str) -> None:
    ident = _only(archive, SISTERS)
    parties = archive.json("show", ident)["parties"]
    assert parties == ["충청북도 단양군 가곡면", "서울특별시 마포구 망원1동"]
    result = archive.run("fix", ident, "--add-party", typed)
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    held = parties[0] if typed == "가곡면" else parties[1]
    assert f"already has party '{held}' ('{typed}' is that party)" in result.err
    assert archive.json("show", ident)["parties"] == parties
    assert archive.json("corrections") == []


def test_a_place_around_a_party_is_another_party(archive: Archive) -> None:
    ident = _only(archive, SISTERS)
    archive.ok("fix", ident, "--add-party", "마포구")
    assert archive.json("show", ident)["parties"][-1] == "서울특별시 마포구"


def test_a_quarter_added_by_an_earlier_fix_is_its_citys_own_side(tmp_path: Path) -> None:
    """A correction made before `fix` knew a spelling of a party ("망원 1동" beside 서울특별시
    마포구 망원1동), imported from its export: the quarter stays Seoul's own side."""
    first = Archive(tmp_path / "first")
    ident = _only(first, SISTERS)
    first.ok("fix", ident, "--add-party", "한결상회")
    exported = first.ok("corrections", "--export", "-").out
    earlier = Archive(tmp_path / "earlier")
    corrections = earlier.write("corrections.jsonl", exported.replace("한결상회", "망원 1동"))
    earlier.ok("corrections", "--import", corrections)
    _only(earlier, SISTERS)
    assert earlier.json("show", ident)["parties"][-1] == "망원 1동"
    partners = earlier.ok("partners", "--region", "서울").out
    assert "충청북도 단양군 가곡면" in partners
    assert "망원" not in partners
    theirs = earlier.ok("partners", "--region", "단양").out
    assert "서울특별시 마포구 망원1동" in theirs and "망원 1동" not in theirs
