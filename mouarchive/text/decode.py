"""Turn a source file's bytes into text, or refuse it with a one-line reason.

Korean news text reaches us as UTF-8, as CP949/EUC-KR from older Windows tools, as UTF-16
from Office exports, and sometimes as mojibake: CP949 bytes once read as Latin-1 and then
saved as UTF-8 ("°æ¹ÎºñÁî"). We repair the last only when the repair is unambiguous, because
a wrong repair would silently turn readable text into garbage.

Old mail and news systems also left ISO-2022-KR, whose escape and shift codes are plain
ASCII and so pass for UTF-8: it is recognised by its escape sequences, never stored as
the codes themselves. And a file damaged in transit (its last character cut off, a stray
byte among thousands of good ones) is read with the damage marked, not refused whole.
"""

from __future__ import annotations

import re

from mouarchive.models import Decoded
from mouarchive.text import damage, foreign
from mouarchive.text.byte_readings import LOST_BYTE, best_bytes, common


class DecodeError(ValueError):
    """The bytes are not a text article; the message is one short English line for the user."""


_MAGIC = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "zip"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)

# PDF readers find the header anywhere in a file's first kilobyte, so files start with
# a blank line or junk before it and are still PDFs (review 59a, 10).
_PDF_MARK = b"%PDF-"
_PDF_REACH = 1024
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Characters a CP949 byte turns into when read as Latin-1 or cp1252: Latin-1 supplement
# letters and symbols plus the cp1252 extras in 0x80-0x9f (€, ‚, ƒ, „, …).
_MOJIBAKE_CHAR = re.compile(
    r"[\u0080-\u024f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    r"\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    r"\u2039\u203a\u20ac\u2122]"
)
_RARE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_MIN_SUSPECT = 4
_MOSTLY = 20  # Hangul in a line of mojibake: at most one in this many suspect characters
_DAMAGED_LINES_SHOWN = 5
_BOM = b"\xef\xbb\xbf"
# ISO-2022 designates its character sets with ESC $ …; ESC $ ) C is ISO-2022-KR's header.
_ISO2022_KR = b"\x1b$)C"
_SHIFT_OUT = b"\x0e"


def decode(data: bytes) -> Decoded:
    """Read `data` as text, naming the encoding used and any doubt left in `warnings`."""
    if not data:
        raise DecodeError("empty file")
    for prefix, name in _MAGIC:
        if data.startswith(prefix):
            raise DecodeError(f"binary file ({name})")
    if _PDF_MARK in data[:_PDF_REACH]:
        raise DecodeError("binary file (PDF)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        decoded = _decode_utf16(data)
    elif b"\x00" in data:
        decoded = _decode_unmarked_utf16(data)
    elif _mostly_control_bytes(data):
        raise DecodeError("binary file (control bytes)")
    elif b"\x1b$" in data or _SHIFT_OUT in data:
        decoded = _decode_iso2022(data)
    elif data.startswith(_BOM):
        decoded = _decode_after_bom(data[len(_BOM) :])
    else:
        decoded = _decode_plain(data)
    if not decoded.text.strip():
        raise DecodeError("whitespace-only file")
    return decoded


# Control bytes that no text encoding read here uses: tab, line ends, form feed, the
# ISO-2022 shifts (SO, SI) and escape (ESC) are left out, and so is DEL.
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x10, 0x1B), *range(0x1C, 0x20)])
_CONTROL_SHARE = 100  # more than one byte in this many: a binary file
_FEWEST_CONTROLS = 3


def _mostly_control_bytes(data: bytes) -> bool:
    """Random or compressed bytes that happen to hold an ESC or a shift code would otherwise
    be tried as ISO-2022 and refused as escape-coded text; a tenth of them are control bytes
    a written text never holds. Counted as the bytes that deleting them takes away, in one pass
    in C: a pattern's list of each one took five times as long, on every file read."""
    found = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return found >= _FEWEST_CONTROLS and found * _CONTROL_SHARE > len(data)


