"""Curation as the owner does it: fix, reject, merge, split, remove, corrections --undo,
over the articles of fixtures/curation (see `curation_archive`)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from curation_archive import (
    DAEGU_ONE,
    DAEGU_TWO,
    DAILY,
    FESTIVAL,
    WEEKLY,
    WIRE,
    Archive,
    paths_of,
)
from terminal import on_a_terminal


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


# ---------------------------------------------------------------- article metadata


def test_fix_article_date_re_extracts_at_once(archive: Archive) -> None:
    archive.add(DAILY)
    before = archive.agreement_of(DAILY)
    assert before["date"] is None and before["date_text"] == "12일"
    article = archive.article_id(DAILY)
    result = archive.ok(
        "fix", "--article", str(article), "--date", "2023-06-12", "--outlet", "남도일보"
    )
    assert "date: - → 2023-06-12" in result.out
    after = archive.agreement_of(DAILY)
    assert after["id"] == before["id"], "re-extraction keeps the agreement's id"
    assert after["date"] == "2023-06-12" and after["date_precision"] == "day"
    shown = archive.json("show", "--article", str(article))
    assert shown["published"] == "2023-06-12" and shown["outlet"] == "남도일보"
    assert shown["corrected"] == ["date", "outlet"]
    assert "수정 1" in archive.ok("show", "--article", str(article)).out
    archive.ok("fix", "--article", str(article), "--title", "남도 에너지 동맹 출범")
    assert [hit["article_id"] for hit in archive.json("search", "에너지동맹")] == [article]


def test_re_adding_a_known_file_with_new_metadata_updates_it(archive: Archive) -> None:
    archive.add(DAILY)
    summary = archive.add(DAILY, options=("--date", "2023-06-12"))
    assert (summary["updated"], summary["duplicates"], summary["articles_added"]) == (1, 0, 0)
    assert archive.agreement_of(DAILY)["date"] == "2023-06-12"
    people = archive.ok("add", "--date", "2023-06-12", archive.path(DAILY)).out
    assert "1 already in the archive" in people and "updated" not in people
    corrections = archive.json("corrections")
    assert [c["field"] for c in corrections] == ["date"]
    assert corrections[0]["note"] == "given when the file was added again"


def test_re_adding_through_a_manifest_updates_too(archive: Archive) -> None:
    archive.add(DAILY)
    manifest = archive.folder / "list.csv"
    manifest.write_text(f"path,date,outlet\n{archive.path(DAILY)},2023-06-12,남도일보\n")
    result = archive.ok("add", "--manifest", str(manifest))
    assert "1 updated" in result.out
    assert archive.agreement_of(DAILY)["sources"][0]["outlet"] == "남도일보"


def test_article_date_correction_survives_reextract_and_undo_restores(archive: Archive) -> None:
    archive.add(DAILY)
    article = str(archive.article_id(DAILY))
    archive.ok("fix", "--article", article, "--date", "2023-06-12")
    archive.ok("reextract")
    assert archive.agreement_of(DAILY)["date"] == "2023-06-12"
    archive.ok("corrections", "--undo", "1")
    assert archive.agreement_of(DAILY)["date"] is None
    assert archive.json("show", "--article", article)["corrected"] == []


# ---------------------------------------------------------------- agreement facts


def test_fix_agreement_facts_are_marked_and_survive_reextract(archive: Archive) -> None:
    archive.add(DAILY)
    ident = str(archive.agreement_of(DAILY)["id"])
    archive.ok(
        "fix", ident, "--date", "2023-06", "--add-party", "한국전력공사",
        "--add-signatory", "김철수,사장,한국전력공사", "--kind", "상생협약",
        "--remove-clause", "2", "--add-clause", "청년 교류 확대", "--note", "보도자료 원문 확인",
    )  # fmt: skip
    fixed = archive.json("show", ident)
    assert fixed["date"] == "2023-06" and fixed["date_precision"] == "month"
    assert fixed["parties"] == ["광주광역시", "전라남도", "한국전력공사"]
    assert fixed["signatories"][-1] == {
        "name": "김철수",
        "title": "사장",
        "organization": "한국전력공사",
    }
    assert fixed["kind"] == "상생협약"
    assert "해상풍력 부품 산업 육성" not in fixed["clauses"]
    assert fixed["clauses"][-1] == "청년 교류 확대"
    assert fixed["corrected"] == ["date", "kind", "parties", "signatories", "clauses"]
    people = archive.ok("show", ident).out
    assert "수정 1: 보도자료 원문 확인" in people and "2023-06" in people
    archive.ok("reextract")
    assert archive.json("show", ident) == fixed
    timeline = archive.ok("timeline").out
    assert "수정됨" in timeline
    csv_row = archive.ok("export", "--format", "csv").out.splitlines()[1]
    assert "date; kind; parties; signatories; clauses" in csv_row


def test_a_removed_party_stays_removed_when_another_report_names_it(archive: Archive) -> None:
    archive.add(DAILY)
    ident = str(archive.agreement_of(DAILY)["id"])
    archive.ok("fix", ident, "--remove-party", "전라남도", "--title", "광주 에너지 협약")
    archive.add(WIRE)
    merged = archive.json("show", ident)
    assert len(merged["sources"]) == 2
    assert merged["parties"] == ["광주광역시"] and merged["title"] == "광주 에너지 협약"


def test_corrected_region_resolves_like_region_filters(archive: Archive) -> None:
    archive.add(DAILY)
    ident = str(archive.agreement_of(DAILY)["id"])
    archive.ok("fix", ident, "--region", "경기 광주")
    assert archive.json("show", ident)["regions"] == ["경기도 광주시"]
    assert archive.json("timeline", "--region", "경기 광주")[0]["id"] == int(ident)
    assert archive.json("timeline", "--region", "광주") == []
    archive.ok("fix", ident, "--add-region", "광주", "--remove-region", "경기도 광주시")
    assert archive.json("show", ident)["regions"] == ["광주광역시"]
    wrong = archive.run("fix", ident, "--region", "광쥬")
    assert wrong.code == 2 and "did you mean 광주광역시" in wrong.err


def test_a_value_given_as_it_already_is_beside_a_real_change_is_named(archive: Archive) -> None:
    """`fix ID --add-party X --kind 업무협약` on an 업무협약 must not leave the user wondering
    whether --kind was taken."""
    archive.add(DAILY)
    ident = str(archive.agreement_of(DAILY)["id"])
    result = archive.ok("fix", ident, "--place", "도청 회의실", "--kind", "업무협약")
    assert f"#{ident} kind: already as given, no correction" in result.out
    assert [c["field"] for c in archive.json("corrections")] == ["place"]


def test_fixing_to_the_values_it_has_records_nothing(archive: Archive) -> None:
    archive.add(DAILY)
    ident = str(archive.agreement_of(DAILY)["id"])
    result = archive.ok("fix", ident, "--kind", "업무협약", "--status", "signed")
    assert "nothing changed" in result.out
    assert archive.json("corrections") == []
    archive.ok("fix", ident, "--date", "2024-05-02")
    assert "nothing changed" in archive.ok("fix", ident, "--date", "2024-05-02").out
    assert [c["field"] for c in archive.json("corrections")] == ["date"]
    scripted = archive.json("fix", ident, "--place", "광주시청 대회의실")
    assert scripted["agreement"]["place"] == "광주시청 대회의실"
    assert [c["field"] for c in scripted["corrections"]] == ["place"]


# ---------------------------------------------------------------- reject, merge, split


def test_rejected_agreement_is_hidden_everywhere_but_kept(archive: Archive) -> None:
    archive.add(DAILY, DAEGU_ONE)
    ident = archive.agreement_of(DAILY)["id"]
    archive.ok("reject", str(ident), "--note", "개청식 기사, 협약 아님")
    assert [a["id"] for a in archive.json("timeline")] != [] and all(
        a["id"] != ident for a in archive.json("timeline")
    )
    assert archive.json("partners", "--region", "광주") == []
    assert archive.json("search", "수소", "--in", "clauses") == []
    assert len(archive.json("search", "수소", "--in", "clauses", "--include-rejected")) == 1
    stats = archive.json("stats")
    assert (stats["agreements"], stats["rejected"]) == (1, 1)
    assert all(a["id"] != ident for a in archive.agreements())
    assert all(
        not row["rejected"]
        for row in map(json.loads, archive.ok("export", "--what", "clauses").out.splitlines())
    )
    kept = [a for a in archive.agreements("--include-rejected") if a["id"] == ident]
    assert kept[0]["rejected"] is True and kept[0]["corrected"] == ["rejected"]
    assert "기각됨" in archive.ok("show", str(ident)).out
    archive.ok("reextract")
    assert all(a["id"] != ident for a in archive.json("timeline"))
    archive.ok("corrections", "--undo", "1")
    assert any(a["id"] == ident for a in archive.json("timeline"))


def test_merge_then_a_third_report_still_makes_one_agreement(archive: Archive) -> None:
    archive.add(DAILY, WEEKLY)
    first, second = archive.agreement_of(DAILY)["id"], archive.agreement_of(WEEKLY)["id"]
    assert first != second, "extraction alone cannot tell these are one signing"
    result = archive.ok("merge", str(first), str(second))
    assert f"merged #{second} into #{first}" in result.out
    archive.add(WIRE)
    agreements = archive.agreements()
    assert len(agreements) == 1 and agreements[0]["id"] == first
    assert len(agreements[0]["sources"]) == 3
    assert agreements[0]["corrected"] == ["sources"]
    archive.ok("reextract")
    assert [len(a["sources"]) for a in archive.agreements()] == [3]
    assert archive.json("stats")["agreements"] == 1


def test_undoing_a_merge_gives_the_agreement_its_id_back(archive: Archive) -> None:
    archive.add(DAILY, WEEKLY)
    first, second = archive.agreement_of(DAILY)["id"], archive.agreement_of(WEEKLY)["id"]
    archive.ok("merge", str(first), str(second))
    archive.ok("corrections", "--undo", "1")
    assert sorted(a["id"] for a in archive.agreements()) == sorted([first, second])
    assert archive.agreement_of(WEEKLY)["id"] == second
    archive.ok("reextract")
    assert len(archive.agreements()) == 2


def test_a_split_that_undoes_a_merge_gives_the_report_its_old_id_back(archive: Archive) -> None:
    """Newcomer 49, finding 13: ids kept in notes and scripts point where they did."""
    archive.add(DAILY, WEEKLY, DAEGU_ONE)
    first, second = archive.agreement_of(DAILY)["id"], archive.agreement_of(WEEKLY)["id"]
    archive.ok("merge", str(first), str(second))
    weekly = archive.article_id(WEEKLY)

    result = archive.ok("split", str(first), "--article", str(weekly))

    assert f"article {weekly} left #{first}: now agreement #{second}" in result.out
    assert archive.agreement_of(WEEKLY)["id"] == second


NAJU_2022 = (
    "나주시·한국전력공사, 에너지밸리 인재 양성 협약\n"
    "윤병태 나주시장과 한전 관계자는 30일 한전 본사에서 에너지밸리 인재 양성을 위한"
    " 업무협약을 체결했다.\n"
    "두 기관은 ▲지역 대학 연계 교육 ▲청년 채용 확대에 협력하기로 했다.\n"
    "나주=오세진 기자 sj@bitgoeul.example\n"
)
GIMHAE_2024 = (
    "김해시·인제대, 의료관광 활성화 맞손\n"
    "홍태용 김해시장과 인제대 총장은 2일 시청 소회의실에서 의료관광 활성화를 위한"
    " 업무협약을 맺었다.\n"
    "양 기관은 ▲외국인 환자 유치 ▲의료통역 인력 양성에 힘을 모은다.\n"
    "김해=박서연 기자 sy@gaya.example\n"
)


def test_splitting_off_the_article_merged_into_gives_both_their_ids_back(
    archive: Archive,
) -> None:
    """Newcomer 50, finding 10: `merge 3 4`, then `split 3 --article A` where A is #3's own
    report. #3's article stays #3 and #4's is #4 again (it was #3 and a new #8); undoing
    the split, then the merge, leaves the ids as they were too."""
    archive.ok("add", "--date", "2022-12-01", archive.write("naju.txt", NAJU_2022))
    archive.ok("add", "--date", "2024-09-03", archive.write("gimhae.txt", GIMHAE_2024))
    naju, gimhae = (archive.agreement_of(name)["id"] for name in ("naju", "gimhae"))
    archive.ok("merge", str(naju), str(gimhae))
    own = archive.article_id("naju")

    result = archive.ok("split", str(naju), "--article", str(own))

    assert result.out.startswith(
        f"article {own} stays #{naju}, as before the merge; its other sources are #{gimhae}"
        " again (correction 2)\n"
    )
    assert "에너지밸리 인재 양성" in archive.ok("show", str(naju)).out
    assert "의료관광 활성화" in archive.ok("show", str(gimhae)).out
    archive.ok("reextract")
    assert sorted(a["id"] for a in archive.agreements()) == [naju, gimhae]
    archive.ok("corrections", "--undo", "2")
    (merged,) = archive.agreements()
    assert merged["id"] == naju
    archive.ok("corrections", "--undo", "1")
    assert sorted(a["id"] for a in archive.agreements()) == [naju, gimhae]
    assert "의료관광 활성화" in archive.ok("show", str(gimhae)).out


MOKPO_2022 = (
    "목포시·신안군, 해상풍력 배후항만 공동 활용 협약\n"
    "박홍률 목포시장과 박우량 신안군수는 12일 목포시청에서 해상풍력 배후항만 공동 활용을 위한"
    " 업무협약을 체결했다.\n"
    "두 시·군은 ▲배후항만 공동 운영 ▲관련 기업 유치에 협력하기로 했다.\n"
    "목포=김남도 기자 kim@namdo.example\n"
)
YEOSU_2024 = (
    "여수시·광양시, 관광 상생 협약\n"
    "정기명 여수시장과 정인화 광양시장은 3일 여수시청에서 관광 상생 협력을 위한 업무협약을"
    " 체결했다.\n"
    "두 시는 ▲공동 관광상품 개발 ▲축제 공동 홍보에 협력하기로 했다.\n"
    "여수=박바다 기자 bada@namdo.example\n"
)


def test_merging_other_parties_of_other_years_warns_in_one_line_and_merges(
    archive: Archive,
) -> None:
    archive.ok("add", "--date", "2022-05-12", archive.write("mokpo.txt", MOKPO_2022))
    archive.ok("add", "--date", "2024-10-03", archive.write("yeosu.txt", YEOSU_2024))
    mokpo, yeosu = (a["id"] for a in archive.agreements())

    result = archive.ok("merge", str(mokpo), str(yeosu))

    assert f"merged #{yeosu} into #{mokpo}" in result.out
    assert result.err == (
        f"warning: #{mokpo} and #{yeosu} name other parties in other years (2022, 2024):"
        " merged as asked\n"
    )
    assert len(archive.agreements()) == 1


def test_a_merge_keeps_the_kept_agreements_corrected_place_and_says_whose_yields(
    archive: Archive,
) -> None:
    archive.add(DAILY, WEEKLY)
    kept, absorbed = archive.agreement_of(DAILY)["id"], archive.agreement_of(WEEKLY)["id"]
    archive.ok("fix", str(kept), "--place", "광주광역시청 비즈니스룸")
    archive.ok("fix", str(absorbed), "--place", "전남도청 서재필실", "--title", "광역 상생 협약")

    result = archive.ok("merge", str(kept), str(absorbed))

    assert result.err == (
        f"warning: #{absorbed}'s corrected place (전남도청 서재필실) yields to"
        f" #{kept}'s (광주광역시청 비즈니스룸)\n"
    )
    (merged,) = archive.agreements()
    assert merged["place"] == "광주광역시청 비즈니스룸"
    assert merged["title"] == "광역 상생 협약"  # only the absorbed side corrected it
    undo = result.out.split("--undo ")[1].split()[0]
    listed = {row["id"]: row for row in archive.json("corrections")}
    kept_fix, absorbed_fix = (c for c in sorted(listed) if listed[c]["field"] == "place")
    assert listed[absorbed_fix]["set_aside_by"] == int(undo)
    assert listed[kept_fix]["set_aside_by"] is None
    shown = archive.ok("show", str(kept), "--no-pager").out
    place_line = next(line for line in shown.splitlines() if "비즈니스룸" in line)
    assert place_line.rstrip().endswith(f"수정 {kept_fix}")
    archive.ok("corrections", "--undo", undo)
    places = {a["id"]: a["place"] for a in archive.agreements()}
    assert places == {kept: "광주광역시청 비즈니스룸", absorbed: "전남도청 서재필실"}


def test_merging_undated_reports_of_one_signing_warns_of_nothing(archive: Archive) -> None:
    archive.add(DAILY, WEEKLY)
    first, second = archive.agreement_of(DAILY)["id"], archive.agreement_of(WEEKLY)["id"]
    assert archive.ok("merge", str(first), str(second)).err == ""


def test_split_survives_reextract_and_undo_joins_again(archive: Archive) -> None:
    archive.add(DAEGU_ONE, DAEGU_TWO)
    (together,) = archive.agreements()
    second_article = archive.article_id(DAEGU_TWO)
    result = archive.ok("split", str(together["id"]), "--article", str(second_article))
    assert "now agreement #" in result.out
    assert len(archive.agreements()) == 2
    archive.ok("reextract")
    apart = archive.agreements()
    assert len(apart) == 2 and all(len(a["sources"]) == 1 for a in apart)
    assert archive.agreement_of(DAEGU_ONE)["id"] == together["id"]
    archive.ok("corrections", "--undo", "1")
    assert [len(a["sources"]) for a in archive.agreements()] == [2]


def _consistent(archive: Archive, tmp_path: Path) -> None:
    """Foreign keys hold, each search index holds exactly what a fresh index of the same
    rows would, and `stats` counts what the tables hold."""
    from mouarchive import store
    from mouarchive.store.indexes import INDEXES, index_missing

    tables = [t for kind in INDEXES.values() for t in kind.values()]

    def terms(conn: sqlite3.Connection) -> dict[str, list]:
        for t in tables:
            conn.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{t} USING fts5vocab(main, {t}, row)"
            )
        return {
            t: conn.execute(f"SELECT term, doc FROM temp.v_{t} ORDER BY term").fetchall()
            for t in tables
        }

    with closing(sqlite3.connect(archive.db, isolation_level=None)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for t in tables:
            conn.execute(f"INSERT INTO {t} ({t}) VALUES ('integrity-check')")
        before = terms(conn)
        rows = conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sources),"
            " (SELECT count(*) FROM agreements WHERE rejected = 0)"
        ).fetchone()
        copy = tmp_path / "fresh.db"
        copy.unlink(missing_ok=True)
        with closing(sqlite3.connect(copy)) as fresh:
            conn.backup(fresh)
            for t in tables:
                fresh.execute(f"INSERT INTO {t} ({t}) VALUES ('delete-all')")
            fresh.commit()
    db = store.open_archive(copy)
    index_missing(db)
    assert terms(db.conn) == before
    db.conn.close()
    stats = archive.json("stats")
    assert (stats["articles"], stats["sources"], stats["agreements"]) == rows
    _items_as_shown(archive, stats["clauses"])


def _items_as_shown(archive: Archive, counted: int) -> None:
    """The clause rows search and export read are each agreement's items as shown: every
    shown item has a row, the owner's rows are shown items, removed ones are not, and
    `stats` counts the rows a plain export lists."""
    out = archive.ok("export", "--what", "clauses", "--include-rejected").out
    rows = [json.loads(line) for line in out.splitlines()]
    for agreement in archive.agreements("--include-rejected"):
        mine = [row for row in rows if row["agreement_id"] == agreement["id"]]
        kept = {row["text"] for row in mine if not row["removed"]}
        assert set(agreement["clauses"]) <= kept, agreement["id"]
        assert {row["text"] for row in mine if row["added"]} <= set(agreement["clauses"])
        assert not {row["text"] for row in mine if row["removed"]} & set(agreement["clauses"])
        assert all(row["rejected"] == (agreement["rejected"] or row["removed"]) for row in mine)
    assert counted == sum(not row["rejected"] for row in rows)
    for text in {row["text"] for row in rows}:
        found = archive.json("search", text, "--in", "clauses", "--limit", "100")
        expected = [row for row in rows if not row["rejected"] and text in row["text"]]
        assert {hit["clause"] for hit in found} >= {row["text"] for row in expected}
        assert all(not (hit["removed"]) for hit in found)


def test_every_curation_keeps_keys_indexes_and_counts_consistent(
    archive: Archive, tmp_path: Path
) -> None:
    archive.add(DAILY, WEEKLY, DAEGU_ONE, DAEGU_TWO, FESTIVAL)
    daily, weekly = archive.agreement_of(DAILY)["id"], archive.agreement_of(WEEKLY)["id"]
    daegu = archive.agreement_of(DAEGU_ONE)["id"]
    fixes = tmp_path / "fixes.jsonl"
    steps = [
        ("fix", str(daily), "--add-clause", "청년 교류 확대", "--add-party", "한빛대학교"),
        ("fix", str(daily), "--remove-clause", "2"),  # also in the wire copy, added below
        ("reject", str(weekly)),
        ("corrections", "--undo", "4"),  # 1 and 2 are the first fix's party and clause
        ("merge", str(daily), str(weekly)),
        ("split", str(daegu), "--article", str(archive.article_id(DAEGU_TWO))),
        ("corrections", "--undo", "6"),
        ("add", archive.path(WIRE)),
        ("reextract",),
        ("corrections", "--export", str(fixes)),
        ("fix", str(daily), "--remove-clause", "1"),
        ("corrections", "--undo", "3"),
        ("remove", "--article", str(archive.article_id(DAILY)), "--yes"),
        ("remove", archive.path(FESTIVAL), "--yes"),
    ]
    _consistent(archive, tmp_path)
    for step in steps:
        archive.ok(*step)
        _consistent(archive, tmp_path)
    rebuilt = Archive(tmp_path / "rebuilt")
    rebuilt.add(WIRE, FESTIVAL, DAEGU_TWO, DAEGU_ONE, WEEKLY, DAILY)
    rebuilt.ok("corrections", "--import", str(fixes))
    _consistent(rebuilt, tmp_path)
    assert rebuilt.json("search", "청년교류", "--in", "clauses")[0]["added"] is True


def _timeline_order(agreement: dict) -> tuple:
    """Timeline order as `timeline` states it: by date, a partial date at the end of its
    period, then by the first reporting article's date (sources come oldest first), then id."""
    parts = [int(part) for part in agreement["date"].split("-")] if agreement["date"] else []
    year, month, day = [*parts, None, None, None][:3]
    first = agreement["sources"][0]["published"] if agreement["sources"] else None
    return (
        year is None,
        year or 0,
        month or 13,
        day or 32,
        first is None,
        first or "",
        agreement["id"],
    )


