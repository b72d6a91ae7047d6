"""One reader per input kind, each turning an input's bytes into a `Reading`: text plus the
metadata its format carries. The rest of the pipeline never knows which kind it was.

| kind | inputs | through |
| --- | --- | --- |
| text | .txt .text .md, standard input | `text.decode` |
| html | .html .htm .xhtml, fetched URLs | trafilatura + htmldate (`readers.html`) |
| mhtml | .mhtml .mht | the standard library's MIME parser, then html |
| pdf | .pdf | pypdf (`readers.documents`) |
| docx | .docx | python-docx |
| hwpx | .hwpx | zipfile + XML |

Readers import their libraries when first used, so commands that never read (search,
timeline) never pay for loading them.
"""

from __future__ import annotations

from pathlib import PurePath

from mouarchive.models import Reading
from mouarchive.readers.errors import ReadError

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".pdf": "pdf",
    ".docx": "docx",
    ".hwpx": "hwpx",
    ".hwp": "hwp",
}
"""What a folder walk picks up, and the reader each suffix goes to."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

__all__ = ["SUFFIXES", "ReadError", "is_saved_page_assets", "kind_of", "read"]


def kind_of(name: str, data: bytes, content_type: str | None = None) -> str:
    """The reader for an input: by its suffix, else by a server's content type or its bytes."""
    suffix = SUFFIXES.get(PurePath(name).suffix.lower())
    if suffix:
        return suffix
    media = (content_type or "").split(";")[0].strip().lower()
    head = data[:1024].lstrip().lower()
    if media == "application/pdf" or data.startswith(b"%PDF"):
        return "pdf"
    if media in ("multipart/related", "message/rfc822") or head.startswith(b"mime-version"):
        return "mhtml"
    if media in ("text/html", "application/xhtml+xml") or head.startswith(
        (b"<!doctype html", b"<html", b"<?xml")
    ):
        return "html"
    if data.startswith(b"PK\x03\x04"):
        return "hwpx" if b"hwp+zip" in data[:100] else "docx"
    if data.startswith(_OLE):
        return "hwp"
    return "text"


def read(
    data: bytes,
    name: str,
    *,
    content_type: str | None = None,
    url: str | None = None,
    kind: str | None = None,
) -> Reading:
    """Bytes → a `Reading`; raises `ReadError` (or `DecodeError`) with a one-line reason.

    `kind` names the reader outright (a source read again by `reextract` goes to the
    reader that read it first), else it is chosen from the name, content type and bytes.
    """
    kind = kind or kind_of(name, data, content_type)
    if kind == "text":
        from mouarchive.text.decode import decode

        decoded = decode(data)
        return Reading(decoded.text, "text", decoded.encoding, warnings=decoded.warnings)
    if kind == "html":
        from mouarchive.readers.html import read_html

        charset = _charset(content_type)
        return read_html(data, charset=charset, url=url)
    if kind == "mhtml":
        from mouarchive.readers.mhtml import read_mhtml

        return read_mhtml(data)
    if kind == "hwp":
        raise ReadError("old binary HWP (or DOC) file: save it as HWPX or PDF and add that")
    from mouarchive.readers import documents

    return documents.read_document(kind, data)


def _charset(content_type: str | None) -> str | None:
    for parameter in (content_type or "").split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def is_saved_page_assets(folder: PurePath, siblings: list[str]) -> bool:
    """A browser's "save page" folder of images and scripts ("기사_files" beside "기사.html"),
    which holds no article of its own."""
    name = folder.name
    if not name.endswith("_files"):
        return False
    stem = name[: -len("_files")]
    return any(sibling in siblings for sibling in (f"{stem}.html", f"{stem}.htm"))
