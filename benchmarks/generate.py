"""A seeded corpus of synthetic Korean agreement articles, one text file each.

The search benchmark needs an archive large enough to show how latency grows (10k, 100k,
1M articles) without shipping third-party news text. The articles are written from
templates in the style real outlets use: a headline, a dateline, sentences naming regions
and organisations, ▲/△ clause lists, Latin acronyms, numbers, the same compound spaced
several ways ("AI 데이터센터" / "AI데이터센터"), and the boilerplate lines pages carry.
Term frequencies are skewed on purpose so the benchmark has frequent and rare terms.

    python benchmarks/generate.py OUT_DIR --count 10000 [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

REGIONS = [
    ("광주광역시", "광주시"),
    ("경기도", "경기도"),
    ("전라남도", "전남도"),
    ("대구광역시", "대구시"),
    ("부산광역시", "부산시"),
    ("강원특별자치도", "강원도"),
    ("충청북도", "충북도"),
    ("경상남도", "경남도"),
    ("경기도 안산시", "안산시"),
    ("경기도 광주시", "광주시"),
    ("전라남도 순천시", "순천시"),
    ("전라남도 해남군", "해남군"),
    ("광주광역시 서구", "서구"),
    ("제주특별자치도", "제주도"),
    ("세종특별자치시", "세종시"),
]
HEADS = ["시장", "지사", "군수", "구청장", "교육감"]
PEOPLE = ["김민수", "이서연", "박지훈", "최유진", "정하늘", "강도윤", "조수아", "윤태양", "장예린"]
ORG_STEMS = [
    "한빛",
    "누리",
    "미래",
    "새솔",
    "다온",
    "가람",
    "푸른",
    "온새미",
    "해솔",
    "라온",
    "써큘러스",
    "에이아이큐브",
    "그린텍",
    "스마트리",
    "코리아넷",
    "하이젠",
]
ORG_KINDS = [
    "대학교",
    "산학협력단",
    "테크노파크",
    "진흥원",
    "재단",
    "공사",
    "(주)",
    "㈜",
    "협회",
    "연구원",
    "상공회의소",
]
AGREEMENTS = ["업무협약", "상생협약", "MOU", "투자협약", "업무 협약", "협력협약"]
# (compact form, spaced form): outlets write both, and search must find either from either.
TOPICS = [
    ("AI데이터센터", "AI 데이터센터"),
    ("국가AI컴퓨팅센터", "국가 AI 컴퓨팅센터"),
    ("스마트팜", "스마트 팜"),
    ("수소에너지", "수소 에너지"),
    ("탄소중립", "탄소 중립"),
    ("5G통신망", "5G 통신망"),
    ("ICT융합", "ICT 융합"),
    ("반도체산업", "반도체 산업"),
    ("2차전지", "2차 전지"),
    ("관광활성화", "관광 활성화"),
    ("청년일자리", "청년 일자리"),
    ("디지털전환", "디지털 전환"),
    ("미래차부품", "미래차 부품"),
    ("K-뷰티", "K-뷰티"),
    ("ESG경영", "ESG 경영"),
    ("R&D협력", "R&D 협력"),
]
RARE_TOPICS = [
    ("양자암호통신", "양자 암호 통신"),
    ("해상풍력단지", "해상 풍력 단지"),
    ("도심항공교통", "도심 항공 교통"),
    ("UAM실증", "UAM 실증"),
    ("메타버스교육", "메타버스 교육"),
    ("바이오헬스", "바이오 헬스"),
    ("폐배터리재활용", "폐배터리 재활용"),
    ("LNG벙커링", "LNG 벙커링"),
]
CLAUSE_VERBS = [
    "공동 추진",
    "협력",
    "지원",
    "구축",
    "활성화",
    "공동 개발·운영",
    "인력 양성",
    "정보 교류",
    "기술 지원",
    "상호 협력",
]
SENTENCES = [
    "{a}와 {b}는 {day}일 {place}에서 '{topic} 활성화를 위한 {kind}'을 체결했다고 밝혔다.",
    "이번 협약은 지역 {topic} 생태계를 조성하고 {n}개 기업의 참여를 이끌어내기 위해 마련됐다.",
    '{person} {head}은 "{topic}은 지역의 미래 먹거리"라며 "긴밀히 협력하겠다"고 말했다.',
    "양 기관은 앞으로 {n}년간 총 {money}억원을 투입해 {topic} 기반을 갖출 계획이다.",
    "협약식에는 {person} {head}을 비롯해 관계자 {n}여명이 참석했다.",
    "{b}는 지난해 {topic} 분야에서 매출 {money}억원을 기록하며 성장세를 이어가고 있다.",
    "주요 내용은 {topic} 공동 연구, 전문인력 양성, 정보 교류 등이다.",
    "{a}는 이번 협약을 계기로 {topic}과 연계한 일자리 {n}개를 만들 것으로 기대했다.",
    "한편 {a}는 {year}년 {topic} 공모사업에 선정돼 국비 {money}억원을 확보한 바 있다.",
    '{region} 관계자는 "시민이 체감할 수 있는 성과를 내겠다"고 강조했다.',
    "협약에 따라 양측은 실무협의체를 구성하고 분기마다 추진 상황을 점검하기로 했다.",
    "This agreement covers {latin} research and joint training programs.",
]
BOILERPLATE = [
    "저작권자 © {outlet} 무단전재 및 재배포 금지",
    "Copyright © {outlet}. All rights reserved.",
    "▶ 네이버에서 {outlet} 구독하기",
    "관련기사",
    "기사제보 및 보도자료 press@example.kr",
]
OUTLETS = ["남도일보", "한빛경제", "누리뉴스", "경기미래신문", "바른타임즈", "광주저널", "데일리온"]
LATIN = ["AI", "ICT", "IoT", "ESG", "R&D", "UAM", "5G", "LNG", "MOU", "K-Digital"]


def _org(rng: random.Random) -> str:
    stem = rng.choice(ORG_STEMS)
    kind = rng.choice(ORG_KINDS)
    return f"{kind}{stem}" if kind in ("(주)", "㈜") and rng.random() < 0.5 else f"{stem}{kind}"


def _topic(rng: random.Random) -> str:
    """A topic, rare ones seldom, in one of its spellings."""
    pool = RARE_TOPICS if rng.random() < 0.03 else TOPICS
    compact, spaced = pool[min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)]
    return spaced if rng.random() < 0.4 else compact


def article(rng: random.Random, index: int) -> str:
    """One article file: headline, dateline, body paragraphs, clause list, byline, boilerplate."""
    region, short = rng.choice(REGIONS)
    other = _org(rng)
    topic = _topic(rng)
    kind = rng.choice(AGREEMENTS)
    year = rng.randint(2015, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    hour, minute = rng.randint(6, 22), rng.randint(0, 59)
    outlet = rng.choice(OUTLETS)
    person = rng.choice(PEOPLE)

    def fill(template: str) -> str:
        return template.format(
            a=short,
            region=region,
            b=other,
            day=day,
            place=f"{short}청 대회의실",
            topic=_topic(rng) if rng.random() < 0.3 else topic,
            kind=kind,
            person=person,
            head=rng.choice(HEADS),
            n=rng.randint(2, 300),
            money=rng.randint(1, 9000),
            year=rng.randint(2010, 2025),
            latin=rng.choice(LATIN),
        )

    lines = [
        f"{short}·{other}, {topic} {kind} 체결",
        f"{outlet} | 입력 {year}.{month:02d}.{day:02d} {hour:02d}:{minute:02d}",
        "",
    ]
    target = rng.randint(1500, 5500)
    size = 0
    paragraph_count = 0
    while size < target:
        sentences = [fill(rng.choice(SENTENCES)) for _ in range(rng.randint(2, 5))]
        paragraph = " ".join(sentences)
        lines.append(paragraph)
        size += len(paragraph.encode("utf-8"))
        paragraph_count += 1
        if paragraph_count == 2:
            marker = rng.choice("▲△")
            clauses = [
                f"{marker}{_topic(rng)} {rng.choice(CLAUSE_VERBS)}"
                for _ in range(rng.randint(3, 8))
            ]
            lines.append(f"협약의 주요 내용은 {' '.join(clauses)} 등이다.")
    lines.append(f"{person} 기자 reporter{index % 997}@example.kr")
    lines.extend(line.format(outlet=outlet) for line in rng.sample(BOILERPLATE, 2))
    return "\n".join(lines) + "\n"


def generate(count: int, seed: int) -> Iterator[tuple[str, str]]:
    """(file name, text) pairs; the same seed always gives the same corpus."""
    rng = random.Random(seed)
    for index in range(count):
        yield f"{index // 1000:04d}/article_{index:07d}.txt", article(rng, index)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    total = 0
    for name, text in generate(args.count, args.seed):
        path = args.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    print(f"{args.count} articles, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
