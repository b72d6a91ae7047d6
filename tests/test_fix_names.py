"""Names typed into `fix` are spelled as extraction spells them, read against the agreement's
own articles: "광주시" is 광주광역시 where the article is about 강기정 광주시장's city, an
error listing both 광주s where nothing says which."""

from __future__ import annotations

from pathlib import Path

import pytest
from curation_archive import DAEGU_ONE, DAILY, Archive

from mouarchive.typed_names import AmbiguousName, organisation


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_a_typed_government_becomes_its_canonical_name(archive: Archive) -> None:
    archive.add(DAEGU_ONE)
    ident = str(archive.agreement_of(DAEGU_ONE)["id"])
    archive.ok("fix", ident, "--add-party", "전남도", "--add-party", "(주)한빛에너지")
    archive.ok("fix", ident, "--add-party", "서구", "--add-signatory", "김하늘,본부장,전남도청")
    shown = archive.json("show", ident)
    assert shown["parties"][-3:] == ["전라남도", "한빛에너지", "대구광역시 서구"]
    assert shown["signatories"][-1]["organization"] == "전라남도"


def test_a_bare_gwangju_is_read_from_the_agreements_articles(archive: Archive) -> None:
    archive.add(DAILY)
    ident = str(archive.agreement_of(DAILY)["id"])
    again = archive.run("fix", ident, "--add-party", "광주시")
    assert again.code == 2 and "already has party '광주광역시'" in again.err
    archive.ok("fix", ident, "--remove-party", "광주시")
    assert archive.json("show", ident)["parties"] == ["전라남도"]


def test_an_ambiguous_name_is_an_error_listing_the_candidates(archive: Archive) -> None:
    archive.add(DAEGU_ONE)
    ident = str(archive.agreement_of(DAEGU_ONE)["id"])
    before = archive.json("show", ident)
    result = archive.run("fix", ident, "--add-party", "광주시")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert "광주광역시 or 경기도 광주시" in result.err
    assert "--add-party" in result.err
    assert archive.json("show", ident) == before
    assert archive.json("corrections") == []
    archive.ok("fix", ident, "--add-party", "경기 광주시")
    assert archive.json("show", ident)["parties"][-1] == "경기도 광주시"


def test_the_context_decides_as_it_does_for_extraction() -> None:
    about_gyeonggi = "방세환 광주시장은 오포읍 주민들과 곤지암 일대를 둘러봤다."
    assert organisation("광주시", about_gyeonggi) == "경기도 광주시"
    assert organisation("광주시청", "강기정 광주시장은 5·18민주광장에서") == "광주광역시"
    with pytest.raises(AmbiguousName) as raised:
        organisation("고성군", "고성군과 협약을 맺었다.")
    assert raised.value.candidates == ["강원특별자치도 고성군", "경상남도 고성군"]
    assert organisation("한국광산업진흥회", "") == "한국광산업진흥회"
