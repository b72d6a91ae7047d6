"""Which article the archive holds a copy under, where the copy's hash alone does not say.

An article's hash counts its outlet where one is known (`preparing.article_hash`): two
outlets' copies of one press release are two articles. A copy that names no outlet (a body
pasted without its credit or copyright line) is still the same article as a copy that names
one, and joins the first such article held; a copy that names an outlet joins a copy held
that named none, unless another outlet was given to it since. Neither joins a copy whose
reporter is another; nor does a copy of the same hash naming no outlet, as the held one
names none, whose reporter is another (both named): another outlet's copy, held under its
hash and reporter (`preparing.reporter_hash`). Under one outlet, the same words are one
article whoever signs them.
"""

from __future__ import annotations

from collections.abc import Callable

from mouarchive import store
from mouarchive.models import Article
from mouarchive.preparing import article_hash, outlet_hashes, reporter_hash


def held_hash(
    db: store.Archive,
    article: Article,
    sha: str,
    counts: Callable[[int], bool] = lambda article_id: True,
) -> str:
    """The hash `article` (hashed `sha`) is held under: its own when an article has it or
    no other copy is held; `counts` says which held articles may be joined (`reextract`:
    only those rebuilt already, as `add` would have met them)."""
    if store.article_id_by_sha(db, sha) is not None:
        ((_, _, outlet, reporter),) = store.articles_hashed(db, [sha])
        if article.outlet or outlet or None in (reporter, article.reporter):
            return sha
        return sha if reporter == article.reporter else reporter_hash(sha, article.reporter)
    if article.outlet:
        shas, outlets = [article_hash(Article(None, article.body))], {None, article.outlet}
    else:
        shas, outlets = outlet_hashes(article.body, store.outlets(db)), None
    for article_id, held, outlet, reporter in store.articles_hashed(db, shas):
        if not counts(article_id) or (outlets is not None and outlet not in outlets):
            continue
        if None in (reporter, article.reporter) or reporter == article.reporter:
            return held
    return sha