def _listed_as_stored(archive: Archive) -> None:
    """`timeline --region` lists exactly the agreements whose regions (certain or a reading
    left open) lie in the region, in timeline order."""
    agreements = archive.agreements()
    for typed, region in (("광주", "광주광역시"), ("대구", "대구광역시")):
        expected = sorted(
            (
                a
                for a in agreements
                if any(
                    name == region or name.startswith(region + " ")
                    for name in a["regions"] + a["ambiguous_regions"]
                )
            ),
            key=_timeline_order,
        )
        listed = archive.json("timeline", "--region", typed)
        assert [a["id"] for a in listed] == [a["id"] for a in expected], typed


def test_region_listing_and_its_order_follow_every_change(archive: Archive) -> None:
    archive.add(DAILY, options=("--date", "2023-06-14"))
    archive.add(WEEKLY, options=("--date", "2023-07-13"))  # too late to join DAILY's by itself
    archive.add(DAEGU_ONE, DAEGU_TWO, options=("--date", "2023-06-06"))
    _listed_as_stored(archive)
    daily, weekly = archive.agreement_of(DAILY)["id"], archive.agreement_of(WEEKLY)["id"]
    archive.ok("fix", "--article", str(archive.article_id(WEEKLY)), "--date", "2023-07-15")
    _listed_as_stored(archive)
    archive.ok("merge", str(daily), str(weekly))
    archive.add(WIRE)
    _listed_as_stored(archive)
    (together,) = [a for a in archive.agreements() if "대구광역시" in a["regions"]]
    archive.ok("split", str(together["id"]), "--article", str(archive.article_id(DAEGU_TWO)))
    archive.ok("fix", str(daily), "--region", "대구")
    _listed_as_stored(archive)
    archive.ok("reextract")
    _listed_as_stored(archive)
    archive.ok("corrections", "--undo", str(archive.json("corrections")[-1]["id"]))
    _listed_as_stored(archive)
    archive.ok("remove", "--article", str(archive.article_id(DAEGU_ONE)), "--yes")
    _listed_as_stored(archive)


