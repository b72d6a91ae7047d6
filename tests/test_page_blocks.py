"""A saved page's `<h1>` headlines and `<dl>` schedules that trafilatura left out go back
between the lines it kept (review 54b, B13: its speed is measured by hand, benchmarks/RESULTS.md).

Every page here is our own, written in the style of such pages.
"""

from __future__ import annotations

from lxml import html

from mouarchive.readers.blocks import with_blocks_between


def _article(number: int) -> tuple[str, list[str]]:
    """One `<h1>` article of a page of many: its markup, and the lines trafilatura keeps of
    it (its paragraph, its table's row and its sign-off, never its headline or `<dl>`)."""
    lead = f"새솔군은 {number}일 한별대학과 스마트농업 인력 양성 협약을 맺었다고 밝혔다."
    sign_off = f"하도윤 기자 · 입력 2024.04.{number % 28 + 1:02d} 11:00 ({number})"
    page = (
        f"<h1>새솔군, 한별대학과 스마트농업 협약 {number}</h1><p>{lead}</p>"
        f"<table><tr><td>교육 개시</td><td>2024.06.{number % 28 + 1:02d}</td></tr></table>"
        f"<dl><dt>수료식</dt><dd>2024.11.{number % 28 + 1:02d}</dd></dl><p>{sign_off}</p>"
    )
    return page, [lead, f"| 교육 개시 | 2024.06.{number % 28 + 1:02d} |", sign_off]


def _page(count: int) -> tuple[object, list[str]]:
    articles = [_article(number) for number in range(count)]
    markup = "".join(page for page, _ in articles)
    tree = html.document_fromstring(f"<html><body>{markup}</body></html>")
    return tree, [line for _, kept in articles for line in kept]


def test_each_later_headline_goes_back_over_its_own_lead() -> None:
    tree, lines = _page(3)
    restored = with_blocks_between(tree, lines)
    at = restored.index("새솔군, 한별대학과 스마트농업 협약 1")
    assert restored[at - 1 : at + 2] == [lines[2], "새솔군, 한별대학과 스마트농업 협약 1", lines[3]]
    assert restored.count("새솔군, 한별대학과 스마트농업 협약 2") == 1


def test_a_list_of_terms_under_a_table_row_goes_back_under_it() -> None:
    """The text before the `<dl>` is the row's last cell, which trafilatura keeps inside its
    row's marks ("| 교육 개시 | 2024.06.01 |"); the `<dl>` was lost (review 54b, B12)."""
    tree, lines = _page(1)
    assert with_blocks_between(tree, lines) == [*lines[:2], "수료식", "2024.11.01", lines[2]]
