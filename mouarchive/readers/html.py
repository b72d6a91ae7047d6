"""A web page (a saved .html, one part of an .mhtml, a fetched URL) → its article's text.

trafilatura finds the main text and the page's metadata (title, site name, author, canonical
URL); the published date is `pagedate`'s, from what the page declares or prints as its dateline.
Two things trafilatura does not do as Korean news pages need, which happen here before it runs:

- the charset: pages declare EUC-KR as often as UTF-8, and a declared charset is more
  reliable than a guess from the bytes;
- captions and furniture: a photo caption must be kept, but apart from the body, and the
  controls Korean CMSes print beside the article ("기사 스크랩", 공유하기, 관련기사, 댓글)
  must never reach it. Both are found by class names (`data/page_furniture.json`).
"""

from __future__ import annotations

import re
from functools import cache

from mouarchive.models import Reading
from mouarchive.readers.blocks import with_blocks_between
from mouarchive.readers.classes import names as names_class
from mouarchive.readers.errors import ReadError
from mouarchive.readers.headings import (
    headlines_on_one_line,
    names_only_the_site,
    page_heads,
    without_site_name,
)
from mouarchive.readers.lines import one_line
from mouarchive.readers.pagedate import page_published
from mouarchive.readers.pages import (
    first_headline,
    heading_lines,
    headlines_of_several,
    prints_several,
    put_headlines_in_one_body,
    unwrap_articles,
)
from mouarchive.readers.sections import HEADINGS, drop_sections_after_signoff
from mouarchive.readers.tables import (
    drop_empty_frames,
    drop_site_headers,
    photo_table_captions,
    remove_keeping_tail,
    unwrap_layout_tables,
)
from mouarchive.text.bylines import parse_byline
from mouarchive.text.clean import is_list_heading
from mouarchive.text.datelines import header_fields
from mouarchive.text.decode import DecodeError, decode
from mouarchive.text.furniture import is_furniture
from mouarchive.text.outlets import find_outlet
from mouarchive.vocab import words

_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", re.I)
_KOREAN_CHARSETS = {
    "euc-kr",
    "euckr",
    "ks_c_5601-1987",
    "ks_c_5601",
    "windows-949",
    "x-windows-949",
    "cp949",
    "uhc",
    "ksc5601",
}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.I)
_BLOCKS = (
    "p",
    "div",
    "li",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
    "figcaption",
    "ul",
    "ol",
    "table",
)
_FURNITURE_TAGS = ("nav", "aside", "footer", "button")
_PRUNE_AT_MOST = 0.4
"""A block matching a furniture class is dropped only when it holds less than this share of
the page's text: the article itself sits in containers with names like "view-page"."""
_LIST_MAX = 1500
_SENTENCE_END = re.compile(r"[다요][.!?][\"'”’]?(?:\s|$)")
_ARTICLE_PARAGRAPHS = 3
_MIN_ARTICLE_CHARS = 100
_PERSON = re.compile(r"[가-힣]{2,4}(?:\s?·\s?[가-힣]{2,4})*")
_AUTHOR_ROLE = re.compile(r"\s*(?:기자|특파원|통신원|인턴기자|객원기자)$")
_NO_DATE_SEARCH = {"extensive_search": False, "original_date": True}
"""trafilatura's own date is not used (`pagedate` reads it); this keeps its search short."""


