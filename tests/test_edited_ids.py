"""An edited file added again: each signing keeps its id, and no signing the edit put in
takes the id of one it took out (side 52, review C).

The old reports' sentence offsets are the old text's; the corrections' keys and the new
reports' are the new one's. Compared across the two texts, an offset named whatever
sentence happened to stand there: a paragraph put in before two signings, as long as the
distance between their sentences, swapped their ids, and the owner's fix went with the id.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from curation_archive import Archive

HEAD = "영암군, 조선 기업·단체와 잇따라 협약\n\n"
SAMHO = (
    "영암군은 12일 군청 상황실에서 현대삼호중공업과 조선 인력 양성을 위한 업무협약을"
    " 체결했다. 두 기관은 기술 교육 과정을 함께 운영한다.\n\n"
)
DAEBUL = (
    "영암군은 같은 날 대불산단경영자협의회와 근로자 정주 여건 개선을 위한 업무협약을"
    " 맺었다. 양측은 기숙사 확충에 힘을 모은다.\n"
)
LEAD = (
    "영암군이 대불국가산업단지 입주 기업과의 협력을 넓히며 조선 산업 회복에 속도를 내고"
    " 있다는 평가가 나온다. 지역 상공인들도 이번 협약에 기대를 걸고 있다."
)

THREE = (
    "전남 동부권 시·군, 잇따라 업무협약 체결\n\n"
    "순천시는 3일 시청 상황실에서 순천대학교와 청년 창업 지원을 위한 업무협약을 체결했다."
    " 두 기관은 창업 공간 제공과 멘토링 운영에 협력하기로 했다.\n\n"
    "여수시는 같은 날 여수상공회의소와 지역 기업 인력 양성을 위한 업무협약을 맺었다."
    " 양측은 현장 실습과 채용 연계에 힘을 모으기로 했다.\n\n"
    "광양시는 이날 광양제철소와 탄소중립 산업단지 조성을 위한 업무협약을 체결했다."
    " 양 기관은 에너지 효율 설비 도입과 온실가스 감축 사업을 함께 추진한다.\n"
)
GURYE = (
    "\n구례군은 같은 날 구례농협과 농산물 공동 판로 개척을 위한 업무협약을 체결했다."
    " 양측은 지리산 농특산물 온라인 판매에 함께 나선다.\n"
)
EDITED = THREE.replace(THREE[THREE.index("순천시는") : THREE.index("여수시는")], "") + GURYE


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def _ids(archive: Archive) -> dict[str, int]:
    return {a["parties"][1]: a["id"] for a in archive.agreements()}


def _body(archive: Archive) -> str:
    shown = archive.json("show", "a1")
    assert isinstance(shown, dict)
    return shown["body"]


def test_a_paragraph_as_long_as_the_gap_between_two_signings_swaps_no_ids(
    archive: Archive,
) -> None:
    """B1: the paragraph put in moves 현대삼호중공업's sentence exactly to where
    대불산단경영자협의회's stood; the corrected one kept its id only by chance of length."""
    path = archive.write("yeongam.txt", HEAD + SAMHO + DAEBUL)
    archive.ok("add", "--date", "2025-06-12", path)
    assert _ids(archive) == {"현대삼호중공업": 1, "대불산단경영자협의회": 2}
    archive.ok("fix", "1", "--title", "삼호 조선 인력 협약")
    before = _body(archive)
    # A paragraph as long as 현대삼호중공업's, before it, with the same break after it.
    lead = LEAD[: len(SAMHO.rstrip())].rstrip().ljust(len(SAMHO.rstrip()), ".")
    archive.write("yeongam.txt", HEAD + lead + "\n\n" + SAMHO + DAEBUL)

    archive.ok("add", "--date", "2025-06-12", path)

    assert _body(archive).index("영암군은 12일") == before.index("영암군은 같은 날")
    assert _ids(archive) == {"현대삼호중공업": 1, "대불산단경영자협의회": 2}
    fixed = next(a for a in archive.agreements() if a["id"] == 1)
    assert fixed["title"] == "삼호 조선 인력 협약" and fixed["corrected"] == ["title"]
    archive.ok("reextract")
    assert _ids(archive) == {"현대삼호중공업": 1, "대불산단경영자협의회": 2}


def test_a_signing_an_edit_puts_in_takes_not_the_id_of_one_it_took_out(
    archive: Archive,
) -> None:
    """S1: 순천's paragraph taken out, 구례's put in at the end; as many signings as
    before, but 구례농협 is not 순천대학교, and #1 named it with no word said."""
    path = archive.write("dongbu.txt", THREE)
    archive.ok("add", "--date", "2025-03-03", path)
    assert _ids(archive) == {"순천대학교": 1, "여수상공회의소": 2, "광양제철소": 3}

    archive.write("dongbu.txt", EDITED)
    archive.ok("add", "--date", "2025-03-03", path)

    assert _ids(archive) == {"여수상공회의소": 2, "광양제철소": 3, "구례농협": 4}
    archive.ok("reextract")
    assert _ids(archive) == {"여수상공회의소": 2, "광양제철소": 3, "구례농협": 4}


def test_a_corrected_signing_an_edit_took_out_moves_no_id(archive: Archive) -> None:
    """S2: the fix of the signing taken out finds its sentence gone and falls back to its
    position, so to 여수's signing: `review` asks about it, and undoing it leaves 여수 with
    its own id, which no fix of 순천 may hand to another signing."""
    path = archive.write("dongbu.txt", THREE)
    archive.ok("add", "--date", "2025-03-03", path)
    archive.ok("fix", "1", "--title", "순천 청년 창업 협약")
    archive.ok("fix", "3", "--title", "광양 탄소중립 협약")

    archive.write("dongbu.txt", EDITED)
    added = archive.ok("add", "--date", "2025-03-03", path).out

    assert "1 correction now applies to another signing" in added
    assert _ids(archive) == {"여수상공회의소": 2, "광양제철소": 3, "구례농협": 4}
    assert "correction 1: applies to another signing" in archive.ok("review").out
    archive.ok("corrections", "--undo", "1")
    archive.ok("reextract")
    titles = {a["id"]: a["title"] for a in archive.agreements()}
    assert _ids(archive) == {"여수상공회의소": 2, "광양제철소": 3, "구례농협": 4}
    assert titles[2] is None and titles[3] == "광양 탄소중립 협약"
