"""Corrections outlive what may rebuild the archive: re-extraction, an extractor that finds
more signings, an archive rebuilt from the same files (export → import), sharing twice."""

from __future__ import annotations

import json
from pathlib import Path

from test_curation import DAEGU_ONE, DAEGU_TWO, DAILY, FESTIVAL, WEEKLY, WIRE, Archive

from mouarchive.corrections import Correction, Key, apply, find_report


def _facts(**changes: object) -> dict:
    facts = {
        "date": None,
        "year": None,
        "month": None,
        "day": 12,
        "date_precision": "day",
        "date_text": "12일",
        "status": "signed",
        "title": None,
        "kind": "업무협약",
        "place": None,
        "parties": ["광주광역시", "관련"],
        "signatories": [{"name": "강기정", "title": "시장", "organization": "광주광역시"}],
        "regions": [],
        "ambiguous_regions": ["광주광역시"],
        "clauses": ["가", "나", "다"],
        "clauses_stated": None,
    }
    return {**facts, **changes}


def _correction(action: str, field: str | None = None, old=None, new=None) -> Correction:
    return Correction(
        "agreement", action, [Key(article_sha="x", position=0)], "", "", field, old, new
    )


def test_corrections_apply_in_order_over_extraction() -> None:
    applied = apply(
        _facts(),
        [
            _correction("set", "date", new="2023-06"),
            _correction("remove", "parties", old="관련"),
            _correction("add", "parties", new="한국광산업진흥회"),
            _correction("remove", "clauses", old="나"),
            _correction("add", "regions", new="광주광역시"),
            _correction("add", "signatories", new={"name": "강기정", "title": "시장"}),
            _correction("set", "date", new="2023-06-12"),
        ],
    )
    assert (applied["date"], applied["month"], applied["day"]) == ("2023-06-12", 6, 12)
    assert applied["date_precision"] == "day" and applied["date_text"] is None
    assert applied["parties"] == ["광주광역시", "한국광산업진흥회"]
    assert applied["clauses"] == ["가", "다"]
    assert (applied["regions"], applied["ambiguous_regions"]) == (["광주광역시"], [])
    assert applied["signatories"] == [{"name": "강기정", "title": "시장"}]
    assert applied["corrected"] == ["date", "parties", "signatories", "regions", "clauses"]
    assert applied["rejected"] is False
    assert apply(_facts(), [])["corrected"] == []


def test_a_report_is_found_by_its_sentence_when_positions_shift() -> None:
    """An improved extractor finds another signing earlier in the article: the correction
    made on the old first report still finds it, now second."""
    key = Key(article_sha="x", position=0, evidence_start=120)
    assert find_report(key, [(0, 30), (1, 120)]) == 1
    assert find_report(key, [(0, 120), (1, 120)]) == 0, "one sentence, two signings: position"
    assert find_report(key, [(0, 999)]) == 0, "an article with one report has no choice"
    assert find_report(Key(article_sha="x", position=2, evidence_start=5), [(0, 1), (1, 2)]) is None