def read_html(
    data: bytes, *, charset: str | None = None, url: str | None = None, kind: str = "html"
) -> Reading:
    """Read a page's bytes; `charset` is what the server or MHTML part declared, if any.

    Raises `ReadError` for bytes that are no page or a page without article text.
    """
    page, encoding, warnings = decode_page(data, charset)
    from lxml import etree, html

    try:
        tree = html.document_fromstring(_XML_DECLARATION.sub("", page, count=1))
    except (etree.ParserError, ValueError) as error:
        raise ReadError(f"not a readable web page ({error})") from None
    saved_from = _SAVED_FROM.search(page[:2000])
    address = url or (saved_from.group(1) if saved_from else None)
    _drop_markup_comments(tree)
    headlines_on_one_line(tree)
    _tails_as_paragraphs(tree)
    drop_site_headers(tree)
    captions = take_captions(tree)
    captions += photo_table_captions(tree)
    drop_empty_frames(tree)
    whole_page = _page_text(tree)
    published = page_published(tree, address, whole_page)
    drop_sections_after_signoff(tree)
    _drop_furniture(tree)
    unwrap_layout_tables(tree)
    unwrapped = unwrap_articles(tree)
    one_body = put_headlines_in_one_body(tree)
    import trafilatura

    document = trafilatura.bare_extraction(
        tree,
        url=address,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        config=_config(),
        date_extraction_params=_NO_DATE_SEARCH,
        fast=bool(one_body),
    )
    body = (document.text or "") if document is not None else ""
    lines = [line.strip() for line in body.split("\n") if _is_text_line(line)]
    lines = with_blocks_between(tree, lines)
    if not lines:
        raise ReadError("no article text found in the page")
    title = one_line(document.title)
    sitename = one_line(document.sitename) if _is_name(document.sitename) else None
    outlet = find_outlet(whole_page, None) or sitename
    names = {name for name in (sitename, outlet) if name}
    heads = page_heads(tree, lines, names)
    headlines = headlines_of_several(unwrapped + one_body, title, names)
    if (
        title is None
        or headlines
        or names_only_the_site(title, names)
        or prints_several(tree, lines, heads.headline)
    ):
        # A <title> that is only the site's name is no headline: the page's own is. Nor is
        # the <title> of a page of several articles ("지역 소식 모음"): the first is titled by
        # its own headline, as the later ones are (review 54b, S3). Its first <h1> over lines
        # of its own is that headline:
        # - also where no sentence of the text ends as the page's headline is looked for
        #   (review 57b, 10: an English page);
        # - also where it heads a photo's or a table's lines, no sentence of its own;
        # - not a photo's <h1> over nothing, a line of the article under it (review 58b, 6).
        title = first_headline(heading_lines(headlines, lines), names) or heads.headline or title
    if title and title != heads.headline:
        # The page's own headline naming the outlet as it does is the article's.
        title = without_site_name(title, names)
    if all(_is_no_text(line, title, names) for line in lines):
        raise ReadError("no article text found in the page")
    # Under the title, where the text pipeline reads subheadlines: trafilatura leaves a
    # page's own out (`<h2 class="subheading">`), and a browser copy of the page then
    # supplied one with its share buttons.
    subheadlines = [line for line in heads.subheadlines if line not in lines]
    first = next((line for line in lines if line != title), lines[0])
    author = _author(document.author) or _byline_above(whole_page, first)
    return Reading(
        text="\n".join([title, *subheadlines, *lines] if title else lines),
        kind=kind,
        encoding=encoding,
        title=title,
        outlet=outlet,
        author=author if author not in (outlet, sitename) else None,
        published=published,
        url=document.url or address,
        captions=[caption for caption in captions if caption not in lines],
        headlines=headlines,
        warnings=warnings,
        original=data,
    )


def _is_no_text(line: str, title: str | None, names: set[str]) -> bool:
    """Whether a line left by the extractor is no article text: the title or the site's
    name again, or a menu's words. A menu page or a "soft 404" keeps its <title>, and
    nothing else it holds was ever an article."""
    return line == title or names_only_the_site(line, names) or is_furniture(line)


def decode_page(data: bytes, charset: str | None) -> tuple[str, str, list[str]]:
    """The page as text, the charset used, and any doubt about it.

    A charset the server, the MHTML part or the page itself declares is tried first;
    without one, or when the bytes are not in it, the page is read as text files are
    (UTF-8, then CP949).
    """
    if not data.strip():
        raise ReadError("empty file")
    declared = charset or _meta_charset(data)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8", []
    if declared:
        codec = _codec(declared)
        if codec:
            try:
                return data.decode(codec), codec, []
            except UnicodeDecodeError:
                pass
    try:
        decoded = decode(data)
    except DecodeError as error:
        raise ReadError(str(error)) from None
    warnings = list(decoded.warnings)
    if declared:
        warnings.append(f"page declares {declared} but is not; read as {decoded.encoding}")
    return decoded.text, decoded.encoding, warnings


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii") if match else None


