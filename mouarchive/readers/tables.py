"""Tables on a saved page that are no data: the page's layout, a photo with its caption, a list.

Older Korean CMSes lay a whole page out in tables: a row for the today-bar, a row for the
menus, a cell holding the article as lines broken with <br>, a table for the photo and its
caption, another for the related headlines. trafilatura reads every table as data — a line
per row, " | " between cells — and joins the lines of a cell into one. So the body became a
single line, the caption and the related headlines sat in it as more body, and an article
that gives one agreement as plain text gave three as a page. Here, before trafilatura runs:

- a photo table (one image and a line or two of text) gives its text as a caption, and a
  frame left with only its image goes, the text after it kept;
- a table that lays out rather than tabulates (it holds another table, a cell holds prose,
  or it has one column, so its rows are a list) becomes plain blocks, read like any other.

A table of data (a list of clauses with their parts, a schedule) keeps its cells.
"""

from __future__ import annotations

from mouarchive.vocab import word_set

_PROSE_CELL = 200
"""A cell with this many characters holds prose: data cells are words and short phrases."""
_CAPTION_MAX = 300
_LOGO_MARKS = word_set("page_furniture", "logo_marks")
_TABLE_PARTS = {"table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"}


def drop_site_headers(tree) -> None:
    """Remove the tables that frame the site's logo with its today-bar and menu row: one
    image and a short text, like a photo table, but no photo; their text is no caption."""
    for table in _one_image_tables(tree):
        if _is_site_header(table):
            remove_keeping_tail(table)


def _is_site_header(table) -> bool:
    """A logo (by its address, alt text, class or id) or a row of menu links: a caption
    holds a link at most (the photographer's page), a menu several."""
    if len(table.findall(".//a")) > 1:
        return True
    (image,) = table.findall(".//img")
    marks = " ".join(image.get(name, "") for name in ("src", "alt", "class", "id")).lower()
    return any(word in marks for word in _LOGO_MARKS)


def _one_image_tables(tree) -> list:
    """The innermost tables holding one image and a short text (a photo's frame, or a
    site's header)."""
    found = []
    for table in list(tree.iter("table")):
        if table.getparent() is None or table.find(".//table") is not None:
            continue
        if len(table.findall(".//img")) != 1:
            continue
        text = " ".join(table.text_content().split())
        if text and len(text) <= _CAPTION_MAX:
            found.append(table)
    return found


def photo_table_captions(tree) -> list[str]:
    """Remove the tables that frame one photo and its caption; their texts, in page order."""
    captions = []
    for table in _one_image_tables(tree):
        captions.append(" ".join(table.text_content().split()))
        remove_keeping_tail(table)
    return captions


def drop_empty_frames(tree) -> None:
    """Remove the blocks left holding only an image once their caption is taken (a photo
    table, a figure), keeping the text after them. trafilatura dropped such a frame with the
    text that followed it, and on an older CMS's page that was the lead: the photo stands
    above the body, whose first lines are the frame's tail."""
    for element in list(tree.iter("table", "div", "figure", "span", "p")):
        if element.getparent() is None or element.find(".//img") is None:
            continue
        if not element.text_content().strip():
            remove_keeping_tail(element)


def unwrap_layout_tables(tree) -> None:
    """Turn the tables that lay the page out into plain blocks (see the module's docstring)."""
    layout = {table for table in tree.iter("table") if _is_layout(table)}
    parts = [
        element
        for element in tree.iter(*_TABLE_PARTS)
        if element in layout or (element.tag != "table" and _owner(element) in layout)
    ]
    for element in parts:
        element.tag = "div"


def _is_layout(table) -> bool:
    if table.find(".//table") is not None:
        return True
    rows = [row for row in table.iter("tr") if _owner(row) is table]
    cells = [cell for row in rows for cell in row if cell.tag in ("td", "th")]
    if any(len(" ".join(cell.text_content().split())) >= _PROSE_CELL for cell in cells):
        return True
    return bool(rows) and all(
        sum(1 for cell in row if cell.tag in ("td", "th")) <= 1 for row in rows
    )


def _owner(element):
    """The table an element (row, cell, body part) belongs to: the nearest table above it."""
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def remove_keeping_tail(element) -> None:
    """Drop an element but keep its tail, the text that follows it in its parent."""
    parent = element.getparent()
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
