"""What a page prints under its article's sign-off in the article's own container, under a
heading that names readers' comments or other news ("독자 의견", "이 시각 주요 뉴스"): the
page's, never the article's.

With no class name to tell it by, trafilatura kept it and dropped the heading, and the text
pipeline read the comments, a teaser and the publisher's registration as an article of their
own, dated by that registration (review 55c, C5).
"""

from __future__ import annotations

from mouarchive.text.listings import is_list_heading, is_reporter_signoff

_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")


def drop_sections_after_signoff(tree) -> None:
    """Each such heading, and what follows it up to the next article's `<h1>`, dropped."""
    for heading in list(tree.iter(*_SUBHEADINGS)):
        parent = heading.getparent()
        if parent is None or not is_list_heading(_text(heading)) or not _signed_above(heading):
            continue
        item = heading
        while item is not None and item.tag != "h1":
            following = item.getnext()
            parent.remove(item)
            item = following


def _signed_above(heading) -> bool:
    """Whether the article the heading stands in has signed off above it: a sign-off among
    the blocks before it, after the last `<h1>`."""
    for block in heading.itersiblings(preceding=True):
        if block.tag == "h1":
            return False
        if isinstance(block.tag, str) and is_reporter_signoff(_text(block)):
            return True
    return False


def _text(element) -> str:
    return " ".join(element.text_content().split())
