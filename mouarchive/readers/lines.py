"""Text as one line, its spaces and line breaks each one space: the form of the lines the
reader keeps, which every comparison with a page's element or title is made in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def one_line(text: str | None) -> str | None:
    """`text` as one line; None for none, or for spaces only."""
    return " ".join(text.split()) or None if text else None


def element_line(element: HtmlElement) -> str:
    """The element's text, its descendants' with it, as one line ("" for none)."""
    return " ".join(element.text_content().split())