def _decode_utf16(data: bytes) -> Decoded:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        reading = damage.damaged_in(data, "utf-16")
        if reading is None:
            raise DecodeError("not decodable as UTF-8, UTF-16 or CP949") from None
        return _with_damage(reading)
    if not _written_text(text):
        raise DecodeError("binary file (starts like UTF-16, but reads as no Korean or English)")
    return Decoded(text=text, encoding="utf-16")


_FEWEST_NULS = 8  # a few stray NULs in a dump say nothing of UTF-16
_UNMARKED_SHARE = 0.95  # of the characters, Hangul or ASCII, for UTF-16 without a BOM
_TEXT_CONTROLS = "\t\n\r\f"


def _decode_unmarked_utf16(data: bytes) -> Decoded:
    """NUL bytes: binary, or UTF-16 saved without its byte-order mark (newcomer 48, 21),
    where every ASCII letter, digit and space carries one. Read in the one byte order in
    which nearly every character is one Korean articles are written in (`_WRITTEN`), most
    are Hangul or ASCII (`_written_text`: pairs of a byte and a NUL read the other way round
    are all hanja) and none is a control character, as a person's text is and no binary
    file reads; else refused as binary, saying what makes it readable if it is UTF-16."""
    readings = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            # Cut at an odd byte, or a lone surrogate: damaged, as UTF-8 may be.
            reading = damage.damaged_in(data, codec)
            if reading is not None and _unmarked_text(reading.text):
                readings.append(_with_damage(reading))
            continue
        if _unmarked_text(text):
            readings.append(Decoded(text=text, encoding=codec))
    if len(readings) == 1:
        return readings[0]
    if _alternating_nuls(data):
        raise DecodeError(
            "binary file (NUL bytes), or UTF-16 text without a byte-order mark that does not"
            " read as Korean or English: save it as UTF-8"
        )
    raise DecodeError("binary file (NUL bytes)")


def _alternating_nuls(data: bytes) -> bool:
    """NULs in one byte position of each pair, as UTF-16 puts them in ASCII characters."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    most = max(even, odd)
    return most >= _FEWEST_NULS and most * 20 >= len(data) and min(even, odd) * 10 <= most


# What Korean articles are written in besides ASCII: Hangul syllables and jamo, general
# punctuation (“ ” … ·), arrows and shapes (▲ △ ■ ○ ①), CJK symbols and enclosed forms
# (「 」 ㈜), hanja, fullwidth forms. Latin-1 is left out: Hangul read in the wrong byte
# order falls there (가, AC00, read backwards is U+00AC).
_WRITTEN = (
    ("\uac00", "\ud7a3"),
    ("\u3130", "\u318f"),
    ("\u2000", "\u206f"),
    ("\u2190", "\u25ff"),
    ("\u3000", "\u32ff"),
    ("\u4e00", "\u9fff"),
    ("\uff00", "\uffef"),
    ("\u00b7", "\u00b7"),
)


def _unmarked_text(text: str) -> bool:
    if any(c < " " and c not in _TEXT_CONTROLS for c in text):
        return False
    chars = [c for c in text if not c.isspace()]
    common = sum(c.isascii() or any(lo <= c <= hi for lo, hi in _WRITTEN) for c in chars)
    return bool(chars) and common >= len(chars) * _UNMARKED_SHARE and _written_text("".join(chars))


def _written_text(text: str) -> bool:
    """Whether text read as UTF-16 is something a person wrote: an article is mostly Hangul
    and ASCII, while other bytes that happen to start with FF FE scatter over CJK and
    unassigned code points."""
    chars = [c for c in text if not c.isspace()]
    common = sum(
        c.isascii() or "\uac00" <= c <= "\ud7a3" or "\u3130" <= c <= "\u318f" for c in chars
    )
    return common >= len(chars) / 2


def _decode_iso2022(data: bytes) -> Decoded:
    """ISO-2022-KR (or another ISO-2022 that designates its sets by escapes), or a refusal.

    ISO-2022-KR without its header line (SO/SI shifts only) is tried with the header
    restored; what still does not decode is refused rather than stored as escape codes.
    """
    if _ISO2022_KR in data:
        attempts = [(data, "iso2022_kr", [])]
    elif b"\x1b$" in data:
        attempts = [(data, "iso2022_jp_2", [])]
    else:
        attempts = [(_ISO2022_KR + data, "iso2022_kr", ["ISO-2022-KR without its header line"])]
    for raw, codec, warnings in attempts:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _SHIFT_OUT not in raw or _HANGUL.search(text):
            return Decoded(text=text, encoding=codec.replace("_", "-"), warnings=warnings)
    raise DecodeError("escape-coded text (ISO-2022) that does not decode")


def _decode_after_bom(data: bytes) -> Decoded:
    """After a UTF-8 byte-order mark, normally UTF-8; but some tools put the mark before
    CP949 text, and the mark must not cost the file."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        decoded = _decode_plain(data)
        if decoded.encoding == "cp949":
            decoded.warnings.insert(0, "a UTF-8 byte-order mark before CP949 text")
        return decoded
    return _repair_mojibake(text, "utf-8-sig")