# ---------------------------------------------------------------- remove


def test_remove_article_deletes_it_with_its_text_and_lonely_agreements(archive: Archive) -> None:
    archive.add(DAILY, DAEGU_ONE, FESTIVAL)
    festival = archive.article_id(FESTIVAL)
    daily = archive.article_id(DAILY)
    assert len(archive.json("search", "빛고을")) == 1
    refused = archive.run("remove", "--article", str(festival))
    assert refused.code == 2 and "--yes" in refused.err
    result = archive.ok("remove", "--article", str(festival), "--article", str(daily), "--yes")
    assert "removed 2 articles" in result.out and "1 agreement left without a source" in result.out
    assert archive.json("search", "빛고을") == []
    assert archive.json("search", "수소") == []
    stats = archive.json("stats")
    assert (stats["sources"], stats["articles"], stats["agreements"]) == (1, 1, 1)
    said = archive.ok("add", archive.path(FESTIVAL)).out
    assert "0 articles added" in said, "an article removed one by one stays out"
    assert "kept out: article 3: 빛고을 가을 축제 개막, which you removed (correction 1;" in said
    assert "corrections --undo 1 lets it back in" in said
    undo = archive.ok("corrections", "--undo", "1").out
    assert "reextract" in undo
    assert archive.ok("reextract")
    assert len(archive.json("search", "빛고을")) == 1, "let back in, it comes with its page"


