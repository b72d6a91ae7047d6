"""A text file damaged in transit, told apart from one written in another encoding.

A stray byte among many good ones, or a last character cut off, is damage: the file is read
with each damaged spot replaced by U+FFFD and its lines named. But text in another encoding
leaves undecodable spots too, and CP949 accepts most of the byte pairs that Japanese and
Chinese encodings use: a Japanese file read as CP949 leaves only one or two, and the rest is
Hangul no one wrote (review 59a, 1). So damage is believed only when the reading is Korean
as news is written (its syllables the everyday ones), the spots are few, and they sit on a
small share of the lines: a spot on every line, or on every third, is another encoding, in
a three-line brief as in a long article (review 59a, 3).
"""

from __future__ import annotations

import codecs
import contextlib
import itertools
import re
from dataclasses import dataclass, field
from typing import AnyStr

from mouarchive.text.byte_readings import common_syllables

_DAMAGE = re.compile("\ufffd+")
_WRITTEN_LINE = re.compile(r"\S[^\n]*")  # a line with something on it, from its first letter
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
# A few spots, plus one per this many characters; and at most one character in this many
# replaced.
_FEW_SPOTS = 3
_CHARS_PER_DAMAGE = 500
_MOSTLY = 20
# Fewer than one line in this many holding a spot, though one such line is always allowed
# beside good ones: a short article with one stray byte is read.
_LINES_PER_DAMAGED = 3
# Korean as written: at least half the letters beyond ASCII are Hangul (the rest hanja),
# and at least three in four of those are the syllables everyday news uses. A Japanese or
# Chinese file read as CP949 makes rare syllables ("쭹뷴"), hanja and jamo instead.
_HANGUL_SHARE = 2
_COMMON_OF = (3, 4)
_MOST_READ_AGAIN = 10  # damaged lines tried in another encoding, or realigned
_REALIGNED_AT_MOST = 4096  # bytes of a line realigned: each byte is tried out
_HANJA = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Word's curly quotes, dashes and ellipsis in cp1252, the bytes UTF-8 text pasted from it
# carries; the lone surrogate `surrogateescape` makes of any other undecodable byte.
_CP1252_MARKS = {
    0xDC00 + b: bytes([b]).decode("cp1252") for b in (0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97)
}
_ESCAPED = re.compile("[\udc80-\udcff]")
# A Latin-1 letter (À-ÿ but × and ÷) beside a Latin letter, as in "Café" or "Zürich": a stray
# byte among Hangul or digits is damage, not a letter.
_LATIN_LETTER = "[\udcc0-\udcd6\udcd8-\udcf6\udcf8-\udcff]"
_LATIN_IN_WORD = re.compile(
    f"(?<=[A-Za-z]){_LATIN_LETTER}|{_LATIN_LETTER}(?=[A-Za-z])|(?<={_LATIN_LETTER}){_LATIN_LETTER}"
)
_JUDGED = 200_000  # characters read to judge the text: a 50 MB file's head says enough
_CODECS = ("utf-8", "cp949")


@dataclass(frozen=True)
class Reading:
    """A file read with each undecodable run of bytes replaced by one U+FFFD."""

    codec: str
    text: str
    spots: int
    cut: bool  # its last character cut off: the final U+FFFD is that, not a stray byte
    # Lines read whole another way (`_read_again`), by number from 1: how, for a warning
    # (a CP949 line realigned after a stray byte is still damaged, not read another way).
    read_as: dict[int, str] = field(default_factory=dict)


def damaged_reading(data: bytes) -> Reading | None:
    """`data` read as damaged Korean text in UTF-8, else in CP949; None if in neither. Only one
    can be: a CP949 file read as UTF-8 has a spot at nearly every syllable, and the other way
    round. UTF-8 first spares a long UTF-8 file with one stray byte a second reading."""
    for codec in _CODECS:
        reading = _read(data, codec)
        if _kept(reading):
            return reading
    return None


def damaged_in(data: bytes, codec: str) -> Reading | None:
    """`data` read as damaged Korean text in `codec`, None if it is not: UTF-16 cut at an odd
    byte or holding a lone surrogate is damaged as UTF-8 is (review 59a, 11)."""
    reading = _read(data, codec)
    return reading if _kept(reading) else None


def _read(data: bytes, codec: str) -> Reading:
    decoder = codecs.getincrementaldecoder(codec)("replace")
    text = decoder.decode(data, final=False)
    pending = decoder.getstate()[0]
    text += decoder.decode(b"", final=True)
    # UTF-8 holds back only the start of a character; CP949 holds back any last byte.
    cut = bool(pending) and (codec != "cp949" or 0x81 <= pending[0] <= 0xFE)
    read_as: dict[int, str] = {}
    if "\ufffd" in text and codec in _CODECS:
        text, read_as = _lines_read_again(data, text, codec)
        cut = cut and text.endswith("\ufffd")
    return Reading(codec, text, len(_DAMAGE.findall(text)), cut, read_as)


