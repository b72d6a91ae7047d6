"""Which reports become one agreement must not depend on the order their articles are added
in. Three outlets tell one sister-city signing: one dates it "26일" and lists nothing, one
lists the items and dates nothing, the third has both. The first two alone cannot be told
to be one signing; the third is the same signing as each, and whichever order the three
come in, the archive ends with one agreement."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from curation_archive import Archive

from mouarchive import store
from mouarchive.models import AgreementReport, Article, Clause, PartialDate, Party

ITEMS = (
    "협약에 따라 두 시군은 ▲농특산물 직거래 장터 운영 ▲청소년 체육 교류"
    " ▲관광객 상호 유치에 협력한다.\n"
)
DAY_ONLY = (
    "강릉시, 순창군과 자매결연\n\n"
    "강릉시는 26일 시청에서 순창군과 자매결연을 맺었다고 밝혔다.\n"
    "두 시군은 농산물 직거래와 관광 교류를 함께 하기로 했다.\n"
)
ITEMS_ONLY = (
    "강릉시-순창군 우호협력 협약\n\n"
    "강릉시와 순창군이 상호 우호 교류를 위한 업무협약을 체결했다.\n" + ITEMS
)
BOTH = "강릉시-순창군 자매결연\n\n강릉시는 지난 26일 순창군과 자매결연 협약을 체결했다.\n" + ITEMS
PARTIES = ("강원특별자치도 강릉시", "전북특별자치도 순창군")
TEXTS = {"day_only": DAY_ONLY, "items_only": ITEMS_ONLY, "both": BOTH}


def _added(tmp_path: Path, names: tuple[str, ...]) -> Archive:
    archive = Archive(tmp_path)
    for name in names:
        archive.ok("add", "--quiet", archive.write(f"{name}.txt", TEXTS[name]))
    return archive


def _sources(archive: Archive) -> list[list[str]]:
    return sorted(
        sorted(Path(s["path"]).stem for s in agreement["sources"])
        for agreement in archive.agreements()
    )


def test_the_two_thin_reports_alone_stay_apart(tmp_path: Path) -> None:
    archive = _added(tmp_path, ("day_only", "items_only"))
    assert _sources(archive) == [["day_only"], ["items_only"]]


@pytest.mark.parametrize("order", list(itertools.permutations(TEXTS)))
def test_one_signing_in_three_outlets_is_one_agreement_in_any_order(
    tmp_path: Path, order: tuple[str, ...]
) -> None:
    archive = _added(tmp_path, order)
    (agreement,) = archive.agreements()
    assert sorted(Path(s["path"]).stem for s in agreement["sources"]) == sorted(TEXTS)
    assert agreement["date_precision"] == "day" and len(agreement["clauses"]) == 3


@pytest.mark.parametrize("corrected", ["day_only", "items_only"])
def test_a_field_corrected_on_either_side_neither_keeps_them_apart_nor_is_lost(
    tmp_path: Path, corrected: str
) -> None:
    archive = _added(tmp_path, ("day_only", "items_only"))
    (target,) = [a for a in archive.agreements() if Path(a["sources"][0]["path"]).stem == corrected]
    archive.ok("fix", str(target["id"]), "--title", "강릉·순창 우호교류 협약")
    archive.ok("add", "--quiet", archive.write("both.txt", BOTH))
    (agreement,) = archive.agreements()
    assert sorted(Path(s["path"]).stem for s in agreement["sources"]) == sorted(TEXTS)
    assert agreement["title"] == "강릉·순창 우호교류 협약"


def test_an_agreement_the_owner_rejected_is_not_joined_by_the_third_report(tmp_path: Path) -> None:
    archive = _added(tmp_path, ("day_only", "items_only"))
    (items_only,) = [
        a for a in archive.agreements() if Path(a["sources"][0]["path"]).stem == "items_only"
    ]
    archive.ok("reject", str(items_only["id"]), "--note", "다른 협약")
    archive.ok("add", "--quiet", archive.write("both.txt", BOTH))
    assert _sources(archive) == [["both", "day_only"]]
    kept = [a for a in archive.agreements("--include-rejected") if a["id"] == items_only["id"]]
    assert [Path(s["path"]).stem for s in kept[0]["sources"]] == ["items_only"]


def test_add_says_which_agreement_joined_which(tmp_path: Path) -> None:
    archive = _added(tmp_path, ("day_only", "items_only"))
    path = archive.write("both.txt", BOTH)
    summary = json.loads(archive.ok("add", "--format", "json", path).out)
    assert summary["joined"] == [{"agreement": 2, "into": 1, "read_again": False}]
    assert archive.run("show", "2").code != 0
    other = Archive(tmp_path / "again")
    for name in ("day_only", "items_only"):
        other.ok("add", "--quiet", other.write(f"{name}.txt", TEXTS[name]))
    said = other.ok("add", other.write("both.txt", BOTH)).out
    assert "agreement #2 joined #1" in said


def test_agreements_whose_articles_came_out_years_apart_are_not_joined(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    for name, date in (("items_only", "2023-03-10"), ("day_only", "2024-05-27")):
        archive.ok("add", "--quiet", "--date", date, archive.write(f"{name}.txt", TEXTS[name]))
    archive.ok("add", "--quiet", "--date", "2024-05-28", archive.write("both.txt", BOTH))
    assert len(archive.agreements()) == 2


def test_the_joined_agreement_keeps_its_id_and_reextract_keeps_it_whole(tmp_path: Path) -> None:
    archive = _added(tmp_path, ("day_only", "items_only", "both"))
    before = json.loads(archive.ok("timeline", "--format", "json").out)
    archive.ok("reextract")
    after = json.loads(archive.ok("timeline", "--format", "json").out)
    assert [a["id"] for a in before] == [a["id"] for a in after] == [1]
    assert _sources(archive) == [sorted(TEXTS)]


def _report(kind: str, day: int | None, items: tuple[str, ...]) -> AgreementReport:
    return AgreementReport(
        title=None,
        kind=kind,
        status="signed",
        date=PartialDate(day=day) if day else None,
        parties=[
            Party(name, (0, 1)) for name in ("강원특별자치도 강릉시", "전북특별자치도 순창군")
        ],
        clauses=[Clause(text, (0, 1)) for text in items],
    )


def test_two_signings_one_article_tells_apart_stay_apart(tmp_path: Path) -> None:
    """An article that tells two signings of the same two bodies keeps them two, even when a
    later report is like each."""
    items = ("농특산물 직거래 장터 운영", "청소년 체육 교류", "관광객 상호 유치")
    db = store.open_archive(tmp_path / "a.db")
    batch = store.Batch(db, 60)
    with batch.write() as db:
        one, _ = store.insert_article(db, Article(title="결연과 협약", body="본문 1"), "sha1")
        two, _ = store.insert_article(db, Article(title="결연", body="본문 2"), "sha2")
        told = [_report("자매결연", 26, ()), _report("업무협약", None, items)]
        first, second = store.save_reports(db, one, told)
        (joined,) = store.save_reports(db, two, [_report("자매결연", 26, items)])
        remaining = [row[0] for row in db.execute("SELECT id FROM agreements ORDER BY id")]
    batch.commit()
    assert first != second and joined in (first, second) and remaining == [first, second]


def test_a_report_naming_the_partners_a_dated_one_left_out_joins_the_two(tmp_path: Path) -> None:
    """One outlet dates the signing and names the city alone, another names every company
    but dates only the day; a third, with the first one's sum and the companies, joins both."""
    companies = ("한빛전자", "누리소재", "다솜정밀", "미르바이오")

    def report(date: PartialDate, names: tuple[str, ...], krw: int | None) -> AgreementReport:
        return AgreementReport(
            title=None,
            kind="투자협약",
            status="signed",
            date=date,
            parties=[Party(name, (0, 1)) for name in ("대전광역시", *names)],
            investment_krw=krw,
        )

    told = [
        ("2023-10-24", report(PartialDate(2023, 10, 23), (), 98_800_000_000)),
        (None, report(PartialDate(day=23), companies, None)),
        (None, report(PartialDate(day=23), companies, 98_800_000_000)),
    ]
    db = store.open_archive(tmp_path / "a.db")
    batch = store.Batch(db, 60)
    joins: list[tuple[int, int]] = []
    with batch.write() as db:
        for k, (published, told_so) in enumerate(told):
            article = Article(
                title=f"기사 {k}", body=f"본문 {k}", published=PartialDate.parse_iso(published)
            )
            article_id, _ = store.insert_article(db, article, f"sha{k}")
            store.save_reports(db, article_id, [told_so], joins=joins)
    batch.commit()
    assert joins == [(2, 1)]