def _answer_on_a_terminal(archive: Archive, args: list[str], answer: bytes) -> tuple[int, str]:
    """Run a command on a pseudo-terminal, type `answer` when it asks; (exit code, screen)."""
    return on_a_terminal(["--db", archive.db, *args], answer=answer)


def test_remove_asks_on_a_terminal_and_a_no_removes_nothing(archive: Archive) -> None:
    archive.add(DAILY, FESTIVAL)
    festival = str(archive.article_id(FESTIVAL))
    code, screen = _answer_on_a_terminal(archive, ["remove", "--article", festival], b"n\n")
    assert code == 1 and "nothing removed" in screen and "interrupted" not in screen
    assert "for good?" in screen and archive.json("stats")["articles"] == 2
    code, screen = _answer_on_a_terminal(archive, ["remove", "--article", festival], b"y\n")
    assert code == 0 and "removed 1 article" in screen
    assert archive.json("stats")["articles"] == 1


def test_removing_files_of_both_kinds_counts_every_file(archive: Archive) -> None:
    """A file whose article went and a copy whose article stays read as "removed 1 article",
    as if one file had gone."""
    archive.add(DAILY, FESTIVAL)
    copy = archive.files / "copy.txt"
    copy.write_text(Path(archive.path(DAILY)).read_text() + "\n")
    archive.ok("add", str(copy))
    result = archive.ok("remove", str(copy), archive.path(FESTIVAL), "--yes")
    assert result.out.startswith("removed 2 files and 1 article with their raw text; ")
    assert f"stays, held by {archive.path(DAILY)}" in result.out