def _lines_read_again(data: bytes, text: str, codec: str) -> tuple[str, dict[int, str]]:
    """`text` with each damaged line that reads whole another way read so, and how each was.

    A line pasted from a file in the other Korean encoding, or typed in Word with its cp1252
    quotation marks, is not damage: its bytes say exactly what was written (review 59a, 2
    and 8). Only a few lines are tried: a file damaged all over is not one to read.
    """
    numbers = damaged_lines(text)
    if len(numbers) > _MOST_READ_AGAIN:
        return text, {}
    raw, shown = _line_spans(data, b"\n", numbers), _line_spans(text, "\n", numbers)
    pieces, read_as, after = [], {}, 0
    for number in numbers:
        start, end = shown[number]
        line = data[slice(*raw[number])]
        again = _read_again(line, codec)
        if again is not None:
            read, read_as[number] = again
        elif codec == "cp949" and (realigned := _realigned(line)):
            read = realigned
        else:
            continue
        pieces += [text[after:start], read]
        after = end
    return "".join([*pieces, text[after:]]), read_as


def _read_again(line: bytes, codec: str) -> tuple[str, str] | None:
    """A damaged line read whole in the other Korean encoding, or as UTF-8 whose only other
    bytes are cp1252 marks and Latin-1 letters within Latin words; with what it was read as
    for a warning. None if it reads neither way."""
    other = _CODECS[1] if codec == _CODECS[0] else _CODECS[0]
    with contextlib.suppress(UnicodeDecodeError):
        again = line.decode(other)
        if written_korean(again):
            return again, f"read as {other.upper()}, the rest as {codec.upper()}"
    if codec != "utf-8":
        return None
    again = line.decode("utf-8", "surrogateescape").translate(_CP1252_MARKS)
    again = _LATIN_IN_WORD.sub(lambda letter: _unescaped(letter.group()), again)
    if _ESCAPED.search(again):
        return None
    return again, "read as cp1252 where not UTF-8 (Word's quotation marks, accented letters)"


def _realigned(line: bytes) -> str | None:
    """A CP949 line whose one stray byte was a lead byte, which took the bytes after it for
    hanja until the pairs came apart ("건紀惠贊弼�" for "한빛농협과": review 59a, 9): read with
    the byte whose removal leaves the rest whole, and likeliest Korean, as its one spot.
    None if no byte does better than the line as read, or the line is too long to try."""
    if len(line) > _REALIGNED_AT_MOST:
        return None
    best, most = None, _likeliness(line.decode("cp949", "replace"))
    for at in range(len(line)):
        try:
            again = f"{line[:at].decode('cp949')}\ufffd{line[at + 1 :].decode('cp949')}"
        except UnicodeDecodeError:
            continue
        if (score := _likeliness(again)) > most:
            best, most = again, score
    return best


def _likeliness(text: str) -> int:
    """Everyday syllables less hanja and rarer syllables: how like written Korean `text` is."""
    common = common_syllables()
    hangul = _HANGUL.findall(text)
    usual = sum(syllable in common for syllable in hangul)
    return 2 * usual - len(hangul) - len(_HANJA.findall(text))


def _unescaped(escaped: str) -> str:
    """The cp1252 letter a byte `surrogateescape` kept as a lone surrogate stands for."""
    return bytes([ord(escaped) - 0xDC00]).decode("cp1252")


def _line_spans(text: AnyStr, newline: AnyStr, numbers: list[int]) -> dict[int, tuple[int, int]]:
    """Where each of the lines numbered (from 1, ascending) begins and ends in `text`, found
    newline by newline: a 50 MB text split into its lines took a second."""
    spans, line, start = {}, 1, 0
    for number in numbers:
        while line < number:
            start = text.index(newline, start) + 1
            line += 1
        end = text.find(newline, start)
        spans[number] = (start, len(text) if end < 0 else end)
    return spans


def _kept(reading: Reading) -> bool:
    """Whether `reading` is damaged Korean text rather than another encoding or binary."""
    text = reading.text
    return (
        reading.spots <= _FEW_SPOTS + len(text) // _CHARS_PER_DAMAGE
        and text.count("\ufffd") * _MOSTLY <= len(text)
        and _confined(reading)
        and written_korean(text)
    )


def damaged_lines(text: str) -> list[int]:
    """The numbers of the lines holding a replacement character, counted from 1: counted
    from spot to spot, as a 50 MB text split into its lines took a second."""
    lines: list[int] = []
    line, after = 1, 0
    while (spot := text.find("\ufffd", after)) >= 0:
        line += text.count("\n", after, spot)
        if not lines or lines[-1] != line:
            lines.append(line)
        after = spot + 1
    return lines


def _confined(reading: Reading) -> bool:
    """The spots, and the lines read another way, on few lines; a cut last character not
    counted: a file ends where it was cut, wherever that fell. The written lines are counted
    only as far as the bound needs."""
    text = reading.text[:-1] if reading.cut else reading.text
    damaged = len({*damaged_lines(text), *reading.read_as})
    needed = damaged + 1 if damaged <= 1 else damaged * _LINES_PER_DAMAGED + 1
    return sum(1 for _ in itertools.islice(_WRITTEN_LINE.finditer(text), needed)) >= needed


def written_korean(text: str) -> bool:
    """Whether `text` reads as Korean a person wrote, judged on its first `_JUDGED` characters."""
    head = text[:_JUDGED]
    hangul = _HANGUL.findall(head)
    if not hangul or len(hangul) * _HANGUL_SHARE < len(_NON_ASCII_LETTER.findall(head)):
        return False
    common = common_syllables()
    some, of = _COMMON_OF
    return sum(syllable in common for syllable in hangul) * of >= len(hangul) * some
