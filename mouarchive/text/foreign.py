"""What a file that is not Korean text looks like, so that its refusal can say so.

Japanese, Chinese and Western European files reach a Korean archive too (a partner's press
release, a page saved from abroad). Read as CP949 they would make Hangul no one wrote, and
read as UTF-8 a Western file loses every accented letter; both are refused, and the one line
that refuses them names what they look like and what to do (review 59a, 1 and 2). Nothing
here reads such a file: the archive never did, and a guessed encoding would be a guess.
"""

from __future__ import annotations

import re

_KANA = re.compile(r"[\u3040-\u30ff]")
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
_WESTERN = re.compile(r"[À-ÖØ-öø-ÿŒœŠšŸŽž“”‘’–—…«»€]")
_LONG_RUN = re.compile(r"[^\x00-\x7f]{3,}")
_NON_ASCII = re.compile(r"[^\x00-\x7f\s]")
_KANA_SHARE = 10  # one character in this many beyond ASCII, in Japanese
_IDEOGRAPH_SHARE = 2  # and in Chinese


def _japanese(text: str, beyond: int) -> bool:
    return len(_KANA.findall(text)) * _KANA_SHARE >= beyond


def _chinese(text: str, beyond: int) -> bool:
    return len(_IDEOGRAPH.findall(text)) * _IDEOGRAPH_SHARE >= beyond


def _western(text: str, beyond: int) -> bool:
    """Accented letters and typographic marks only, none in a run of more than two ("Größe"):
    Cyrillic, or mojibake, read as cp1252 makes long runs."""
    return len(_WESTERN.findall(text)) == beyond and not _LONG_RUN.search(text)


# Each encoding tried, what its text is called, and whether its reading looks like that.
# EUC-JP bytes decode as GB18030 too, kana and all, so Japanese is tried first.
_LOOKS = (
    ("euc_jp", "Japanese (EUC-JP)", _japanese),
    ("shift_jis", "Japanese (Shift-JIS)", _japanese),
    ("gb18030", "Chinese (GB18030 or Big5)", _chinese),
    ("big5", "Chinese (GB18030 or Big5)", _chinese),
    ("cp1252", "Western European (Latin-1 or cp1252)", _western),
)


def refusal(data: bytes) -> str:
    """The one line refusing `data`: what it looks like if another common encoding reads it."""
    looks = looks_like(data)
    if looks is None:
        return "not decodable as UTF-8, UTF-16 or CP949"
    return f"{looks} text, not Korean in UTF-8, UTF-16 or CP949: save it as UTF-8"


def looks_like(data: bytes) -> str | None:
    """The name of the text `data` reads cleanly as, if it reads as one; else None."""
    for codec, name, looks in _LOOKS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        beyond = len(_NON_ASCII.findall(text))
        if beyond and looks(text, beyond):
            return name
    return None
