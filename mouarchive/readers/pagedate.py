"""A saved page's published date: from what the page declares, else from its printed dateline.

htmldate, left to itself, also searches a page's free text, and a Korean news page's free
text holds the site's today-bar ("2026년 12월 3일 목요일", printed on every page on the day it
was saved, often in an element classed "date") and years in menus, footers and the article's
own sentences, from which it makes a day it never read ("2023" becomes 2023-01-01). A plain
text copy of the same article would get no date, or its own dateline; the page must not get
another. So htmldate sees only what a page declares on purpose — its meta tags, JSON-LD and
address — and the printed dateline is read by `find_published`, the text pipeline's reader,
which knows "입력 … | 수정 …" from a today-bar beside a weather widget. A today-bar without
a widget is known by where it stands: a bare date above the headline is the site's, since
a page prints the article's date under its headline or with a label ("입력") where it stands.
"""

from __future__ import annotations

import re
from datetime import date

from mouarchive.models import PartialDate
from mouarchive.text.datelines import find_published, is_bare_date

_DECLARING = "//head | //meta | //script[@type='application/ld+json']"
"""The elements a page declares its date in; copied alone into the tree htmldate reads."""


def page_published(tree, url: str | None, page_text: str) -> PartialDate | None:
    """The page's declared date (meta tags, JSON-LD, its address), else its printed dateline."""
    return _declared(tree, url) or find_published(_without_dates_above_headline(tree, page_text))


def _without_dates_above_headline(tree, page_text: str) -> str:
    """The page's text with its bare date lines above the headline (an <h1>, or the line
    its og:title names) left blank: a today-bar."""
    heading = tree.find(".//h1")
    headlines = {
        " ".join(text.split())
        for text in (
            heading.text_content() if heading is not None else "",
            *tree.xpath("//meta[@property='og:title']/@content"),
        )
        if text.strip()
    }
    lines = page_text.split("\n")
    top = next((i for i, line in enumerate(lines) if i and line in headlines), None)
    if top is None:
        return page_text
    # A stamp with its clock time ("2024.05.12 10:31") is the article's own, wherever it stands.
    return "\n".join(
        "" if i < top and is_bare_date(line) and not _CLOCK.search(line) else line
        for i, line in enumerate(lines)
    )


_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _declared(tree, url: str | None) -> PartialDate | None:
    from copy import deepcopy

    from htmldate import find_date
    from lxml import html

    declared = html.Element("html")
    head = html.Element("head")
    declared.append(head)
    for element in tree.xpath(_DECLARING):
        if element.tag == "head":
            head.extend(deepcopy(child) for child in element if isinstance(child.tag, str))
        elif element.getparent() is not None and element.getparent().tag != "head":
            head.append(deepcopy(element))
    found = find_date(
        declared,
        extensive_search=False,
        original_date=True,
        url=url,
        max_date=date.today().isoformat(),
    )
    return _date(found)


def _date(text: str | None) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate.parse_iso(text[:10])
    except (TypeError, ValueError):
        return None
