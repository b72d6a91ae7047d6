"""A text file or a saved page under a document's name (newcomer 48, finding 20).

A file is given to its reader by its suffix, so an article saved as "기사.pdf" (a browser's
"save as", a renamed copy) went to pypdf, which said "Stream has ended unexpectedly": true,
and of no help. Every document format starts with its own bytes (a PDF's "%PDF", the zip
that DOCX and HWPX are, the OLE container of an old HWP); a file under such a name that
lacks them and decodes as text is read as what its bytes say it is (a web page, or text),
and the user told so in one line. Anything else still goes to the reader the name
chooses, and fails in its words.
"""

from __future__ import annotations

from pathlib import PurePath

from mouarchive.readers import kind_of
from mouarchive.text.decode import DecodeError, decode

_PDF_HEAD = 1024  # a PDF may carry a few bytes of junk before "%PDF"
_STARTS = {
    "docx": (b"PK",),
    "hwpx": (b"PK",),
    "hwp": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"HWP Document File"),
}
_SAID = {"text": "text", "html": "a web page", "mhtml": "a web page"}


def reader_for_misnamed(data: bytes, name: str) -> tuple[str, str] | None:
    """For a file named as a document that holds text: the reader its bytes ask for, and
    the warning that says so; None for any other file."""
    kind = kind_of(name, data)
    if kind not in (*_STARTS, "pdf") or _looks_like(kind, data):
        return None
    try:
        decode(data)
    except DecodeError:
        return None
    held = kind_of("", data)
    if held not in _SAID:
        return None
    suffix = PurePath(name).suffix
    rename = ".html" if held != "text" else ".txt"
    said = f"named {suffix} but holds {_SAID[held]}: read as {held} (rename it {rename})"
    return held, said


def _looks_like(kind: str, data: bytes) -> bool:
    if kind == "pdf":
        return b"%PDF" in data[:_PDF_HEAD]
    return data.startswith(_STARTS[kind])
