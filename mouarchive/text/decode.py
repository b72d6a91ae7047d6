"""Turn a source file's bytes into text, or refuse it with a one-line reason.

Korean news text reaches us as UTF-8, as CP949/EUC-KR from older Windows tools, as UTF-16
from Office exports, and sometimes as mojibake: CP949 bytes once read as Latin-1 and then
saved as UTF-8 ("°æ¹ÎºñÁî"). We repair the last only when the repair is unambiguous, because
a wrong repair would silently turn readable text into garbage.
"""

from __future__ import annotations

import re

from mouarchive.models import Decoded


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

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Characters a CP949 byte turns into when read as Latin-1 or cp1252: Latin-1 supplement
# letters and symbols plus the cp1252 extras in 0x80-0x9f (€, ‚, ƒ, „, …).
_MOJIBAKE_CHAR = re.compile(
    r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    r"\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    r"\u2039\u203a\u20ac\u2122]"
)
_MIN_SUSPECT = 4


def decode(data: bytes) -> Decoded:
    """Read `data` as text, naming the encoding used and any doubt left in `warnings`."""
    if not data:
        raise DecodeError("empty file")
    for prefix, name in _MAGIC:
        if data.startswith(prefix):
            raise DecodeError(f"binary file ({name})")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        decoded = _decode_utf16(data)
    elif b"\x00" in data:
        raise DecodeError("binary file (NUL bytes)")
    elif data.startswith(b"\xef\xbb\xbf"):
        decoded = _repair_mojibake(data[3:].decode("utf-8", errors="strict"), "utf-8-sig")
    else:
        decoded = _decode_plain(data)
    if not decoded.text.strip():
        raise DecodeError("whitespace-only file")
    return decoded


def _decode_utf16(data: bytes) -> Decoded:
    try:
        return Decoded(text=data.decode("utf-16"), encoding="utf-16")
    except UnicodeDecodeError as exc:
        raise DecodeError("not decodable as UTF-8, UTF-16 or CP949") from exc


def _decode_plain(data: bytes) -> Decoded:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _repair_mojibake(text, "utf-8")
    try:
        return Decoded(text=data.decode("cp949"), encoding="cp949")
    except UnicodeDecodeError as exc:
        raise DecodeError("not decodable as UTF-8, UTF-16 or CP949") from exc


def _repair_mojibake(text: str, encoding: str) -> Decoded:
    """Repair line by line so one damaged paste inside a clean file is still fixed."""
    if len(_MOJIBAKE_CHAR.findall(text)) < _MIN_SUSPECT:
        return Decoded(text=text, encoding=encoding)
    lines = text.split("\n")
    repaired_any = False
    failed = 0
    for i, line in enumerate(lines):
        if not _looks_mojibake(line):
            continue
        fixed = _try_repair(line)
        if fixed is None:
            failed += 1
        else:
            lines[i] = fixed
            repaired_any = True
    warnings = []
    if failed:
        warnings.append(
            f"{failed} line(s) look like mojibake but could not be repaired; kept as read"
        )
    if repaired_any:
        encoding = f"{encoding} (mojibake repaired from cp949)"
    return Decoded(text="\n".join(lines), encoding=encoding, warnings=warnings)


def _looks_mojibake(line: str) -> bool:
    """Many Latin-1 letters and no Hangul: real Korean text never looks like this."""
    if _HANGUL.search(line):
        return False
    suspects = len(_MOJIBAKE_CHAR.findall(line))
    letters = sum(1 for ch in line if not ch.isspace())
    return suspects >= _MIN_SUSPECT and suspects * 10 >= letters * 3


def _try_repair(line: str) -> str | None:
    """Undo the Latin-1/cp1252 misreading; None unless the result is clearly Korean."""
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
        fixed = raw.decode("cp949")
    except UnicodeDecodeError:
        return None
    hangul = len(_HANGUL.findall(fixed))
    non_ascii = sum(1 for ch in fixed if ord(ch) >= 0x80)
    if hangul == 0 or hangul * 10 < non_ascii * 9:
        return None
    return fixed