def test_remove_path_keeps_an_article_another_file_still_holds(archive: Archive) -> None:
    archive.add(DAILY)
    copy = archive.files / "copy.txt"
    copy.write_text(Path(archive.path(DAILY)).read_text() + "\n")
    archive.ok("add", str(copy))
    result = archive.ok("remove", archive.path(DAILY), "--yes")
    (agreement,) = archive.agreements()
    assert paths_of(agreement) == [str(copy.resolve())]
    # Not "removed 0 articles", which read as nothing done: the file went, its article stays.
    article = agreement["sources"][0]["article_id"]
    assert result.out == (
        f"removed 1 file with its raw text; article a{article} stays, held by {copy.resolve()}\n"
    )
    missing = archive.run("remove", str(archive.files / "nothing.txt"), "--yes")
    assert missing.code == 2 and "not in the archive" in missing.err


ULSAN = (
    "울산시·경주시, 해오름동맹 관광 협약\n"
    "김두겸 울산시장과 주낙영 경주시장은 8일 울산시청에서 해오름동맹 관광 활성화를 위한"
    " 업무협약을 체결했다.\n"
    "두 시는 ▲연계 관광상품 개발 ▲시티투어 공동 운영에 협력하기로 했다.\n"
    "울산=정해돋 기자 sun@ulsan.example\n"
)