def _decode_plain(data: bytes) -> Decoded:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _repair_mojibake(text, "utf-8")
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return _decode_damaged(data)
    # Most Japanese and Chinese byte pairs are CP949 pairs too: a short file in either may
    # decode whole, as Hangul no one wrote (review 59a, 1).
    if not damage.written_korean(text) and foreign.looks_like(data):
        raise DecodeError(foreign.refusal(data))
    return Decoded(text=text, encoding="cp949")


def _decode_damaged(data: bytes) -> Decoded:
    """UTF-8 or CP949 with a few damaged spots, each replaced by U+FFFD and its lines named
    in a warning; refused, saying what it looks like, when it is not damaged Korean text
    (`damage.damaged_reading`).
    """
    reading = damage.damaged_reading(data)
    if reading is None:
        raise DecodeError(foreign.refusal(data))
    return _with_damage(reading)


def _with_damage(reading: damage.Reading) -> Decoded:
    """A damaged reading as decoded: each way it was read, and its damage, in a warning."""
    warnings = [
        f"{_numbered([n for n, read in reading.read_as.items() if read == how])} {how}"
        for how in dict.fromkeys(reading.read_as.values())
    ]
    encoding = reading.codec
    if reading.spots:
        damaged = _numbered(damage.damaged_lines(reading.text))
        warnings.append(f"undecodable bytes replaced with \ufffd on {damaged}")
        encoding += " with replacements"
    if reading.codec == "utf-8":
        decoded = _repair_mojibake(reading.text, "utf-8")
        decoded.warnings[:0] = warnings
        decoded.encoding = decoded.encoding.replace("utf-8", encoding, 1)
        return decoded
    return Decoded(text=reading.text, encoding=encoding, warnings=warnings)


def _repair_mojibake(text: str, encoding: str) -> Decoded:
    """Repair line by line so one damaged paste inside a clean file is still fixed."""
    if len(_MOJIBAKE_CHAR.findall(text)) < _MIN_SUSPECT:
        return Decoded(text=text, encoding=encoding)
    lines = text.split("\n")
    sources: set[str] = set()
    failed: list[int] = []
    # A page that kept its soft hyphens shows them; one that shows none dropped them all.
    dropped = LOST_BYTE.decode("latin-1") not in text
    for i, line in enumerate(lines):
        if not _looks_mojibake(line):
            continue
        repaired = _repaired(line, dropped=dropped)
        if repaired is None:
            failed.append(i + 1)
        else:
            lines[i], source = repaired
            sources.add(source)
    warnings = []
    if failed:
        warnings.append(
            f"{_numbered(failed)} look{'s' if len(failed) == 1 else ''} like mojibake but could"
            " not be repaired; kept as read"
        )
    if sources:
        encoding = f"{encoding} (mojibake repaired from {' and '.join(sorted(sources))})"
    return Decoded(text="\n".join(lines), encoding=encoding, warnings=warnings)