def test_export_rebuild_import_gives_the_same_archive(tmp_path: Path) -> None:
    first = Archive(tmp_path / "first")
    first.add(DAILY, WEEKLY, DAEGU_ONE, DAEGU_TWO, FESTIVAL)
    daily, weekly = first.agreement_of(DAILY)["id"], first.agreement_of(WEEKLY)["id"]
    daegu = first.agreement_of(DAEGU_ONE)["id"]
    first.ok("fix", "--article", str(first.article_id(DAEGU_ONE)), "--date", "2024-03-05")
    first.ok("fix", str(daily), "--add-party", "한국전력공사", "--note", "원문 확인")
    first.ok("merge", str(daily), str(weekly))
    first.ok("split", str(daegu), "--article", str(first.article_id(DAEGU_TWO)))
    first.ok("remove", "--article", str(first.article_id(FESTIVAL)), "--yes")
    first.ok("reject", str(daegu))
    first.ok("corrections", "--undo", "6")
    exported = tmp_path / "fixes.jsonl"
    written = first.ok("corrections", "--export", str(exported))
    assert len(exported.read_text().splitlines()) == 6
    # On stdout, as --import's summary is (it was on stderr).
    assert (written.out, written.err) == (f"6 corrections written to {exported}\n", "")

    rebuilt = Archive(tmp_path / "rebuilt")
    rebuilt.add(FESTIVAL, DAEGU_TWO, DAEGU_ONE, WEEKLY, DAILY)  # other order, other ids
    result = rebuilt.ok("corrections", "--import", str(exported), "--yes")
    assert "6 imported, 0 already here" in result.out
    for name in (DAILY, DAEGU_ONE, DAEGU_TWO):
        mine, theirs = first.agreement_of(name), rebuilt.agreement_of(name)
        for key in ("date", "parties", "clauses", "corrected", "rejected"):
            assert mine[key] == theirs[key], key
        assert len(mine["sources"]) == len(theirs["sources"])
    assert len(rebuilt.agreements()) == len(first.agreements()) == 3
    assert rebuilt.json("stats")["articles"] == 4
    again = rebuilt.ok("corrections", "--import", str(exported))
    assert "0 imported, 6 already here" in again.out


def test_imported_fixes_for_articles_not_yet_added_apply_when_they_arrive(
    tmp_path: Path,
) -> None:
    first = Archive(tmp_path / "first")
    first.add(DAILY)
    first.ok("fix", "--article", str(first.article_id(DAILY)), "--date", "2023-06-12")
    first.ok("fix", "1", "--add-clause", "청년 교류 확대")
    fixes = first.ok("corrections", "--export", "-").out

    colleague = Archive(tmp_path / "colleague")
    result = colleague.run("corrections", "--import", "-", stdin=fixes.encode())
    assert result.code == 0 and "2 concern articles not in this archive" in result.out
    colleague.add(DAILY)
    agreement = colleague.agreement_of(DAILY)
    assert agreement["date"] == "2023-06-12"
    assert agreement["clauses"][-1] == "청년 교류 확대"


def test_an_imported_removal_of_an_article_not_here_keeps_it_out_only_when_asked(
    tmp_path: Path,
) -> None:
    first = Archive(tmp_path / "first")
    first.add(DAILY)
    first.ok("remove", "--article", str(first.article_id(DAILY)), "--yes")
    fixes = first.ok("corrections", "--export", "-").out

    colleague = Archive(tmp_path / "colleague")
    result = colleague.run("corrections", "--import", "-", stdin=fixes.encode())
    assert result.code == 0
    assert "(not here: it would be kept out when added as it was there;" in result.out
    colleague.add(DAILY)
    assert colleague.agreement_of(DAILY)

    agreed = Archive(tmp_path / "agreed")
    assert agreed.run("corrections", "--import", "-", "--yes", stdin=fixes.encode()).code == 0
    assert agreed.add(DAILY)["kept_out"][0]["correction"] == 1


def test_an_imported_removal_of_a_file_not_here_says_adding_it_undoes_it(
    tmp_path: Path,
) -> None:
    first = Archive(tmp_path / "first")
    first.add(DAILY)
    first.ok("remove", first.path(DAILY), "--yes")
    fixes = first.ok("corrections", "--export", "-").out

    colleague = Archive(tmp_path / "colleague")
    result = colleague.run("corrections", "--import", "-", stdin=fixes.encode())
    assert "1 removal of a file among them never will: adding a file undoes its removal" in (
        result.out
    )
    colleague.add(DAILY)
    assert colleague.agreement_of(DAILY)
    assert "file (added again)" in colleague.ok("corrections").out


