"""Hangul → Latin letters by the Revised Romanization of Korean, for matching place names
typed in English ("Gwangju", "Gyeonggi-do", "Haenam") against the Korean gazetteer.

Only what place names need: syllables are spelled by their letters, with the sound changes
that official spellings show at syllable joins (전라 → Jeolla, 종로 → Jongno, 백마 → Baengma,
a final consonant carried onto a following vowel). Lower case, no hyphens or spaces between
syllables; anything that is not Hangul is kept as it is.
"""

from __future__ import annotations

_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k",
             "t", "p", "h")  # fmt: skip
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
            "wo", "we", "wi", "yu", "eu", "ui", "i")  # fmt: skip
# The sound a final consonant has before another consonant or at the end of a word.
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
           "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip
# Before a vowel a final consonant is pronounced as the next syllable's first sound.
_CARRIED = ("", "g", "kk", "gs", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r",
            "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "")  # fmt: skip
_NIEUN, _RIEUL, _MIEUM, _IEUNG_INITIAL = 2, 5, 6, 11
_FINAL_N, _FINAL_L, _FINAL_NG = 4, 8, 21
_NASALISED = {"k": "ng", "t": "n", "p": "m"}  # before ㄴ or ㅁ


def _parts(char: str) -> tuple[int, int, int] | None:
    code = ord(char) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


def romanize(text: str) -> str:
    """ "광주" → "gwangju", "전라남도" → "jeollanamdo", "종로구" → "jongnogu"."""
    out: list[str] = []
    syllables = [_parts(char) for char in text]
    for index, (char, parts) in enumerate(zip(text, syllables, strict=True)):
        if parts is None:
            out.append(char.lower())
            continue
        initial, medial, final = parts
        before = syllables[index - 1] if index else None
        after = syllables[index + 1] if index + 1 < len(syllables) else None
        out.append(_initial(initial, before) + _MEDIALS[medial] + _final(final, after))
    return "".join(out)


def _initial(initial: int, before: tuple[int, int, int] | None) -> str:
    if before is None:
        return _INITIALS[initial]
    final = before[2]
    if initial == _RIEUL:
        # ㄴㄹ and ㄹㄹ are both "ll" (전라, 실라); after another final ㄹ sounds as ㄴ (종로).
        if final in (_FINAL_N, _FINAL_L):
            return "l"
        return "n" if final else "r"
    if initial == _NIEUN and final == _FINAL_L:
        return "l"
    return _INITIALS[initial]


def _final(final: int, after: tuple[int, int, int] | None) -> str:
    if not final:
        return ""
    if after is None:
        return _FINALS[final]
    initial = after[0]
    if initial == _IEUNG_INITIAL and final != _FINAL_NG:
        return _CARRIED[final]
    if initial == _RIEUL and final == _FINAL_N:
        return "l"
    sound = _FINALS[final]
    if initial in (_NIEUN, _MIEUM, _RIEUL) and sound in _NASALISED:
        return _NASALISED[sound]
    return sound
