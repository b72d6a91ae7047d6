"""One text, several articles: a press release that outlets printed word for word.

An article is found again by the hash of its text (`preparing.article_hash`), so the same
article saved twice, as text and as a page, is stored once. Two outlets that print the same
보도자료 verbatim wrote two articles, though: each under its own headline, reporter and date,
and a release reused a year later reports another signing. So a text already held under
other metadata is stored apart, under a hash of its text and its own metadata, and the
signing it reports gains a source (or, a year on, is another signing).
"""

from __future__ import annotations

import hashlib
import re

from mouarchive import store
from mouarchive.models import Article

_NON_WORD = re.compile(r"\W+")


def stored_hash(db: store.Archive, article: Article, sha: str) -> str:
    """The hash `article` is stored under: its text's, unless the article held under that
    hash differs from it in outlet, headline, reporter or date (both known); then one of its
    text and those, so a third copy of either print is found again as that print."""
    held_id = store.article_id_by_sha(db, sha)
    held = store.load_article(db, held_id) if held_id is not None else None
    if held is None or not differ(held, article):
        return sha
    own = [sha, article.outlet, article.title, article.reporter, _iso(article)]
    return hashlib.sha256("\0".join(value or "" for value in own).encode("utf-8")).hexdigest()


def differ(held: Article, article: Article) -> bool:
    """Two prints of one text by other outlets, or on other days: a field both name differs.

    A name that holds the other (a headline with its subheadline glued on, a copy that lost
    the headline's first word) is the same; so is a day within the month the other names.
    """
    names = (
        (held.outlet, article.outlet),
        (held.title, article.title),
        (held.reporter, article.reporter),
    )
    if any(_names_differ(a, b) for a, b in names):
        return True
    first, second = _iso(held), _iso(article)
    return bool(first and second) and not (first.startswith(second) or second.startswith(first))


def _names_differ(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = _NON_WORD.sub("", a), _NON_WORD.sub("", b)
    return bool(a and b) and a not in b and b not in a


def _iso(article: Article) -> str | None:
    return article.published.iso if article.published else None
