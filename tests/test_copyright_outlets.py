"""The outlet named before the copyright sign, and a <title> that ends with it (newcomer 48,
finding 16).

"동해일보 © All rights reserved." and "동해일보 ⓒ 무단전재 및 재배포 금지" gave no outlet, where
"© 동해일보 …" gave one; a saved page's <title> "… - 동해일보" kept the site's name in the
article's title.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

HEADLINE = "삼척시, 수소환원제철 실증단지 유치 업무협약"
BODY = [
    "강원 삼척시는 10일 시청 상황실에서 한빛철강㈜과 수소환원제철 실증단지 유치를 위한 업무협약을"
    " 체결했다.",
    "두 기관은 실증단지 부지 확보와 인허가, 전문 인력 양성에 함께 나서기로 했다.",
]
BYLINE = "강민서 기자"


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    return tmp_path


def shown(path: Path) -> dict:
    assert run_cli("add", str(path)).code == 0
    return json.loads(run_cli("show", "a1", "--format", "json").out)


@pytest.mark.parametrize(
    "notice", ["동해일보 © All rights reserved.", "동해일보 ⓒ 무단전재 및 재배포 금지"]
)
def test_the_name_before_the_copyright_sign_is_the_outlet(notice: str, archive: Path) -> None:
    text = archive / "samcheok.txt"
    text.write_text("\n".join([HEADLINE, *BODY, BYLINE, notice]), encoding="utf-8")
    assert shown(text)["outlet"] == "동해일보"


def test_the_outlet_after_a_dash_leaves_the_page_title(archive: Path) -> None:
    page = archive / "samcheok.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    page.write_text(
        f"""<html><head><meta charset="utf-8">
<title>{HEADLINE} - 동해일보 | 강원 대표 언론</title></head><body>
<div class="menu">뉴스 | 지역 | 오피니언</div>
<div class="content">{paragraphs}<p>입력 2024.07.10 15:20 {BYLINE}</p></div>
<div class="footer">동해일보 © All rights reserved.</div></body></html>""",
        encoding="utf-8",
    )
    article = shown(page)
    assert (article["title"], article["outlet"]) == (HEADLINE, "동해일보")
    assert run_cli("show", "a1").out.splitlines()[0] == f"article a1: {HEADLINE}"
