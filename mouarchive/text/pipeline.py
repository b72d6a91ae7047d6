"""The text pipeline: raw source text to articles with their metadata.

Order matters: dates and outlets are read from the normalized page before cleaning, because
cleaning removes exactly the header and footer lines (datelines, copyright) they come from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from mouarchive.models import Article
from mouarchive.text.clean import clean_text
from mouarchive.text.copies import copies
from mouarchive.text.datelines import find_published
from mouarchive.text.headed import headed
from mouarchive.text.normalize import normalize_text
from mouarchive.text.outlets import find_outlet
from mouarchive.text.spans import article_spans
from mouarchive.text.split import split_articles
from mouarchive.text.unflatten import restore_lines
from mouarchive.text.urldate import find_source_url

T = TypeVar("T")


def parse_articles(raw: str, headlines: Sequence[str] = ()) -> list[Article]:
    """normalize (line breaks restored to a page pasted without them) → page metadata →
    the articles a reader found headed (`headlines`, `Reading.headlines`) → copies (pasted
    one after another without bylines) → clean → split → per-article outlet and date.

    The page's dateline and copyright outlet apply to every article cut from it (a newspaper
    page prints one of each), unless its articles carry their own that differ: copies
    pasted into one file keep each its own date and outlet. Where only one of them carries
    a date or an outlet, it cannot be told from the page's own (a header printed once above
    several briefs), so all take it. An article's own lead credit ("[기계신문]", which
    `split` cuts from the lead) or byline email domain takes precedence for the outlet, since
    a page can carry wire copy.
    """
    text = restore_lines(normalize_text(raw))
    page_url = find_source_url(text)
    articles = [
        article
        for part in headed(text, headlines)
        for copy in copies(part)
        for article in split_articles(clean_text(copy))
    ]
    spans = article_spans(text, articles) if len(articles) > 1 else None
    dates = _own_or_page(text, spans, find_published, len(articles))
    outlets = _own_or_page(text, spans, lambda span: find_outlet(span, None), len(articles))
    return _reprints_folded(
        [
            replace(
                article,
                outlet=article.outlet or find_outlet(_lead(article.body), article.email) or outlet,
                published=published,
                url=page_url,
            )
            for article, published, outlet in zip(articles, dates, outlets, strict=True)
        ]
    )


def _reprints_folded(articles: list[Article]) -> list[Article]:
    """The articles with one the page prints again right after itself read once: the same
    headline, date, outlet and reporter, every paragraph of one printed in the other. The
    printing with more paragraphs is kept; a second printing with one paragraph more was an
    article of its own, a duplicate of the first but for that paragraph (review 54b, S1).
    Another reporter's copy of the same words is another outlet's report, and stays."""
    folded: list[Article] = []
    for article in articles:
        last = folded[-1] if folded else None
        if last is not None and _is_reprint(last, article):
            larger = article if len(article.body) >= len(last.body) else last
            captions = list(dict.fromkeys([*last.captions, *article.captions]))
            folded[-1] = replace(larger, captions=captions)
        else:
            folded.append(article)
    return folded


def _is_reprint(first: Article, second: Article) -> bool:
    if first.title is None or (first.title, first.published, first.outlet, first.reporter) != (
        second.title,
        second.published,
        second.outlet,
        second.reporter,
    ):
        return False
    one, other = set(first.body.split("\n")), set(second.body.split("\n"))
    return one <= other or other <= one


def _own_or_page(
    text: str, spans: list[str] | None, read: Callable[[str], T | None], count: int
) -> list[T | None]:
    """What `read` finds in each article's own stretch of the page when two or more of them
    differ in it; else what it finds in the whole page, for every article."""
    own = [read(span) for span in spans] if spans else []
    if len({value for value in own if value is not None}) > 1:
        return own
    return [read(text)] * count


def _lead(body: str) -> str:
    """An article's own outlet credit can only sit at the start of its body ("[기계신문] ...")."""
    return body.split("\n", 1)[0]
