"""The text pipeline: raw source text to articles with their metadata.

Order matters: dates and outlets are read from the normalized page before cleaning, because
cleaning removes exactly the header and footer lines (datelines, copyright) they come from.
"""

from __future__ import annotations

from dataclasses import replace

from mouarchive.models import Article
from mouarchive.text.clean import clean_text
from mouarchive.text.datelines import find_published
from mouarchive.text.normalize import normalize_text
from mouarchive.text.outlets import find_outlet
from mouarchive.text.split import split_articles
from mouarchive.text.unflatten import restore_lines
from mouarchive.text.urldate import find_source_url


def parse_articles(raw: str) -> list[Article]:
    """normalize (line breaks restored to a page pasted without them) → page metadata →
    clean → split → per-article outlet and date.

    The page's dateline and copyright outlet apply to every article cut from it; an
    article's own lead credit ("[기계신문]", which `split` cuts from the lead) or byline
    email domain takes precedence for the outlet, since a page can carry wire copy.
    """
    text = restore_lines(normalize_text(raw))
    page_published = find_published(text)
    page_outlet = find_outlet(text, None)
    page_url = find_source_url(text)
    articles = split_articles(clean_text(text))
    return [
        replace(
            article,
            outlet=article.outlet or find_outlet(_lead(article.body), article.email) or page_outlet,
            published=page_published,
            url=page_url,
        )
        for article in articles
    ]


def _lead(body: str) -> str:
    """An article's own outlet credit can only sit at the start of its body ("[기계신문] ...")."""
    return body.split("\n", 1)[0]