def _codec(name: str) -> str | None:
    """Python's codec for a declared charset; EUC-KR pages are CP949 in practice."""
    import codecs

    name = name.strip().lower()
    if name in _KOREAN_CHARSETS:
        return "cp949"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def take_captions(tree) -> list[str]:
    """Remove photo captions from the page and return their texts, in page order."""
    captions = []
    for element in list(tree.iter("figcaption", "*")):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if element.tag != "figcaption" and not _has_class(element, _vocabulary("caption_classes")):
            continue
        caption = one_line(element.text_content())
        if caption and caption not in captions:
            captions.append(caption)
        remove_keeping_tail(element)
    return captions


def _drop_markup_comments(tree) -> None:
    """ "<p><!-- 본문 -->협약에 따라 …</p>": a page's markup comments go, the text after each
    staying where it was; trafilatura drops a comment with the text that follows it."""
    for comment in tree.xpath("//comment()"):
        if comment.getparent() is not None:
            remove_keeping_tail(comment)


def _tails_as_paragraphs(tree) -> None:
    """ "<p><img><br>사진 설명</p>협약에 따라 …<br><br>": bare text after a block, as older
    CMSes write their bodies, becomes a paragraph of its own; trafilatura drops the text that
    follows a block it drops (a photo's)."""
    for element in list(tree.iter(*_TAIL_BLOCKS)):
        tail = element.tail
        if element.getparent() is None or not tail or not tail.strip():
            continue
        paragraph = element.makeelement("p", {})
        paragraph.text = tail
        element.tail = None
        element.addnext(paragraph)


# The blocks whose bare tail becomes a paragraph, and the lines `_page_text` breaks at;
# named apart from `_BLOCKS`, which it once shadowed.
_TAIL_BLOCKS = ("p", "div", "center", "figure")
_ROWS = ("ul", "ol", "dl", "table", "tr")
_CELLS = ("li", "td", "th", "dt", "dd", "br")


def _drop_furniture(tree) -> None:
    body = tree.find("body")
    total = len((body if body is not None else tree).text_content()) or 1
    classes, ids = _vocabulary("furniture_classes"), _vocabulary("furniture_ids")
    for element in list(tree.iter("*")):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        named = _has_class(element, classes) or names_class(element.get("id"), ids)
        furniture = element.tag in _FURNITURE_TAGS or (named and not _holds_article(element, total))
        if furniture:
            remove_keeping_tail(element)
        elif _is_headed_list(element):
            for headline in _marked_headlines_after(element):
                remove_keeping_tail(headline)
            remove_keeping_tail(element)


def _is_headed_list(element) -> bool:
    """A block that opens with a list's heading ("관련기사", "이 시각 주요뉴스") and holds no
    sentence: other headlines, under a class name no vocabulary knows ("box_art_list").
    trafilatura keeps some of them and drops the heading, after which `clean` can no longer
    tell them from the body, and a related headline became an agreement of its own."""
    first = next((text.strip() for text in element.itertext() if text.strip()), None)
    if first is None or not is_list_heading(first):
        return False
    text = element.text_content()
    return len(text) <= _LIST_MAX and _SENTENCE_END.search(text) is None


def _marked_headlines_after(heading) -> list:
    """The marked headlines in the paragraphs after a list's heading ("<p>▶ 관련기사</p><p>▶
    목포시-HD현대, … 업무협약 체결</p>"): CMSes print related stories so inside the article's
    body, where no block holds them for `_is_headed_list`. The run ends at the first paragraph
    that is no marked line or that tells a sentence."""
    run = []
    item = heading.getnext()
    while item is not None and item.tag in _LINE_TAGS and _is_marked_headline(item):
        run.append(item)
        item = item.getnext()
    return run


def _is_marked_headline(element) -> bool:
    text = element.text_content().strip()
    return bool(_LIST_MARK.match(text)) and _SENTENCE_END.search(text) is None