def test_remove_of_every_file_of_one_article_names_the_files(archive: Archive) -> None:
    """Newcomer 49, finding 21: one article saved in four encodings, all four removed; the
    line said only "removed 1 article"."""
    paths = []
    for name, encoding in (
        ("u8.txt", "utf-8"),
        ("bom8.txt", "utf-8-sig"),
        ("u16.txt", "utf-16"),
        ("cp949.txt", "cp949"),
    ):
        path = archive.files / name
        path.write_bytes(ULSAN.encode(encoding))
        paths.append(str(path))
    archive.ok("add", *paths)
    assert len(archive.agreements()) == 1

    result = archive.ok("remove", *paths, "--yes")

    assert result.out == (
        "removed 4 files and 1 article with their raw text;"
        " 1 agreement left without a source went too\n"
    )


def test_remove_path_of_a_byte_identical_copy_forgets_only_that_path(archive: Archive) -> None:
    """Two paths of one content: removing one path deletes nothing the other still holds."""
    archive.add(DAILY)
    copy = archive.files / "same.txt"
    copy.write_bytes(Path(archive.path(DAILY)).read_bytes())
    archive.ok("add", str(copy))
    result = archive.ok("remove", archive.path(DAILY), "--yes")
    assert result.out == f"forgot 1 path (its content is still held by {copy.resolve()})\n"
    (agreement,) = archive.agreements()
    assert paths_of(agreement) == [str(copy.resolve())]
    assert archive.json("stats")["articles"] == 1
    result = archive.ok("remove", str(copy), "--yes")
    assert "removed 1 article" in result.out and archive.json("stats")["articles"] == 0
    # One path named three ways is one path forgotten.
    archive.add(DAILY)
    archive.ok("add", str(copy))
    relative = os.path.relpath(archive.path(DAILY))
    result = archive.ok("remove", archive.path(DAILY), relative, f"./{relative}", "--yes")
    assert result.out == f"forgot 1 path (its content is still held by {copy.resolve()})\n"
    archive.ok("remove", str(copy), "--yes")
    # Every copy named in one command removes the file.
    archive.add(DAILY)
    archive.ok("add", str(copy))
    result = archive.ok("remove", archive.path(DAILY), str(copy), "--yes")
    assert "removed 1 article" in result.out and archive.json("stats")["articles"] == 0


