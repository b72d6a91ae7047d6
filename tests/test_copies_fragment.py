"""Press releases pasted one after another, each closed by its own outlet's copyright line,
are as many articles whatever their last body line ends on: a contact ("문의 …"), a page's
article number ("기사 번호 12."), a stamp and a reporter's line no byline reads. A last line
of that kind glued the next copy to the one above, under that one's outlet (newcomer 59: 1).
A file that still reads as one article under several outlets' copyright lines says so."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli


def _release(head: str, lead: str, last: str, footer: str) -> str:
    return (
        f"{head}\n\n{lead} 두 기관은 교육과정을 함께 만들기로 했다.\n\n"
        f'관계자는 "지역 인재를 함께 키우겠다"고 말했다.{last}\n\n{footer}\n\n'
    )


CONTACTS = (
    _release(
        "나래군, 한울전자와 청년 기술인력 양성 협약",
        "나래군은 11일 군청 상황실에서 한울전자와 청년 기술인력 양성 협약을 맺었다.",
        " 문의 063-530-1184.",
        "Copyright © 새날신문 무단전재 및 재배포 금지",
    )
    + _release(
        "가온시, 미리내식품과 로컬푸드 판로 확대 협약",
        "가온시는 12일 시청에서 미리내식품과 로컬푸드 판로 확대 협약을 체결했다.",
        "\n\n문의: 가온시 농정과 063-222-4051",
        "Copyright © 푸른경제 무단전재 및 재배포 금지",
    )
    + _release(
        "하람군, 누리물류와 스마트 물류센터 건립 협약",
        "하람군은 13일 군청에서 누리물류와 스마트 물류센터 건립 협약을 체결했다.",
        " 문의 061-777-3020.",
        "Copyright © 한빛매일 무단전재 및 재배포 금지",
    )
)


def _numbered(n: int, town: str, firm: str, outlet: str, day: int) -> str:
    return (
        f"{town}, {firm}와 수소 충전소 설치 업무협약\n\n"
        f"{town}는 {day}일 시청 회의실에서 {firm}와 수소 충전소 설치 업무협약을 체결했다."
        f" {firm}는 충전소 두 곳을 짓기로 했다.\n\n"
        f'시 관계자는 "친환경 교통 기반을 넓히겠다"고 말했다. 기사 번호 {n}.\n\n'
        f"입력 2024.10.{day:02d} 오전 10:20\n"
        f"{outlet} 편집부 desk{n}@news.example\n"
        f"Copyright © {outlet} 무단전재 및 재배포 금지\n\n"
    )


NUMBERED = (
    _numbered(7, "온누리시", "다람에너지", "새날신문", 3)
    + _numbered(8, "별내시", "한결수소", "푸른경제", 4)
    + _numbered(9, "솔빛시", "가람모빌리티", "푸른경제", 5)
)


def _ok(*args: str) -> tuple[str, str]:
    result = run_cli(*args)
    assert result.code == 0, result.err
    return result.out, result.err


def _added(tmp_path: Path, text: str) -> tuple[list[dict], str]:
    db, path = str(tmp_path / "archive.db"), tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    _, err = _ok("--db", db, "add", str(path))
    out, _ = _ok("--db", db, "export", "--what", "articles", "--format", "json")
    return json.loads(out), err


def test_releases_ending_on_a_contact_stay_apart_each_under_its_outlet(tmp_path: Path) -> None:
    rows, err = _added(tmp_path, CONTACTS)
    assert [(r["title"][:3], r["outlet"]) for r in rows] == [
        ("나래군", "새날신문"),
        ("가온시", "푸른경제"),
        ("하람군", "한빛매일"),
    ]
    assert "copyright lines" not in err


def test_articles_ending_on_their_number_and_stamp_stay_apart(tmp_path: Path) -> None:
    rows, _ = _added(tmp_path, NUMBERED)
    assert [(r["title"][:3], r["outlet"], r["published"]) for r in rows] == [
        ("온누리", "새날신문", "2024-10-03"),
        ("별내시", "푸른경제", "2024-10-04"),
        ("솔빛시", "푸른경제", "2024-10-05"),
    ]


def test_one_article_under_several_outlets_copyright_lines_is_named(tmp_path: Path) -> None:
    """A copy whose prose goes on under a subheading is not told from the article above it
    (a subheading under a photo's notice looks the same): it stays one article, and the
    warning says why its outlet may be wrong."""
    glued = CONTACTS.split("가온시,")[0] + (
        "가온시, 미리내식품과 로컬푸드 판로 확대 협약\n\n"
        "가온시는 12일 시청에서 미리내식품과 로컬푸드 판로 확대 협약을 체결했다.\n\n"
        "판로 확대 어떻게\n\n"
        "미리내식품은 지역 농산물을 매년 30t 이상 사들이기로 했다.\n\n"
        "Copyright © 푸른경제 무단전재 및 재배포 금지\n"
    )
    rows, err = _added(tmp_path, glued)
    assert len(rows) == 1
    warned = [line for line in err.splitlines() if "copyright lines" in line]
    assert len(warned) == 1
    assert "pasted.txt" in warned[0] and "새날신문, 푸른경제" in warned[0]
