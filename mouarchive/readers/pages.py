"""Pages that print several articles, each under its own `<h1>`, made readable as one run
of blocks before trafilatura reads them: the wrappers it would take for the one article
dropped, the articles put in one body, and the page told to print several.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from mouarchive.readers.headings import names_only_the_site, without_site_name
from mouarchive.readers.lines import element_line
from mouarchive.text.notices import is_copyright_notice

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def unwrap_articles(tree: HtmlElement) -> list[str]:
    """A page of several `<article>`s, each under its own `<h1>`, read as one run of blocks:
    trafilatura takes one `<article>` for the page's main text and kept the first article
    alone, the others lost whole (review 54b, B5). Without the wrappers it keeps them all,
    and their headlines go back between them (`blocks`). Those headlines, for each to head
    an article (as `put_headlines_in_one_body`'s), when it did so."""
    headed = [(element, element.find(".//h1")) for element in tree.iter("article")]
    articles = [(element, headline) for element, headline in headed if headline is not None]
    if len(articles) < 2:
        return []
    for element, _ in articles:
        element.tag = "div"
    return [element_line(headline) for _, headline in articles]


def put_headlines_in_one_body(tree: HtmlElement) -> list[str]:
    """A page that prints its articles one after another under one element, each an `<h1>`
    and its paragraphs, with no container trafilatura knows for the text: the element's
    blocks go into one marked as the article's body. Without it trafilatura found no text
    and recovered the page block by block, comparing each with all it had kept: a 5 MB page
    took minutes there, and a line printed twice (a sign-off) was kept once (review 54b,
    B7, M1). Its lists of terms read a line per term, as `blocks` puts back those
    trafilatura leaves out, not as items of a bulleted list ("- 2024.11.29").

    The `<h1>`s' texts when it did so, for each to head an article: the text pipeline cuts
    only at a stamp, a sign-off or a copyright line, and two articles printed with none ran
    into one (review 56b, 8). trafilatura then needs no other extractor's guess at the text
    to compare with its own (its `fast` mode), which took a fifth of a 5 MB page's time."""
    first = next(tree.iter("h1"), None)
    parent = first.getparent() if first is not None else None
    if parent is None:
        return []
    headlines = [element_line(child) for child in parent if child.tag == "h1"]
    if len(headlines) < 2 or tree.find(".//*[@itemprop='articleBody']") is not None:
        return []
    body = parent.makeelement("div", {"itemprop": "articleBody"})
    body.text, parent.text = parent.text, None
    body.extend(list(parent))
    parent.append(body)
    for terms in body.iter("dl"):
        terms.tag = "div"
        for term in terms.iter("dt", "dd"):
            term.tag = "p"
    return headlines


def headlines_of_several(
    headlines: list[str], title: str | None, names: Collection[str]
) -> list[str]:
    """The `<h1>`s found above (`unwrap_articles`, `put_headlines_in_one_body`) when they
    head several articles, in the page's order; none when the page prints one. A page whose
    `<title>` (or og:title), without the site's name, is its first `<h1>` prints one article:
    an `<h1>` further down is a subheading of its body, and cutting there made it an article
    of one paragraph that took the sign-off (review 57b, 1). A page of several is titled for
    them all ("지역 소식 모음"), or by the site's name alone."""
    if not headlines or title is None or names_only_the_site(title, names):
        return headlines
    return [] if without_site_name(title, names) == first_headline(headlines, names) else headlines


def first_headline(headlines: list[str], names: Collection[str]) -> str | None:
    """The first of a page's `<h1>`s that is not the site's name (a logo): its first
    article's headline."""
    return next((text for text in headlines if not names_only_the_site(text, names)), None)


def heading_lines(headlines: list[str], lines: list[str]) -> list[str]:
    """The headlines without those printed in `lines` over nothing of their own (another
    headline, the copyright line or the end under their first printing). A photo's headline
    over nothing ("[포토] …" first on a page, its photo all it heads) titled the article
    under it, whose own headline was lost (review 58b, 6). A headline the text does not
    print (taken out as the page's title) is kept."""
    ahead = set(headlines)
    below: dict[str, str | None] = {}
    for line, after in zip(lines, [*lines[1:], None], strict=True):
        below.setdefault(line, after)

    def over_nothing(headline: str) -> bool:
        after = below.get(headline, "")
        return after is None or after in ahead or is_copyright_notice(after)

    return [headline for headline in headlines if not over_nothing(headline)]


def prints_several(tree: HtmlElement, lines: list[str], headline: str | None) -> bool:
    """Whether the text holds an `<h1>` other than the page's headline, a later article's:
    the page prints several articles."""
    if headline is None:
        return False
    kept = set(lines)
    headlines = (element_line(element) for element in tree.iter("h1"))
    return any(text != headline and text in kept for text in headlines)
