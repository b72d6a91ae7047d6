"""`mouarchive export`: agreements, articles and clauses as JSON lines or CSV, streamed."""

from __future__ import annotations

import csv
import io
import itertools
import json

import pytest
from click.testing import CliRunner
from views_archive import Signing, build

from mouarchive import export, store
from mouarchive.cli import cli

SIGNINGS = [
    Signing(
        [("광주광역시", "광주광역시"), ("경기도", "경기도")],
        date=(2023, 6, 12),
        title='=HYPERLINK("http://악성.example", "클릭")',
        regions=["광주광역시", "경기도"],
        clauses=["+인공지능 협력", "@문화 교류", "-청년 일자리", "정상 조항"],
        headline='광주·경기 "달빛" 협약,\n줄바꿈 제목',
    ),
    Signing(
        [("한빛전자㈜", None), ("광주광역시 서구", "광주광역시 서구")],
        date=(2021, 1, 27),
        kind="투자협약",
        regions=["광주광역시 서구"],
        clauses=["공장 신설"],
        outlet="=cmd|' /C calc'!A0",
    ),
]


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    db, ids = build(path, SIGNINGS)
    return path, db, ids


def run(path, *args: str):
    result = CliRunner().invoke(cli, ["--db", str(path), "export", *args])
    assert result.exit_code == 0, result.output
    return result


def test_agreements_jsonl_is_the_show_object_one_per_line(archive):
    path, db, ids = archive
    lines = run(path, "--what", "agreements", "--format", "jsonl").output.splitlines()
    assert [json.loads(line) for line in lines] == [store.get_agreement(db, i) for i in ids]


def test_agreements_json_is_one_array_of_the_same_objects(archive):
    path, db, ids = archive
    listed = json.loads(run(path, "--what", "agreements", "--format", "json").output)
    assert listed == [store.get_agreement(db, i) for i in ids]


def test_articles_jsonl_rows(archive):
    path, _, _ = archive
    rows = [json.loads(line) for line in run(path, "--what", "articles").output.splitlines()]
    assert list(rows[0]) == export.ARTICLE_COLUMNS
    assert rows[0]["paths"] == ["/기사/000.txt"]
    assert rows[1]["outlet"] == "=cmd|' /C calc'!A0"
    assert "한빛전자㈜" in rows[1]["body"]


def test_clauses_rows_point_at_agreement_and_article(archive):
    path, db, ids = archive
    rows = [json.loads(line) for line in run(path, "--what", "clauses").output.splitlines()]
    assert [r["text"] for r in rows] == [
        "+인공지능 협력",
        "@문화 교류",
        "-청년 일자리",
        "정상 조항",
        "공장 신설",
    ]
    assert [r["position"] for r in rows] == [0, 1, 2, 3, 0]
    assert {r["agreement_id"] for r in rows[:4]} == {ids[0]}
    article_id = store.get_agreement(db, ids[1])["sources"][0]["article_id"]
    assert rows[4]["article_id"] == article_id


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_neutralises_formulas_but_keeps_the_text(archive):
    path, _, _ = archive
    agreements = _csv(run(path, "--what", "agreements", "--format", "csv").output)
    assert agreements[0]["title"] == '\'=HYPERLINK("http://악성.example", "클릭")'
    assert agreements[0]["clauses"] == "'+인공지능 협력; @문화 교류; -청년 일자리; 정상 조항"
    clauses = _csv(run(path, "--what", "clauses", "--format", "csv").output)
    assert [c["text"][0] for c in clauses[:3]] == ["'", "'", "'"]
    assert clauses[3]["text"] == "정상 조항"
    articles = _csv(run(path, "--what", "articles", "--format", "csv").output)
    assert articles[1]["outlet"] == "'=cmd|' /C calc'!A0"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_every_formula_start_is_neutralised(start):
    assert export.cell(start + "1+1") == "'" + start + "1+1"


def test_a_carriage_return_is_dropped_as_a_control_before_the_formula_check():
    assert export.cell("\r1+1") == "1+1"
    assert export.cell("\r=1+1") == "'=1+1"


def test_numbers_are_left_as_numbers():
    assert export.cell(-3) == "-3"
    assert export.cell(None) == ""


def test_csv_keeps_multiline_text_in_one_record(archive):
    path, _, _ = archive
    articles = _csv(run(path, "--what", "articles", "--format", "csv").output)
    assert len(articles) == 2
    assert articles[0]["title"] == '광주·경기 "달빛" 협약,\n줄바꿈 제목'


def test_agreement_csv_flattens_lists_and_sources(archive):
    path, _, _ = archive
    row = _csv(run(path, "--format", "csv").output)[1]
    assert row["parties"] == "한빛전자㈜; 광주광역시 서구"
    assert row["source_count"] == "1"
    assert row["outlets"] == "'=cmd|' /C calc'!A0"
    assert row["paths"] == "/기사/001.txt"


def test_agreement_exports_list_every_path_of_an_article(archive):
    """An article read from two paths (a copy in another folder) listed only the first in
    the agreement exports, where `export --what articles` and `show a1` list both."""
    path, db, _ = archive
    source_id, _ = store.source_by_path(db, "/기사/000.txt")
    with store.transaction(db):
        store.record_path(db, source_id, "/복사본/000.txt")
    both = ["/기사/000.txt", "/복사본/000.txt"]
    row = _csv(run(path, "--format", "csv").output)[0]
    assert row["paths"] == "; ".join(both)
    (source,) = json.loads(run(path, "--format", "jsonl").output.splitlines()[0])["sources"]
    assert (source["path"], source["paths"]) == ("/기사/000.txt", both)
    shown = CliRunner().invoke(cli, ["--db", str(path), "show", "1", "--format", "json"])
    assert json.loads(shown.output)["sources"][0]["paths"] == both


