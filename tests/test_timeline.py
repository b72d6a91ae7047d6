"""`mouarchive timeline`: filters, region rules, order, and the terminal/JSON/CSV views."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS, SEEDS_MISSING
from rich.console import Console
from views_archive import Signing, build

from mouarchive import export, render_timeline, store, timeline
from mouarchive.cli import cli, main
from mouarchive.models import Article, PartialDate

BOX_DRAWING = re.compile("[\u2500-\u257f]")

SIGNINGS = {
    "gyeonggi_2023": Signing(
        [("광주광역시", "광주광역시"), ("경기도", "경기도")],
        date=(2023, 6, 12),
        title="상생발전을 위한 업무협약",
        regions=["광주광역시", "경기도"],
        clauses=["인공지능 산업 협력", "문화 교류 확대", "청년 일자리 연계"],
        outlet="남도신문",
        published="2023-06-12",
    ),
    "gyeonggi_2019": Signing(
        [("경기도", "경기도"), ("광주광역시", "광주광역시")],
        date=(2019, 10, 23),
        title="상생협력 업무협약",
        kind="상생협약",
        regions=["경기도", "광주광역시"],
        clauses=["정책 교류", "관광 협력"],
        published="2019-10-23",
    ),
    "seogu_company": Signing(
        [("한빛전자㈜", None), ("광주광역시 서구", "광주광역시 서구")],
        date=(2021, 1, 27),
        title="투자협약",
        kind="투자협약",
        regions=["광주광역시 서구"],
        published="2021-01-27",
    ),
    "gyeonggi_gwangju_city": Signing(
        [("경기도 광주시", "경기도 광주시"), ("경기도 하남시", "경기도 하남시")],
        date=(2022, 3, 15),
        title="교통 협력 업무협약",
        regions=["경기도 광주시", "경기도 하남시"],
        published="2022-03-16",
    ),
    "month_only": Signing(
        [("인공지능산업융합사업단", "광주광역시"), ("한국빛산업협회", None)],
        date=(2023, 5, None),
        title="인공지능 생태계 거점 조성 업무협약",
        regions=["광주광역시"],
        clauses=["신규 사업 기획", "공동 과제 수행"],
        published="2023-05-21",
    ),
    "day_in_may": Signing(
        [("인공지능산업융합사업단", "광주광역시"), ("한국에이아이협회", None)],
        date=(2023, 5, 10),
        title="인공지능 산업육성 업무협약",
        regions=["광주광역시"],
        published="2023-05-21",
    ),
    "year_only": Signing(
        [("광주광역시", "광주광역시"), ("대구광역시", "대구광역시")],
        date=(2020, None, None),
        title="달빛동맹 협정",
        kind="협정",
        regions=["광주광역시", "대구광역시"],
    ),
    "day_only": Signing(
        [("광주광역시", "광주광역시"), ("전라남도", "전라남도")],
        date=(None, None, 12),
        title="[bold red]상생[/] \x1b[31m협약",
        regions=["광주광역시", "전라남도"],
        status="planned",
    ),
    "ambiguous_no_date": Signing(
        [("광주시", None), ("빛고을협동조합", None)],
        title="지역 상생 업무협약",
        ambiguous=["광주광역시"],
    ),
}


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    db, ids = build(path, list(SIGNINGS.values()))
    return path, db, dict(zip(SIGNINGS, ids, strict=True))


def run(path: Path, *args: str):
    result = CliRunner().invoke(cli, ["--db", str(path), *args])
    return result


def timeline_ids(path: Path, *args: str) -> list[int]:
    result = run(path, "timeline", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return [agreement["id"] for agreement in json.loads(result.stdout)]


def test_region_gwangju_means_the_metropolitan_city_and_its_districts_in_date_order(archive):
    path, _, ids = archive
    assert timeline_ids(path, "--region", "광주") == [
        ids["gyeonggi_2019"],
        ids["year_only"],
        ids["seogu_company"],
        ids["day_in_may"],
        ids["month_only"],
        ids["gyeonggi_2023"],
        ids["day_only"],
        ids["ambiguous_no_date"],
    ]


def test_region_as_typed_finds_the_same_agreements(archive):
    path, _, _ = archive
    expected = timeline_ids(path, "--region", "광주")
    for typed in ("광주광역시", "광주시"):
        assert timeline_ids(path, "--region", typed) == expected


def test_gyeonggi_gwangju_is_found_by_its_own_name_or_by_gyeonggi(archive):
    path, _, ids = archive
    # A bare 광주시 the text left open may be either 광주: it is listed (flagged) for both.
    either = ids["ambiguous_no_date"]
    assert timeline_ids(path, "--region", "경기 광주") == [ids["gyeonggi_gwangju_city"], either]
    assert timeline_ids(path, "--region", "경기도 광주시") == [ids["gyeonggi_gwangju_city"], either]
    assert timeline_ids(path, "--region", "경기") == [
        ids["gyeonggi_2019"],
        ids["gyeonggi_gwangju_city"],
        ids["gyeonggi_2023"],
        either,
    ]


def test_district_filter_does_not_reach_the_whole_city(archive):
    path, _, ids = archive
    assert timeline_ids(path, "--region", "광주 서구") == [ids["seogu_company"]]


def test_party_filter_is_a_substring_of_a_party_name_ignoring_spacing(archive):
    path, _, ids = archive
    assert timeline_ids(path, "--party", "산업 융합") == [ids["day_in_may"], ids["month_only"]]
    assert timeline_ids(path, "--party", "한빛전자") == [ids["seogu_company"]]


def test_party_typed_as_a_government_short_name_finds_its_canonical_name(archive):
    path, _, ids = archive
    assert timeline_ids(path, "--party", "대구시") == [ids["year_only"]]
    assert ids["gyeonggi_2019"] in timeline_ids(path, "--party", "광주시")


def test_kind_and_status_filters(archive):
    path, _, ids = archive
    assert timeline_ids(path, "--kind", "투자협약") == [ids["seogu_company"]]
    assert timeline_ids(path, "--status", "planned") == [ids["day_only"]]


def test_date_filters_keep_partial_dates_whose_period_overlaps(archive):
    path, _, ids = archive
    assert timeline_ids(path, "--since", "2023-05-15") == [ids["month_only"], ids["gyeonggi_2023"]]
    assert timeline_ids(path, "--since", "2020-06", "--until", "2021") == [
        ids["year_only"],
        ids["seogu_company"],
    ]
    assert timeline_ids(path, "--until", "2019") == [ids["gyeonggi_2019"]]


def test_filters_combine(archive):
    path, _, ids = archive
    assert timeline_ids(path, "--region", "광주", "--since", "2023", "--party", "경기") == [
        ids["gyeonggi_2023"]
    ]


def test_unknown_region_is_one_line_error_with_exit_2(archive, capsys):
    path, _, _ = archive
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(path), "timeline", "--region", "광쥬광역시"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "광쥬광역시" in err


def test_bad_date_is_a_usage_error(archive):
    path, _, _ = archive
    result = run(path, "timeline", "--since", "2023-13")
    assert result.exit_code == 2
    assert "--since" in result.output


def test_a_period_that_ends_before_it_starts_is_a_usage_error(archive):
    path, _, _ = archive
    for command in ("timeline", "partners --region 광주", "search 협약"):
        result = run(path, *command.split(), "--since", "2025", "--until", "2024-12")
        assert result.exit_code == 2, command
        assert "--since 2025 is after --until 2024-12" in result.output
    same_month = run(path, "timeline", "--since", "2023-05-11", "--until", "2023-05")
    assert same_month.exit_code == 0


def test_json_is_the_agreement_object_of_show(archive):
    path, db, ids = archive
    result = run(path, "timeline", "--region", "경기 광주", "--format", "json")
    assert json.loads(result.output) == [
        store.get_agreement(db, ids["gyeonggi_gwangju_city"]),
        store.get_agreement(db, ids["ambiguous_no_date"]),
    ]


def test_csv_is_flat_with_lists_joined(archive):
    path, _, ids = archive
    result = run(path, "timeline", "--region", "경기", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == export.AGREEMENT_COLUMNS
    assert [int(row["id"]) for row in rows] == timeline_ids(path, "--region", "경기")
    latest = next(row for row in rows if row["id"] == str(ids["gyeonggi_2023"]))
    assert latest["parties"] == "광주광역시; 경기도"
    assert latest["clauses"] == "인공지능 산업 협력; 문화 교류 확대; 청년 일자리 연계"
    assert latest["outlets"] == "남도신문"


def test_terminal_view_groups_by_year_and_month_with_partial_dates(archive):
    path, _, ids = archive
    result = run(path, "timeline", "--region", "광주")
    out = result.output
    assert result.exit_code == 0
    positions = [out.index(label) for label in ("2019", "2020", "2021", "2023-05", "2023-06")]
    assert positions == sorted(positions)
    assert re.search(r"^\s+2023-05\s+인공지능산업융합사업단", out, re.M)
    assert "12일 (연도 미상)" in out
    assert f"#{ids['month_only']}" in out
    assert "조항 3개 · 출처 1건: 남도신문" in out


def test_terminal_view_has_a_bar_per_year_including_empty_years(archive):
    path, _, _ = archive
    out = run(path, "timeline", "--region", "광주").output
    assert re.search(r"^2021 # 1$", out, re.M)
    assert re.search(r"^2022  0$", out, re.M)
    assert re.search(r"^2023 ### 3$", out, re.M)


def test_an_ambiguous_gwangju_is_shown_as_ambiguous_everywhere(archive):
    """A bare 광주시 the text did not pin down is never presented as 광주광역시."""
    path, _, ids = archive
    either = ids["ambiguous_no_date"]
    readings = ["광주광역시", "경기도 광주시"]
    for region in ("광주", "경기 광주"):
        out = run(path, "timeline", "--region", region).stdout
        entry = out[out.index("광주광역시 / 경기도 광주시 (지역 모호) · 빛고을협동조합") :]
        assert "지역 모호: 광주광역시 / 경기도 광주시" in entry and f"#{either}" in entry
        listed = json.loads(run(path, "timeline", "--region", region, "--format", "json").stdout)
        assert [a["ambiguous_regions"] for a in listed if a["id"] == either] == [readings]
        rows = csv.DictReader(
            io.StringIO(run(path, "timeline", "--region", region, "--format", "csv").stdout)
        )
        assert [r["ambiguous_regions"] for r in rows if r["id"] == str(either)] == [
            "광주광역시; 경기도 광주시"
        ]
    shown = run(path, "show", str(either)).stdout
    assert "광주광역시 / 경기도 광주시 (지역 모호), 빛고을협동조합" in shown
    assert re.search(r"^\s*지역 모호\s+광주광역시 / 경기도 광주시\s*$", shown, re.M)
    assert re.search(r"^\s*regions\s+-\s*$", shown, re.M)
    exported = run(path, "export", "--format", "csv").stdout
    assert "ambiguous_regions" in exported.splitlines()[0]


def test_an_archive_from_before_lists_both_readings_after_the_upgrade(tmp_path, monkeypatch):
    from mouarchive.store import schema

    path = tmp_path / "old.db"
    older = [f for f in schema._migration_files() if f.stem < "0007"]
    with monkeypatch.context() as patch:
        patch.setattr(schema, "_migration_files", lambda: older)
        db = store.open_archive(path)
        db.execute(
            "INSERT INTO agreements (date_precision, status, kind, ambiguous_regions)"
            " VALUES ('unknown', 'signed', '업무협약', '[\"광주광역시\"]')"
        )
        db.conn.close()
    db = store.open_archive(path)
    assert store.get_agreement(db, 1)["ambiguous_regions"] == ["광주광역시", "경기도 광주시"]


def test_an_archive_from_before_the_listing_table_is_listed_after_the_upgrade(
    tmp_path, monkeypatch
):
    from mouarchive.store import schema

    path = tmp_path / "old.db"
    older = [f for f in schema._migration_files() if f.stem < "0012"]
    with monkeypatch.context() as patch:
        patch.setattr(schema, "_migration_files", lambda: older)
        db = store.open_archive(path)
        db.execute("INSERT INTO articles (sha256, body) VALUES ('0', '협약 기사')")
        for regions, ambiguous in (('["광주광역시 서구"]', "[]"), ("[]", '["경기도 광주시"]')):
            db.execute(
                "INSERT INTO agreements (date_precision, status, kind, regions, ambiguous_regions)"
                " VALUES ('unknown', 'signed', '업무협약', ?, ?)",
                [regions, ambiguous],
            )
        db.conn.close()
    assert timeline_ids(path, "--region", "광주") == [1]
    assert timeline_ids(path, "--region", "경기") == [2]


def test_undated_agreements_come_last_under_one_hint(archive):
    """Both undated headings (연도 미상, 날짜 미상) are dated the same way: the hint is said
    once, under the first of them, not repeated under each."""
    path, _, _ = archive
    out = run(path, "timeline", "--region", "광주").output
    no_year = out.index(timeline.NO_YEAR_HEADING + "\n")
    heading = out.index(timeline.NO_DATE_HEADING + "\n")
    assert out.index("2023-06-12") < no_year < heading
    assert out.count(timeline.NO_DATE_HINT) == 1
    assert no_year < out.index(timeline.NO_DATE_HINT) < heading
    assert "지역 모호: 광주광역시" in out[heading:]


def test_filtered_regions_party_is_listed_first(archive):
    path, _, _ = archive
    out = run(path, "timeline", "--region", "광주 서구").output
    assert "광주광역시 서구 · 한빛전자㈜" in out
    out = run(path, "timeline", "--party", "한빛").output
    assert "한빛전자㈜ · 광주광역시 서구" in out


def test_markup_and_escape_codes_in_titles_print_literally(archive):
    path, _, _ = archive
    out = run(path, "timeline", "--status", "planned").output
    assert "[bold red]상생[/]" in out
    assert "\x1b" not in out
    assert "체결 예정" in out


def test_piped_output_has_no_colour_or_box_drawing(archive):
    path, _, _ = archive
    for command in (["timeline"], ["partners", "--region", "광주"], ["stats"]):
        out = run(path, *command).output
        assert "\x1b[" not in out
        assert not BOX_DRAWING.search(out), command
        assert all(line == line.rstrip() for line in out.splitlines()), command


def _terminal_view(db, filters: timeline.Filters, **console: object) -> str:
    out = Console(file=io.StringIO(), force_terminal=True, markup=False, **console)
    selected = store.select_agreements(db, filters.selection())
    entries = store.timeline_entries(db, filters.selection(), None)
    render_timeline.timeline_view(out, selected, len(selected), entries, filters)
    return out.file.getvalue()


def test_colours_only_on_a_terminal_and_never_with_no_color(archive):
    _, db, _ = archive
    filters = timeline.Filters(region="광주광역시")
    assert "\x1b[36m" in _terminal_view(db, filters, width=100)
    assert "\x1b[36m" not in _terminal_view(db, filters, width=100, no_color=True)


def test_long_titles_wrap_inside_their_column(tmp_path):
    long_title = "지역 " * 40 + "끝말"
    db, ids = build(
        tmp_path / "a.db",
        [Signing([("광주광역시", "광주광역시")], date=(2024, 2, 1), title=long_title)],
    )
    out = _terminal_view(db, timeline.Filters(), width=60, no_color=True)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert max(len(line) for line in plain.splitlines()) <= 60
    assert "끝말" in plain
    assert re.search(rf"#{ids[0]}\s*$", plain, re.M)


def test_empty_result_is_a_friendly_line(archive):
    path, _, _ = archive
    result = run(path, "timeline", "--region", "제주", "--since", "2024")
    assert result.exit_code == 0
    assert result.output.strip().splitlines() == [
        "No agreements match (region 제주특별자치도, since 2024)."
    ]
    assert run(path, "timeline", "--region", "제주", "--format", "json").output.strip() == "[]"


def test_year_axis_skips_gaps_only_when_the_span_is_very_long():
    def years(*values: int) -> list[int]:
        return list(values)

    assert timeline.year_counts(years(2021, 2023, 2023)) == [(2021, 1), (2022, 0), (2023, 2)]
    assert timeline.year_counts(years(1950, 2023)) == [(1950, 1), (2023, 1)]


@pytest.mark.parametrize(
    ("parts", "label"),
    [
        ((2023, 6, 12), "2023-06-12"),
        ((2023, 6, None), "2023-06"),
        ((2023, None, None), "2023"),
        ((None, None, 12), "12일 (연도 미상)"),
        ((None, 6, 12), "6월 12일 (연도 미상)"),
        ((None, None, None), timeline.NO_DATE_HEADING),
    ],
)
def test_date_label_is_exactly_as_precise_as_known(parts, label):
    assert timeline.date_label(*parts) == label


def test_in_region_needs_a_whole_name_before_the_district():
    assert timeline.in_region("광주광역시 서구", "광주광역시")
    assert not timeline.in_region("경기도 광주시", "광주광역시")
    assert timeline.in_region("경기도 광주시", "경기도")
    assert not timeline.in_region("광주광역시서구", "광주광역시")


def test_since_with_a_day_excludes_earlier_days_of_the_same_month(archive):
    path, _, ids = archive
    assert ids["day_in_may"] not in timeline_ids(path, "--since", "2023-05-11")
    assert timeline_ids(path, "--since", "2023-05-10", "--until", "2023-05-10") == [
        ids["day_in_may"],
        ids["month_only"],
    ]


# ---------------------------------------------------------------- the seeds, end to end


SEED_DATES = {"000": "2023-06-12", "001": "2023-06-12", "002": "2019-10-23", "003": "2023-05-22"}


@pytest.fixture(scope="module")
def seeds_archive(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.skip(SEEDS_MISSING)
    path = tmp_path_factory.mktemp("seeds") / "archive.db"
    for seed in sorted(SEEDS.glob("*.txt")):
        date = SEED_DATES.get(seed.name[:3])
        result = run(path, "add", "-q", str(seed), *(["--date", date] if date else []))
        assert result.exit_code == 0, result.output
    return path


def test_seeds_timeline_for_gwangju(seeds_archive):
    result = run(seeds_archive, "timeline", "--region", "광주", "--format", "json")
    agreements = json.loads(result.output)
    assert [a["date"] for a in agreements] == [
        "2019-10-23",
        "2021-01-27",
        "2021-01-27",
        "2021-01-27",
        "2023-05-10",
        "2023-06-12",
        None,  # "최근" in an article of 2023-05-22: no month, only "2023-05 이전"
    ]
    assert agreements[6]["date_text"] == "최근"
    assert "경기도" in agreements[0]["parties"]
    assert "한국인공지능협회" in agreements[4]["parties"]
    assert "한국광산업진흥회" in agreements[6]["parties"]
    assert "경기도" in agreements[5]["parties"]
    assert len(agreements[5]["sources"]) == 2
    table = run(seeds_archive, "timeline", "--region", "광주").output
    assert re.search(r"^\s+2023-05 이전\s+인공지능산업융합사업단 · 한국광산업진흥회", table, re.M)
    shown = run(seeds_archive, "show", str(agreements[6]["id"])).output
    assert re.search(r"^\s*date\s+2023-05 이전\s+\(unknown, from “최근”\)", shown, re.M)


def test_seeds_timeline_for_gyeonggi(seeds_archive):
    result = run(seeds_archive, "timeline", "--region", "경기", "--format", "json")
    assert [a["date"] for a in json.loads(result.output)] == ["2019-10-23", "2023-06-12"]


def test_seeds_partners_of_gwangju(seeds_archive):
    result = run(seeds_archive, "partners", "--region", "광주", "--format", "json")
    top = json.loads(result.output)[0]
    assert (top["name"], top["agreements"]) == ("경기도", 2)


RECENTLY = (
    "진흥원, 애니메이션협회와 창작 생태계 협약\n\n"
    '남도콘텐츠진흥원은 "최근 진흥원 회의실에서 한국애니메이션협회와 '
    "'애니메이션 창작 생태계 조성을 위한 업무협약(MOU)'을 체결했다\"고 21일 밝혔다.\n"
    "협약 세부 내용은 신인 작가 발굴, 창작 공간 지원, 해외 유통 연계 등이다.\n"
)


def test_lately_is_no_month_only_an_upper_bound(tmp_path):
    """'최근 … 체결했다' in an article of 2024-05-22: no date, shown "2024-05 이전" under
    날짜 미상 wherever it is shown, and counted without a date."""
    text = tmp_path / "lately.txt"
    text.write_text(RECENTLY, encoding="utf-8")
    path = tmp_path / "archive.db"
    assert run(path, "add", "--quiet", "--date", "2024-05-22", str(text)).exit_code == 0
    (agreement,) = json.loads(run(path, "timeline", "--format", "json").stdout)
    assert (agreement["date"], agreement["date_text"]) == (None, "최근")
    listed = run(path, "timeline").stdout
    assert listed.index("\n날짜 미상\n") < listed.index("2024-05 이전 남도콘텐츠진흥원")
    # The hint on dating such an article is plain text, no Markdown backticks.
    assert "give the article's date" in listed and "`" not in listed
    # Its article dated, an agreement told by "최근" takes a date of its own.
    assert "give the agreement's own (mouarchive fix ID --date YYYY-MM)" in listed
    shown = run(path, "show", str(agreement["id"])).stdout
    assert re.search(r"^\s*date\s+2024-05 이전\s+\(unknown, from “최근”\)", shown, re.M)
    assert "agreement #1: 2024-05 이전 ·" in run(path, "show", "a1").stdout
    assert re.search(r"^agreements without date\s+1$", run(path, "stats").stdout, re.M)


def test_signings_of_one_day_follow_the_date_a_second_copy_brings(tmp_path):
    """Ties go to the earliest reporting article; an article first stored without a date
    moves up when another copy of it brings the date."""
    county = ("전라남도 해남군", "전라남도 해남군")
    undated = Signing(
        [county, ("해남농협", None)],
        date=(2023, 6, 12),
        title="농산물 유통 협약",
        regions=["전라남도 해남군"],
    )
    dated = Signing(
        [county, ("땅끝수산", None)],
        date=(2023, 6, 12),
        title="수산물 가공 협약",
        regions=["전라남도 해남군"],
        published="2023-06-13",
    )
    path = tmp_path / "archive.db"
    db, (first, second) = build(path, [undated, dated])
    assert timeline_ids(path, "--region", "해남") == [second, first]
    article_id, sha, title, body = db.execute(
        "SELECT id, sha256, title, body FROM articles ORDER BY id LIMIT 1"
    ).fetchone()
    copy = Article(title=title, body=body, published=PartialDate(2023, 6, 12))
    with store.transaction(db):
        assert store.insert_article(db, copy, sha) == (article_id, False)
    assert timeline_ids(path, "--region", "해남") == [first, second]
