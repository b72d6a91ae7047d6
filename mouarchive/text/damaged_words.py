"""No fact is read from a word that a damaged spot runs through (review 59a, 4).

A stray byte replaced inside "1�5일" leaves "5일" to the date reader, inside "1�500억원"
"500억원" to the amount reader, and "한빛농�협" is a party no one named. So extraction gets
the article with each word holding U+FFFD masked letter for letter: nothing is read from
that word (a date falls back to what the rest of its sentence says, an amount or a party to
none), while every span found still points at the same place in the body as stored. The
article itself keeps the words as read, "�" and all, for the user to see.
"""

from __future__ import annotations

import re

from mouarchive.models import Article

_DAMAGED_WORD = re.compile(r"\S*\ufffd\S*")


def masked(text: str) -> str:
    """`text` with each word holding U+FFFD made all U+FFFD, its length kept."""
    return _DAMAGED_WORD.sub(lambda word: "\ufffd" * len(word.group()), text)


def without_damaged_words(article: Article) -> Article:
    """`article` as extraction is to read it: its damaged words masked in each text read."""
    texts = [article.title or "", article.subtitle or "", article.body, *article.captions]
    if not any("\ufffd" in text for text in texts):
        return article
    return article.with_texts(masked)
