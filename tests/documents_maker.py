"""Press-release documents written by the tests themselves: PDF, DOCX and HWPX.

The PDF is written by hand: a Type0 font whose character ids map to Unicode through a
ToUnicode table, as word processors write Korean text layers, without embedding a font.
"""

from __future__ import annotations

import io
import zipfile


def pdf(lines: list[str], *, text_layer: bool = True) -> bytes:
    """A one-page PDF showing `lines`; without a text layer it holds only a drawn box, as
    a scan holds only an image."""
    chars = sorted({c for line in lines for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    if text_layer:
        shown = ["BT /F1 11 Tf 50 800 Td 14 TL"]
        for line in lines:
            shown.append("<" + "".join(f"{cid[c]:04X}" for c in line) + "> Tj T*")
        shown.append("ET")
    else:
        shown = ["0.5 g 50 400 400 300 re f"]
    content = "\n".join(shown).encode("ascii")
    cmap = "\n".join(
        [
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "/CMapName /Test-UCS def /CMapType 2 def",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange",
            *(
                f"1 beginbfchar <{cid[c]:04X}> <{c.encode('utf-16-be').hex().upper()}> endbfchar"
                for c in chars
            ),
            "endcmap CMapName currentdict /CMap defineresource pop end end",
        ]
    ).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /TestGothic /Encoding /Identity-H"
        b" /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestGothic"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /FontDescriptor 8 0 R /DW 1000 >>",
        _stream(cmap),
        b"<< /Type /FontDescriptor /FontName /TestGothic /Flags 4 /FontBBox [0 0 1000 1000]"
        b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _stream(data: bytes) -> bytes:
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def docx(header_rows: list[list[str]], paragraphs: list[str]) -> bytes:
    from docx import Document

    document = Document()
    table = document.add_table(rows=len(header_rows), cols=max(map(len, header_rows)))
    for row, cells in zip(table.rows, header_rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=False):
            cell.text = text
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
_HS = "http://www.hancom.co.kr/hwpml/2011/section"


def hwpx(header_rows: list[list[str]], paragraphs: list[str]) -> bytes:
    """An HWPX package as Hangul writes it: mimetype first, a manifest, one section."""

    def para(text: str) -> str:
        return f"<hp:p><hp:run><hp:t>{_escape(text)}</hp:t></hp:run></hp:p>"

    rows = "".join(
        "<hp:tr>"
        + "".join(f"<hp:tc><hp:subList>{para(cell)}</hp:subList></hp:tc>" for cell in cells)
        + "</hp:tr>"
        for cells in header_rows
    )
    section = (
        f'<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="{_HS}" xmlns:hp="{_HP}">'
        f"<hp:p><hp:run><hp:tbl>{rows}</hp:tbl></hp:run></hp:p>"
        + "".join(para(text) for text in paragraphs)
        + "</hs:sec>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<opf:package xmlns:opf="http://www.idpf.org/2007/opf/"><opf:manifest>'
        '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
        '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
        '</opf:manifest><opf:spine><opf:itemref idref="header" linear="no"/>'
        '<opf:itemref idref="section0"/></opf:spine></opf:package>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/hwp+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("Contents/content.hpf", manifest)
        archive.writestr("Contents/header.xml", '<?xml version="1.0"?><hh:head xmlns:hh="h"/>')
        archive.writestr("Contents/section0.xml", section)
    return out.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