def test_two_agreements_the_owner_corrected_both_are_not_joined(tmp_path: Path) -> None:
    archive = _added(tmp_path, ("day_only", "items_only"))
    for agreement in archive.agreements():
        archive.ok("fix", str(agreement["id"]), "--title", f"제목 {agreement['id']}")
    archive.ok("add", "--quiet", archive.write("both.txt", BOTH))
    titles = sorted(a["title"] for a in archive.agreements())
    assert len(archive.agreements()) == 2 and titles == ["제목 1", "제목 2"]


SCHOOLS = (
    "광주광역시교육청과 광주광역시는 학생 안전과 돌봄 강화를 위한 업무협약을 체결했다.\n"
    "협약에 따라 두 기관은 ▲등하굣길 안전 시설 확충 ▲방과후 돌봄 공간 공동 운영 ▲학교 주변"
    " 유해환경 정비 ▲청소년 상담 연계에 협력한다.\n"
)
EDUCATION = {
    "edu_2018": (
        "광주교육청·광주시, 학생 안전 손잡아\n입력 2018.02.18 10:00\n\n"
        + SCHOOLS
        + '교육청 관계자는 "아이들이 안심하는 도시를 만들겠다"고 말했다.\n'
    ),
    "edu_2024": (
        "광주시·시교육청 돌봄 협력 강화\n입력 2024.04.16 10:00\n\n"
        + SCHOOLS
        + '시 관계자는 "돌봄 공백을 함께 메우겠다"고 밝혔다.\n'
    ),
    "edu_2024b": (
        "광주시교육청, 광주시와 학생 안전 협약\n입력 2024.04.25 10:00\n\n"
        + SCHOOLS
        + "두 기관은 분기마다 실무협의회를 열기로 했다.\n"
    ),
}


@pytest.mark.parametrize("order", list(itertools.permutations(EDUCATION)))
def test_like_items_without_a_date_join_only_articles_out_near_each_other(
    tmp_path: Path, order: tuple[str, ...]
) -> None:
    """A template's items recur in the same partners' agreements of other years: undated
    reports of 2018 and 2024 are two signings whatever the order, the two of 2024 one."""
    archive = Archive(tmp_path)
    for name in order:
        archive.ok("add", "--quiet", archive.write(f"{name}.txt", EDUCATION[name]))
    assert _sources(archive) == [["edu_2018"], ["edu_2024", "edu_2024b"]]