def _repaired(line: str, *, dropped: bool) -> tuple[str, str] | None:
    """A mojibake line read back, and the encoding it was written in; None if it cannot be."""
    fixed = _try_utf8_repair(line)
    if fixed is not None:
        return fixed, "utf-8"
    fixed = _try_repair(line, dropped=dropped)
    return (fixed, "cp949") if fixed is not None else None


def repair_title(title: str) -> str:
    """A title given apart from the text (a page's <title>, a manifest or --title) is
    repaired as a line of the text would be: mojibake read back, anything else unchanged."""
    if not _looks_mojibake(title):
        return title
    repaired = _repaired(title, dropped=LOST_BYTE.decode("latin-1") not in title)
    return repaired[0] if repaired else title


def _numbered(lines: list[int]) -> str:
    """ "line 12", "lines 3, 17", or the first few and how many more."""
    shown = ", ".join(str(n) for n in lines[:_DAMAGED_LINES_SHOWN])
    if len(lines) > _DAMAGED_LINES_SHOWN:
        shown += f" and {len(lines) - _DAMAGED_LINES_SHOWN} more"
    return f"line {shown}" if len(lines) == 1 else f"lines {shown}"


def _try_utf8_repair(line: str) -> str | None:
    """Undo UTF-8 bytes read as Latin-1/cp1252 ("ê²½ê¸°ë\u0084" for "경기도")."""
    raw = bytearray()
    for ch in line:
        code = ord(ch)
        if code < 0x100:
            raw.append(code)
            continue
        try:
            raw.extend(ch.encode("cp1252"))
        except UnicodeEncodeError:
            return None
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    hangul = len(_HANGUL.findall(fixed))
    non_ascii = sum(1 for ch in fixed if ord(ch) >= 0x80)
    return fixed if hangul and hangul * 10 >= non_ascii * 9 else None


def _looks_mojibake(line: str) -> bool:
    """Many Latin-1 letters and next to no Hangul: real Korean text never looks like this.

    A few Hangul may be mojibake too: three CP949 bytes that happen to be valid UTF-8
    ("연" and half of "교" read as "뿬").
    """
    suspects = len(_MOJIBAKE_CHAR.findall(line))
    if len(_HANGUL.findall(line)) * _MOSTLY > suspects:
        return False
    letters = sum(1 for ch in line if not ch.isspace())
    return suspects >= _MIN_SUSPECT and suspects * 10 >= letters * 3


def _try_repair(line: str, *, dropped: bool) -> str | None:
    """Undo the misreading; None unless the result is clearly Korean.

    A misread character may stand for one byte (Latin-1 or cp1252) or, where the CP949 bytes
    happened to be valid UTF-8 ("체" = C3 BC read as "ü"), for two or three, and a page may
    have dropped a byte on the way (see `byte_readings.best_bytes`). We pick, by dynamic
    programming over the line, the byte reading that decodes as CP949 with the most Hangul.
    """
    raw = best_bytes(line, dropped=dropped)
    if raw is None:
        return None
    fixed = raw.decode("cp949", errors="strict")
    hangul = len(_HANGUL.findall(fixed))
    # Letters only: CP949's quotes and marks (‘ ’ · ▲) are as much a part of Korean text.
    non_ascii = sum(1 for ch in fixed if ord(ch) >= 0x80 and ch.isalpha())
    rare = len(_RARE.findall(fixed)) + sum(1 for ch in _HANGUL.findall(fixed) if not common(ch))
    if hangul == 0 or hangul * 10 < non_ascii * 9 or rare * 20 > hangul:
        return None
    return fixed