def test_a_malformed_import_changes_nothing(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(DAILY)
    bad = tmp_path / "bad.jsonl"
    good = {
        "target": "agreement",
        "action": "reject",
        "keys": [{"article_sha": "0" * 64, "position": 0}],
        "made_at": "2026-01-01T00:00:00+00:00",
    }
    bad.write_text(
        json.dumps(good) + "\n" + json.dumps({**good, "field": "colour", "action": "set"}) + "\n"
    )
    result = archive.run("corrections", "--import", str(bad))
    assert result.code == 2 and result.err == f"error: {bad}:2: unknown field 'colour'\n"
    assert archive.json("corrections") == []
    missing = archive.run("corrections", "--import", str(tmp_path / "none.jsonl"))
    assert missing.code == 2 and "cannot read" in missing.err


def test_importing_the_listing_instead_of_the_export_says_which_file_to_give(
    tmp_path: Path,
) -> None:
    """`corrections --format csv > fixes.csv` is the listing, not an export: importing it
    said "fixes.csv:1: Expecting value: line 1 column 1 (char 0)"."""
    archive = Archive(tmp_path)
    archive.add(DAILY)
    archive.ok("reject", "1", "--note", "협약 아님")
    listing = tmp_path / "fixes.csv"
    listing.write_text(archive.ok("corrections", "--format", "csv").out, encoding="utf-8")
    result = archive.run("corrections", "--import", str(listing))
    assert result.code == 2
    assert result.err == (
        f"error: {listing}:1: not a correction (not a JSON line;"
        " import what `corrections --export FILE` wrote)\n"
    )
    cp949 = tmp_path / "fixes.jsonl"
    cp949.write_bytes("기각".encode("cp949"))
    result = archive.run("corrections", "--import", str(cp949))
    assert (result.code, result.err) == (2, f"error: {cp949}: cannot read (not UTF-8 text)\n")


def test_the_listing_says_what_when_why_and_where_it_applies_now(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(DAILY, WEEKLY)
    archive.ok("fix", "1", "--date", "2023-06-12", "--note", "보도자료 원문 확인")
    archive.ok("merge", "2", "1")
    (fix, merged) = archive.json("corrections")
    assert fix["applies_to"] == "#2", "agreement 1 was merged into 2: the fix follows it"
    assert fix["change"] == "date: 12일 (연도 미상) → 2023-06-12"
    assert fix["note"] == "보도자료 원문 확인" and fix["made_at"].startswith("20")
    assert merged["change"] == "merged #1 into #2"
    people = archive.ok("corrections").out
    assert "date: 12일 (연도 미상) → 2023-06-12" in people and "보도자료 원문 확인" in people
    csv_lines = archive.ok("corrections", "--format", "csv").out.splitlines()
    assert csv_lines[0].startswith("id,made_at,target,applies_to")
    assert len(csv_lines) == 3


def test_reextract_keeps_every_agreement_id_after_splits_and_merges(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(DAEGU_ONE, DAEGU_TWO, DAILY, WEEKLY, WIRE)
    daegu = archive.agreement_of(DAEGU_ONE)["id"]
    archive.ok("split", str(daegu), "--article", str(archive.article_id(DAEGU_TWO)))
    daily, weekly = archive.agreement_of(DAILY)["id"], archive.agreement_of(WEEKLY)["id"]
    archive.ok("merge", str(weekly), str(daily))
    before = archive.agreements()
    assert len(before) == 3
    archive.ok("reextract")
    assert archive.agreements() == before


def test_two_removals_from_one_agreement_are_two_corrections() -> None:
    """Removing two parties (or two items) one after the other, then exporting and importing,
    must bring both: what a removal takes out is what makes it that removal; a fix's old value
    is only what this archive read."""
    first = _correction("remove", "parties", old="공급망")
    second = _correction("remove", "parties", old="청와대")
    assert first.effect() != second.effect()
    assert first.identity() != second.identity()
    # A fix of one field is the same fix whatever value each archive had read before it.
    one = _correction("set", "place", old="시청", new="시청 대회의실")
    other = _correction("set", "place", old="군청", new="시청 대회의실")
    assert one.effect() == other.effect()
