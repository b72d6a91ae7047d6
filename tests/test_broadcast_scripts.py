"""A broadcaster's script: its cue labels are no title, its sign-off names the outlet and the
reporter (newcomer 48, finding 6).

A copied TV report opens with "[앵커]" and marks its parts "[리포트]", "[인터뷰] 이름 / 직함";
the article was titled "[앵커]", a sentence quoted as evidence began "[리포트]", and the
outlet and reporter of "KBS 뉴스 김하늘입니다." were not read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

LEAD = "전북 군산시와 HD현대중공업이 조선 기자재 산업 육성에 손을 맞잡았습니다."
SCRIPT = "\n".join(
    [
        "[앵커]",
        LEAD,
        "서지우 기자의 보도입니다.",
        "",
        "[리포트]",
        "군산시와 HD현대중공업은 오늘(5일) 군산시청에서",
        "조선 기자재 산업 육성 업무협약을 맺었습니다.",
        "",
        "두 기관은 지역 협력업체의 기술 개발을 돕고,",
        "전문 인력 양성 과정도 함께 운영하기로 했습니다.",
        "",
        "[인터뷰] 강임준 / 군산시장",
        '"군산조선소가 다시 지역 경제의 중심이 되도록 하겠습니다."',
        "",
        "KBS 뉴스 서지우입니다.",
        "",
        "촬영기자:박준형",
        "입력 2024.12.05 (19:24)",
    ]
)


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    script = tmp_path / "kbs.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    assert run_cli("add", str(script)).code == 0
    return json.loads(run_cli("show", "a1", "--format", "json").out)


def test_the_cue_labels_are_neither_title_nor_text(article: dict) -> None:
    assert article["title"] == LEAD
    assert not article["subtitle"]
    for label in ("[앵커]", "[리포트]", "[인터뷰]"):
        assert label not in article["body"]
    assert article["body"].startswith(LEAD)


def test_the_sign_off_names_the_outlet_and_the_reporter(article: dict) -> None:
    assert (article["outlet"], article["reporter"]) == ("KBS", "서지우")
    shown = run_cli("show", "a1").out.splitlines()
    assert shown[1].startswith("KBS · 2024-12-05 · 서지우")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "[인터뷰] 강임준/군산시장 : 조선소가 다시 돌아가야 지역이 삽니다",
            "강임준/군산시장 : 조선소가 다시 돌아가야 지역이 삽니다",
        ),
        ("[녹취] 협력업체 대표 : 일감이 늘어날 거라 기대합니다", None),
        ("(인터뷰) 다음 달부터 교육이 시작됩니다", "다음 달부터 교육이 시작됩니다"),
    ],
)
def test_what_is_said_on_a_cue_s_line_stays(
    line: str, kept: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a cue with nothing but who speaks goes whole; the quote after ":" and words that
    are what was said stay in the body."""
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    script = tmp_path / "kbs.txt"
    script.write_text(SCRIPT.replace("[인터뷰] 강임준 / 군산시장", line), encoding="utf-8")
    assert run_cli("add", str(script)).code == 0
    body = json.loads(run_cli("show", "a1", "--format", "json").out)["body"]
    assert (kept or line.split("] ", 1)[1]) in body


@pytest.mark.parametrize("closing", ["KBS 뉴스입니다.", "KBS 뉴스 이상입니다."])
def test_a_programme_s_closing_names_no_reporter(
    closing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    script = tmp_path / "kbs.txt"
    script.write_text(SCRIPT.replace("KBS 뉴스 서지우입니다.", closing), encoding="utf-8")
    assert run_cli("add", str(script)).code == 0
    article = json.loads(run_cli("show", "a1", "--format", "json").out)
    assert article["reporter"] not in ("뉴스", "이상")
    assert closing not in article["body"]


@pytest.mark.parametrize(
    ("signoff", "outlet"),
    [
        ("전주MBC 서지우입니다.", "전주MBC"),
        ("목포MBC뉴스 서지우입니다.", "목포MBC"),
        ("MBC경남 서지우입니다.", "MBC경남"),
        ("CJB 청주방송 서지우입니다.", "CJB"),
    ],
)
def test_a_regional_station_s_sign_off_names_it_and_the_reporter(
    signoff: str, outlet: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A regional station's place stands before or after the broadcaster (review 49b,
    finding 10): no outlet and no reporter were read, and the sign-off stayed in the body."""
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    script = tmp_path / "mbc.txt"
    script.write_text(SCRIPT.replace("KBS 뉴스 서지우입니다.", signoff), encoding="utf-8")
    assert run_cli("add", str(script)).code == 0
    shown = run_cli("show", "a1").out.splitlines()
    assert shown[1].startswith(f"{outlet} · 2024-12-05 · 서지우")
    assert signoff not in shown


def test_a_flat_script_s_sign_off_after_a_quote_names_the_reporter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pasted without line breaks, the sign-off follows a quote that has no period."""
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    script = tmp_path / "flat.txt"
    quoted = SCRIPT.replace(
        '"군산조선소가 다시 지역 경제의 중심이 되도록 하겠습니다."',
        '(녹취) 협력업체 대표 "일감이 늘겠죠"',
    )
    script.write_text(" ".join(line for line in quoted.split("\n") if line), encoding="utf-8")
    assert run_cli("add", str(script)).code == 0
    article = json.loads(run_cli("show", "a1", "--format", "json").out)
    assert (article["outlet"], article["reporter"]) == ("KBS", "서지우")
    assert "서지우입니다" not in article["body"]