_LINE_TAGS = ("p", "div", "li")
# The marks that open each headline of such a list.
_LIST_MARK = re.compile(r"[▶▷►■□◆◇☞·•\-–]\s*\S")


def _holds_article(element, total: int) -> bool:
    """Whether a block named like furniture holds the article all the same: ndsoft pages put
    the body in `class="... font-size17"`, others in containers named "view" or "util"."""
    if (
        element.get("itemprop") == "articleBody"
        or element.find(".//*[@itemprop='articleBody']") is not None
    ):
        return True
    if len(element.text_content()) >= total * _PRUNE_AT_MOST:
        return True
    paragraphs = [p for p in element.iter("p") if len(p.text_content().strip()) >= 40]
    return len(paragraphs) >= _ARTICLE_PARAGRAPHS


def _has_class(element, vocabulary: frozenset[str]) -> bool:
    return any(names_class(token, vocabulary) for token in (element.get("class") or "").split())


def _page_text(tree) -> str:
    """All the page's text, a line per block: where a dateline or copyright line is read
    when the metadata lacks the date or the site name."""
    from copy import deepcopy

    copy = deepcopy(tree)
    # Lines break at paragraphs, boxes, lists and table rows, and a list's items and a row's
    # cells are set apart by a space: a label in one cell stays with its date in the next
    # ("기사입력 2023.10.12 09:00"), and a sidebar's items ("많이 본 뉴스") never become bare
    # stamps of their own that date the page.
    for element in copy.iter(*_TAIL_BLOCKS, *_ROWS):
        element.tail = "\n" + (element.tail or "")
    for element in copy.iter(*_CELLS):
        element.tail = " " + (element.tail or "")
    for element in copy.iter(*HEADINGS):
        # A headline is a line of its own: a stamp set inline before it ("<span>2023.10.12
        # (20:05)</span><h1>…") or after it is another line, as the page shows it.
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    for element in copy.iter("script", "style", "noscript"):
        element.text = ""
    return "\n".join(" ".join(line.split()) for line in copy.text_content().split("\n"))


def _is_text_line(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and stripped not in _vocabulary("furniture_lines")


def _is_name(sitename: str | None) -> bool:
    """A site name, not a host name trafilatura fell back to ("www.example.kr",
    "127.0.0.1:8765")."""
    return bool(sitename) and not _HOST_RE.fullmatch(sitename.strip())


_HOST_RE = re.compile(r"[\w.-]+\.(?:[a-z]{2,}|\d{1,3})(?::\d+)?|[\w.-]+:\d+", re.IGNORECASE)


def _byline_above(whole_page: str, first_line: str) -> str | None:
    """The reporter of a byline the page prints above the text ("강하늘 기자 | 입력
    2024.08.27 10:30"), which the main text leaves out and the metadata may not name. Only
    lines before the text's first are read: a sidebar's bylines name other reporters."""
    for line in whole_page.split("\n"):
        if not line:
            continue
        if first_line in line:
            break
        for field in header_fields(line) or (line,):
            found = parse_byline(field.strip())
            if found and found[0]:
                return found[0]
    return None


def _author(author: str | None) -> str | None:
    """A reporter's name from the page's author field; portals put the outlet there
    ("전남일보 | 포털"), which is no person's name and is dropped."""
    if not author:
        return None
    first = _AUTHOR_ROLE.sub("", " ".join(re.split(r"[;,|]", author)[0].split()))
    if re.search(r"[가-힣]", first) and not _PERSON.fullmatch(first):
        return None
    return first or None


@cache
def _config():
    """trafilatura's settings, but for Korean: its minimum article length (250 characters)
    is set for alphabetic text; a Korean brief of four paragraphs is about as long, and below
    the minimum trafilatura falls back to one paragraph of the whole page."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_MIN_ARTICLE_CHARS))
    return config


@cache
def _vocabulary(name: str) -> frozenset[str]:
    return frozenset(
        entry.lower() if name != "furniture_lines" else entry
        for entry in words("page_furniture", name)
    )
