"""Press releases and agreements as documents: PDF, DOCX and HWPX → text, through each
format's well-kept library (pypdf, python-docx; HWPX is a zip of XML the standard library
reads). Table rows become lines of cells joined by " | ", so a 보도자료 header table reads
the same from every format (`readers.press`).
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from xml.etree import ElementTree

from mouarchive.models import Reading
from mouarchive.readers.errors import ReadError
from mouarchive.readers.press import read_header

_MEMBER_MAX = 64 * 1024 * 1024
"""The most a zip member may unpack to: a document's XML is a few MB; more is a zip bomb."""


def read_document(kind: str, data: bytes) -> Reading:
    """A document's text and its press-release header (date, issuing body), if any."""
    reader = {"pdf": pdf_text, "docx": docx_text, "hwpx": hwpx_text}[kind]
    text = _tidy(reader(data))
    if not text.strip():
        if kind == "pdf":
            raise ReadError("PDF has no text layer (a scan?): run OCR on it or add its text")
        raise ReadError(f"{kind.upper()} holds no text")
    header = read_header(text)
    return Reading(
        text=header.text,
        kind=kind,
        outlet=header.issuer,
        published=header.published,
        original=data,
    )


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are no user's business
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except (DependencyError, NotImplementedError):
                unlocked = 0
            if not unlocked:
                raise ReadError("encrypted PDF: it needs a password; add an unlocked copy")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (FileNotDecryptedError, DependencyError):
        raise ReadError("encrypted PDF: it needs a password; add an unlocked copy") from None
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise ReadError(f"not a readable PDF ({_short(error)})") from None


def docx_text(data: bytes) -> str:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_zip(data, "DOCX")
    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ReadError(f"not a readable DOCX ({_short(error)})") from None
    lines = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells))
                lines.append(" | ".join(cell for cell in cells if cell))
    return "\n".join(lines)


def hwpx_text(data: bytes) -> str:
    """HWPX (OWPML, KS X 6101): sections in `Contents/`, paragraphs `p` of runs of `t`."""
    archive = _check_zip(data, "HWPX")
    names = archive.namelist()
    sections = _spine(archive, names) or sorted(
        (n for n in names if re.fullmatch(r"Contents/section\d+\.xml", n)),
        key=lambda n: int(re.sub(r"\D", "", n)),
    )
    if not sections:
        raise ReadError("not a readable HWPX (no sections in Contents/)")
    lines: list[str] = []
    for name in sections:
        try:
            root = ElementTree.fromstring(_member(archive, name))
        except ElementTree.ParseError as error:
            raise ReadError(f"not a readable HWPX ({name}: {_short(error)})") from None
        _owpml_lines(root, lines)
    return "\n".join(lines)


def _spine(archive: zipfile.ZipFile, names: list[str]) -> list[str]:
    """Section files in reading order, as the package manifest lists them."""
    if "Contents/content.hpf" not in names:
        return []
    try:
        root = ElementTree.fromstring(_member(archive, "Contents/content.hpf"))
    except ElementTree.ParseError:
        return []
    hrefs = {
        item.get("id"): item.get("href")
        for item in root.iter()
        if _local(item.tag) == "item" and item.get("href")
    }
    order = [hrefs.get(ref.get("idref")) for ref in root.iter() if _local(ref.tag) == "itemref"]
    return [href for href in order if href in names and "section" in href]


def _owpml_lines(element: ElementTree.Element, lines: list[str]) -> None:
    """Paragraphs in document order; a table's rows as " | "-joined lines of cell text."""
    for child in element:
        tag = _local(child.tag)
        if tag == "p":
            text: list[str] = []
            for node in child.iter():
                name = _local(node.tag)
                if name == "t" and node.text:
                    text.append(node.text)
                if name == "tbl":
                    break
            lines.append("".join(text))
            for table in (n for n in child.iter() if _local(n.tag) == "tbl"):
                _table_lines(table, lines)
        elif tag != "tbl":
            _owpml_lines(child, lines)


def _table_lines(table: ElementTree.Element, lines: list[str]) -> None:
    for row in (n for n in table if _local(n.tag) == "tr"):
        cells = []
        for cell in (n for n in row if _local(n.tag) == "tc"):
            cells.append(
                " ".join("".join(t.text or "" for t in cell.iter() if _local(t.tag) == "t").split())
            )
        lines.append(" | ".join(cell for cell in cells if cell))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _check_zip(data: bytes, kind: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if any(info.file_size > _MEMBER_MAX for info in archive.infolist()):
            raise ReadError(f"not a readable {kind} (a member unpacks to more than 64 MB)")
        broken = archive.testzip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        raise ReadError(f"not a readable {kind} (broken zip: {_short(error)})") from None
    if broken:
        raise ReadError(f"not a readable {kind} (broken zip member {broken})")
    return archive


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as error:
        raise ReadError(f"not a readable document ({name}: {_short(error)})") from None


def _tidy(text: str) -> str:
    """Lines without trailing blanks; runs of blank lines (page breaks, empty cells) as one."""
    lines = [line.rstrip() for line in text.replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _short(error: Exception) -> str:
    message = " ".join(str(error).split()) or type(error).__name__
    return message[:120]
