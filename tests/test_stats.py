"""`mouarchive stats`: what the archive holds and what extraction left incomplete."""

from __future__ import annotations

import hashlib
import json

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
    assert "2019-02 – 2023-06-12" in out
    assert any(line.split() == ["광주광역시", "2"] for line in out.splitlines())


def test_empty_archive(tmp_path):
    store.open_archive(tmp_path / "empty.db").conn.close()
    result = stats(tmp_path / "empty.db")
    assert result["agreements"] == 0 and result["first_date"] is None
    assert result["top_regions"] == []
