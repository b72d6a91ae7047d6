"""`mouarchive review`: the researcher's to-do list after a large add, most useful first,
each item with the command that fixes it."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shlex
from datetime import date
from pathlib import Path

from cli_runner import run_cli
from views_archive import Signing, build

from mouarchive import store
from mouarchive.models import Article, PartialDate

GWANGJU = ("광주광역시", "광주광역시")
JEONNAM = ("전라남도", "전라남도")
SIGNINGS = [
    # 0, 1: one signing reported with dates two days apart and reworded items: not merged
    Signing(
        [GWANGJU, JEONNAM],
        date=(2023, 6, 12),
        clauses=["수소 충전 기반시설 공동 구축", "해상풍력 부품 산업 육성"],
    ),
    Signing(
        [GWANGJU, JEONNAM],
        date=(2023, 6, 14),
        clauses=["수소 충전 기반시설 구축", "해상풍력 부품산업 육성 협력"],
    ),
    # 2: the same pair a year later with other items: another signing
    Signing([GWANGJU, JEONNAM], date=(2024, 6, 12), clauses=["관광 상품 개발"]),
    Signing([GWANGJU, ("경기도", "경기도")], date=(2020, 5, None), status="planned"),
    Signing(
        [("광주시", None), ("빛고을협동조합", None)], date=(2022, 1, 5), ambiguous=["광주광역시"]
    ),
    Signing([("한빛전자㈜", None)], date=(2021, 3, 3)),
    Signing([GWANGJU, ("대구광역시", "대구광역시")], date=(None, None, 5), published="2023"),
]


def _archive(tmp_path: Path) -> tuple[str, list[int]]:
    path = tmp_path / "archive.db"
    db, ids = build(path, SIGNINGS)
    body = (
        "광주시와 한빛대학교가 산학협력 협약을 체결했다고 밝혔다. 양 기관은 인재 양성에 협력한다."
    )
    with store.transaction(db):
        store.insert_article(db, Article("산학협력 소식", body), hashlib.sha256(b"m").hexdigest())
        store.insert_article(db, Article("날씨", "맑음"), hashlib.sha256(b"w").hexdigest())
    db.conn.close()
    return str(path), ids


def _review(path: str, *args: str) -> list[dict]:
    result = run_cli("--db", path, "review", "--format", "json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_review_lists_what_needs_a_person_most_useful_first(tmp_path: Path) -> None:
    path, ids = _archive(tmp_path)
    items = _review(path)
    assert [item["kind"] for item in items] == [
        "duplicate",
        "planned_past",
        "no_year",
        "ambiguous_region",
        "few_parties",
        "missed_signing",
    ]
    duplicate = items[0]
    assert (duplicate["agreement_id"], duplicate["other_id"]) == (ids[0], ids[1])
    assert duplicate["command"] == f"mouarchive merge {ids[0]} {ids[1]}"
    assert items[1]["agreement_id"] == ids[3] and "--status signed" in items[1]["command"]
    assert items[2]["agreement_id"] == ids[6]
    assert items[2]["command"] == f"mouarchive fix {ids[6]} --date YYYY-MM-DD"
    assert items[3]["agreement_id"] == ids[4] and "--add-region 광주광역시" in items[3]["command"]
    assert items[4]["command"] == f"mouarchive fix {ids[5]} --add-party NAME"
    assert items[5]["article_id"] and "산학협력 소식" in items[5]["problem"]


def test_running_the_suggested_commands_empties_the_list(tmp_path: Path) -> None:
    path, _ = _archive(tmp_path)
    for item in _review(path):
        command = shlex.split(item["command"].split("   (")[0])[1:]
        command = ["2019-05-05" if part == "YYYY-MM-DD" else part for part in command]
        command = ["㈜한빛전기" if part == "NAME" else part for part in command]
        if command[0] == "show":
            command = ["remove", *command[1:], "--yes"]
        result = run_cli("--db", path, *command)
        assert result.code == 0, (command, result.err)
    assert _review(path) == []


def test_rejected_agreements_and_split_pairs_are_not_reviewed(tmp_path: Path) -> None:
    path, ids = _archive(tmp_path)
    for ident in (ids[0], ids[3], ids[4], ids[5], ids[6]):
        assert run_cli("--db", path, "reject", str(ident)).code == 0
    assert [item["kind"] for item in _review(path)] == ["missed_signing"]


def test_a_planned_signing_is_past_only_after_its_whole_period() -> None:
    assert PartialDate(2023, 6).last_day == date(2023, 6, 30)
    assert PartialDate(2024, 2).last_day == date(2024, 2, 29)
    assert PartialDate(2023).last_day == date(2023, 12, 31)
    assert PartialDate(2023, 12, 5).last_day == date(2023, 12, 5)


def test_review_table_and_csv(tmp_path: Path) -> None:
    path, ids = _archive(tmp_path)
    table = run_cli("--db", path, "review", "--limit", "2").out
    assert f"#{ids[0]}: looks like the same signing as #{ids[1]}" in table
    assert f"mouarchive merge {ids[0]} {ids[1]}" in table
    assert "6 to review (showing 2; --limit 0 for all)" in table
    rows = list(csv.DictReader(io.StringIO(run_cli("--db", path, "review", "--format", "csv").out)))
    assert [row["kind"] for row in rows][:2] == ["duplicate", "planned_past"]
    assert rows[0]["command"] == f"mouarchive merge {ids[0]} {ids[1]}"


def test_an_article_that_speaks_of_a_signing_only_in_its_headlines_is_listed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "archive.db"
    db, _ = build(path, [])
    headlines = Article(
        "협력 강화 위해 협약 체결",
        "관계자는 앞으로 협력을 강화하겠다고 말했다.",
        subtitle="지역 상생을 위한 협약이 체결됐다.",
    )
    with store.transaction(db):
        store.insert_article(db, headlines, hashlib.sha256(b"h").hexdigest())
        store.insert_article(db, Article("협력 강화", "맑음"), hashlib.sha256(b"w").hexdigest())
    db.conn.close()
    items = _review(str(path))
    assert [(item["kind"], item["problem"]) for item in items] == [
        ("missed_signing", "speaks of a signing but gave no agreement: 협력 강화 위해 협약 체결")
    ]


def test_a_no_year_item_names_the_article_its_command_dates(tmp_path: Path) -> None:
    source = tmp_path / "undated.txt"
    source.write_text(
        "나래군·한솔대학교, 농촌 돌봄 인력 양성 협약\n\n"
        "나래군은 11일 군청 소회의실에서 한솔대학교와 '농촌 돌봄 인력 양성 업무협약'을"
        " 체결했다.\n\n협약에 따라 두 기관은 ▲돌봄 실무 교육과정 운영 ▲현장 실습 연계에"
        " 협력한다.\n",
        encoding="utf-8",
    )
    path = str(tmp_path / "archive.db")
    assert run_cli("--db", path, "add", str(source)).code == 0
    (item,) = _review(path)
    assert item["kind"] == "no_year"
    assert item["command"] == f"mouarchive fix --article {item['article_id']} --date YYYY-MM-DD"