def test_remove_a_web_page_by_its_url(archive: Archive) -> None:
    from mouarchive import store
    from mouarchive.models import Article

    url = "https://news.example.kr/articleView.html?idxno=7"
    db = store.open_archive(Path(archive.db))
    with store.transaction(db):
        source = store.insert_source(
            db, sha256="p1", path=url, encoding="utf-8", warnings=[], raw_text="본문"
        )
        article, _ = store.insert_article(db, Article("웹 기사", "광주시 소식 본문"), "a1")
        store.link_article_source(db, article, source, 0)
    db.conn.close()
    result = archive.ok("remove", url, "--yes")
    assert "removed 1 article" in result.out
    assert archive.json("stats")["sources"] == 0
    (listed,) = archive.json("corrections")
    assert listed["change"] == f"removed {url} (with a1)"


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("fix", "99", "--date", "2023"), "no agreement #99"),
        (("fix", "--article", "99", "--date", "2023"), "no article a99"),
        (("fix", "1", "--date", "2023-02-30"), "no such day"),
        (("fix", "1", "--date", "2023-13"), "bad date '2023-13': no month 13"),
        (("fix", "1", "--date", "어제"), "bad date"),
        (("fix", "1", "--colour", "red"), "No such option"),
        (("fix", "1"), "nothing to fix"),
        (("fix", "1", "--remove-party", "관련"), "has no party '관련'"),
        (("fix", "1", "--remove-clause", "9"), "agreement #1 has no clause 9"),
        (("fix", "1", "--outlet", "x"), "fix --article ID --outlet"),
        (("fix", "--article", "1", "--kind", "MOU"), "corrects an agreement"),
        (("fix", "--article", "1", "--url", "ftp://x"), "http:// or https://"),
        (("fix", "1", "--add-signatory", "a,b,c,d"), "NAME,TITLE,ORGANISATION"),
        (("merge", "1", "1"), "cannot merge agreement #1 with itself"),
        (("merge", "1"), "two or more"),
        (("split", "1", "--article", "1"), "no other source"),
        (
            ("split", "1", "--article", "99"),
            "article a99 is not a source of agreement #1 (its sources: a1)",
        ),
        (("reject", str(2**64)), "too large"),
        (("corrections", "--undo", "99"), "no correction 99"),
        (("corrections", "--undo", "1", "--export", "-"), "one of"),
        (("remove", "--article", "99", "--yes"), "no article a99"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    archive: Archive, args: tuple[str, ...], message: str
) -> None:
    archive.add(DAILY)
    before = archive.agreements()
    result = archive.run(*args)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and result.err.startswith("error: ")
    assert message in result.err
    assert archive.agreements() == before
    assert archive.json("corrections") == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "99"), "no agreement #99 (the archive's agreement ids are #1 to #1)"),
        (("reject", "99"), "no agreement #99 (the archive's agreement ids are #1 to #1)"),
        (
            ("fix", "99", "--place", "시청"),
            "no agreement #99 (the archive's agreement ids are #1 to #1)",
        ),
        (("merge", "1", "99"), "no agreement #99 (the archive's agreement ids are #1 to #1)"),
        (
            ("split", "99", "--article", "1"),
            "no agreement #99 (the archive's agreement ids are #1 to #1)",
        ),
        (("show", "a99"), "no article a99 (the archive's article ids are a1 to a1)"),
        (("show", "--article", "99"), "no article a99 (the archive's article ids are a1 to a1)"),
        (
            ("fix", "--article", "99", "--outlet", "한빛일보"),
            "no article a99 (the archive's article ids are a1 to a1)",
        ),
        (
            ("remove", "--article", "99", "--yes"),
            "no article a99 (the archive's article ids are a1 to a1)",
        ),
    ],
)
def test_a_missing_id_is_worded_as_show_prints_ids(
    archive: Archive, args: tuple[str, ...], message: str
) -> None:
    """`reject 99` said "no agreement 99" where `show 99` said "no agreement #99": every
    command names a missing agreement `#99` and a missing article `a99`, as ids are printed."""
    archive.add(DAILY)
    result = archive.run(*args)
    assert (result.code, result.err) == (2, f"error: {message}\n")


SUWON = (
    "수원시·한빛대, 반도체 인재 양성 협약\n"
    "이재준 수원시장과 한빛대 총장은 8일 시청 중회의실에서 반도체 인재 양성을 위한"
    " 업무협약을 체결했다.\n"
    "두 기관은 ▲반도체 계약학과 운영 ▲지역 기업 현장실습에 협력하기로 했다.\n"
    "수원=정다운 기자 dw@gyeonggi.example\n"
)


@pytest.mark.parametrize(
    ("args", "verb"),
    [
        (("fix", "{id}", "--place", "수원시청 대회의실"), "fix"),
        (("fix", "{id}", "--add-party", "경기도"), "fix"),
        (("split", "{id}", "--article", "{article}"), "split"),
        (("merge", "{id}", "{other}"), "merge"),
        (("merge", "{other}", "{id}"), "merge"),
    ],
)
def test_a_rejected_agreement_is_neither_fixed_split_nor_merged(
    archive: Archive, args: tuple[str, ...], verb: str
) -> None:
    """`fix` of a rejected agreement recorded a correction no listing shows; like `merge`,
    every command that changes an agreement refuses a rejected one, in one line that names
    the undo."""
    archive.ok("add", "--date", "2024-05-09", archive.write("suwon.txt", SUWON))
    archive.ok("add", "--date", "2024-09-03", archive.write("gimhae.txt", GIMHAE_2024))
    rejected, other = (archive.agreement_of(n)["id"] for n in ("suwon", "gimhae"))
    archive.ok("reject", str(rejected), "--note", "학과 홍보 기사")
    values = {"id": rejected, "other": other, "article": archive.article_id("suwon")}

    result = archive.run(*(arg.format(**values) for arg in args))

    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"error: agreement #{rejected} is rejected; undo the rejection to {verb} it"
        " (mouarchive corrections --undo 1)\n"
    )
    assert [c["action"] for c in archive.json("corrections")] == ["reject"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("fix", "1", "--place", "시청"), "no agreement #1"),
        (("reject", "1"), "no agreement #1"),
        (("merge", "1", "2"), "no agreement #1"),
        (("split", "1", "--article", "1"), "no agreement #1"),
        (("fix", "--article", "1", "--date", "2024-05-09"), "no article a1"),
        (("remove", "--article", "1", "--yes"), "no article a1"),
        (("show", "1"), "no agreement #1"),
        (("corrections", "--keep", "1"), "correction 1 is not one review asks to check"),
    ],
)
def test_an_error_on_an_empty_archive_is_one_line_that_says_it_is_empty(
    archive: Archive, args: tuple[str, ...], message: str
) -> None:
    """On an archive whose articles were all removed, "note: the archive is empty" came on
    a line of its own above the error: two lines. The error says it, in its one line."""
    archive.ok("add", "--date", "2024-05-09", archive.write("suwon.txt", SUWON))
    archive.ok("remove", "--article", "1", "--yes")

    result = archive.run(*args)

    assert (result.code, result.out) == (2, "")
    assert result.err.startswith(f"error: {message}") and result.err.count("\n") == 1
    assert result.err.endswith(f"(the archive {archive.db} is empty — add articles first)\n")
    listed = archive.run("review")
    assert (listed.out, listed.err) == (
        "nothing to review\n",
        f"note: the archive {archive.db} is empty — add articles first (mouarchive add FILES)\n",
    )