def test_excel_csv_starts_with_a_bom_and_plain_csv_does_not(archive, tmp_path):
    path, _, _ = archive
    excel = tmp_path / "agreements.csv"
    run(path, "--format", "csv", "--excel", "--output", str(excel))
    data = excel.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "광주광역시" in data.decode("utf-8-sig")
    plain = run(path, "--format", "csv").output
    assert not plain.startswith("\ufeff")


def test_output_file_is_complete_and_no_partial_file_is_left(archive, tmp_path):
    path, _, ids = archive
    target = tmp_path / "out.jsonl"
    run(path, "--output", str(target))
    assert len(target.read_text(encoding="utf-8").splitlines()) == len(ids)
    assert list(tmp_path.glob("*.part")) == []


def test_excel_needs_csv(archive):
    path, _, _ = archive
    result = CliRunner().invoke(cli, ["--db", str(path), "export", "--excel"])
    assert result.exit_code == 2


class _Sink(io.StringIO):
    """A stream that stops the export after a few lines, like a closed pipe."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def write(self, text: str) -> int:
        if self.getvalue().count("\n") >= self.limit:
            raise BrokenPipeError
        return super().write(text)


def _endless(pulled: list[int]):
    for number in itertools.count():
        pulled.append(number)
        if number > 1000:
            raise AssertionError("the writer read far ahead of what it wrote")
        yield {"id": number, "text": f"조항 {number}"}


@pytest.mark.parametrize(
    "write",
    [
        lambda rows, stream: export.write_jsonl(rows, stream),
        lambda rows, stream: export.write_csv(rows, export.CLAUSE_COLUMNS, stream),
    ],
)
def test_writers_stream_row_by_row(write):
    pulled: list[int] = []
    with pytest.raises(BrokenPipeError):
        write(_endless(pulled), _Sink(limit=5))
    assert len(pulled) <= 6


def test_store_rows_are_generators_not_lists(archive):
    _, db, _ = archive
    for rows, _ in export.WHAT.values():
        produced = rows(db)
        assert iter(produced) is produced
        assert next(produced)["id"] >= 1


@pytest.mark.parametrize("count", [0, 1, 3])
def test_streamed_json_array_is_one_document_one_object_a_line(archive, count):
    _, db, ids = archive
    texts = [json.dumps(store.get_agreement(db, i), ensure_ascii=False) for i in ids * 2][:count]
    stream = io.StringIO()
    assert export.write_json_array(iter(texts), stream) == count
    written = stream.getvalue()
    assert json.loads(written) == [store.get_agreement(db, i) for i in (ids * 2)[:count]]
    assert len(written.splitlines()) == (count + 2 if count else 1)


def test_unwritable_output_is_a_one_line_error(archive, tmp_path):
    path, _, _ = archive
    result = CliRunner().invoke(
        cli, ["--db", str(path), "export", "--output", str(tmp_path / "no" / "such" / "x.csv")]
    )
    assert result.exit_code == 2
    assert f"folder {tmp_path / 'no' / 'such'} does not exist" in result.output
    assert not (tmp_path / "no").exists()


# The agreement CSV's columns as scripts first met them; later columns only ever follow.
FIRST_AGREEMENT_COLUMNS = [
    "id",
    "date",
    "date_precision",
    "date_text",
    "status",
    "title",
    "kind",
    "place",
    "parties",
    "signatories",
    "regions",
    "ambiguous_regions",
    "clauses",
    "clauses_stated",
    "investment_krw",
    "jobs",
    "source_count",
    "outlets",
    "article_ids",
    "paths",
    "corrected",
    "rejected",
]


def test_new_agreement_columns_come_after_the_old_ones(archive) -> None:
    """`ambiguous_parties` sat after `ambiguous_regions`: `cut -f15,16`, meant for
    investment_krw and jobs, gave clauses_stated and investment_krw."""
    path, _, _ = archive
    header = next(csv.reader(io.StringIO(run(path, "--format", "csv").output)))
    assert header[: len(FIRST_AGREEMENT_COLUMNS)] == FIRST_AGREEMENT_COLUMNS
    assert header[len(FIRST_AGREEMENT_COLUMNS) :] == ["ambiguous_parties", "month", "day"]
    exported = json.loads(run(path, "--format", "jsonl").output.splitlines()[0])
    assert list(exported)[-5:] == ["corrected", "rejected", "ambiguous_parties", "month", "day"]


def test_a_date_without_its_year_exports_the_day_it_knows(tmp_path) -> None:
    """`date` cannot hold "12일": the day comes apart, as `show` prints it."""
    db = tmp_path / "a.db"
    text = tmp_path / "a.txt"
    text.write_text("누리시는 12일 한빛공사와 업무협약을 체결했다.\n", encoding="utf-8")
    added = CliRunner().invoke(cli, ["--db", str(db), "add", str(text)])
    assert added.exit_code == 0, added.output
    (agreement,) = [json.loads(line) for line in run(db, "--format", "jsonl").output.splitlines()]
    assert (agreement["date"], agreement["month"], agreement["day"]) == (None, None, 12)
