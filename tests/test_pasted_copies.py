"""Copies pasted one after another into one file keep each its own title, outlet and date
(newcomer 49, finding 1).

The page's first 입력 line and copyright were given to every article cut from the file, so the
second article's signing ("오늘", "4일") was dated in the first one's year; a list of other
headlines under the first copy swallowed the second copy's headline, and a portal's reaction
prompt took its place as the title.
"""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli

DAUM_COPY = [
    "다음",
    "뉴스",
    "홈",
    "사회",
    "경제",
    "포항시·경북도, 이차전지 소재기업과 4천억 투자협약",
    "동해경제",
    "입력 2023. 8. 22. 14:05",
    "수정 2023. 8. 22. 16:30",
    "요약보기",
    "음성으로 듣기",
    "[포항=동해경제] 권도현 기자 = 경북 포항시와 경상북도가 22일 포항시청에서 이차전지 소재기업"
    " ㈜에코배터리소재와 4천억원 규모의 투자협약을 체결했다.",
    "에코배터리소재는 2026년까지 블루밸리 국가산단에 양극재 공장을 짓고 250명을 새로 뽑는다.",
    '이강덕 포항시장은 "이차전지 도시 포항의 위상이 한층 높아질 것"이라고 말했다.',
    "권도현 기자 kwon@donghaeeco.kr",
    "Copyright © 동해경제. 무단전재 및 재배포 금지.",
    "이 기사에 대해 어떻게 생각하시나요?",
    "추천해요",
    "4",
    "좋아요",
    "2",
    "많이 본 뉴스",
    "1",
    "경주시, 한수원과 원전 해체산업 상생협약",
    "2",
    "영덕 대게축제 개막",
]

KBS_SCRIPT = [
    "충남도·당진시, 수소 항만 조성 협약",
    "입력 2021.06.08 (19:12) 수정 2021.06.08 (19:35)",
    "뉴스7(대전)",
    "[앵커]",
    "",
    "충청남도와 당진시가 오늘 당진항 수소 항만 조성을 위한 업무협약을 맺었습니다.",
    "",
    "[리포트]",
    "",
    "충청남도와 당진시는 오늘 당진시청에서 수소 항만 조성 업무협약을 체결했습니다.",
    "",
    "두 기관은 수소 하역 부두와 저장 시설을 함께 짓기로 했습니다.",
    "",
    "KBS 뉴스 이서진입니다.",
]


def _shown(article: str) -> list[str]:
    return run_cli("show", article).out.splitlines()


def test_a_portal_copy_and_a_script_in_one_file(env_archive: Path) -> None:
    both = env_archive / "copies.txt"
    both.write_text("\n".join([*DAUM_COPY, *KBS_SCRIPT]), encoding="utf-8")
    added = run_cli("add", str(both))
    assert added.code == 0
    assert "2 articles added" in added.out
    first, second = _shown("a1"), _shown("a2")
    assert first[0] == "article a1: 포항시·경북도, 이차전지 소재기업과 4천억 투자협약"
    assert any(line.startswith("동해경제 · 2023-08-22") for line in first[1:3])
    assert second[0] == "article a2: 충남도·당진시, 수소 항만 조성 협약"
    assert any(line.startswith("KBS · 2021-06-08") for line in second[1:3])
    timeline = run_cli("timeline").out
    assert "2021-06-08 충청남도 · 충청남도 당진시" in timeline
    assert "어떻게 생각하시나요" not in run_cli("export", "--what", "articles").out


def test_two_plain_articles_in_one_file(env_archive: Path) -> None:
    two = env_archive / "two.txt"
    two.write_text(
        "\n".join(
            [
                "순천시·광양시, 광역 관광벨트 협약",
                "입력 2024.06.12 10:30",
                "",
                "순천시는 11일 시청 소회의실에서 광양시와 광역 관광벨트 조성을 위한 업무협약을"
                " 체결했다고 12일 밝혔다.",
                "",
                "정남해 기자 nam@namdo.example",
                "Copyright © 남도신문. 무단전재 및 재배포 금지.",
                "",
                "춘천시·홍천군, 상수도 공동 운영 협약",
                "입력 2020.02.19 09:00",
                "",
                "춘천시는 18일 시청 접견실에서 홍천군과 상수도 공동 운영을 위한 업무협약을"
                " 체결했다고 19일 밝혔다.",
                "",
                "김소양 기자 soyang@soyang.example",
                "Copyright © 소양일보. 무단전재 및 재배포 금지.",
            ]
        ),
        encoding="utf-8",
    )
    assert "2 articles added" in run_cli("add", str(two)).out
    assert _shown("a1")[1].startswith("남도신문 · 2024-06-12 · 정남해")
    assert _shown("a2")[1].startswith("소양일보 · 2020-02-19 · 김소양")
    timeline = run_cli("timeline").out
    assert "2020-02-18 강원특별자치도 춘천시 · 강원특별자치도 홍천군" in timeline
    assert "2024-06-11 전라남도 순천시 · 전라남도 광양시" in timeline


def test_a_list_of_other_headlines_each_with_its_stamp_is_no_article(env_archive: Path) -> None:
    """ "관련기사 / headline / 입력 … / headline / 입력 …" inside the body: each item has its
    stamp as a copy's headline would, but items follow items; no headline of the list enters
    the article or becomes an agreement."""
    page = env_archive / "related.txt"
    page.write_text(
        "\n".join(
            [
                "포항시·경북도, 이차전지 소재기업과 4천억 투자협약",
                "입력 2023.08.22 14:05",
                "경북 포항시와 경상북도가 22일 포항시청에서 이차전지 소재기업 ㈜한빛소재와"
                " 4천억원 규모의 투자협약을 체결했다.",
                "관련기사",
                "경주시, 누리원자력과 원전 해체산업 상생협약",
                "입력 2021.03.21 10:20",
                "영덕군·울진군, 동해안 관광벨트 업무협약 체결",
                "입력 2021.03.18 16:40",
                '이강덕 포항시장은 "이차전지 도시 포항의 위상이 높아질 것"이라고 말했다.',
                "권도현 기자 kwon@donghaeeco.example",
            ]
        ),
        encoding="utf-8",
    )
    added = run_cli("add", str(page))
    assert "1 article added" in added.out
    timeline = run_cli("timeline").out
    assert "울진군" not in timeline
    assert "경주시" not in timeline
