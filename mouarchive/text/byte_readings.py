"""The bytes a line of mojibake was made from, found by dynamic programming: each character
read back as the byte (Latin-1, cp1252) or bytes (UTF-8) it may have come from, a dropped
soft hyphen put back, scored by how likely the CP949 text they make is (`decode` repairs
mojibake with it).
"""

from __future__ import annotations

import contextlib
from functools import cache

from mouarchive.vocab import word_set

# How likely a byte reading is, scored per character it makes: a syllable everyday news
# Korean uses, a CP949 mark (‘ ’ · ▲), another KS X 1001 syllable ("뺌", "횝"), any other
# character (Hanja, extension syllables); and what each unlikely step costs: a character
# read as the UTF-8 bytes it was made from, a soft hyphen put back (`best_bytes`).
_COMMON_SYLLABLE = 4
_SYMBOL = 2
_RARE_SYLLABLE = 0
_OTHER_PAIR = -2
_SYMBOL_ROWS_END = 0xAC  # lead bytes A1-AC hold CP949's punctuation and symbols
_UTF8_READING_COST = 4
LOST_BYTE_COST = 3
# Latin-1 0xAD is the soft hyphen, which pages drop as invisible: the trail byte of "화"
# (C8 AD), "난" (B3 AD), "서" (BC AD) and more vanishes, and the syllables after it shift.
LOST_BYTE = b"\xad"
# Latin-1 0xA0 (no-break space) between syllables is a space, never a CP949 lead byte.
_NBSP = 0xA0


def common(syllable: str) -> bool:
    """In KS X 1001; a repair that yields rarer syllables or Hanja lost bytes on the way."""
    lead, trail = syllable.encode("cp949")
    return _is_hangul_pair(lead, trail)


def _byte_readings(ch: str) -> list[tuple[bytes, int]]:
    """Each byte string `ch` may have come from, with a cost for the unlikelier two-byte one.

    A UTF-8 reading always completes a syllable by itself, so without a cost it would win
    everywhere; it has to pay for itself by realigning the syllables that follow.
    """
    code = ord(ch)
    if code < 0x80:
        return [(bytes([code]), 0)]
    readings = [(ch.encode("utf-8"), _UTF8_READING_COST)]
    if code < 0x100:
        readings.insert(0, (bytes([code]), 0))
    else:
        with contextlib.suppress(UnicodeEncodeError):
            readings.insert(0, (ch.encode("cp1252"), 0))
    return readings


def best_bytes(line: str, *, dropped: bool) -> bytes | None:
    """Bytes for `line` that form valid CP949 with the best score, or None if none do.

    The state between characters is the pending CP949 lead byte (0 when none is pending);
    keeping one best path per state with a back-pointer makes this linear in the line.
    When the page `dropped` its soft hyphens, a pending Hangul lead byte may also take one
    (0xAD) as its trail where that makes a common syllable ("화", "서", "난"): that costs
    something, so it is chosen only where it puts the syllables after it back in step.
    """
    scores: dict[int, int] = {0: 0}
    steps: list[dict[int, tuple[int, bytes]]] = []
    for ch in line:
        following: dict[int, int] = {}
        back: dict[int, tuple[int, bytes]] = {}
        readings = _byte_readings(ch)
        if dropped:
            readings = _with_lost_byte(readings)
        for state, score in scores.items():
            for reading, cost in readings:
                result = _advance(state, reading)
                if result is None:
                    continue
                new_state, gained = result
                total = score + gained - cost
                if new_state not in following or following[new_state] < total:
                    following[new_state] = total
                    back[new_state] = (state, reading)
        if not following:
            return None
        scores = following
        steps.append(back)
    if 0 not in scores:
        return None
    chunks: list[bytes] = []
    state = 0
    for back in reversed(steps):
        state, reading = back[state]
        chunks.append(_spaced(state, reading))
    return b"".join(reversed(chunks))


def _with_lost_byte(readings: list[tuple[bytes, int]]) -> list[tuple[bytes, int]]:
    """Each reading, and each with a dropped soft hyphen put back before one of its bytes or
    after them (at a cost); `_advance` refuses those that do not complete a common syllable.
    """
    out = list(readings)
    for reading, cost in readings:
        for at in range(len(reading) + 1):
            out.append((reading[:at] + LOST_BYTE + reading[at:], cost + LOST_BYTE_COST))
    return out


def _spaced(state: int, reading: bytes) -> bytes:
    """`reading` fed to a reader in `state`, with each no-break space outside a character
    made a plain space, so the bytes decode as CP949."""
    out = bytearray()
    for byte in reading:
        if state:
            state = 0
        elif byte == _NBSP:
            byte = 0x20
        elif 0x81 <= byte <= 0xFE:
            state = byte
        out.append(byte)
    return bytes(out)


def _advance(state: int, reading: bytes) -> tuple[int, int] | None:
    """Feed bytes to a CP949 reader in `state`; (new state, score of the syllables completed)."""
    gained = 0
    for byte in reading:
        if byte == LOST_BYTE[0] and _pair_score(state, byte) != _COMMON_SYLLABLE:
            return None
        if state:
            if not _is_hangul_pair(state, byte) and not _is_cp949_pair(state, byte):
                return None
            gained += _pair_score(state, byte)
            state = 0
        elif byte < 0x80 or byte == _NBSP:
            continue
        elif 0x81 <= byte <= 0xFE:
            state = byte
        else:
            return None
    return state, gained


@cache
def _pair_score(lead: int, trail: int) -> int:
    if not _is_hangul_pair(lead, trail):
        return _SYMBOL if lead <= _SYMBOL_ROWS_END else _OTHER_PAIR
    common = bytes([lead, trail]).decode("cp949") in common_syllables()
    return _COMMON_SYLLABLE if common else _RARE_SYLLABLE


@cache
def common_syllables() -> frozenset[str]:
    return word_set("hangul", "common_syllables")


@cache
def _is_cp949_pair(lead: int, trail: int) -> bool:
    try:
        bytes([lead, trail]).decode("cp949")
    except UnicodeDecodeError:
        return False
    return True


def _is_hangul_pair(lead: int, trail: int) -> bool:
    """A syllable of KS X 1001, the 2,350 Hangul that nearly all real text is made of.

    CP949's extension syllables are valid but rare, so they earn nothing: otherwise a wrong
    reading full of them ("쨔챈") would outscore the right one.
    """
    return 0xB0 <= lead <= 0xC8 and 0xA1 <= trail <= 0xFE