def test_undo_of_an_undone_correction_is_refused(archive: Archive) -> None:
    archive.add(DAILY)
    archive.ok("reject", "1")
    archive.ok("corrections", "--undo", "1")
    again = archive.run("corrections", "--undo", "1")
    assert again.code == 2 and again.err == "error: correction 1 is already undone\n"
    (listed,) = archive.json("corrections")
    assert listed["undone_at"] and listed["change"] == "rejected: not an agreement"


def test_notes_and_names_are_data_not_markup(archive: Archive) -> None:
    archive.add(DAILY)
    archive.ok("fix", "1", "--add-party", "[bold]가짜[/bold]", "--note", "\x1b[31m빨강 [red]x[/]")
    shown = archive.ok("show", "1").out + archive.ok("corrections").out
    assert "[bold]가짜[/bold]" in shown and "[red]x[/]" in shown and "\x1b" not in shown


# ---------------------------------------------------------------- two processes


def test_two_processes_correcting_at_once_both_land(archive: Archive) -> None:
    archive.add(DAILY, DAEGU_ONE)
    ids = [archive.agreement_of(DAILY)["id"], archive.agreement_of(DAEGU_ONE)["id"]]
    script = (
        "import sys; from mouarchive.cli import main\n"
        "for n in range(5):\n"
        "    try:\n"
        "        main(['--db', sys.argv[1], 'fix', sys.argv[2], '--add-clause', f'항목 {n}'])\n"
        "    except SystemExit as e:\n"
        "        assert not e.code, e.code\n"
    )
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", script, archive.db, str(i)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for i in ids
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err.decode()
    assert len(archive.json("corrections")) == 10
    for ident in ids:
        assert archive.json("show", str(ident))["clauses"][-5:] == [f"항목 {n}" for n in range(5)]


def test_fix_kind_takes_a_kind_or_a_word_for_one_and_refuses_anything_else(
    archive: Archive,
) -> None:
    archive.add(DAILY)
    ident = str(archive.agreement_of(DAILY)["id"])
    refused = archive.run("fix", ident, "--kind", "아무거나")
    assert refused.code == 2 and "unknown kind '아무거나'" in refused.err
    archive.ok("fix", ident, "--kind", "양해각서")
    found = json.loads(archive.ok("timeline", "--kind", "MOU", "--format", "json").out)
    assert [str(a["id"]) for a in found] == [ident]


def test_corrections_take_ids_as_the_program_prints_them(archive: Archive) -> None:
    archive.add(DAILY)
    agreement, article = archive.agreement_of(DAILY)["id"], archive.article_id(DAILY)
    archive.ok("fix", f"#{agreement}", "--title", "남도 에너지 동맹")
    fixed = archive.ok("fix", "--article", f"a{article}", "--outlet", "남도일보")
    assert f"article a{article} outlet" in fixed.out
    assert archive.agreement_of(DAILY)["title"] == "남도 에너지 동맹"
    assert archive.json("show", f"a{article}")["outlet"] == "남도일보"
    refused = archive.run("reject", f"a{article}")
    assert refused.code == 2
    assert f"a{article} is an article id: give an agreement id here" in refused.err


def test_a_signatory_the_agreement_holds_is_not_added_again(archive: Archive) -> None:
    archive.add(DAILY)
    agreement = str(archive.agreement_of(DAILY)["id"])
    archive.ok("fix", agreement, "--add-signatory", "홍길동")
    again = archive.run("fix", agreement, "--add-signatory", "홍길동,,")
    assert again.code == 2 and "already has signatory '홍길동'" in again.err
    assert len(archive.json("corrections")) == 1
    archive.ok("fix", agreement, "--add-signatory", "홍길동,대표,한빛상사")


def test_a_removal_names_a_few_of_many_articles_other_files_hold(archive: Archive) -> None:
    """A file of hundreds of articles another file also holds printed a line of every id."""
    page = archive.files / "page.txt"
    page.write_text(
        "".join(
            f"가온시, 누리{n}전자와 투자협약\n입력 2024.03.04 10:20\n\n가온시는 4일 누리{n}전자와"
            f" 투자협약을 체결했다고 밝혔다.\n\n독자 기자\n\n"
            for n in range(8)
        ),
        encoding="utf-8",
    )
    copy = archive.files / "copy.txt"
    copy.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    archive.ok("add", str(page), str(copy))
    result = archive.ok("remove", str(page), "--yes")
    assert "articles a1, a2, a3, a4, a5 and 3 more stay, held by" in result.out
