"""Every printed id means one thing: a signing read for the first time never takes the id of
one the archive already had, wherever its report sorts (side 52, item 1).

An upgrade that reads a third signing between two an article reported used to give the
new one the second's id by its position, and the second, which the owner had corrected,
a new one: `#2` in the owner's notes named another signing, with the correction elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from curation_archive import Archive

from mouarchive import preparing

THREE = (
    "전남 동부권 시·군, 잇따라 업무협약 체결\n\n"
    "순천시는 3일 시청 상황실에서 순천대학교와 청년 창업 지원을 위한 업무협약을 체결했다."
    " 두 기관은 창업 공간 제공과 멘토링 운영에 협력하기로 했다.\n\n"
    "여수시는 같은 날 여수상공회의소와 지역 기업 인력 양성을 위한 업무협약을 맺었다."
    " 양측은 현장 실습과 채용 연계에 힘을 모으기로 했다.\n\n"
    "광양시는 이날 광양제철소와 탄소중립 산업단지 조성을 위한 업무협약을 체결했다."
    " 양 기관은 에너지 효율 설비 도입과 온실가스 감축 사업을 함께 추진한다.\n"
)
MIDDLE = "여수상공회의소"


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def _older_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction as an older version did it: the middle signing of the article unread."""
    real = preparing.extract_agreements

    def older(article):
        return [r for r in real(article) if MIDDLE not in {p.name for p in r.parties}]

    monkeypatch.setattr(preparing, "extract_agreements", older)


def _ids(archive: Archive) -> dict[str, int]:
    return {a["parties"][1]: a["id"] for a in archive.agreements()}


def test_a_signing_an_upgrade_reads_between_two_takes_neither_id(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older:
        _older_extraction(older)
        archive.ok("add", "--date", "2025-03-03", archive.write("dongbu.txt", THREE))
    assert _ids(archive) == {"순천대학교": 1, "광양제철소": 2}
    archive.ok("fix", "2", "--title", "탄소중립 산단 협약")

    archive.ok("reextract")

    assert _ids(archive) == {"순천대학교": 1, "광양제철소": 2, MIDDLE: 3}
    kept = next(a for a in archive.agreements() if a["id"] == 2)
    assert kept["title"] == "탄소중립 산단 협약" and kept["corrected"] == ["title"]
    listed = archive.json("corrections")
    assert [row["applies_to"] for row in listed] == ["#2"]
    archive.ok("reextract")
    assert _ids(archive) == {"순천대학교": 1, "광양제철소": 2, MIDDLE: 3}


def test_a_signing_an_edited_file_adds_between_two_takes_neither_id(archive: Archive) -> None:
    """The same through `add` of the file edited: the new version takes the old one's place."""
    two = THREE.replace(THREE[THREE.index("여수시는") : THREE.index("광양시는")], "")
    path = archive.write("dongbu.txt", two)
    archive.ok("add", "--date", "2025-03-03", path)
    assert _ids(archive) == {"순천대학교": 1, "광양제철소": 2}
    archive.ok("fix", "2", "--title", "탄소중립 산단 협약")

    archive.write("dongbu.txt", THREE)
    archive.ok("add", "--date", "2025-03-03", path)

    assert _ids(archive) == {"순천대학교": 1, "광양제철소": 2, MIDDLE: 3}
    kept = next(a for a in archive.agreements() if a["id"] == 2)
    assert kept["title"] == "탄소중립 산단 협약" and kept["corrected"] == ["title"]


def test_an_uncorrected_signing_keeps_its_id_when_an_edit_adds_one_before_it(
    archive: Archive,
) -> None:
    """No correction says which is which: the new text's offsets are not the old ones, and
    the signing added took #2 by the old offset of 광양's sentence."""
    two = THREE.replace(THREE[THREE.index("여수시는") : THREE.index("광양시는")], "")
    path = archive.write("dongbu.txt", two)
    archive.ok("add", "--date", "2025-03-03", path)

    archive.write("dongbu.txt", THREE)
    archive.ok("add", "--date", "2025-03-03", path)

    assert _ids(archive) == {"순천대학교": 1, "광양제철소": 2, MIDDLE: 3}
    archive.ok("reextract")
    assert _ids(archive) == {"순천대학교": 1, "광양제철소": 2, MIDDLE: 3}
