"""`mouarchive stats`: what the archive holds and what extraction left incomplete."""

from __future__ import annotations

import hashlib
import json
import re

from click.testing import CliRunner
from views_archive import Signing, build

from mouarchive import store
from mouarchive.cli import cli
from mouarchive.models import Article


def _archive(tmp_path):
    path = tmp_path / "archive.db"
    db, _ = build(
        path,
        [
            Signing(
                [("광주광역시", "광주광역시"), ("경기도", "경기도")],
                date=(2023, 6, 12),
                regions=["광주광역시", "경기도"],
                clauses=["인공지능 협력", "문화 교류"],
                outlet="남도신문",
            ),
            Signing(
                [("광주광역시", "광주광역시"), ("전라남도", "전라남도")],
                date=(2019, 2, None),
                regions=["광주광역시", "전라남도"],
                clauses=["공동 투자"],
            ),
            Signing([("광주시", None), ("빛고을협동조합", None)], ambiguous=["광주광역시"]),
        ],
    )
    body = "시의회 정례회가 열렸다. 협력이 필요하다는 목소리가 나왔다."
    with store.transaction(db):
        store.insert_article(
            db, Article("시의회 소식", body, outlet="남도신문"), hashlib.sha256(b"x").hexdigest()
        )
    return path


def stats(path, *args: str) -> dict:
    result = CliRunner().invoke(cli, ["--db", str(path), "stats", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_counts_and_date_span(tmp_path):
    result = stats(_archive(tmp_path))
    assert (result["sources"], result["articles"], result["agreements"]) == (3, 4, 3)
    assert result["clauses"] == 3
    assert (result["first_date"], result["last_date"]) == ("2019-02", "2023-06-12")


def test_coverage_shows_what_extraction_missed(tmp_path):
    assert stats(_archive(tmp_path))["coverage"] == {
        "articles_without_agreement": 1,
        "agreements_without_year": 0,
        "agreements_without_date": 1,
        "agreements_without_clauses": 1,
        "agreements_ambiguous_region": 1,
    }


def test_top_lists_are_ranked_and_limited(tmp_path):
    result = stats(_archive(tmp_path), "--top", "2")
    assert result["top_regions"] == [
        {"name": "광주광역시", "count": 2},
        {"name": "경기도", "count": 1},
    ]
    assert result["top_parties"][0] == {"name": "광주광역시", "count": 2}
    assert result["top_outlets"] == [
        {"name": "가상일보", "count": 2},
        {"name": "남도신문", "count": 2},
    ]


def test_table_view_names_each_figure(tmp_path):
    out = CliRunner().invoke(cli, ["--db", str(_archive(tmp_path)), "stats"]).output
    assert "articles without agreement" in out
    assert "agreed items, as reported" in out and "agreed items, per agreement" in out
    assert "2019-02 – 2023-06-12" in out
    assert any(line.split() == ["광주광역시", "2"] for line in out.splitlines())


def test_empty_archive(tmp_path):
    store.open_archive(tmp_path / "empty.db").conn.close()
    result = stats(tmp_path / "empty.db")
    assert result["agreements"] == 0 and result["first_date"] is None
    assert result["top_regions"] == []


def test_a_day_without_its_year_is_counted_apart_from_no_date_at_all(tmp_path):
    """ "12일" lacks only its year (연도 미상); an agreement with no date at all is 날짜 미상,
    and the two are told apart wherever they are shown or counted."""
    path = tmp_path / "archive.db"
    build(
        path,
        [
            Signing([("대구광역시", None), ("경상북도", None)], date=(None, None, 12)),
            Signing([("부산광역시", None), ("울산광역시", None)], date=(None, 6, 3)),
            Signing([("광주광역시", None), ("전라남도", None)]),
        ],
    )
    coverage = stats(path)["coverage"]
    assert (coverage["agreements_without_year"], coverage["agreements_without_date"]) == (2, 1)
    table = CliRunner().invoke(cli, ["--db", str(path), "stats"]).stdout
    assert re.search(r"^agreements without year\s+2$", table, re.M)
    assert re.search(r"^agreements without date\s+1$", table, re.M)
    timeline = CliRunner().invoke(cli, ["--db", str(path), "timeline"]).stdout
    assert timeline.index("\n연도 미상\n") < timeline.index("12일 (연도 미상)")
    assert timeline.index("6월 3일 (연도 미상)") < timeline.index("\n날짜 미상\n")
    article = CliRunner().invoke(cli, ["--db", str(path), "show", "a1"]).stdout
    assert "12일 (연도 미상)" in article and "날짜 미상" not in article
    other = CliRunner().invoke(cli, ["--db", str(path), "show", "a2"]).stdout
    assert "6월 3일 (연도 미상)" in other
    shown = CliRunner().invoke(cli, ["--db", str(path), "show", "2"]).stdout
    assert "6월 3일 (연도 미상)" in shown
